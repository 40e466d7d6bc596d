import Foundation
import Testing
import TiwiziTestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A temporary folder with the seed catalog imported by the built `tiwizi`, the built service
/// running over it, and what a test asks of both.
final class ServiceWorkspace {
    let root: URL
    let catalog: URL
    let service: ServiceProcess

    /// Imports the seed catalog, runs `prepare` in the folder (to write plugins, configure
    /// them), and starts the service with `arguments`; `close()` stops it and removes the folder.
    static func open(
        arguments: [String] = [], prepare: (ServiceWorkspace.Setup) async throws -> Void = { _ in }
    ) async throws -> ServiceWorkspace {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tiwizi-service-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let catalog = root.appendingPathComponent("catalog.sqlite")
        let imported = try await Command.tiwizi(["import", Repository.seedCatalog.path], catalog: catalog, in: root)
        try #require(imported.status == 0, "tiwizi import failed: \(imported.stderr)")
        try await prepare(Setup(root: root, catalog: catalog))
        let service = try await ServiceProcess.start(catalog: catalog, in: root, arguments: arguments)
        return ServiceWorkspace(root: root, catalog: catalog, service: service)
    }

    /// The folder and catalog before the service starts.
    struct Setup {
        let root: URL
        let catalog: URL

        /// Runs `tiwizi` in the folder over the catalog.
        func tiwizi(_ arguments: [String]) async throws -> Command.Result {
            try await Command.tiwizi(arguments, catalog: catalog, in: root)
        }
    }

    private init(root: URL, catalog: URL, service: ServiceProcess) {
        self.root = root
        self.catalog = catalog
        self.service = service
    }

    func close() {
        service.stop()
        try? FileManager.default.removeItem(at: root)
    }

    /// Runs `tiwizi` over the workspace's catalog with the repository's rules.
    func tiwizi(_ arguments: [String]) async throws -> Command.Result {
        try await Command.tiwizi(arguments + ["--rules", Repository.rules.path], catalog: catalog, in: root)
    }

    /// Writes `text` as `name` in the workspace; returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let url = root.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Sends a request to the service: its status and its body parsed as JSON.
    func request(_ method: String, _ path: String, body: String? = nil) async throws -> (status: Int, json: Any) {
        let url = try #require(URL(string: path, relativeTo: service.base))
        var request = URLRequest(url: url)
        request.httpMethod = method
        if let body {
            request.httpBody = Data(body.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = try #require(response as? HTTPURLResponse).statusCode
        return (status, try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }
}

/// A run of the built `tiwizi`.
enum Command {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func tiwizi(_ arguments: [String], catalog: URL, in folder: URL) async throws -> Result {
        let output = folder.appendingPathComponent("tiwizi-\(UUID().uuidString).out")
        let errors = folder.appendingPathComponent("tiwizi-\(UUID().uuidString).err")
        for file in [output, errors] { try Data().write(to: file) }
        defer { for file in [output, errors] { try? FileManager.default.removeItem(at: file) } }
        let process = Process()
        process.executableURL = try BuiltProducts.executable("tiwizi")
        process.arguments = arguments
        process.environment = [
            "PATH": "/usr/bin:/bin", "HOME": folder.path, "LANG": "C", "TIWIZI_CATALOG": catalog.path,
            "TIWIZI_TODAY": "2026-11-29",
        ]
        process.currentDirectoryURL = folder
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in continuation.resume() }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        return Result(
            status: process.terminationStatus, stdout: try String(contentsOf: output, encoding: .utf8),
            stderr: try String(contentsOf: errors, encoding: .utf8))
    }
}
