import TiwiziCore
import TiwiziStore

/// What one rule set gives the catalog: each product's price, and each recorded order priced
/// again (as `tiwizi quote --replay` does). Two of them compare (`RuleComparison`).
public struct PriceSheet: Sendable {
    public struct Product: Hashable, Sendable {
        public let sku: String
        public let listPrice: Money
        public let price: Money
    }

    public struct Order: Hashable, Sendable {
        public let id: Int
        public let placedAt: String
        /// The total the order was placed at.
        public let recorded: Money
        /// Its total priced again by this rule set; nil when it cannot be (a product since removed).
        public let total: Money?
    }

    public let products: [Product]
    public let orders: [Order]
}

extension RuleEngine {
    /// Prices every product of the catalog and every recorded order again, at the engine's
    /// moment, each order's own coupon redemptions left out.
    public func sheet(reader: any CatalogReader) throws -> PriceSheet {
        var lookup = FloorLookup(reader: reader)
        var products: [PriceSheet.Product] = []
        try reader.forEachProduct { product in
            let priced = try price(product, floor: try lookup.floor(of: product))
            products.append(.init(sku: product.sku, listPrice: product.price, price: priced.breakdown.price))
        }
        let orders = try reader.orders().compactMap { order -> PriceSheet.Order? in
            guard let id = order.id else { return nil }
            let ledger = CatalogLedger(reader: reader, excluding: order)
            let replayed = try? quote(Quote.cart(of: order), reader: reader, ledger: ledger)
            return .init(id: id, placedAt: order.placedAt, recorded: order.total, total: replayed?.total)
        }
        return PriceSheet(products: products, orders: orders)
    }
}

/// The prices of the catalog under two rule sets: `before` (the one checked against) and
/// `after` (the one checked), product by product and order by order.
public struct RuleComparison: Sendable {
    public struct Change: Hashable, Sendable {
        public let sku: String
        public let listPrice: Money
        /// Nil when the product was not priced by that rule set (not in its catalog).
        public let before: Money?
        public let after: Money?

        /// `after − before`, when both exist.
        public var difference: Money? { RuleComparison.difference(before, after) }
    }

    public struct OrderChange: Hashable, Sendable {
        public let id: Int
        public let placedAt: String
        public let recorded: Money
        public let before: Money?
        public let after: Money?

        /// `after − before`, when the order could be priced again by both.
        public var difference: Money? { RuleComparison.difference(before, after) }
    }

    /// `after − before`, when both exist in one currency.
    static func difference(_ before: Money?, _ after: Money?) -> Money? {
        guard let before, let after, before.currency == after.currency else { return nil }
        return Money(minorUnits: after.minorUnits - before.minorUnits, currency: after.currency)
    }

    /// The products whose price differs, by SKU.
    public let changes: [Change]
    public let unchanged: Int
    /// Every recorded order, by id.
    public let orders: [OrderChange]

    public init(before: PriceSheet, after: PriceSheet) {
        let old = Dictionary(before.products.map { ($0.sku, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.products.map { ($0.sku, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [Change] = []
        var unchanged = 0
        for sku in Set(old.keys).union(new.keys).sorted() {
            let was = old[sku]
            let now = new[sku]
            if was?.price == now?.price {
                unchanged += 1
                continue
            }
            guard let listPrice = now?.listPrice ?? was?.listPrice else { continue }
            changes.append(Change(sku: sku, listPrice: listPrice, before: was?.price, after: now?.price))
        }
        self.changes = changes
        self.unchanged = unchanged
        let replayed = Dictionary(before.orders.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        orders = after.orders.compactMap { order in
            guard let was = replayed[order.id] else { return nil }
            return OrderChange(
                id: order.id, placedAt: order.placedAt, recorded: order.recorded, before: was.total, after: order.total)
        }.sorted { $0.id < $1.id }
    }
}
