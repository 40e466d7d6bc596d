import GRDB

/// v6: the catalog's revision, how many write transactions it has committed (one row), so that
/// readers on several connections can tell that they read the same catalog. Frozen: the names
/// below are literal.
enum RevisionV6 {
    static let identifier = "v6-revision"

    static func migrate(_ db: Database) throws {
        try db.create(table: "catalog_revision") { t in
            t.column("id", .integer).primaryKey().check { $0 == 1 }
            t.column("number", .integer).notNull()
        }
        try db.execute(sql: "INSERT INTO catalog_revision (id, number) VALUES (1, 0)")
    }
}
