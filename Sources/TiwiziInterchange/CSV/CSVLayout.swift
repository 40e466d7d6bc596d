import TiwiziCore

/// The flat column sets of the CSV files: one per kind of record. Each column maps to a field
/// path of the document record, so CSV rows are read and checked by the same decoders as YAML.
enum CSVLayout: CaseIterable {
    case schemes, knowHow, cooperatives, products

    /// How a cell encodes its field.
    enum Codec { case value, list, certificates, artisans }

    struct Column {
        let name: String
        let path: [String]
        let codec: Codec
    }

    var fileName: String {
        switch self {
        case .schemes: return "schemes.csv"
        case .knowHow: return "know-how.csv"
        case .cooperatives: return "cooperatives.csv"
        case .products: return "products.csv"
        }
    }

    /// The columns that hold decimals (`145.50`, `0.25`), whose mark follows the file's locale.
    static let decimalColumns: Set<String> = ["price", "quantity"]

    /// The layout a header row belongs to: from its identifying column, else the one layout
    /// that has every column of the header (`id;region` is a partial cooperatives sheet).
    static func detect(header: [String]) -> CSVLayout? {
        if header.contains("sku") { return .products }
        if header.contains("ice") { return .cooperatives }
        if header.contains("craft_family") { return .knowHow }
        if header.contains("kind") { return .schemes }
        let named = header.filter { !$0.isEmpty }
        let fitting = allCases.filter { layout in named.allSatisfy(Set(layout.columns.map(\.name)).contains) }
        return fitting.count == 1 ? fitting[0] : nil
    }

    var columns: [Column] {
        switch self {
        case .schemes:
            return [value("id"), value("kind")] + localized("name") + [list("categories"), list("area")]
        case .knowHow:
            return [value("id")] + localized("name") + localized("technique") + [
                value("craft_family"), list("regions"), value("heritage_status", ["heritage", "status"]),
                value("heritage_year", ["heritage", "year"]), value("heritage_title", ["heritage", "title"]),
                Column(name: "artisans", path: ["artisans"], codec: .artisans),
            ]
        case .cooperatives:
            return [value("id")] + localized("name") + [
                value("legal_form"), value("registry_court", ["registry", "court"]),
                value("registry_number", ["registry", "number"]), value("ice"), value("founded"), value("region"),
                value("province"), value("commune"), value("sector"), value("members_total", ["members", "total"]),
                value("members_women", ["members", "women"]), value("members_youth", ["members", "youth"]),
                value("phone"), value("email"), list("know_how"),
            ]
        case .products:
            return [value("cooperative"), value("sku")] + localized("name") + localized("description") + [
                value("category"), value("quantity", ["quantity", "amount"]), value("unit", ["quantity", "unit"]),
                value("length_cm", ["dimensions", "length_cm"]), value("width_cm", ["dimensions", "width_cm"]),
                value("price"), value("currency"), value("vat"), value("stock"),
                value("lead_days", ["made_to_order", "lead_days"]), value("origin_region", ["origin", "region"]),
                value("origin_place", ["origin", "place"]), list("allergens"),
                Column(name: "certificates", path: ["certificates"], codec: .certificates), list("know_how"),
            ]
        }
    }

    private func value(_ name: String, _ path: [String]? = nil) -> Column {
        Column(name: name, path: path ?? [name], codec: .value)
    }

    private func list(_ name: String) -> Column { Column(name: name, path: [name], codec: .list) }

    private func localized(_ field: String) -> [Column] {
        Language.allCases.map { value("\(field)_\($0.rawValue)", [field, $0.rawValue]) }
    }
}
