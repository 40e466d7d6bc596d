import GRDB

/// v7: the catalog writer, not triggers, copies a product's names into the search index when it
/// inserts or updates the product (`SQLiteCatalogWriter.index(_:id:replacing:)`). A trigger that
/// writes to an FTS5 table makes SQLite open a statement savepoint for each product written,
/// and FTS5 flushes its pending index at every savepoint: an import of 30,000 products spent
/// 1.7 s of its 5.6 s there, against 0.13 s for the same rows written by the writer. Deleting
/// still goes through `products_fts_delete`: one statement deletes many products at once, and
/// the index loses them whoever deletes them. Frozen: the names below are literal.
enum SearchIndexV7 {
    static let identifier = "v7-search-index-by-writer"

    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP TRIGGER products_fts_insert;
                DROP TRIGGER products_fts_update;
                """)
    }
}
