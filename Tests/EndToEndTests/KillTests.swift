import Foundation
import GRDB
import Synchronization
import Testing

/// A power cut in the middle of a write, as near as a test gets to one: `tiwizi` killed with
/// SIGKILL at points spread over a write, for every command that writes. Each time, the catalog
/// opens, passes SQLite's integrity check, and holds all of the write or none of it (every row of
/// every table compared); the next write then completes. `TIWIZI_KILLS=60 swift test --filter
/// KillTests` is the documented long run (docs/reliability.md); the suite kills the two large
/// writes 8 times each and every other writing command 4 times.
@Suite("SIGKILL in the middle of a write: all or nothing", .serialized)
struct KillTests {
    static let kills = Int(ProcessInfo.processInfo.environment["TIWIZI_KILLS"] ?? "") ?? 8

    /// Every row of every table of the catalog, hashed table by table, and whether SQLite finds
    /// it sound: two catalogs with the same fingerprint hold the same data.
    struct Fingerprint: Equatable, CustomStringConvertible {
        /// Table name → (rows, hash of the rows in rowid order).
        var tables: [String: [Int]] = [:]

        var description: String {
            ["cooperatives", "products", "certificates", "orders", "products_fts"].map { "\($0): \(tables[$0]?.first ?? 0)" }
                .joined(separator: ", ")
        }

        /// Opens the catalog as the next command would (recovering its journal) and reads it.
        init(of catalog: URL) throws {
            let database = try DatabaseQueue(path: catalog.path)
            defer { try? database.close() }
            try database.read { db in
                #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
                let names = try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                for name in names {
                    var hasher = Hasher()
                    var count = 0
                    let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \"\(name)\"")
                    while let row = try rows.next() {
                        count += 1
                        for value in row.databaseValues { hasher.combine(value) }
                    }
                    tables[name] = [count, hasher.finalize()]
                }
            }
        }
    }

    /// A writing command and what it needs beyond the seeded catalog.
    struct Write: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        var files: [String: String] = [:]
        var testDescription: String { arguments.prefix(3).joined(separator: " ") }
    }

    /// Every other command that writes to the catalog, each a small write: the kill may land
    /// before, inside or after its one transaction.
    static let writes: [Write] = [
        Write(arguments: EditingTests.tamdakht),
        Write(arguments: [
            "product", "add", "TAF-NEW-100", "--coop", "tafoukt-argan", "--name-fr", "Nouveau", "--name-ar", "جديد",
            "--category", "food.oil.argan", "--quantity", "100", "--unit", "ml", "--price", "99,00", "--vat", "exempt",
            "--stock", "4",
        ]),
        Write(arguments: ["product", "update", "TAF-ARG-250", "--price", "150", "--stock-change", "3", "--name-en", "Argan oil"]),
        Write(arguments: ["product", "remove", "TAF-ARG-250"]),
        Write(arguments: ["coop", "update", "tafoukt-argan", "--members", "40", "--women", "31"]),
        Write(arguments: ["coop", "remove", "tafoukt-argan", "--with-products"]),
        Write(arguments: ["know-how", "link", "saffron-harvesting", "--coop", "tafoukt-argan"]),
        Write(
            arguments: [
                "order", "place", "cart.yaml", "--rules", Tiwizi.repositoryRoot.appendingPathComponent("scripts").path, "--at",
                "2026-03-20T09:00",
            ], files: ["cart.yaml": OrderCommandTests.cart]),
    ]

    /// Kills of each small write: half the large writes' (at least 2).
    static var smallKills: Int { max(kills / 2, 2) }

    @Test("killing an import at any point leaves the catalog as it was or fully imported")
    func killedImports() async throws {
        try await killed(
            ["import", "gen"],
            preparedBy: ["generate", "--cooperatives", "100", "--products", "1500", "--seed", "5", "--out", "gen"])
    }

    @Test("killing generate --into-catalog at any point leaves the catalog as it was or fully written")
    func killedGenerations() async throws {
        try await killed(["generate", "--cooperatives", "100", "--products", "1500", "--seed", "6", "--into-catalog"])
    }

    @Test("killing any other writing command leaves the catalog as it was or with the whole write", arguments: writes)
    func killedWrites(_ write: Write) async throws {
        try await killed(write.arguments, files: write.files, kills: Self.smallKills, requireMidWrite: false)
    }

    /// Runs `arguments` once to the end on a copy of the seeded catalog (after `preparation`, a
    /// command that writes its input, and `files`), then `kills` times from the same start, each
    /// killed later than the one before, and checks each catalog. A large write
    /// (`requireMidWrite`) must have been killed in its middle at least once.
    private func killed(
        _ arguments: [String], preparedBy preparation: [String]? = nil, files: [String: String] = [:],
        kills: Int = Self.kills, requireMidWrite: Bool = true
    ) async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        if let preparation {
            let prepared = try await workspace.run(preparation)
            try #require(prepared.status == 0, "\(prepared)")
        }
        for (path, text) in files { try workspace.write(path, text) }
        let start = workspace.root.appendingPathComponent("start.sqlite")
        try copyCatalog(workspace.catalog, to: start)
        let before = try Fingerprint(of: start)

        let clock = ContinuousClock()
        let began = clock.now
        let full = try await workspace.run(arguments)
        let duration = clock.now - began
        try #require(full.status == 0, "\(full)")
        let after = try Fingerprint(of: workspace.catalog)
        try #require(after != before, "\(arguments) changed nothing")

        var outcomes: [String: Int] = [:]
        // A write that ended before its kill does not count: the next kills come sooner (the
        // machine may have been busier when the uninterrupted write was timed).
        var scale = 1.0
        var kill = 0
        var attempts = 0
        while kill < kills && attempts < 3 * kills {
            attempts += 1
            try copyCatalog(start, to: workspace.catalog)
            // Spread over the whole write, from its first instants to its last.
            let delay = duration * (scale * (Double(kill) + 0.5) / Double(kills))
            let killed = try await runKilled(arguments, after: delay, in: workspace)
            let found = try Fingerprint(of: workspace.catalog)
            #expect(found == before || found == after, "kill \(kill) after \(delay): \(found)")
            guard killed else {
                outcomes["ended first", default: 0] += 1
                scale /= 2
                continue
            }
            outcomes[found == before ? "none" : "all", default: 0] += 1
            kill += 1
        }
        print(
            "tiwizi \(arguments.prefix(2).joined(separator: " ")): \(kill) kills over \(duration): "
                + "\(outcomes.sorted { $0.key < $1.key })")
        // Some kills landed mid-write; after the last, the write runs again to its end.
        if requireMidWrite { #expect(outcomes["none", default: 0] > 0, "\(outcomes)") }
        // The next write runs on what the last kill left, unless that already holds the write.
        if try Fingerprint(of: workspace.catalog) == after { try copyCatalog(start, to: workspace.catalog) }
        let again = try await workspace.run(arguments)
        #expect(again.status == 0, "\(again)")
        #expect(try Fingerprint(of: workspace.catalog) == after)
    }

    /// Starts `tiwizi` with `arguments` in the workspace, kills it with SIGKILL after `delay`
    /// (unless it ended first), and says whether the kill ended it.
    private func runKilled(_ arguments: [String], after delay: Duration, in workspace: Workspace) async throws -> Bool {
        let process = Process()
        process.executableURL = try Tiwizi.binary
        process.arguments = arguments
        // What a killed process cannot clean up (generate's staging folder) stays in the workspace.
        process.environment = workspace.environment.merging(["TMPDIR": workspace.root.path]) { $1 }
        process.currentDirectoryURL = workspace.work
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        // Waiting neither blocks a thread of the tests' pool nor depends on one being free: the
        // kill comes from a dispatch timer, the end from the termination handler.
        let ended = Mutex(false)
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in
                ended.withLock { $0 = true }
                continuation.resume()
            }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                return continuation.resume(throwing: error)
            }
            let pid = process.processIdentifier
            let nanoseconds = Int(delay.components.seconds) * 1_000_000_000 + Int(delay.components.attoseconds / 1_000_000_000)
            // Never after the end: the process id could be another process's by then.
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) {
                ended.withLock { if !$0 { kill(pid, SIGKILL) } }
            }
        }
        return process.terminationReason == .uncaughtSignal
    }

    /// Copies a catalog with its journal files, replacing what `destination` held.
    private func copyCatalog(_ source: URL, to destination: URL) throws {
        let manager = FileManager.default
        for suffix in ["", "-wal", "-shm"] {
            let target = URL(fileURLWithPath: destination.path + suffix)
            try? manager.removeItem(at: target)
            let origin = URL(fileURLWithPath: source.path + suffix)
            if manager.fileExists(atPath: origin.path) { try manager.copyItem(at: origin, to: target) }
        }
    }
}
