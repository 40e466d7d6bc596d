/// A placed order: a cart as the rules priced it when it was placed, kept as priced. Prices
/// never change afterwards; the rule-set hash says which rules priced it.
public struct Order: Hashable, Sendable {
    /// One line as priced.
    public struct Line: Hashable, Sendable {
        public let sku: String
        public let quantity: Int
        /// One unit after the product rules; the line before and after the cart rules.
        public let unitPrice: Money
        public let subtotal: Money
        public let total: Money
        /// The VAT the line's total includes, and what its cooperative receives.
        public let vat: Money
        public let producer: Money

        public init(sku: String, quantity: Int, unitPrice: Money, subtotal: Money, total: Money, vat: Money, producer: Money) {
            self.sku = sku
            self.quantity = quantity
            self.unitPrice = unitPrice
            self.subtotal = subtotal
            self.total = total
            self.vat = vat
            self.producer = producer
        }
    }

    /// Assigned by the catalog when the order is placed (1, 2, …); nil before.
    public var id: Int?
    /// When it was priced, ISO 8601 with its offset (`2026-03-20T09:00:00+01:00`).
    public let placedAt: String
    public let customer: String?
    /// The codes given with the cart, and those its rules redeemed.
    public let coupons: [String]
    public let redeemed: [String]
    public let lines: [Line]
    public let subtotal: Money
    public let total: Money
    public let ruleSetHash: String
    /// The event whose configuration priced it, if any.
    public let event: String?
    /// The priced quote as JSON (`tiwizi quote --json --explain`): every effect as it applied.
    public let document: String

    public init(
        placedAt: String, customer: String?, coupons: [String], redeemed: [String], lines: [Line], subtotal: Money,
        total: Money, ruleSetHash: String, event: String? = nil, document: String
    ) {
        self.placedAt = placedAt
        self.customer = customer
        self.coupons = coupons
        self.redeemed = redeemed
        self.lines = lines
        self.subtotal = subtotal
        self.total = total
        self.ruleSetHash = ruleSetHash
        self.event = event
        self.document = document
    }
}

/// A coupon an order redeems, and the caps to hold when placing it.
public struct CouponCap: Hashable, Sendable {
    public let code: String
    public let maxUses: Int?
    public let maxPerCustomer: Int?

    public init(code: String, maxUses: Int?, maxPerCustomer: Int?) {
        self.code = code
        self.maxUses = maxUses
        self.maxPerCustomer = maxPerCustomer
    }
}
