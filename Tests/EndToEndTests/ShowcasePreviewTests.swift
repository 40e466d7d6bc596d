import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `tiwizi showcase --serve`: real HTTP requests on a loopback port; each page is made again, so
/// an edited curation script shows on reload, and a broken template is a readable error page.
@Suite("tiwizi showcase --serve")
struct ShowcasePreviewTests {
    @Test("the preview is made again on every reload, and says what is wrong instead of crashing")
    func reloadsAndReportsErrors() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let script = "return {sections = {{heading = {fr = 'Huiles', ar = 'الزيوت'}, products = {'TAF-ARG-250'}}}}"
        _ = try workspace.write("curate.lua", script)
        _ = try await workspace.run("showcase", "--copy-templates", "mine")
        let server = try await Preview.start(
            workspace,
            ["showcase", "--serve", "--port", "0", "--curate", "curate.lua", "--template", "mine", "--at", "2026-03-20T09:00"]
                + ShowcaseCommandTests.rules)
        defer { server.stop() }

        let first = try await server.get("/")
        #expect(first.status == 200 && first.body.contains("id=\"product-TAF-ARG-250\""), "\(first.body.prefix(300))")
        #expect(try await server.get("/style.css").status == 200)
        #expect(try await server.get("/nothing-here.css").status == 404)

        _ = try workspace.write("curate.lua", script.replacingOccurrences(of: "'TAF-ARG-250'", with: "'TAF-AML-250'"))
        let edited = try await server.get("/")
        #expect(edited.body.contains("id=\"product-TAF-AML-250\"") && !edited.body.contains("id=\"product-TAF-ARG-250\""))

        let page = workspace.url("mine/card.mustache")
        try (try String(contentsOf: page, encoding: .utf8) + "{{#broken}}").write(to: page, atomically: true, encoding: .utf8)
        let broken = try await server.get("/")
        #expect(broken.status == 500 && broken.body.contains("The showcase cannot be made"), "\(broken.body)")
        #expect(broken.body.contains("mine/card.mustache:"), "\(broken.body)")
        #expect(server.isRunning)

        let taken = try await workspace.run(["showcase", "--serve", "--port", "\(server.port)"] + ShowcaseCommandTests.rules)
        #expect(taken.status == 1 && taken.stderr.contains("port \(server.port) on 127.0.0.1 is in use"), "\(taken)")
    }
}

/// A `tiwizi showcase --serve` running in a workspace.
final class Preview {
    let process: Process
    let base: URL
    let port: Int

    private init(process: Process, base: URL, port: Int) {
        self.process = process
        self.base = base
        self.port = port
    }

    /// Starts `tiwizi arguments` in `workspace` and waits for its address.
    static func start(_ workspace: Workspace, _ arguments: [String]) async throws -> Preview {
        let output = workspace.url("preview.out")
        try Data().write(to: output)
        let process = Process()
        process.executableURL = try Tiwizi.binary
        process.arguments = arguments
        process.environment = workspace.environment
        process.currentDirectoryURL = workspace.work
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning {
            let text = String(decoding: try Data(contentsOf: output), as: UTF8.self)
            if let range = text.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression),
                let base = URL(string: String(text[range])), let port = base.port
            {
                return Preview(process: process, base: base, port: port)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        process.terminate()
        throw PreviewError.didNotStart(String(decoding: try Data(contentsOf: output), as: UTF8.self))
    }

    var isRunning: Bool { process.isRunning }

    func get(_ path: String) async throws -> (status: Int, body: String) {
        let url = try #require(URL(string: path, relativeTo: base))
        let (data, response) = try await URLSession.shared.data(from: url)
        return (try #require(response as? HTTPURLResponse).statusCode, String(decoding: data, as: UTF8.self))
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    enum PreviewError: Error { case didNotStart(String) }
}
