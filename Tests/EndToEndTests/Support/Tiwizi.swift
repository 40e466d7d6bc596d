import Foundation
import Testing
import TiwiziTestSupport

/// The built `tiwizi` executable, run as a person runs it: in a working folder, with its own
/// environment, on real files.
enum Tiwizi {
    /// What one run of `tiwizi` did.
    struct Result: Sendable, CustomStringConvertible {
        let status: Int32
        let stdout: String
        let stderr: String

        /// The output lines, without the trailing empty line.
        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLastEmpty() }
        var errorLines: [String] {
            stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLastEmpty()
        }

        var description: String { "exit status \(status)\n--- stdout:\n\(stdout)--- stderr:\n\(stderr)" }
    }

    /// The repository this file belongs to (…/Tests/EndToEndTests/Support/Tiwizi.swift).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed catalog shipped with the repository.
    static var seedCatalog: URL { repositoryRoot.appendingPathComponent("catalog") }

    /// The `tiwizi` executable this test run built (EndToEndTests depends on TiwiziCLI).
    static var binary: URL { get throws { try BuiltProducts.executable("tiwizi") } }

    /// Runs `tiwizi` with exactly `environment` (nothing inherited), in `directory`, with `stdin` as
    /// its standard input (empty when nil). Output goes through files, so a large output never
    /// blocks the child on a full pipe.
    static func run(
        _ arguments: [String], environment: [String: String], stdin: Data? = nil, in directory: URL, scratch: URL
    ) async throws -> Result {
        try await execute(try binary, arguments, environment: environment, stdin: stdin, in: directory, scratch: scratch)
    }

    /// Runs any program the same way (the concurrency tests run shell loops).
    static func execute(
        _ executable: URL, _ arguments: [String], environment: [String: String], stdin: Data? = nil, in directory: URL,
        scratch: URL
    ) async throws -> Result {
        let id = UUID().uuidString
        let outURL = scratch.appendingPathComponent("\(id).out")
        let errURL = scratch.appendingPathComponent("\(id).err")
        let inURL = scratch.appendingPathComponent("\(id).in")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        try (stdin ?? Data()).write(to: inURL)
        defer { for url in [outURL, errURL, inURL] { try? FileManager.default.removeItem(at: url) } }

        let output = try FileHandle(forWritingTo: outURL)
        let errors = try FileHandle(forWritingTo: errURL)
        let input = try FileHandle(forReadingFrom: inURL)
        defer { for handle in [output, errors, input] { try? handle.close() } }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in continuation.resume() }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

extension [String] {
    fileprivate func dropLastEmpty() -> [String] { last == "" ? Array(dropLast()) : self }
}

/// A fresh temporary folder for one test: a `work/` folder to write input files into (the
/// working directory of every run, so messages name files as written), a catalog file that does
/// not exist yet, and the environment of every run.
final class Workspace: Sendable {
    let root: URL
    /// The working directory of every run; input files go here.
    let work: URL
    /// The catalog every run uses (`TIWIZI_CATALOG`).
    let catalog: URL
    let environment: [String: String]
    /// Where runs' output files go.
    let scratch: URL

    /// - Parameter language: the `LANG` of every run (`C`: English messages).
    init(language: String = "C", today: String = "2026-11-29") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tiwizi-e2e-\(UUID().uuidString)")
        work = root.appendingPathComponent("work")
        scratch = root.appendingPathComponent("io")
        catalog = root.appendingPathComponent("catalog.sqlite")
        for folder in [work, scratch] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        var environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": root.path,
            "LANG": language,
            "CI": "true",
            "TIWIZI_TODAY": today,
            "TIWIZI_CATALOG": catalog.path,
        ]
        // Under the sanitizers, their options reach every run (docs/reliability.md).
        for name in ["ASAN_OPTIONS", "TSAN_OPTIONS", "SWIFT_BACKTRACE"] {
            environment[name] = ProcessInfo.processInfo.environment[name]
        }
        self.environment = environment
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Runs `tiwizi` in `work/`; `environment` entries are added to (or, with nil, removed from)
    /// the workspace's.
    func run(_ arguments: String..., stdin: Data? = nil, environment changes: [String: String?] = [:]) async throws
        -> Tiwizi.Result
    {
        try await run(arguments, stdin: stdin, environment: changes)
    }

    func run(_ arguments: [String], stdin: Data? = nil, environment changes: [String: String?] = [:]) async throws
        -> Tiwizi.Result
    {
        var environment = self.environment
        for (key, value) in changes { environment[key] = value }
        return try await Tiwizi.run(arguments, environment: environment, stdin: stdin, in: work, scratch: scratch)
    }

    /// Runs a shell script in `work/`, with `$TIWIZI` naming the binary.
    func shell(_ script: String) async throws -> Tiwizi.Result {
        let binary = try Tiwizi.binary
        var environment = self.environment
        environment["TIWIZI"] = binary.path
        return try await Tiwizi.execute(
            URL(fileURLWithPath: "/bin/sh"), ["-c", script], environment: environment, in: work, scratch: scratch)
    }

    /// Writes `text` (UTF-8) to `path` below `work/`, creating folders; returns the path.
    @discardableResult
    func write(_ path: String, _ text: String) throws -> String {
        try write(path, bytes: Data(text.utf8))
    }

    @discardableResult
    func write(_ path: String, bytes: Data) throws -> String {
        let url = work.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
        return path
    }

    func url(_ path: String) -> URL { work.appendingPathComponent(path) }

    /// Imports the seed catalog (`catalog/`) and checks that it worked.
    /// (The seed is imported once per test run, by `tiwizi import`, into a template that each
    /// workspace copies: the import itself is tested in `SeedCatalogTests`.)
    func importSeed() async throws {
        let template = try await SeedTemplate.shared.catalog()
        for suffix in ["", "-wal"] {
            let source = URL(fileURLWithPath: template.path + suffix)
            guard FileManager.default.fileExists(atPath: source.path) else { continue }
            try FileManager.default.copyItem(at: source, to: URL(fileURLWithPath: catalog.path + suffix))
        }
    }

    /// The whole catalog as `tiwizi export --format json` prints it: what "the catalog is exactly
    /// as before" compares.
    func snapshot() async throws -> String {
        let result = try await run("export", "--format", "json")
        try #require(result.status == 0, "export failed: \(result)")
        return result.stdout
    }

    /// Every file below `path` (relative path → bytes), to compare two exported folders.
    func files(under path: String) throws -> [String: Data] {
        let base = url(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base.path, isDirectory: &isDirectory) else { return [:] }
        if !isDirectory.boolValue { return [base.lastPathComponent: try Data(contentsOf: base)] }
        var files: [String: Data] = [:]
        for relative in FileManager.default.subpaths(atPath: base.path) ?? [] {
            let file = base.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: file)
            }
        }
        return files
    }
}

/// A catalog holding the imported seed, made once per test run.
actor SeedTemplate {
    static let shared = SeedTemplate()
    private var made: Task<URL, any Error>?
    /// Kept alive for the whole run: its folder holds the template.
    private var workspace: Workspace?

    func catalog() async throws -> URL {
        if let made { return try await made.value }
        Self.removeStaleWorkspaces()
        let workspace = try Workspace()
        self.workspace = workspace
        let task = Task {
            let result = try await workspace.run("import", Tiwizi.seedCatalog.path)
            guard result.status == 0 else { throw SeedImportFailed(result: result) }
            return workspace.catalog
        }
        made = task
        return try await task.value
    }

    struct SeedImportFailed: Error, CustomStringConvertible {
        let result: Tiwizi.Result
        var description: String { "importing the seed catalog failed: \(result)" }
    }

    /// The template's folder outlives its run (nothing ends a test run's statics): the next run
    /// removes workspaces left over for more than an hour.
    private static func removeStaleWorkspaces() {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory
        let old = Date().addingTimeInterval(-3600)
        for name in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix("tiwizi-e2e-") {
            let url = folder.appendingPathComponent(name)
            let modified = (try? manager.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
            if let modified, modified < old { try? manager.removeItem(at: url) }
        }
    }
}

/// Reading `tiwizi`'s output.
enum Output {
    /// The first column of an aligned table (the ids or SKUs), below its `───` rule.
    static func firstColumn(_ stdout: String) -> [String] {
        let lines = stdout.split(separator: "\n").map(String.init)
        guard let rule = lines.firstIndex(where: { $0.hasPrefix("─") }) else { return [] }
        return lines[(rule + 1)...].compactMap { $0.split(separator: " ").first.map(String.init) }
    }

    /// A JSON value parsed with JSONSerialization.
    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    /// A JSON array of objects.
    static func jsonRecords(_ text: String) throws -> [[String: Any]] {
        try #require(try json(text) as? [[String: Any]], "not a JSON array of objects: \(text)")
    }

    /// A JSON object.
    static func jsonRecord(_ text: String) throws -> [String: Any] {
        try #require(try json(text) as? [String: Any], "not a JSON object: \(text)")
    }

    /// The text with no-break spaces (amounts are formatted with them: `145,00 DH`, `1 450,00`)
    /// turned into plain spaces.
    static func plain(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { ["\u{A0}", "\u{202F}"].contains($0) ? " " : $0 }))
    }

    /// Whether `text` matches the regular expression `pattern` somewhere.
    static func matches(_ text: String, _ pattern: String) -> Bool {
        guard let regex = try? Regex(pattern) else {
            Issue.record("bad regular expression \(pattern)")
            return false
        }
        return text.firstMatch(of: regex) != nil
    }
}

extension String {
    /// The text with `old` replaced by `new`, recording a test issue if `old` is not there (so a
    /// fixture edit can never silently do nothing).
    func edited(_ old: String, to new: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        if !contains(old) { Issue.record("fixture edit: “\(old)” not found", sourceLocation: sourceLocation) }
        return replacingOccurrences(of: old, with: new)
    }
}
