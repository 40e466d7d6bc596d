import Foundation
import LuaHost
import TiwiziCore
import TiwiziInterchange
import TiwiziLua
import TiwiziStore
import TiwiziTestSupport

/// The seed catalog (`catalog/` at the repository root), imported once per test process into a
/// temporary SQLite file, and scripts run against it in-process through `CatalogScripts.run`,
/// exactly as `tiwizi run` runs them.
///
/// The import runs in-process through TiwiziInterchange's `Importer`, as `tiwizi import` does.
enum SeedCatalog {
    /// The repository: …/Tests/TiwiziLuaTests/Support/SeedCatalog.swift, four levels up.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The run date-time and seed of every documented example: `--at 2026-03-20T09:00 --seed 1`.
    static let at = "2026-03-20T09:00"
    static let seed: Int64 = 1

    /// Why the seed catalog cannot be used in this process.
    struct SetupFailure: Error, Sendable, CustomStringConvertible {
        let description: String
    }

    /// The `tiwizi` executable this test run built (the test target depends on TiwiziCLI): the
    /// one in the build products folder that holds the test bundle.
    static var binary: URL { get throws { try BuiltProducts.executable("tiwizi") } }

    /// The imported catalog's path (imported on first use, once per process).
    static let catalogPath: Result<String, SetupFailure> = importSeedCatalog()

    /// The folder of the imported catalog, removed when the test process exits.
    private static let seedFolder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "tiwizi-seed-\(UUID().uuidString)")

    /// Imports `catalog/` in-process, with the importer `tiwizi import` uses, as of the day of ``at``.
    private static func importSeedCatalog() -> Result<String, SetupFailure> {
        let folder = seedFolder
        let path = folder.appendingPathComponent("catalog.sqlite").path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            atexit { try? FileManager.default.removeItem(at: SeedCatalog.seedFolder) }
            let store = try SQLiteCatalogStore(path: path)
            _ = try Importer(store: store, today: CalendarDate(String(at.prefix(10)))!)
                .run(paths: [repositoryRoot.appendingPathComponent("catalog").path])
            return .success(path)
        } catch {
            return .failure(SetupFailure(description: "importing catalog/ failed: \(error)"))
        }
    }

    /// Runs the script file at `path` on the seed catalog, in-process, at ``at`` with ``seed``.
    /// Throws the `LuaError` the script fails with.
    static func run(scriptAt path: String, parameters: [String: String] = [:]) throws -> SeedRun {
        let store = try SQLiteCatalogStore(path: try catalogPath.get(), readOnly: true)
        let context = RunContext(at: RunContext.parseInstant(at)!, parameters: parameters, randomSeed: seed)
        let printed = PrintedLines()
        let outcome = try CatalogScripts.run(CatalogScripts.Request(scriptPath: path, context: context), store: store) {
            printed.items.append($0)
        }
        return SeedRun(printed: printed.items, values: outcome.values.map { ScriptValueRendering.text($0) }, log: outcome.log)
    }

    /// Runs `source` saved as `name` in a folder of its own, like ``run(scriptAt:parameters:)``.
    static func run(source: String, name: String = "example.lua", parameters: [String: String] = [:]) throws -> SeedRun {
        try withScript(source, name: name) { url in try run(scriptAt: url.path, parameters: parameters) }
    }

    /// Runs `tiwizi run NAME --at … --seed 1` on `source`, saved as `name`, with the real executable.
    static func runCommand(source: String, name: String = "example.lua") throws -> ProcessRun.Result {
        let binary = try binary
        let catalog = try catalogPath.get()
        return try withScript(source, name: name) { url in
            try ProcessRun.execute(
                binary, ["run", name, "--at", at, "--seed", String(seed)], environment: ["TIWIZI_CATALOG": catalog],
                in: url.deletingLastPathComponent())
        }
    }

    private static func withScript<T>(_ source: String, name: String, _ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tiwizi-doc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try source.write(to: url, atomically: true, encoding: .utf8)
        return try body(url)
    }
}

/// What one in-process run printed, returned (rendered as `tiwizi run` renders it) and logged.
struct SeedRun {
    var printed: [String]
    var values: [String]
    var log: [String]

    /// Standard output of `tiwizi run`: the printed lines, then one line per returned value.
    var lines: [String] {
        (printed + values).flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }
}

/// Printed lines, appended by the run's output closure.
private final class PrintedLines {
    var items: [String] = []
}

/// Runs a program and collects what it wrote. Output goes through files, so that a large
/// output never blocks the child on a full pipe.
enum ProcessRun {
    struct Result: Sendable, CustomStringConvertible {
        let status: Int32
        let stdout: String
        let stderr: String

        /// Standard output's lines, without the empty string after the last newline.
        var lines: [String] { Self.lines(stdout) }
        var errorLines: [String] { Self.lines(stderr) }

        var description: String { "exit status \(status)\n--- stdout:\n\(stdout)--- stderr:\n\(stderr)" }

        private static func lines(_ text: String) -> [String] {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            return lines
        }
    }

    /// Runs `executable` with `arguments` in `directory`, with `environment` added to a minimal
    /// one (PATH, HOME of the test process).
    static func execute(_ executable: URL, _ arguments: [String], environment: [String: String] = [:], in directory: URL)
        throws -> Result
    {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tiwizi-process-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let inherited = ProcessInfo.processInfo.environment
        var base: [String: String] = ["PATH": inherited["PATH"] ?? "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"]
        base["HOME"] = inherited["HOME"]
        process.environment = base.merging(environment) { _, new in new }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// The tool `name` on the PATH; a test that needs it fails with `install` as the fix rather
    /// than being skipped.
    static func tool(_ name: String, install: String) throws -> URL {
        guard let url = which(name) else { throw MissingTool(name: name, install: install) }
        return url
    }

    /// How to install luacheck, which the Lua tests run on the examples.
    static let installLuacheck = "run `make deps` (or `apt-get install lua-check`)"

    struct MissingTool: Error, CustomStringConvertible {
        let name: String
        let install: String
        var description: String { "\(name) is not installed, and this test needs it: \(install)" }
    }

    /// The first executable called `name` on the PATH, or nil.
    static func which(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }
}
