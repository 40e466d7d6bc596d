import ArgumentParser
import TiwiziCore

/// The options that set a product's fields, shared by `product add` and `product update`.
/// Each sets one column of the products CSV (docs/catalog-format.md); `FieldOptionsTests`
/// checks every cell against the record shape.
/// Numeric options take their value unconditionally, so that a negative number (`--price -3`)
/// reaches validation and gets a clear message instead of being taken for an option.
struct ProductFields: RecordFields {
    static let kind = RecordKind.products
    static let addHelp = (
        abstract: HelpText.productAddAbstract, discussion: HelpText.productAddDiscussion, key: HelpText.argumentNewSKU
    )
    static let updateHelp = (
        abstract: HelpText.productUpdateAbstract, discussion: HelpText.productUpdateDiscussion, key: HelpText.argumentSKU
    )

    @Option(name: .customLong("coop"), help: ArgumentHelp(.optionProductCoop)) var cooperative: String?
    @Option(help: ArgumentHelp(.optionProductNameFr)) var nameFr: String?
    @Option(help: ArgumentHelp(.optionNameAr)) var nameAr: String?
    @Option(help: ArgumentHelp(.optionNameEn)) var nameEn: String?
    @Option(help: ArgumentHelp(.optionNameZgh)) var nameZgh: String?
    @Option(help: ArgumentHelp(.optionDescriptionFr)) var descriptionFr: String?
    @Option(help: ArgumentHelp(.optionDescriptionAr)) var descriptionAr: String?
    @Option(help: ArgumentHelp(.optionCategory)) var category: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(.optionQuantity)) var quantity: String?
    @Option(help: ArgumentHelp(.optionUnit)) var unit: String?
    @Option(help: ArgumentHelp(.optionLengthCm)) var lengthCm: String?
    @Option(help: ArgumentHelp(.optionWidthCm)) var widthCm: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(.optionPrice))
    var price: String?
    @Option(help: ArgumentHelp(.optionCurrency)) var currency: String?
    @Option(help: ArgumentHelp(.optionVAT)) var vat: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(.optionStock)) var stock: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(.optionLeadDays))
    var leadDays: String?
    @Option(help: ArgumentHelp(.optionOriginRegion)) var originRegion: String?
    @Option(help: ArgumentHelp(.optionOriginPlace)) var originPlace: String?
    @Option(help: ArgumentHelp(.optionAllergen)) var allergen: [String] = []
    @Option(help: ArgumentHelp(.optionCertificate))
    var certificate: [String] = []
    @Option(name: .customLong("know-how"), help: ArgumentHelp(.optionProductKnowHow)) var knowHow: [String] = []
    @Option(parsing: .unconditional, help: ArgumentHelp(.optionProductProducerFloor)) var producerFloor: String?

    /// The cells these options set; options not given are absent.
    var cells: [String: String] {
        let list = FormCells.list
        let pairs: [(String, String?)] = [
            ("cooperative", cooperative), ("name_fr", nameFr), ("name_ar", nameAr), ("name_en", nameEn),
            ("name_zgh", nameZgh), ("description_fr", descriptionFr), ("description_ar", descriptionAr),
            ("category", category), ("quantity", quantity), ("unit", unit), ("length_cm", lengthCm), ("width_cm", widthCm),
            ("price", price), ("currency", currency), ("vat", vat), ("stock", stock), ("lead_days", leadDays),
            ("origin_region", originRegion), ("origin_place", originPlace), ("allergens", list(allergen)),
            ("certificates", list(certificate)), ("know_how", list(knowHow)), ("producer_floor", producerFloor),
        ]
        return FormCells.given(pairs)
    }
}
