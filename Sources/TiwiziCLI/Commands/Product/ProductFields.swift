import ArgumentParser

/// The options that set a product's fields, shared by `product add` and `product update`.
/// Each maps to the column of the same name in the products CSV (docs/catalog-format.md).
/// Numeric options take their value unconditionally, so that a negative number (`--price -3`)
/// reaches validation and gets a clear message instead of being taken for an option.
struct ProductFields: ParsableArguments {
    @Option(name: .customLong("coop"), help: "The cooperative's id (required for a new product).") var cooperative: String?
    @Option(help: "Name in French (required for a new product).") var nameFr: String?
    @Option(help: "Name in Arabic.") var nameAr: String?
    @Option(help: "Name in English.") var nameEn: String?
    @Option(help: "Name in Tamazight (Tifinagh script).") var nameZgh: String?
    @Option(help: "Description in French.") var descriptionFr: String?
    @Option(help: "Description in Arabic.") var descriptionAr: String?
    @Option(help: "Category path, e.g. food.oil.argan.") var category: String?
    @Option(parsing: .unconditional, help: "Net quantity amount, e.g. 250 or 0.5.") var quantity: String?
    @Option(help: "Unit of the quantity: g, kg, ml, l or piece.") var unit: String?
    @Option(help: "Length in cm (crafts).") var lengthCm: String?
    @Option(help: "Width in cm (crafts).") var widthCm: String?
    @Option(parsing: .unconditional, help: "Price as people write it: 145, 145,50, \"145,50 DH\", 1 450,00.")
    var price: String?
    @Option(help: "ISO 4217 currency code (default MAD).") var currency: String?
    @Option(help: "VAT regime: standard, reduced-14, reduced-10, reduced-7 or exempt.") var vat: String?
    @Option(parsing: .unconditional, help: "Units in stock (0 or more).") var stock: String?
    @Option(parsing: .unconditional, help: "Made to order, ready after this many days (instead of a stock).")
    var leadDays: String?
    @Option(help: "Region of origin when it differs from the cooperative's.") var originRegion: String?
    @Option(help: "Place of origin.") var originPlace: String?
    @Option(help: "Allergen (repeatable; replaces the list).") var allergen: [String] = []
    @Option(help: "Certificate scheme:number:valid_from:valid_until (repeatable; replaces the list).")
    var certificate: [String] = []
    @Option(name: .customLong("knowhow"), help: "Linked know-how id (repeatable; replaces the list).") var knowHow: [String] = []

    /// The cells these options set; options not given are absent.
    var cells: [String: String] {
        func list(_ items: [String]) -> String? { items.isEmpty ? nil : items.joined(separator: "|") }
        let pairs: [(String, String?)] = [
            ("cooperative", cooperative), ("name_fr", nameFr), ("name_ar", nameAr), ("name_en", nameEn),
            ("name_zgh", nameZgh), ("description_fr", descriptionFr), ("description_ar", descriptionAr),
            ("category", category), ("quantity", quantity), ("unit", unit), ("length_cm", lengthCm), ("width_cm", widthCm),
            ("price", price), ("currency", currency), ("vat", vat), ("stock", stock), ("lead_days", leadDays),
            ("origin_region", originRegion), ("origin_place", originPlace), ("allergens", list(allergen)),
            ("certificates", list(certificate)), ("know_how", list(knowHow)),
        ]
        return Dictionary(uniqueKeysWithValues: pairs.compactMap { key, value in value.map { (key, $0) } })
    }
}
