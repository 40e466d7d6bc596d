import Foundation
import TiwiziTestSupport

/// The built `tiwizi-pricing-service`, started on port 0 with a catalog and the repository's
/// rules; `stop()` ends it (every test stops the service it started).
struct ServiceProcess {
    let process: Process
    /// `http://127.0.0.1:PORT`, read from the line the service prints once it listens.
    let base: URL
    private let output: URL

    /// Starts the service and waits (up to 60 s) for its `listening on` line.
    static func start(catalog: URL, in folder: URL, arguments extra: [String] = []) async throws -> ServiceProcess {
        let output = folder.appendingPathComponent("service.out")
        let errors = folder.appendingPathComponent("service.err")
        for file in [output, errors] { try Data().write(to: file) }
        let process = Process()
        process.executableURL = try BuiltProducts.executable("tiwizi-pricing-service")
        process.arguments =
            [
                "--catalog", catalog.path, "--rules", Repository.rules.path, "--host", "127.0.0.1", "--port", "0",
            ] + extra
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path, "LANG": "C"]
        process.currentDirectoryURL = folder
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let text = String(decoding: try Data(contentsOf: output), as: UTF8.self)
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("listening on ") }),
                let base = URL(string: String(line.dropFirst("listening on ".count)))
            {
                return ServiceProcess(process: process, base: base, output: output)
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        throw NotListening(
            stdout: try String(contentsOf: output, encoding: .utf8), stderr: try String(contentsOf: errors, encoding: .utf8))
    }

    /// Ends the service and waits for it.
    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    struct NotListening: Error, CustomStringConvertible {
        let stdout: String
        let stderr: String
        var description: String { "the service did not say it listens\n--- stdout:\n\(stdout)--- stderr:\n\(stderr)" }
    }
}

/// Where the repository's files are (…/Tests/PricingServiceTests/Support/ServiceProcess.swift).
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var rules: URL { root.appendingPathComponent("scripts") }
    static var seedCatalog: URL { root.appendingPathComponent("catalog") }
}
