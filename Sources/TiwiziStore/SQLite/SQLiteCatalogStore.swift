import Foundation
import GRDB
import TiwiziCore

/// The catalog on disk: an SQLite database (WAL, foreign keys, migrations) reached through
/// scoped `read` and `write` blocks. Every write is one immediate transaction, so two `tiwizi`
/// processes writing at once queue up (busy timeout) instead of losing an update.
public final class SQLiteCatalogStore: CatalogStore {
    public let path: String
    private let database: any DatabaseWriter & DatabaseReader
    public let isReadOnly: Bool
    /// The writer's page cache, in KiB as SQLite takes it (negative): 64 MiB, so that a large
    /// import finds again the index pages it has just looked up (SQLite's default is 2 MiB).
    static let writerCacheKiB = -65_536
    /// How long a write waits for another process's write to finish, in seconds.
    static let busyTimeout: TimeInterval = 60

    /// Opens the catalog at `path`, creating it (and its folder) on first use unless `readOnly`.
    /// A file without any write permission bit is opened read-only: writes then fail with a
    /// clear message instead of changing it.
    public init(path: String, readOnly: Bool = false) throws(CatalogError) {
        self.path = path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue { throw CatalogError.isDirectory(path: path) }
        let locked = exists && !Self.hasWritePermission(path)
        isReadOnly = readOnly || locked
        if !exists && readOnly == false {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.readonly = isReadOnly
        do {
            if isReadOnly {
                guard exists else { throw CatalogError.cannotOpen(path: path, reason: "no such file") }
                database = try DatabaseQueue(path: path, configuration: configuration)
            } else {
                database = try Self.retryingWhileBusy { try DatabasePool(path: path, configuration: configuration) }
            }
            try Self.retryingWhileBusy { try checkIdentity() }
            if !isReadOnly { try migrate() }
        } catch let error as CatalogError {
            throw error
        } catch {
            throw Self.translate(error, path: path) as? CatalogError
                ?? CatalogError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// The catalog file's path.
    public var location: String { path }

    public func read<T>(_ body: (SQLiteCatalogReader) throws -> T) throws -> T {
        do {
            return try database.read { db in
                let reader = SQLiteCatalogReader(db)
                return try reader.surfacing { try body(reader) }
            }
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    public func write<T>(_ body: (SQLiteCatalogWriter) throws -> T) throws -> T {
        try transaction(committing: true, body)
    }

    public func rehearse<T>(_ body: (SQLiteCatalogWriter) throws -> T) throws -> T {
        try transaction(committing: false, body)
    }

    public func connection() throws -> SQLiteCatalogStore {
        try SQLiteCatalogStore(path: path, readOnly: isReadOnly)
    }

    /// One immediate transaction around `body`, committed (when it succeeds) or always rolled back.
    private func transaction<T>(committing: Bool, _ body: (SQLiteCatalogWriter) throws -> T) throws -> T {
        if isReadOnly { throw CatalogError.readOnly(path: path) }
        do {
            return try database.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA cache_size = \(Self.writerCacheKiB)")
                for attempt in 1... {
                    try db.beginTransaction(.immediate)
                    do {
                        let writer = SQLiteCatalogWriter(db)
                        let result = try writer.reader.surfacing { try body(writer) }
                        if committing {
                            try db.execute(sql: "UPDATE catalog_revision SET number = number + 1")
                            try db.commit()
                        } else {
                            try db.rollback()
                        }
                        return result
                    } catch let error as DatabaseError where error.resultCode == .SQLITE_SCHEMA && attempt < 3 {
                        // Another process changed the schema under statements prepared before it:
                        // opening a catalog whose journal is empty creates and drops a table (GRDB's
                        // WAL set-up), and a write then failed with "no such table". Nothing was
                        // written: forget the schema and write again afresh.
                        try? db.rollback()
                        db.clearSchemaCache()
                    } catch {
                        try? db.rollback()
                        throw error
                    }
                }
                preconditionFailure("attempts are unbounded")
            }
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// The default catalog location: `$TIWIZI_CATALOG`, else `$XDG_DATA_HOME/tiwizi/catalog.sqlite`,
    /// else `~/.local/share/tiwizi/catalog.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["TIWIZI_CATALOG"], !path.isEmpty { return path }
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return dataHome + "/tiwizi/catalog.sqlite"
    }

    /// Refuses SQLite databases that belong to another application.
    private func checkIdentity() throws {
        try database.read { db in
            let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            // GRDB creates `grdb_migrations` just before the first migration, outside its transaction:
            // a second process opening a new catalog at that moment must not take it for another
            // application's database.
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE tbl_name <> 'grdb_migrations'") ?? 0
            // Read-only, nothing will make it a catalog: an empty file or database is not one either.
            if id != Schema.applicationID && (tables > 0 || isReadOnly) {
                throw CatalogError.notDatabase(path: path)
            }
            let known = Set(Schema.migrator.migrations)
            let applied =
                try db.tableExists("grdb_migrations")
                ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
            if let unknown = applied.first(where: { !known.contains($0) }) {
                throw CatalogError.tooNew(path: path, schema: unknown)
            }
        }
    }

    /// Runs the migrations. When two processes create the same catalog at once, both may decide
    /// to run the first migration; the second then fails (its tables exist), which is fine as long
    /// as the other one completed it.
    /// Applies the migrations a catalog lacks. Two processes opening a new catalog at once both
    /// migrate, and each migration is its own transaction: one of them can try a migration the
    /// other has just applied, or find the catalog locked by it, and fail. A failure is retried
    /// after a short pause, each retry seeing the other's progress; it counts only when no one
    /// completes the migrations.
    private func migrate() throws {
        let migrator = Schema.migrator
        let attempts = 10
        for attempt in 1...attempts {
            do {
                try migrator.migrate(database)
                return
            } catch {
                if (try? database.read(migrator.hasCompletedMigrations)) == true { return }
                if attempt == attempts { throw error }
                Thread.sleep(forTimeInterval: 0.02 * Double(attempt))
            }
        }
    }

    /// Runs `body` again, after a short pause, while SQLite answers busy at once (two processes
    /// setting up a new catalog's journal at the same moment: that step takes no busy timeout).
    private static func retryingWhileBusy<T>(_ body: () throws -> T) throws -> T {
        for attempt in 1..<10 {
            do { return try body() } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                Thread.sleep(forTimeInterval: 0.02 * Double(attempt))
            }
        }
        return try body()
    }

    private static func hasWritePermission(_ path: String) -> Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let mode = (attributes?[.posixPermissions] as? NSNumber)?.intValue ?? 0o644
        return mode & 0o222 != 0
    }

    /// Turns SQLite's failures into messages that say what to do.
    static func translate(_ error: any Error, path: String) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_NOTADB: return CatalogError.notDatabase(path: path)
        case .SQLITE_READONLY: return CatalogError.readOnly(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return CatalogError.busy(path: path, seconds: Int(busyTimeout))
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return CatalogError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        default: return error
        }
    }
}

extension SQLiteCatalogStore {
    /// The version of the SQLite library linked in, e.g. `3.40.1` (read from the library, without
    /// opening a database: `tiwizi --version` text is built at every start).
    public static var sqliteVersion: String {
        let number = Int(Database.sqliteLibVersionNumber)
        return "\(number / 1_000_000).\(number / 1000 % 1000).\(number % 1000)"
    }
}
