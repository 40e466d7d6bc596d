import TiwiziCore
import TiwiziFormats
import TiwiziStore

/// The coupon redemptions recorded in a catalog, leaving out one order's own (a replay of an
/// order re-prices it as if it had not been placed).
public struct CatalogLedger: CouponLedger {
    let reader: any CatalogReader
    let excluding: Order?

    public init(reader: any CatalogReader, excluding: Order? = nil) {
        self.reader = reader
        self.excluding = excluding
    }

    public func uses(of code: String) throws -> Int {
        try reader.redemptions(of: code, by: nil) - own(code, customer: nil)
    }

    public func uses(of code: String, by customer: String) throws -> Int {
        try reader.redemptions(of: code, by: customer) - own(code, customer: customer)
    }

    private func own(_ code: String, customer: String?) -> Int {
        guard let excluding, excluding.redeemed.contains(code) else { return 0 }
        return customer == nil || customer == excluding.customer ? 1 : 0
    }
}

extension Quote {
    /// The order this quote becomes when placed, its JSON kept as priced.
    public var order: Order {
        Order(
            placedAt: at.description, customer: cart.customer, coupons: cart.coupons.sorted(), redeemed: redeemed,
            lines: lines.map { line in
                Order.Line(
                    sku: line.sku, quantity: line.quantity, unitPrice: line.unit.breakdown.price, subtotal: line.subtotal,
                    total: line.line.total, vat: line.vat, producer: line.line.cooperative)
            }, subtotal: subtotal, total: total, ruleSetHash: ruleSetHash, event: event,
            document: JSONDocument.render(document(steps: true, language: .english)))
    }

    /// The caps of the coupons this quote redeems, to hold when it is placed.
    public func caps(in engine: RuleEngine) -> [CouponCap] {
        engine.cartRules.compactMap(\.coupon).filter { redeemed.contains($0.code) }.map {
            CouponCap(code: $0.code, maxUses: $0.maxUses, maxPerCustomer: $0.maxPerCustomer)
        }
    }

    /// The cart of a placed order, to price again.
    public static func cart(of order: Order) -> Cart {
        Cart(lines: order.lines.map { ($0.sku, $0.quantity) }, coupons: order.coupons, customer: order.customer)
    }
}
