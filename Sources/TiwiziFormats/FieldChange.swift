import TiwiziCore

/// One field of a record that an import or an update changes, named by its CSV column
/// (`price`, `name_ar`, `allergens`), with its text before and after (empty: no value).
public struct FieldChange: Sendable, Equatable {
    public init(field: String, before: String, after: String) {
        self.field = field
        self.before = before
        self.after = after
    }

    public let field: String
    public let before: String
    public let after: String

    /// The columns whose cells differ between two encodings of a record, in column order.
    package static func between(_ old: DocumentNode, _ new: DocumentNode, layout: CSVLayout) -> [FieldChange] {
        let names = layout.columns.map(\.name)
        let before = CSVRowMapping.cells(of: old, layout: layout)
        let after = CSVRowMapping.cells(of: new, layout: layout)
        return names.indices.compactMap { i in
            before[i] == after[i] ? nil : FieldChange(field: names[i], before: before[i], after: after[i])
        }
    }
}

/// A record that an import updated, and how.
public struct RecordChange: Sendable {
    public let kind: RecordKind
    /// Its id or SKU.
    public let key: String
    public let fields: [FieldChange]

    package init(kind: RecordKind, key: String, fields: [FieldChange]) {
        self.kind = kind
        self.key = key
        self.fields = fields
    }
}
