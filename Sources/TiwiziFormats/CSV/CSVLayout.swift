import TiwiziCore

/// The flat column sets of the CSV files: one per kind of record, derived from its
/// `RecordShape`. Each column maps to a field path of the document record, so CSV rows are read
/// and checked by the same decoders as YAML.
package enum CSVLayout: CaseIterable {
    case schemes, knowHow, cooperatives, products

    /// How a cell encodes its field.
    package enum Codec {
        case value, list
        case records(keys: [String], cell: RecordShape.CellCodec)
    }

    package struct Column {
        package let name: String
        package let path: [String]
        package let codec: Codec
    }

    package var fileName: String {
        switch self {
        case .schemes: return "schemes.csv"
        case .knowHow: return "know-how.csv"
        case .cooperatives: return "cooperatives.csv"
        case .products: return "products.csv"
        }
    }

    /// The columns that hold decimals (`145.50`, `0.25`), whose mark follows the file's locale.
    package static let decimalColumns: Set<String> = ["price", "quantity"]

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

    /// The columns of the kind's record shape, in order.
    package var columns: [Column] { shape.columns }

    /// The shape of the records this layout holds.
    package var shape: RecordShape {
        switch self {
        case .schemes: return .scheme
        case .knowHow: return .knowHow
        case .cooperatives: return .cooperative
        case .products: return .product
        }
    }
}

extension CSVLayout {
    /// The kind of record the layout holds.
    package var kind: RecordKind {
        switch self {
        case .schemes: return .schemes
        case .knowHow: return .knowHow
        case .cooperatives: return .cooperatives
        case .products: return .products
        }
    }

    /// The layout of the records of `kind`.
    package init(_ kind: RecordKind) {
        switch kind {
        case .schemes: self = .schemes
        case .knowHow: self = .knowHow
        case .cooperatives: self = .cooperatives
        case .products: self = .products
        }
    }
}

extension RecordKind {
    /// The CSV columns of this kind's records, in file order: also the cells the command line's
    /// field options set.
    public var columns: [String] { CSVLayout(self).columns.map(\.name) }
}
