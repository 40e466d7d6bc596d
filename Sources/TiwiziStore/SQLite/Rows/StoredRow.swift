import GRDB
import GRDBSQLite
import TiwiziCore

/// A row read back from the catalog, decoded strictly. A value the store never writes (an
/// unknown currency, VAT regime or scheme kind, a malformed date, NULL where a value belongs)
/// is not guessed at: it is a damaged catalog, reported with the table, the row and the column.
struct StoredRow {
    let row: Row
    let table: String
    /// The columns that name the row in an error (`sku`; `product_id` and `position`).
    let key: [String]
    /// Where each column of the statement is, when the rows of a cursor share it.
    let columns: ColumnIndex?

    init(_ row: Row, table: String, key: [String], columns: ColumnIndex? = nil) {
        self.row = row
        self.table = table
        self.key = key
        self.columns = columns
    }

    /// A statement's columns, found by exact name once for all its rows, and read by position
    /// with SQLite's own calls for text and integers: GRDB finds a column by name
    /// case-insensitively (lowercasing and hashing the name for every column of every row) and
    /// decodes through generic conversions, a third of the time of a walk over the products.
    final class ColumnIndex {
        private let positions: [String: Int]
        /// The statement the rows are read from, positioned on the row being decoded.
        let statement: SQLiteStatement

        init(_ statement: Statement) {
            positions = Dictionary(
                statement.columnNames.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            self.statement = statement.sqliteStatement
        }

        subscript(column: String) -> Int? { positions[column] }
    }

    /// The stored value of `column`.
    private func stored(_ column: String) throws -> DatabaseValue {
        if let position = columns?[column] { return row[position] }
        return try row.decode(DatabaseValue.self, forColumn: column)
    }

    /// Where `column` is and of which SQLite type its value is, when the row is read from a
    /// statement (`ColumnIndex`).
    private func located(_ column: String) -> (statement: SQLiteStatement, position: Int32, type: Int32)? {
        guard let columns, let position = columns[column] else { return nil }
        return (columns.statement, Int32(position), sqlite3_column_type(columns.statement, Int32(position)))
    }

    /// The text of `column`, NULL allowed when `optional`.
    private func storedText(_ column: String, optional: Bool) throws -> String? {
        guard let (statement, position, type) = located(column) else {
            return optional ? try decodedIfPresent(column) as String? : try decoded(column) as String
        }
        if type == SQLITE_NULL && optional { return nil }
        guard type == SQLITE_TEXT, let bytes = sqlite3_column_text(statement, position) else {
            throw damage(column, row[Int(position)])
        }
        return String(
            decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, position))), as: UTF8.self)
    }

    /// The integer of `column`, NULL allowed when `optional`.
    private func storedInteger(_ column: String, optional: Bool) throws -> Int64? {
        guard let (statement, position, type) = located(column) else {
            return optional ? try decodedIfPresent(column) as Int64? : try decoded(column) as Int64
        }
        if type == SQLITE_NULL && optional { return nil }
        guard type == SQLITE_INTEGER else { throw damage(column, row[Int(position)]) }
        return sqlite3_column_int64(statement, position)
    }

    /// The text of `column`.
    func value(_ column: String) throws -> String { try storedText(column, optional: false)! }
    /// The text of `column`, or nil when it is NULL.
    func optional(_ column: String) throws -> String? { try storedText(column, optional: true) }
    /// The integer of `column`.
    func value(_ column: String) throws -> Int64 { try storedInteger(column, optional: false)! }

    /// The integer of `column`, when it fits an `Int`.
    func value(_ column: String) throws -> Int { try int(try storedInteger(column, optional: false)!, of: column) }

    /// The integer of `column`, or nil when it is NULL.
    func optional(_ column: String) throws -> Int? {
        try storedInteger(column, optional: true).map { try int($0, of: column) }
    }

    private func int(_ value: Int64, of column: String) throws -> Int {
        guard let int = Int(exactly: value) else { throw damage(column, value.databaseValue) }
        return int
    }

    /// The value of `column`.
    func value<T: DatabaseValueConvertible>(_ column: String) throws -> T { try decoded(column) }

    /// The value of `column`, or nil when it is NULL.
    func optional<T: DatabaseValueConvertible>(_ column: String) throws -> T? { try decodedIfPresent(column) }

    private func decoded<T: DatabaseValueConvertible>(_ column: String) throws -> T {
        let stored = try stored(column)
        guard let value = T.fromDatabaseValue(stored) else { throw damage(column, stored) }
        return value
    }

    private func decodedIfPresent<T: DatabaseValueConvertible>(_ column: String) throws -> T? {
        let stored = try stored(column)
        if stored.isNull { return nil }
        guard let value = T.fromDatabaseValue(stored) else { throw damage(column, stored) }
        return value
    }

    /// The text of `column` read by `parse`, which returns nil or throws for text it refuses.
    func parsed<T>(_ column: String, _ parse: (String) throws -> T?) throws -> T {
        try parsedItem(try value(column), of: column, parse)
    }

    /// The text of `column` read by `parse`, or nil when it is NULL.
    func parsedIfPresent<T>(_ column: String, _ parse: (String) throws -> T?) throws -> T? {
        guard let text: String = try optional(column) else { return nil }
        return try parsedItem(text, of: column, parse)
    }

    /// Like `parsedIfPresent`, for a column a later migration added: a catalog opened read-only
    /// is not migrated, and there the column it lacks holds no value.
    func parsedIfPresent<T>(addedLater column: String, _ parse: (String) throws -> T?) throws -> T? {
        columns?[column] != nil || row.hasColumn(column) ? try parsedIfPresent(column, parse) : nil
    }

    /// The items of a list column, each read by `parse`.
    func list<T>(_ column: String, _ parse: (String) throws -> T?) throws -> [T] {
        try ListColumn.decode(value(column)).map { try parsedItem($0, of: column, parse) }
    }

    /// Text in several languages from the columns `prefix_fr`, `prefix_ar`, `prefix_en`, `prefix_zgh`.
    func text(_ prefix: String) throws -> LocalizedText {
        var values: [Language: String] = [:]
        for (language, column) in LocalizedText.columns(prefix) {
            if let text: String = try optional(column), !text.isEmpty { values[language] = text }
        }
        return LocalizedText(normalized: values)
    }

    /// Like `text(_:)`, or nil when no language is present.
    func optionalText(_ prefix: String) throws -> LocalizedText? {
        let text = try text(prefix)
        return text.languages.isEmpty ? nil : text
    }

    /// The damaged-catalog error for `value`, found in `column` of this row.
    func damage(_ column: String, _ value: DatabaseValue) -> CatalogError {
        let row = key.map { "\($0) = \(Self.describe(self.row[$0] as DatabaseValue? ?? .null))" }.joined(separator: ", ")
        return CatalogError.damaged(table: table, row: row, column: column, value: Self.describe(value))
    }

    private func parsedItem<T>(_ text: String, of column: String, _ parse: (String) throws -> T?) throws -> T {
        let parsed: T?
        do { parsed = try parse(text) } catch { parsed = nil }
        guard let parsed else { throw damage(column, text.databaseValue) }
        return parsed
    }

    /// A stored value as a person reads it: text as it is, numbers in decimal, `NULL`.
    private static func describe(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return "NULL"
        case .int64(let number): return "\(number)"
        case .double(let number): return "\(number)"
        case .string(let text): return text
        case .blob(let data): return "<\(data.count) bytes>"
        }
    }
}

/// The records of one statement's rows, its columns found once (`StoredRow.ColumnIndex`).
struct StoredCursor<Record: StoredRecord> {
    private let rows: RowCursor
    private let columns: StoredRow.ColumnIndex

    /// The rows of `statement`, with `arguments` or else those it was prepared with.
    init(_ statement: Statement, arguments: StatementArguments? = nil) throws {
        rows = try Row.fetchCursor(statement, arguments: arguments)
        columns = StoredRow.ColumnIndex(statement)
    }

    func next() throws -> Record? {
        guard let row = try rows.next() else { return nil }
        return try Record(stored: StoredRow(row, table: Record.databaseTableName, key: Record.rowKey, columns: columns))
    }
}

/// A record read through `StoredRow`, so that its decoding is strict.
protocol StoredRecord: FetchableRecord, TableRecord {
    /// The columns that name a row in errors.
    static var rowKey: [String] { get }
    init(stored: StoredRow) throws
}

extension StoredRecord {
    init(row: Row) throws {
        try self.init(stored: StoredRow(row, table: Self.databaseTableName, key: Self.rowKey))
    }
}

extension LocalizedText {
    /// The column that holds the text in `language`: `name_fr`, `description_ar`.
    static func column(_ prefix: String, _ language: Language) -> String { "\(prefix)_\(language.rawValue)" }

    /// The columns of `prefix` in every language; those of the stored prefixes made once.
    static func columns(_ prefix: String) -> [(Language, String)] {
        switch prefix {
        case "name": return nameColumns
        case "description": return descriptionColumns
        default: return Language.allCases.map { ($0, column(prefix, $0)) }
        }
    }

    private static let nameColumns = Language.allCases.map { ($0, column("name", $0)) }
    private static let descriptionColumns = Language.allCases.map { ($0, column("description", $0)) }

    /// Writes the text into its columns, NULL for the languages it lacks.
    func encode(to container: inout PersistenceContainer, prefix: String) {
        for language in Language.allCases { container[Self.column(prefix, language)] = self[language] }
    }
}

/// Lists kept in one text column, items joined by `|` (identifiers and codes never contain it).
enum ListColumn {
    static func encode(_ items: [String]) -> String { items.joined(separator: "|") }
    static func decode(_ text: String) -> [String] { text.split(separator: "|").map(String.init) }
}
