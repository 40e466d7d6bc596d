import TiwiziCore
import TiwiziStore

extension RuleEngine {
    /// Prices `cart` with the catalog's products and floors; `ledger` counts earlier coupon redemptions.
    public func quote(_ cart: Cart, reader: any CatalogReader, ledger: some CouponLedger) throws -> Quote {
        var products: [String: Product] = [:]
        var floors: [String: ProducerFloor] = [:]
        var lookup = FloorLookup(reader: reader)
        for line in cart.lines {
            guard let product = try reader.product(line.sku) else { throw CatalogError.notFound(.products, key: line.sku) }
            products[line.sku] = product
            floors[line.sku] = try lookup.floor(of: product)
        }
        return try quote(cart, products: products, floors: floors, ledger: ledger)
    }
}

/// The producer's floor of each product: its own, else its cooperative's (each read once).
public struct FloorLookup {
    private let reader: any CatalogReader
    /// Each cooperative's floor, read once (nil inside: it sets none).
    private var cooperatives: [String: ProducerFloor?] = [:]

    public init(reader: any CatalogReader) { self.reader = reader }

    /// The product's own floor, else its cooperative's (`Product.producerFloor(orCooperatives:)`).
    public mutating func floor(of product: Product) throws -> ProducerFloor? {
        try product.producerFloor(orCooperatives: { try cooperativeFloor(product.cooperativeID) })
    }

    private mutating func cooperativeFloor(_ id: String) throws -> ProducerFloor? {
        if let known = cooperatives[id] { return known }
        let floor = try reader.producerFloor(ofCooperative: id)
        cooperatives[id] = .some(floor)
        return floor
    }
}
