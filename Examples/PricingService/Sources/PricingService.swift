import ArgumentParser
import Foundation
import Hummingbird
import TiwiziCore
import TiwiziRules
import TiwiziStore

/// `tiwizi-pricing-service`: an HTTP pricing service embedding the rule engine (`TiwiziEngine`)
/// over a catalog and its plugins. See README.md.
@main
struct PricingService: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tiwizi-pricing-service",
        abstract: "Prices products and quotes carts over HTTP, with the catalog's plugins.",
        discussion: """
            POST /quote takes a cart as JSON (as `tiwizi quote` reads it) and answers what \
            `tiwizi quote --json` prints; GET /products/SKU/price answers the record of \
            `tiwizi price SKU --json`. Both take `at` (a moment, as `--at` reads it) and \
            `explain=true` (every rule's step) as query parameters. POST /reload loads the \
            plugins and the catalog's settings of them again, all or nothing.
            """)

    @Option(help: "The catalog file (default: $TIWIZI_CATALOG, else ~/.local/share/tiwizi/catalog.sqlite).")
    var catalog: String?
    @Option(help: "The rules folder.") var rules = "scripts"
    @Option(
        name: .customLong("plugins"), help: "A folder of plugins, searched after the rules folder and the catalog's (repeatable)."
    )
    var pluginFolders: [String] = []
    @Option(help: "The event whose configuration of the plugins applies; requests must fall within it.")
    var event: String?
    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on (0: any free port).") var port = 0
    @Option(help: "How many requests are priced at once (default: the processor count).") var workers: Int?

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1.") }
    }

    func run() async throws {
        let path = catalog ?? SQLiteCatalogStore.defaultPath()
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("no catalog at \(path): import one with `tiwizi import`, or name it with --catalog.")
        }
        for folder in [rules] + pluginFolders where !FileManager.default.isFolder(atPath: folder) {
            throw ValidationError("no folder at \(folder).")
        }
        // Read-write, for a pool of readers: a read-only catalog is one connection, and every
        // request would wait for the one before it.
        let store = try SQLiteCatalogStore(path: path)
        var configuration = TiwiziEngine.Configuration(
            plugins: pluginFolders.map { URL(fileURLWithPath: $0) }, event: event)
        if let workers { configuration.workers = workers }
        let engine = try await TiwiziEngine(
            store: store, rules: URL(fileURLWithPath: rules), configuration: configuration)
        let host = host
        let app = Application(
            router: PricingRoutes(engine: engine).router,
            configuration: .init(address: .hostname(host, port: port), serverName: "tiwizi-pricing-service"),
            onServerRunning: { channel in
                // Unbuffered: whoever started the service waits for this line on a pipe.
                let line = "listening on http://\(host):\(channel.localAddress?.port ?? 0)\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            })
        try await app.runService()
    }
}
