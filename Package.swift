// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Tiwizi",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tiwizi", targets: ["TiwiziCLI"]),
        .executable(name: "tiwizi-benchmarks", targets: ["TiwiziBenchmarks"]),
        .library(name: "TiwiziCore", targets: ["TiwiziCore"]),
        .library(name: "TiwiziStore", targets: ["TiwiziStore"]),
        .library(name: "LuaHost", targets: ["LuaHost"]),
        // The rule engine, embeddable in a long-running host (`TiwiziEngine`, see its DocC).
        .library(name: "TiwiziRules", targets: ["TiwiziRules"]),
        .executable(name: "tiwizi-pricing-service", targets: ["PricingService"]),
        .executable(name: "tiwizi-fuzz", targets: ["TiwiziFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/google/swift-benchmark", from: "0.1.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/mxcl/Version", from: "2.2.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // C: Debian's liblua5.4-dev behind a small prefixed shim.
        .systemLibrary(
            name: "CLua",
            pkgConfig: "lua5.4",
            providers: [.apt(["liblua5.4-dev"])]
        ),
        // C: the sandbox's compiled half (allocator, hook, trampoline, guards, library), warnings as errors.
        .target(
            name: "CLuaSandbox",
            dependencies: ["CLua"],
            cSettings: [.unsafeFlags(["-Wall", "-Wextra", "-Werror", "-Wmissing-prototypes", "-Wshadow"])]
        ),
        // C: Debian's libqrencode (libqrencode-dev), the QR codes TiwiziGraphics draws.
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // A sandboxed Lua 5.4 host that knows nothing of catalogs or of the command line.
        .target(name: "LuaHost", dependencies: ["CLua", "CLuaSandbox"]),
        // The domain: cooperatives, products, know-how, certifications, money. No Lua, no SQL.
        .target(name: "TiwiziCore"),
        // The SQLite catalog store (GRDB; GRDBSQLite for SQLite's progress handler).
        .target(
            name: "TiwiziStore",
            dependencies: [
                "TiwiziCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // YAML, JSON and CSV catalog documents: reading, validating and writing them.
        .target(
            name: "TiwiziFormats",
            dependencies: [
                "TiwiziCore",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // `tiwizi generate`: a seeded, made-up national catalog written in the CSV import layouts.
        .target(name: "TiwiziGenerator", dependencies: ["TiwiziCore", "TiwiziFormats"]),
        // Import and export: the record codecs against a catalog store, with checks and dry runs.
        .target(name: "TiwiziInterchange", dependencies: ["TiwiziCore", "TiwiziFormats", "TiwiziStore"]),
        // The catalog's Lua API: read-only views, money, dates, the run context.
        .target(name: "TiwiziLua", dependencies: ["LuaHost", "TiwiziCore", "TiwiziStore"]),
        // Rule sets: their format, checks and the order in which their rules apply.
        .target(
            name: "TiwiziRules",
            dependencies: [
                "TiwiziLua", "LuaHost", "TiwiziCore", "TiwiziFormats", "TiwiziStore",
                .product(name: "Crypto", package: "swift-crypto"), .product(name: "Version", package: "Version"),
            ]),
        // Rule-set tests (`tiwizi test`): fixtures imported into a temporary catalog, priced by the real engine.
        .target(
            name: "TiwiziRuleTesting",
            dependencies: [
                "TiwiziRules", "TiwiziInterchange", "TiwiziFormats", "TiwiziStore", "TiwiziLua", "LuaHost", "TiwiziCore",
            ]
        ),
        // Showcase catalogs for curators: the priced selection, grouped, rendered by Mustache templates.
        .target(
            name: "TiwiziShowcase",
            dependencies: [
                "TiwiziRules", "TiwiziStore", "TiwiziCore", "TiwiziFormats", "TiwiziLua", "TiwiziInterchange", "LuaHost",
                "TiwiziGraphics", .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Templates")]
        ),
        // `tiwizi showcase --serve`: the showcase on localhost (Hummingbird), made again on each request.
        .target(
            name: "ShowcasePreview",
            dependencies: [
                "TiwiziCore", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
            ]),
        // The `tiwizi` command tree (ArgumentParser), a library so that tests parse with the real commands;
        // its resources are what `tiwizi new plugin` writes: the templates, and the LuaCATS annotations.
        .target(
            name: "TiwiziCommands",
            dependencies: [
                "TiwiziCore", "TiwiziStore", "TiwiziFormats", "TiwiziInterchange", "TiwiziLua", "TiwiziRules",
                "TiwiziRuleTesting", "TiwiziShowcase", "ShowcasePreview", "TiwiziGenerator",
                "LuaHost", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [
                .copy("Templates"), .copy("../../scripts/tiwizi.meta.lua"), .copy("../../scripts/rules.meta.lua"),
            ]
        ),
        // The `tiwizi` executable: runs the command tree.
        .executableTarget(name: "TiwiziCLI", dependencies: ["TiwiziCommands"]),
        // Benchmarks (release builds): `swift run -c release tiwizi-benchmarks`, see docs/performance.md.
        .executableTarget(
            name: "TiwiziBenchmarks",
            dependencies: [
                "TiwiziRules", "TiwiziLua", "TiwiziStore", "TiwiziCore", "LuaHost", "TiwiziShowcase", "NaiveLuaHost",
                .product(name: "Benchmark", package: "swift-benchmark"),
            ],
            path: "Benchmarks/TiwiziBenchmarks"
        ),
        // C: the host-overhead benchmark's baseline, a naive embedding of the same liblua5.4.
        .target(
            name: "NaiveLuaHost", dependencies: ["CLua"], path: "Benchmarks/NaiveLuaHost",
            cSettings: [.unsafeFlags(["-Wall", "-Wextra", "-Werror"])]
        ),
        // Fuzzing: what each fuzz target checks (a library the tests run), and the libFuzzer driver.
        .target(name: "TiwiziFuzzing", dependencies: ["TiwiziCore", "TiwiziFormats", "LuaHost"]),
        .executableTarget(name: "TiwiziFuzz", dependencies: ["TiwiziFuzzing"], path: "Fuzz/TiwiziFuzz"),
        // An example: an HTTP pricing service (Hummingbird 2) embedding the engine, see its README.
        .executableTarget(
            name: "PricingService",
            dependencies: [
                "TiwiziRules", "TiwiziFormats", "TiwiziStore", "TiwiziCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Examples/PricingService/Sources"
        ),
        // What the tests share: where the build put the executables they run.
        .target(name: "TiwiziTestSupport", path: "Tests/TiwiziTestSupport"),
        // The store conformance suite: what every CatalogStore must do, run by each store's tests.
        .target(name: "CatalogConformance", dependencies: ["TiwiziStore", "TiwiziCore"], path: "Tests/CatalogConformance"),
        .testTarget(name: "LuaHostTests", dependencies: ["LuaHost", "CLua", "CLuaSandbox", "TiwiziTestSupport"]),
        .testTarget(name: "TiwiziFuzzingTests", dependencies: ["TiwiziFuzzing"]),
        // TiwiziCLI: `theCommandPrintsTheSame` runs the built `tiwizi`, so it is always built first.
        .testTarget(
            name: "TiwiziLuaTests",
            dependencies: [
                "TiwiziLua", "TiwiziStore", "TiwiziCore", "LuaHost", "TiwiziInterchange", "TiwiziCLI",
                "TiwiziTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(name: "TiwiziCoreTests", dependencies: ["TiwiziCore", "TiwiziTestSupport"]),
        .testTarget(
            name: "TiwiziRulesTests",
            dependencies: [
                "TiwiziRules", "TiwiziRuleTesting", "TiwiziInterchange", "TiwiziLua", "TiwiziStore", "LuaHost", "TiwiziCore",
                "TiwiziTestSupport",
            ]),
        .testTarget(
            name: "TiwiziStoreTests",
            dependencies: ["TiwiziStore", "CatalogConformance", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "TiwiziInterchangeTests",
            dependencies: ["TiwiziInterchange", "TiwiziFormats", "TiwiziStore", "TiwiziTestSupport"]),
        // Determinism, sizes, distributions and uniqueness; the real importer accepts what it writes.
        .testTarget(
            name: "TiwiziGeneratorTests",
            dependencies: ["TiwiziGenerator", "TiwiziCore", "TiwiziFormats", "TiwiziInterchange", "TiwiziStore"]),
        // The help's examples parsed by the real command tree; the field options against the record shapes;
        // what `tiwizi new plugin` renders.
        .testTarget(
            name: "TiwiziCommandsTests",
            dependencies: ["TiwiziCommands", "TiwiziCore", "TiwiziFormats", "TiwiziRules", "TiwiziLua"]),
        // Drives the built `tiwizi` (and `tiwizi-benchmarks`, once, small): depending on their targets
        // builds them before the tests.
        .testTarget(
            name: "EndToEndTests",
            // GRDB opens the catalogs that the kill tests left behind, to check them as SQLite sees them.
            dependencies: [
                "TiwiziCore", "TiwiziCLI", "TiwiziBenchmarks", "TiwiziTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ]),
        // Drives the built `tiwizi-pricing-service` over HTTP against the built `tiwizi`: depending on
        // both targets builds them before the tests.
        .testTarget(name: "PricingServiceTests", dependencies: ["PricingService", "TiwiziCLI", "TiwiziTestSupport"]),
        // QR codes and charts as inline SVG, no JavaScript: what printable, offline pages draw.
        .target(name: "TiwiziGraphics", dependencies: ["CQRencode", "TiwiziCore"]),
        // Rasterizes with rsvg-convert and decodes with zbarimg (`make deps` installs both).
        .testTarget(name: "TiwiziGraphicsTests", dependencies: ["TiwiziGraphics", "TiwiziCore"]),
        .testTarget(name: "TiwiziShowcaseTests", dependencies: ["TiwiziShowcase"]),
    ],
    swiftLanguageModes: [.v6]
)
