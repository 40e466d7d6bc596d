import GRDB
import TiwiziCore

/// A product's own row in `products`. Its certificates and know-how are `ProductCertificates`
/// and `ProductKnowHow` lists, read and written with it.
struct ProductRow {
    /// The integer rowid that the certificates and the search index follow; nil before the
    /// first save.
    var id: Int64?
    var product: Product
    /// The region the product is listed under: its origin, else its cooperative's seat.
    var region: Region
}

extension ProductRow: StoredRecord, PersistableRecord {
    static let databaseTableName = "products"
    static let rowKey = ["sku"]

    init(stored: StoredRow) throws {
        id = try stored.value("id") as Int64
        region = try stored.parsed("region", Region.init(code:))
        let originRegion = try stored.parsedIfPresent("origin_region", Region.init(code:))
        let originPlace: String? = try stored.optional("origin_place")
        let currency = try stored.parsed("currency", Currency.init(code:))
        product = try Product(
            sku: stored.value("sku"), cooperativeID: stored.value("cooperative_id"), name: stored.text("name"),
            description: stored.optionalText("description"), category: stored.parsed("category", Category.init),
            quantity: NetQuantity(
                thousandths: stored.value("quantity_thousandths"), unit: stored.parsed("unit", QuantityUnit.init)),
            dimensions: Self.dimensions(stored),
            price: Money(minorUnits: stored.value("price_minor"), currency: currency),
            vat: stored.parsed("vat", VATRegime.init), availability: Self.availability(stored),
            origin: originRegion != nil || originPlace != nil ? Origin(region: originRegion, place: originPlace) : nil,
            allergens: stored.list("allergens") { $0 },
            producerFloor: stored.parsedIfPresent(addedLater: "producer_floor") { ProducerFloor($0, currency: currency) })
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["sku"] = product.sku
        container["cooperative_id"] = product.cooperativeID
        product.name.encode(to: &container, prefix: "name")
        (product.description ?? LocalizedText([:])).encode(to: &container, prefix: "description")
        container["category"] = product.category.path
        container["quantity_thousandths"] = product.quantity.thousandths
        container["unit"] = product.quantity.unit.rawValue
        container["length_cm"] = product.dimensions?.lengthCm
        container["width_cm"] = product.dimensions?.widthCm
        container["price_minor"] = product.price.minorUnits
        container["currency"] = product.price.currency.code
        container["vat"] = product.vat.rawValue
        switch product.availability {
        case .inStock(let units):
            container["stock"] = units
            container["lead_days"] = nil
        case .madeToOrder(let days):
            container["stock"] = nil
            container["lead_days"] = days
        }
        container["region"] = region.code
        container["origin_region"] = product.origin?.region?.code
        container["origin_place"] = product.origin?.place
        container["allergens"] = ListColumn.encode(product.allergens)
        container["producer_floor"] = product.producerFloor?.description
    }

    /// Both sizes or neither: one without the other is damage.
    private static func dimensions(_ stored: StoredRow) throws -> Dimensions? {
        let length: Int? = try stored.optional("length_cm")
        let width: Int? = try stored.optional("width_cm")
        switch (length, width) {
        case (nil, nil): return nil
        case (let length?, let width?): return Dimensions(lengthCm: length, widthCm: width)
        case (nil, _): throw stored.damage("length_cm", .null)
        case (_, nil): throw stored.damage("width_cm", .null)
        }
    }

    /// Made to order when `lead_days` is set, else in stock (the schema's CHECK keeps one of them).
    private static func availability(_ stored: StoredRow) throws -> Availability {
        if let days: Int = try stored.optional("lead_days") { return .madeToOrder(leadDays: days) }
        return .inStock(try stored.value("stock"))
    }
}
