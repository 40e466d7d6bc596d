import TiwiziCore
import TiwiziFormats

/// The CSV cells of generated records made straight from the domain values: the cells
/// `CSVRowMapping.cells(of: …Record.encode(…))` gives, without building each record's document
/// first (which took a third of the time of writing 600,000 products). The tests check that both
/// agree on every record of a sample.
enum RecordCells {
    /// One function per column of the products layout, in its order.
    static let products: [@Sendable (Product) -> String] = CSVLayout.products.columns.map { productCell($0.name) }
    /// One function per column of the cooperatives layout, in its order.
    static let cooperatives: [@Sendable (Cooperative) -> String] = CSVLayout.cooperatives.columns.map {
        cooperativeCell($0.name)
    }

    private static func productCell(_ column: String) -> @Sendable (Product) -> String {
        if let language = language(of: column, prefix: "name_") { return { $0.name[language] ?? "" } }
        if let language = language(of: column, prefix: "description_") { return { $0.description?[language] ?? "" } }
        switch column {
        case "cooperative": return { $0.cooperativeID }
        case "sku": return { $0.sku }
        case "category": return { $0.category.path }
        case "quantity": return { $0.quantity.amountText }
        case "unit": return { $0.quantity.unit.rawValue }
        case "length_cm": return { $0.dimensions.map { String($0.lengthCm) } ?? "" }
        case "width_cm": return { $0.dimensions.map { String($0.widthCm) } ?? "" }
        case "price": return { $0.price.decimalString }
        case "currency": return { $0.price.currency.code }
        case "vat": return { $0.vat.rawValue }
        case "stock": return { if case .inStock(let units) = $0.availability { String(units) } else { "" } }
        case "lead_days": return { if case .madeToOrder(let days) = $0.availability { String(days) } else { "" } }
        case "origin_region": return { $0.origin?.region?.code ?? "" }
        case "origin_place": return { $0.origin?.place ?? "" }
        case "allergens": return { $0.allergens.joined(separator: "|") }
        case "certificates":
            return { product in
                product.certificates.map { "\($0.schemeID):\($0.number):\(date($0.validFrom)):\(date($0.validUntil))" }
                    .joined(separator: "|")
            }
        case "know_how": return { $0.knowHowIDs.joined(separator: "|") }
        case "producer_floor": return { $0.producerFloor?.description ?? "" }
        default: preconditionFailure("no generated cell for the products column \(column)")
        }
    }

    private static func cooperativeCell(_ column: String) -> @Sendable (Cooperative) -> String {
        if let language = language(of: column, prefix: "name_") { return { $0.name[language] ?? "" } }
        switch column {
        case "id": return { $0.id }
        case "legal_form": return { $0.legalForm.rawValue }
        case "registry_court": return { $0.registry?.court ?? "" }
        case "registry_number": return { $0.registry?.number ?? "" }
        case "ice": return { $0.ice }
        case "founded": return { date($0.founded) }
        case "region": return { $0.region.code }
        case "province": return { $0.province ?? "" }
        case "commune": return { $0.commune ?? "" }
        case "sector": return { $0.sector?.path ?? "" }
        case "members_total": return { String($0.members.total) }
        case "members_women": return { String($0.members.women) }
        case "members_youth": return { String($0.members.youth) }
        case "phone": return { $0.phone ?? "" }
        case "email": return { $0.email ?? "" }
        case "know_how": return { $0.knowHowIDs.joined(separator: "|") }
        case "producer_floor": return { $0.producerFloor?.description ?? "" }
        default: preconditionFailure("no generated cell for the cooperatives column \(column)")
        }
    }

    /// The language of a multilingual column (`name_ar` → Arabic).
    private static func language(of column: String, prefix: String) -> Language? {
        column.hasPrefix(prefix) ? Language(rawValue: String(column.dropFirst(prefix.count))) : nil
    }

    /// `2026-03-01`, as `CalendarDate.description` writes it (without its `String(format:)`).
    static func date(_ day: CalendarDate) -> String {
        CooperativeMaker.padded(day.year, width: 4) + "-" + CooperativeMaker.padded(day.month, width: 2) + "-"
            + CooperativeMaker.padded(day.day, width: 2)
    }
}
