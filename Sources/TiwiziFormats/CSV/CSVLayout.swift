import TiwiziCore

/// The flat column sets of the CSV files: one per kind of record, derived from its
/// `RecordShape`. Each column maps to a field path of the document record, so CSV rows are read
/// and checked by the same decoders as YAML.
package struct CSVLayout: Sendable, Equatable {
    /// How a cell encodes its field.
    package enum Codec: Sendable {
        case value, list
        case records(keys: [String], cell: RecordShape.CellCodec)
    }

    package struct Column: Sendable {
        package let name: String
        package let path: [String]
        package let codec: Codec
    }

    /// The kind of record the layout holds.
    package let kind: RecordKind
    /// The shape of those records.
    package let shape: RecordShape
    /// The columns of the shape, in order: computed once, read for every row.
    package let columns: [Column]

    private init(_ kind: RecordKind) {
        self.kind = kind
        shape = RecordShape.of(kind)
        columns = shape.columns
    }

    package static let schemes = CSVLayout(.schemes)
    package static let knowHow = CSVLayout(.knowHow)
    package static let cooperatives = CSVLayout(.cooperatives)
    package static let products = CSVLayout(.products)
    /// One layout per kind, in the order an import writes the kinds.
    package static let allCases = RecordKind.allCases.map(of)

    /// The layout of the records of `kind`.
    package static func of(_ kind: RecordKind) -> CSVLayout {
        switch kind {
        case .schemes: return schemes
        case .knowHow: return knowHow
        case .cooperatives: return cooperatives
        case .products: return products
        }
    }

    package static func == (left: CSVLayout, right: CSVLayout) -> Bool { left.kind == right.kind }

    /// `products.csv`, `know-how.csv`…
    package var fileName: String { kind.rawValue + ".csv" }

    /// The columns that hold decimals (`145.50`, `0.25`, `12.5 %`), whose mark follows the file's locale.
    package static let decimalColumns: Set<String> = ["price", "quantity", "producer_floor"]

    /// The layout a header row belongs to: from its identifying column, else the one layout
    /// that has every column of the header (`id;region` is a partial cooperatives sheet).
    package static func detect(header: [String]) -> CSVLayout? {
        if header.contains("sku") { return .products }
        if header.contains("ice") { return .cooperatives }
        if header.contains("craft_family") { return .knowHow }
        if header.contains("kind") { return .schemes }
        let named = header.filter { !$0.isEmpty }
        let fitting = allCases.filter { layout in named.allSatisfy(Set(layout.columns.map(\.name)).contains) }
        return fitting.count == 1 ? fitting[0] : nil
    }
}

extension RecordKind {
    /// The CSV columns of this kind's records, in file order: also the cells the command line's
    /// field options set.
    public var columns: [String] { CSVLayout.of(self).columns.map(\.name) }
}
