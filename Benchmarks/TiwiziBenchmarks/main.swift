import Benchmark
import Foundation
import LuaHost
import TiwiziCore
import TiwiziLua
import TiwiziStore

// Run: swift run -c release tiwizi-benchmarks [swift-benchmark options]; see docs/performance.md.
//
// Everything is set up before anything is measured: the catalog is built, the Lua script is
// compiled and run once to build its data sets, and one sandbox is kept across all iterations.
// Each iteration calls one Lua function (one loop over all products or operations) as one
// sandboxed run with the default limits: memory cap, instruction hook and deadline all on, as
// in `tiwizi run`. Every suite runs `rounds` times in turn, and each ratio is taken between two
// rows of the same round (see RatioTable). The rules suites (RuleBenchmarks) run their
// engines, each plugin in a sandbox of its own, with the same limits.

let settings = parseArguments()
/// The catalog's size and the money loops' length (`TIWIZI_BENCH_PRODUCTS`, default 10,000;
/// the test suite's smoke run uses a few hundred).
let productCount = BenchmarkCart.productCount
let operationCount = productCount
/// How many times every suite runs, in turn (`TIWIZI_BENCH_ROUNDS`, default 4).
let rounds = ProcessInfo.processInfo.environment["TIWIZI_BENCH_ROUNDS"].flatMap { Int($0) }.map { max($0, 1) } ?? 4

let loadBefore = Machine.loadAverage
FileHandle.standardError.write(Data("building a catalog of \(productCount) products…\n".utf8))
let catalog = try BenchmarkCatalog(productCount: productCount)
let products = try catalog.products()
let seats = try catalog.seats()
// A second connection for the native SQLite loop: the sandbox's snapshot keeps the first busy.
let nativeStore = try SQLiteCatalogStore(path: catalog.store.path, readOnly: true)

var heap = ""
let context = RunContext(at: RunContext.parseInstant("2026-06-15T10:30")!, randomSeed: 1)
let results = try RuleBenchmarks.with(catalog: catalog, products: products, seats: seats, context: context) { rules in
    // A sandbox of the rules' factory: it reads the same snapshot (the store's reads do not nest).
    try { (sandbox: LuaSandbox) in
        let script = try sandbox.load(LuaLoops.source, name: "benchmarks.lua")
        let loops = try sandbox.run(script, arguments: [productCount]).value
        /// Loop `name` as a benchmark body, after checking once that it goes through `expected` items.
        func loop(_ name: String, expected: Int) throws -> (inout BenchmarkState) throws -> Void {
            guard case .function(let function) = loops.tableValue?[name] ?? .nil else {
                fatalError("benchmarks.lua returned no loop '\(name)'")
            }
            let check = try sandbox.call(function).value
            precondition(check == .integer(Int64(expected)), "loop '\(name)' returned \(check), expected \(expected)")
            return fromCollectedHeap(sandbox.collectGarbage) { _ = try sandbox.call(function) }
        }

        let checksum = NativeLoops.read(products, seats: seats)
        var suites: [BenchmarkSuite] = []
        for round in 1...rounds {
            let fields = BenchmarkSuite(name: "fields #\(round)")
            for (name, loopName) in [
                ("lua tables", "tables"), ("lua tables built per product", "tablesBuilt"),
                ("api views, prefetched", "views"), ("api views, for p in catalog.products{}", "query"),
            ] {
                fields.benchmark(name, function: try loop(loopName, expected: productCount))
            }
            fields.benchmark("native swift, [Product] in memory") {
                precondition(NativeLoops.read(products, seats: seats) == checksum)
            }
            fields.benchmark("native swift, forEachProduct from SQLite") {
                let result = try nativeStore.read { reader in
                    var loaded: [Product] = []
                    loaded.reserveCapacity(productCount)
                    try reader.forEachProduct { loaded.append($0) }
                    return NativeLoops.read(loaded, seats: seats)
                }
                precondition(result == checksum)
            }

            let oneField = BenchmarkSuite(name: "one field #\(round)")
            for field in LuaLoops.fields {
                for set in ["tables", "views"] {
                    oneField.benchmark(
                        "\(set) .\(field)", function: try loop(LuaLoops.fieldLoop(set, field), expected: productCount))
                }
            }

            let money = BenchmarkSuite(name: "money #\(round)")
            for (name, loopName) in [
                ("integers: total + price * 3", "integerArithmetic"), ("Money: total + price * 3", "moneyArithmetic"),
                ("integers: (price * 15 + 50) // 100", "integerPercent"), ("Money: price:percent(15)", "moneyPercent"),
            ] {
                money.benchmark(name, function: try loop(loopName, expected: operationCount))
            }
            suites += [fields, oneField, money] + (try rules.suites(round: round)) + [try rules.showcaseSuite(round: round)]
        }

        sandbox.collectGarbage()
        let heapBefore = sandbox.memoryInUse
        var runner = BenchmarkRunner(suites: suites, settings: settings)
        try runner.run()
        sandbox.collectGarbage()
        heap =
            "Lua heap after a full collection: \(heapBefore / 1024) KiB before the benchmarks, "
            + "\(sandbox.memoryInUse / 1024) KiB after them"
        return runner.results
    }(try rules.sandboxes.make(scriptsFolder: nil))
}
catalog.remove()

let perProduct = { (name: String, baseline: String) in RatioTable.Row(name: name, baseline: baseline, items: productCount) }
let perOperation = { (name: String, baseline: String) in RatioTable.Row(name: name, baseline: baseline, items: operationCount) }
let tables =
    [
        RatioTable(
            title: "Reading sku, price, category, stock and region of \(productCount) products",
            rows: [
                "lua tables", "lua tables built per product", "api views, prefetched",
                "api views, for p in catalog.products{}", "native swift, [Product] in memory",
                "native swift, forEachProduct from SQLite",
            ].map { perProduct($0, "lua tables") }),
        RatioTable(
            title: "One field at a time, \(productCount) prefetched products",
            rows: LuaLoops.fields.flatMap {
                [perProduct("tables .\($0)", "tables .\($0)"), perProduct("views .\($0)", "tables .\($0)")]
            }
        ),
        RatioTable(
            title: "Money arithmetic, \(operationCount) operations",
            rows: [
                perOperation("integers: total + price * 3", "integers: total + price * 3"),
                perOperation("Money: total + price * 3", "integers: total + price * 3"),
                perOperation("integers: (price * 15 + 50) // 100", "integers: (price * 15 + 50) // 100"),
                perOperation("Money: price:percent(15)", "integers: (price * 15 + 50) // 100"),
            ]),
    ] + RuleBenchmarks.tables(productCount: productCount) + [RuleBenchmarks.showcaseTable(productCount: productCount)]
print("\nMachine: \(Machine.summary); load average \(loadBefore) before, \(Machine.loadAverage) after; \(rounds) rounds\n")
for table in tables {
    let text = table.render(results)
    if !text.isEmpty { print(text + "\n") }
}
print(heap)
