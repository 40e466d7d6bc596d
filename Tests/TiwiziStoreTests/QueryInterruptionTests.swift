import GRDB
import Testing

@testable import TiwiziStore

/// `interruptible(when:_:)`: SQLite's progress handler stops a query midway when asked to.
@Suite struct QueryInterruptionTests {
    /// Counts to `n` in SQLite: a hundred million steps take minutes.
    static func counting(to n: Int) -> String {
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(n)) SELECT count(*) FROM n"
    }

    @Test func aQueryStopsWhenTheCheckSaysSoAndOnlyThen() throws {
        try withStore { store, _ in
            try store.read { reader in
                var asked = 0
                let started = ContinuousClock.now
                let error = #expect(throws: DatabaseError.self) {
                    try reader.interruptible(when: {
                        asked += 1
                        return asked > 10
                    }) {
                        try Int.fetchOne(reader.db, sql: Self.counting(to: 100_000_000))
                    }
                }
                #expect(error?.resultCode == .SQLITE_INTERRUPT)
                #expect(asked == 11)
                #expect(ContinuousClock.now - started < .seconds(5))
                // A check that says no lets the query finish; once the block is over, none is asked.
                let counted = try reader.interruptible(when: { false }) {
                    try Int.fetchOne(reader.db, sql: Self.counting(to: 100_000))
                }
                #expect(counted == 100_000)
                asked = 0
                #expect(try Int.fetchOne(reader.db, sql: Self.counting(to: 100_000)) == 100_000)
                #expect(asked == 0)
            }
        }
    }

    @Test func insideAnotherTheOuterCheckApplies() throws {
        try withStore { store, _ in
            try store.read { reader in
                var inner = 0
                #expect(throws: DatabaseError.self) {
                    try reader.interruptible(when: { true }) {
                        try reader.interruptible(when: {
                            inner += 1
                            return false
                        }) { try Int.fetchOne(reader.db, sql: Self.counting(to: 100_000_000)) }
                    }
                }
                #expect(inner == 0)
            }
        }
    }
}
