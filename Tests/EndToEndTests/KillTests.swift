import Foundation
import GRDB
import Synchronization
import Testing

/// A power cut in the middle of a write, as near as a test gets to one: `tiwizi` killed with
/// SIGKILL at points spread over a large write. Each time, the catalog opens, passes SQLite's
/// integrity check, and holds all of the write or none of it; the next write then completes.
/// `TIWIZI_KILLS=120 swift test --filter KillTests` is the documented long run
/// (docs/reliability.md); the suite kills each command 8 times.
@Suite("SIGKILL in the middle of a write: all or nothing", .serialized)
struct KillTests {
    static let kills = Int(ProcessInfo.processInfo.environment["TIWIZI_KILLS"] ?? "") ?? 8

    /// What the catalog holds, counted row by row, and whether SQLite finds it sound.
    struct Contents: Equatable, CustomStringConvertible {
        var cooperatives = 0
        var products = 0
        var certificates = 0
        var searchRows = 0

        var description: String {
            "\(cooperatives) cooperatives, \(products) products, \(certificates) certificates, \(searchRows) search rows"
        }

        /// Opens the catalog as the next command would (recovering its journal) and counts it.
        init(of catalog: URL) throws {
            let database = try DatabaseQueue(path: catalog.path)
            defer { try? database.close() }
            try database.read { db in
                #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
                cooperatives = try Int.fetchOne(db, sql: "SELECT count(*) FROM cooperatives") ?? -1
                products = try Int.fetchOne(db, sql: "SELECT count(*) FROM products") ?? -1
                certificates = try Int.fetchOne(db, sql: "SELECT count(*) FROM certificates") ?? -1
                searchRows = try Int.fetchOne(db, sql: "SELECT count(*) FROM products_fts") ?? -1
            }
        }
    }

    @Test("killing an import at any point leaves the catalog as it was or fully imported")
    func killedImports() async throws {
        try await killed(["import", "gen"])
    }

    @Test("killing generate --into-catalog at any point leaves the catalog as it was or fully written")
    func killedGenerations() async throws {
        try await killed(["generate", "--cooperatives", "100", "--products", "1500", "--seed", "6", "--into-catalog"])
    }

    /// Runs `arguments` once to the end on a copy of the seeded catalog, then `kills` times from
    /// the same start, each killed later than the one before, and checks each catalog.
    private func killed(_ arguments: [String]) async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let generated = try await workspace.run(
            "generate", "--cooperatives", "100", "--products", "1500", "--seed", "5", "--out", "gen")
        try #require(generated.status == 0, "\(generated)")
        let start = workspace.root.appendingPathComponent("start.sqlite")
        try copyCatalog(workspace.catalog, to: start)
        let before = try Contents(of: start)

        let clock = ContinuousClock()
        let began = clock.now
        let full = try await workspace.run(arguments)
        let duration = clock.now - began
        try #require(full.status == 0, "\(full)")
        let after = try Contents(of: workspace.catalog)
        try #require(after.products > before.products)

        var outcomes: [String: Int] = [:]
        // A write that ended before its kill does not count: the next kills come sooner (the
        // machine may have been busier when the uninterrupted write was timed).
        var scale = 1.0
        var kill = 0
        var attempts = 0
        while kill < Self.kills && attempts < 3 * Self.kills {
            attempts += 1
            try copyCatalog(start, to: workspace.catalog)
            // Spread over the whole write, from its first instants to its last.
            let delay = duration * (scale * (Double(kill) + 0.5) / Double(Self.kills))
            let killed = try await runKilled(arguments, after: delay, in: workspace)
            let found = try Contents(of: workspace.catalog)
            #expect(found == before || found == after, "kill \(kill) after \(delay): \(found)")
            guard killed else {
                outcomes["ended first", default: 0] += 1
                scale /= 2
                continue
            }
            outcomes[found == before ? "none" : "all", default: 0] += 1
            kill += 1
        }
        print("tiwizi \(arguments[0]): \(Self.kills) kills over \(duration): \(outcomes.sorted { $0.key < $1.key })")
        // Some kills landed mid-write; after the last, the write runs again to its end.
        #expect(outcomes["none", default: 0] > 0, "\(outcomes)")
        let again = try await workspace.run(arguments)
        #expect(again.status == 0, "\(again)")
        #expect(try Contents(of: workspace.catalog) == after)
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
