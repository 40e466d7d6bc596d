import TiwiziCore

/// The fields of one kind of record, declared once. Documents (YAML, JSON) use the field names
/// and their nesting; a CSV row flattens each leaf to a column (`CSVLayout`); decoding checks a
/// document's keys against it; the command line's options set cells named after its columns.
package struct RecordShape: Sendable {
    /// How a field holds its value, and so how a CSV cell writes it.
    package enum Form: Sendable {
        /// One scalar: one column.
        case value
        /// Text per language: one column per language (`name_fr`, `name_ar`…).
        case localized
        /// A list of scalars: one column, items joined by `|`.
        case list
        /// A mapping of its own fields: one column per field.
        case record([Field])
        /// A list of small records written in one cell (`scheme:number:from:until|…`).
        case records(keys: [String], cell: CellCodec)
    }

    /// How one cell writes a list of small records.
    package enum CellCodec: Sendable { case certificates, artisans }

    package struct Field: Sendable {
        package let name: String
        package let form: Form
        /// The CSV column of a leaf when it is not the field path joined by `_`.
        package let column: String?
    }

    package let fields: [Field]
    /// Groups of fields of which a record holds one: writing one clears the others.
    package var exclusive: [[String]] = []

    /// The top-level field names, in the order documents write them.
    package var names: [String] { fields.map(\.name) }

    /// The multilingual fields: bare text in them is the French text.
    package var localized: [String] {
        fields.compactMap { field in
            if case .localized = field.form { return field.name }
            return nil
        }
    }

    /// The keys the nested field `name` (a record, or each record of a list) may hold.
    package func keys(of name: String) -> [String] {
        switch fields.first(where: { $0.name == name })?.form {
        case .record(let children): return children.map(\.name)
        case .records(let keys, _): return keys
        default: return []
        }
    }

    /// The CSV columns, in order: each leaf's name and its path in the document.
    package var columns: [CSVLayout.Column] { fields.flatMap { Self.columns(of: $0, under: []) } }

    private static func columns(of field: Field, under parent: [String]) -> [CSVLayout.Column] {
        let path = parent + [field.name]
        let name = field.column ?? path.joined(separator: "_")
        switch field.form {
        case .value: return [CSVLayout.Column(name: name, path: path, codec: .value)]
        case .list: return [CSVLayout.Column(name: name, path: path, codec: .list)]
        case .localized:
            return Language.allCases.map {
                CSVLayout.Column(name: "\(name)_\($0.rawValue)", path: path + [$0.rawValue], codec: .value)
            }
        case .record(let children): return children.flatMap { columns(of: $0, under: path) }
        case .records(let keys, let cell):
            return [CSVLayout.Column(name: name, path: path, codec: .records(keys: keys, cell: cell))]
        }
    }
}

extension RecordShape.Field {
    package static func value(_ name: String, column: String? = nil) -> Self { Self(name: name, form: .value, column: column) }
    package static func localized(_ name: String) -> Self { Self(name: name, form: .localized, column: nil) }
    package static func list(_ name: String) -> Self { Self(name: name, form: .list, column: nil) }
    package static func record(_ name: String, _ fields: [Self]) -> Self { Self(name: name, form: .record(fields), column: nil) }
    package static func records(_ name: String, keys: [String], cell: RecordShape.CellCodec) -> Self {
        Self(name: name, form: .records(keys: keys, cell: cell), column: nil)
    }
}

extension RecordShape {
    /// The shape of the records of `kind`.
    package static func of(_ kind: RecordKind) -> RecordShape {
        switch kind {
        case .schemes: return .scheme
        case .knowHow: return .knowHow
        case .cooperatives: return .cooperative
        case .products: return .product
        }
    }

    package static let scheme = RecordShape(fields: [
        .value("id"), .value("kind"), .localized("name"), .list("categories"), .list("area"),
    ])

    package static let knowHow = RecordShape(fields: [
        .value("id"), .localized("name"), .localized("technique"), .value("craft_family"), .list("regions"),
        .record("heritage", [.value("status"), .value("year"), .value("title")]),
        .records("artisans", keys: ["name", "consent"], cell: .artisans),
    ])

    package static let cooperative = RecordShape(fields: [
        .value("id"), .localized("name"), .value("legal_form"), .record("registry", [.value("court"), .value("number")]),
        .value("ice"), .value("founded"), .value("region"), .value("province"), .value("commune"), .value("sector"),
        .record("members", [.value("total"), .value("women"), .value("youth")]), .value("phone"), .value("email"),
        .list("know_how"), .value("producer_floor"),
    ])

    package static let product = RecordShape(
        fields: [
            .value("cooperative"), .value("sku"), .localized("name"), .localized("description"), .value("category"),
            .record("quantity", [.value("amount", column: "quantity"), .value("unit", column: "unit")]),
            .record("dimensions", [.value("length_cm", column: "length_cm"), .value("width_cm", column: "width_cm")]),
            .value("price"), .value("currency"), .value("vat"), .value("stock"),
            .record("made_to_order", [.value("lead_days", column: "lead_days")]),
            .record("origin", [.value("region"), .value("place")]), .list("allergens"),
            .records("certificates", keys: ["scheme", "number", "valid_from", "valid_until"], cell: .certificates),
            .list("know_how"), .value("producer_floor"),
        ],
        exclusive: [["stock", "made_to_order"]])
}
