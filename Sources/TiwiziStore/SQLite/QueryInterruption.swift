import GRDB
import GRDBSQLite

/// The check that stops a reader's queries midway (`interruptible(when:_:)`): SQLite's progress
/// handler asks it every `QueryInterruption.steps` steps of a query, and a true answer makes
/// the query fail with `SQLITE_INTERRUPT`.
final class QueryInterruption {
    /// How many virtual-machine steps of a query run between two checks.
    static let steps: Int32 = 1000

    private var mustStop: (() -> Bool)?
    /// Whether a check stopped a query since the check was installed.
    private var stopped = false

    /// Installs `mustStop` on `db` for the duration of `body` (if none is installed yet).
    func during<T>(_ db: Database, mustStop: @escaping () -> Bool, _ body: () throws -> T) rethrows -> T {
        guard self.mustStop == nil else { return try body() }
        self.mustStop = mustStop
        stopped = false
        let connection = db.sqliteConnection
        sqlite3_progress_handler(
            connection, Self.steps,
            { context in
                let interruption = Unmanaged<QueryInterruption>.fromOpaque(context!).takeUnretainedValue()
                return interruption.check() ? 1 : 0
            }, Unmanaged.passUnretained(self).toOpaque())
        defer {
            sqlite3_progress_handler(connection, 0, nil, nil)
            self.mustStop = nil
        }
        return try body()
    }

    /// Whether `error` is a query this check stopped.
    func stopped(_ error: any Error) -> Bool {
        stopped && (error as? DatabaseError)?.resultCode == .SQLITE_INTERRUPT
    }

    private func check() -> Bool {
        guard let mustStop, mustStop() else { return false }
        stopped = true
        return true
    }
}

extension SQLiteCatalogReader {
    public func interruptible<T>(when mustStop: @escaping () -> Bool, _ body: () throws -> T) rethrows -> T {
        try interruption.during(db, mustStop: mustStop) {
            defer { lookupFailure.forget(where: interruption.stopped) }
            return try body()
        }
    }
}
