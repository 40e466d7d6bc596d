import GRDB
import TiwiziCore

/// Column values of one row, in a fixed order, ready for an upsert.
typealias Columns = [(name: String, value: (any DatabaseValueConvertible)?)]

extension LocalizedText {
    /// `prefix_fr`, `prefix_ar`, `prefix_en`, `prefix_zgh`.
    func columns(_ prefix: String) -> Columns {
        Language.allCases.map { ("\(prefix)_\($0.rawValue)", self[$0]) }
    }

    init(row: Row, prefix: String) {
        var values: [Language: String] = [:]
        for language in Language.allCases {
            if let text: String = row["\(prefix)_\(language.rawValue)"] { values[language] = text }
        }
        self.init(normalized: values)
    }

    /// The text read from `row`, or nil when no language is present.
    static func optional(row: Row, prefix: String) -> LocalizedText? {
        let text = LocalizedText(row: row, prefix: prefix)
        return text.languages.isEmpty ? nil : text
    }
}

/// Lists kept in one text column, items joined by `|` (identifiers and codes never contain it).
enum ListColumn {
    static func encode(_ items: [String]) -> String { items.joined(separator: "|") }
    static func decode(_ text: String?) -> [String] { (text ?? "").split(separator: "|").map(String.init) }
}

extension Database {
    /// Inserts the row.
    func insert(into table: String, _ columns: Columns) throws {
        try insert(into: table, columns, suffix: "")
    }

    /// Inserts the row, or updates every column of the row whose `key` matches.
    func upsert(into table: String, key: String, _ columns: Columns) throws {
        let updates = columns.map(\.name).filter { $0 != key }.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        try insert(into: table, columns, suffix: " ON CONFLICT(\(key)) DO UPDATE SET \(updates)")
    }

    private func insert(into table: String, _ columns: Columns, suffix: String) throws {
        let names = columns.map(\.name)
        let placeholders = names.map { _ in "?" }.joined(separator: ", ")
        let sql = "INSERT INTO \(table) (\(names.joined(separator: ", "))) VALUES (\(placeholders))\(suffix)"
        try cachedStatement(sql: sql).execute(arguments: StatementArguments(columns.map(\.value)))
    }
}
