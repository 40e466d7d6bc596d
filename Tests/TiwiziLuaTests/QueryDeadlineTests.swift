import GRDB
import LuaHost
import Testing
import TiwiziLua
import TiwiziTestSupport

@testable import TiwiziStore

/// A catalog query that a script's host call makes stops when the script's time is up: the
/// catalog's sandboxes read through a reader whose queries ask `LuaHostCall.mustStop`.
@Suite struct QueryDeadlineTests {
    @Test func aSlowQueryInAHostCallStopsAtTheDeadline() throws {
        let catalog = try LuaCatalog()
        var limits = SandboxLimits.default
        limits.timeout = .milliseconds(200)
        let context = RunContext(at: RunContext.parseInstant(LuaCatalog.defaultAt)!)
        let started = ContinuousClock.now
        let outcome: Result<LuaRun, any Error> = try CatalogScripts.withSandboxes(
            store: catalog.store, context: context, limits: limits
        ) { factory, reader in
            let sandbox = try factory.make(scriptsFolder: nil)
            let db = try #require(reader as? SQLiteCatalogReader).db
            // Counting to 10^9 in SQLite takes minutes: only the progress handler ends it.
            try sandbox.define("slow") { _ in
                let sql = """
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000)
                    SELECT count(*) FROM n
                    """
                return .value(try Int.fetchOne(db, sql: sql))
            }
            return Result { try sandbox.run("local ok = pcall(slow) return 'caught', ok", name: "slow.lua") }
        }
        guard case .failure(let error as LuaError) = outcome, case .timeout = error.kind else {
            Issue.record("expected the time limit, got \(outcome)")
            return
        }
        #expect(ContinuousClock.now - started < TestTime.bound(.seconds(3)))
    }
}
