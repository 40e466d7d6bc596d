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

    /// The columns the row writes, in the order of `values`: the one list that inserts and
    /// updates follow.
    static let columns =
        ["id", "sku", "cooperative_id"] + LocalizedText.columns("name").map(\.1) + LocalizedText.columns("description").map(\.1)
        + [
            "category", "quantity_thousandths", "unit", "length_cm", "width_cm", "price_minor", "currency", "vat", "stock",
            "lead_days", "region", "origin_region", "origin_place", "allergens", "producer_floor",
        ]

    /// Inserts every column through one statement prepared once per connection, with positional
    /// arguments: GRDB's persistence container (a dictionary of the columns, then SQL made
    /// from it) cost an import of 30,000 products a tenth of its time.
    static let insertSQL =
        "INSERT INTO products (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"

    /// The value of each of `columns`, in order.
    var values: [DatabaseValue] {
        let (stock, leadDays): (Int?, Int?) =
            switch product.availability {
            case .inStock(let units): (units, nil)
            case .madeToOrder(let days): (nil, days)
            }
        let description = product.description ?? LocalizedText([:])
        var values: [DatabaseValue] = [id.databaseValue, product.sku.databaseValue, product.cooperativeID.databaseValue]
        values.reserveCapacity(Self.columns.count)
        for (language, _) in LocalizedText.columns("name") { values.append(product.name[language].databaseValue) }
        for (language, _) in LocalizedText.columns("description") { values.append(description[language].databaseValue) }
        let origin: (region: String?, place: String?) = (product.origin?.region?.code, product.origin?.place)
        let rest: [any DatabaseValueConvertible & Sendable] = [
            product.category.path, product.quantity.thousandths, product.quantity.unit.rawValue,
            product.dimensions?.lengthCm as Int?, product.dimensions?.widthCm as Int?, product.price.minorUnits,
            product.price.currency.code, product.vat.rawValue, stock, leadDays, region.code, origin.region, origin.place,
            ListColumn.encode(product.allergens), product.producerFloor?.description as String?,
        ]
        for value in rest { values.append(value.databaseValue) }
        return values
    }

    func encode(to container: inout PersistenceContainer) {
        for (column, value) in zip(Self.columns, values) { container[column] = value }
    }

    /// Inserts the row and returns the id SQLite gave it.
    func insert(into db: Database) throws -> Int64 {
        try db.cachedStatement(sql: Self.insertSQL).execute(arguments: StatementArguments(values))
        return db.lastInsertedRowID
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
