import GRDB

/// v2: product names are searched in a copy without Arabic short vowels (harakat) and tatweel,
/// so that a name written "زَيْتُ" or "زيـت" is found by "زيت", and the reverse (`SearchText`
/// strips the typed words the same way). FTS5's unicode61 tokenizer would otherwise cut a word
/// at each short vowel, and keep tatweel inside it.
///
/// The copy is made by SQL triggers, with `replace()` only, so the index follows every write,
/// from any SQLite client, with nothing to register on a connection. Frozen: the columns and
/// the marks below are literal (see `Schema`); a change to them is a new migration.
enum ArabicSearchV2 {
    static let identifier = "v2-arabic-search"

    private static let columns = ["name_fr", "name_ar", "name_en", "name_zgh"]

    /// Arabic marks U+064B…U+065F (tanwin, short vowels, shadda, sukun, maddah, hamza above and
    /// below…), the superscript alef U+0670 and tatweel U+0640.
    private static let removed = Array(0x064B...0x065F) + [0x0670, 0x0640]

    static func migrate(_ db: Database) throws {
        // The v1 index kept the names as they are; GRDB's synchronize(withTable:) made its triggers.
        try db.execute(
            sql: """
                DROP TRIGGER __products_fts_ai;
                DROP TRIGGER __products_fts_ad;
                DROP TRIGGER __products_fts_au;
                DROP TABLE products_fts;
                """)
        // The index keeps its own copy (no external content): deleting a row needs no old values.
        try db.create(virtualTable: "products_fts", using: FTS5()) { t in
            t.tokenizer = .unicode61(diacritics: .remove)
            for column in columns { t.column(column) }
        }
        let names = columns.joined(separator: ", ")
        let plainNames = { (row: String) in columns.map { plain("\(row)\($0)") }.joined(separator: ", ") }
        let assignments = columns.map { "\($0) = \(plain("new.\($0)"))" }.joined(separator: ", ")
        try db.execute(
            sql: """
                CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
                    INSERT INTO products_fts (rowid, \(names)) VALUES (new.id, \(plainNames("new.")));
                END;
                CREATE TRIGGER products_fts_update AFTER UPDATE OF \(names) ON products BEGIN
                    UPDATE products_fts SET \(assignments) WHERE rowid = new.id;
                END;
                CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN
                    DELETE FROM products_fts WHERE rowid = old.id;
                END;
                INSERT INTO products_fts (rowid, \(names)) SELECT id, \(plainNames("")) FROM products;
                """)
    }

    /// `expression` without the removed marks: `replace(replace(name_ar, char(1611), ''), …)`.
    private static func plain(_ expression: String) -> String {
        removed.reduce(expression) { "replace(\($0), char(\($1)), '')" }
    }
}
