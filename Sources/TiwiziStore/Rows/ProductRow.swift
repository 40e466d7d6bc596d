import GRDB
import TiwiziCore

extension Product {
    /// The product's own columns; `region` is the effective region (origin, else the seat).
    func columns(seat: Region) -> Columns {
        var stock: Int?
        var leadDays: Int?
        switch availability {
        case .inStock(let units): stock = units
        case .madeToOrder(let days): leadDays = days
        }
        return [("sku", sku), ("cooperative_id", cooperativeID)] + name.columns("name")
            + (description ?? LocalizedText([:])).columns("description") + [
                ("category", category.path), ("quantity_thousandths", quantity.thousandths), ("unit", quantity.unit.rawValue),
                ("length_cm", dimensions?.lengthCm), ("width_cm", dimensions?.widthCm),
                ("price_minor", price.minorUnits), ("currency", price.currency.code), ("vat", vat.rawValue),
                ("stock", stock), ("lead_days", leadDays), ("region", (origin?.region ?? seat).code),
                ("origin_region", origin?.region?.code), ("origin_place", origin?.place),
                ("allergens", ListColumn.encode(allergens)),
            ]
    }

    init(row: Row, certificates: [Certificate], knowHowIDs: [String]) {
        let length: Int? = row["length_cm"]
        let width: Int? = row["width_cm"]
        let leadDays: Int? = row["lead_days"]
        let originRegion: String? = row["origin_region"]
        let originPlace: String? = row["origin_place"]
        self.init(
            sku: row["sku"], cooperativeID: row["cooperative_id"], name: LocalizedText(row: row, prefix: "name"),
            description: LocalizedText.optional(row: row, prefix: "description"),
            category: Category(row["category"])!,
            quantity: NetQuantity(thousandths: row["quantity_thousandths"], unit: QuantityUnit(rawValue: row["unit"])!),
            dimensions: length.flatMap { l in width.map { Dimensions(lengthCm: l, widthCm: $0) } },
            price: Money(minorUnits: row["price_minor"], currency: (try? Currency(code: row["currency"])) ?? .mad),
            vat: VATRegime(rawValue: row["vat"]) ?? .standard,
            availability: leadDays.map { .madeToOrder(leadDays: $0) } ?? .inStock(row["stock"]),
            origin: originRegion != nil || originPlace != nil
                ? Origin(region: originRegion.flatMap { Region(code: $0) }, place: originPlace) : nil,
            allergens: ListColumn.decode(row["allergens"]), certificates: certificates, knowHowIDs: knowHowIDs)
    }
}

extension Certificate {
    init(row: Row) {
        self.init(
            schemeID: row["scheme_id"], number: row["number"],
            validFrom: CalendarDate(row["valid_from"] as String)!, validUntil: CalendarDate(row["valid_until"] as String)!)
    }
}
