import LuaHost
import TiwiziCore
import TiwiziLua
import TiwiziStore

/// How often coupon codes were redeemed already: by recorded orders, or by no one.
public protocol CouponLedger {
    func uses(of code: String) throws -> Int
    func uses(of code: String, by customer: String) throws -> Int
}

/// A ledger with no redemptions (a quote with no order history).
public struct NoRedemptions: CouponLedger {
    public init() {}
    public func uses(of code: String) -> Int { 0 }
    public func uses(of code: String, by customer: String) -> Int { 0 }
}

/// A priced cart: each line priced by the product rules then the cart rules, VAT per line, the
/// producers' shares, the totals, and the hash of the rules that priced it.
public struct Quote: Sendable {
    public struct Line: Sendable {
        public let sku: String
        public let quantity: Int
        /// One unit priced by the product rules.
        public let unit: ProductPricing
        /// Before the cart rules: the unit price × quantity.
        public let subtotal: Money
        /// After the cart rules, with who receives what.
        public let line: CartLineState
        /// What each cart rule took off this line.
        public let discounts: [(rule: String, amount: Money)]
        /// The VAT the line's total includes (half-up, per line).
        public let vat: Money

        /// What the cart rules took off the line.
        public var discount: Money {
            Money(minorUnits: subtotal.minorUnits - line.total.minorUnits, currency: subtotal.currency)
        }
    }

    public let cart: Cart
    public let lines: [Line]
    /// What each cart rule did, in the resolved order.
    public let steps: [RuleStep]
    public let subtotal: Money
    public let total: Money
    /// The VAT included, per rate in percent, rates in increasing order.
    public let vat: [(rate: Int, amount: Money)]
    /// The coupon codes the cart's rules redeemed.
    public let redeemed: [String]
    public let ruleSetHash: String
    /// The event whose configuration priced it, and the parameter values in use, by plugin.
    public let event: String?
    public let parameters: [String: [String: ParameterValue]]
    public let at: LocalDateTime

    /// What the cart rules took off the cart.
    public var discount: Money { Money(minorUnits: subtotal.minorUnits - total.minorUnits, currency: total.currency) }

    /// The VAT the total includes, all rates together.
    public var vatIncluded: Money {
        Money(minorUnits: vat.reduce(0) { $0 + $1.amount.minorUnits }, currency: total.currency)
    }

    /// What the cooperatives receive for the whole cart.
    public var producers: Money {
        Money(minorUnits: lines.reduce(0) { $0 + $1.line.cooperative.minorUnits }, currency: total.currency)
    }
}

extension RuleEngine {
    /// Prices `cart`: each line's unit with the product rules, then the cart rules on the lines.
    /// `products` and `floors` are by SKU; `ledger` counts earlier coupon redemptions.
    /// - Throws: `CatalogError.notFound` for an unknown SKU, `RuleFailure`, or `MoneyError` for
    ///   a cart mixing currencies.
    public func quote(
        _ cart: Cart, products: [String: Product], floors: [String: ProducerFloor], ledger: some CouponLedger
    ) throws -> Quote {
        var units: [String: ProductPricing] = [:]
        var lines: [CartLineState] = []
        for line in cart.lines {
            guard let product = products[line.sku] else { throw CatalogError.notFound(.products, key: line.sku) }
            let unit = try price(product, floor: floors[line.sku])
            units[line.sku] = unit
            lines.append(
                try CartLineState(sku: line.sku, category: product.category, quantity: line.quantity, unit: unit.breakdown))
        }
        let currency = lines.first?.unitPrice.currency ?? .mad
        if let other = lines.first(where: { $0.unitPrice.currency != currency }) {
            throw MoneyError.currencyMismatch(currency, other.unitPrice.currency)
        }
        let start = CartState(lines: lines, currency: currency)
        var composer = RuleComposer<CartState>(rules: cartRules, policy: policy, day: now.date)
        composer.gate = { rule in Self.couponGate(rule, cart: cart, ledger: ledger) }
        let (final, steps) = try composer.compose(start, subject: "cart") { rule, state throws(RuleFailure) in
            let view = LuaObject(CartView(cart: cart, state: state, products: products))
            return try evaluate(rule, .cart, view, nil, subject: "cart") { table throws(EffectProblem) in
                try EffectDecoding.cartEffect(table, currency: currency)
            }
        }
        return try Quote(cart: cart, units: units, start: start, final: final, steps: steps, rules: cartRules, engine: self)
    }

    /// Why a coupon rule may not run: its code not given, or a cap reached.
    static func couponGate(_ rule: Rule, cart: Cart, ledger: some CouponLedger) -> SkipReason? {
        guard let coupon = rule.coupon else { return nil }
        guard cart.coupons.contains(coupon.code) else { return .couponNotGiven(coupon.code) }
        if let cap = coupon.maxUses, ((try? ledger.uses(of: coupon.code)) ?? cap) >= cap {
            return .couponCapReached(code: coupon.code, cap: cap)
        }
        if let cap = coupon.maxPerCustomer {
            guard let customer = cart.customer else { return .couponNeedsCustomer(coupon.code) }
            if ((try? ledger.uses(of: coupon.code, by: customer)) ?? cap) >= cap {
                return .couponCustomerCapReached(code: coupon.code, customer: customer, cap: cap)
            }
        }
        return nil
    }
}

extension Quote {
    fileprivate init(
        cart: Cart, units: [String: ProductPricing], start: CartState, final: CartState, steps: [RuleStep], rules: [Rule],
        engine: RuleEngine
    ) throws {
        var discounts: [String: [(String, Money)]] = [:]
        for step in steps {
            guard case .cartApplied(let effects) = step.outcome else { continue }
            for effect in effects {
                for line in effect.lines { discounts[line.sku, default: []].append((step.rule, line.amount)) }
            }
        }
        var vatByRate: [Int: Int64] = [:]
        lines = try zip(start.lines, final.lines).map { before, after in
            guard let unit = units[after.sku] else { preconditionFailure("no unit price for \(after.sku)") }
            let vat = try after.total.includedVAT(ratePercent: unit.vatRate)
            vatByRate[unit.vatRate, default: 0] += vat.minorUnits
            return Line(
                sku: after.sku, quantity: after.quantity, unit: unit, subtotal: before.total, line: after,
                discounts: (discounts[after.sku] ?? []).map { (rule: $0.0, amount: $0.1) }, vat: vat)
        }
        self.cart = cart
        self.steps = steps
        subtotal = start.total
        total = final.total
        vat = vatByRate.keys.sorted().map { (rate: $0, amount: Money(minorUnits: vatByRate[$0] ?? 0, currency: final.currency)) }
        let applied = Set(steps.filter(\.isApplied).map(\.rule))
        redeemed = rules.filter { applied.contains($0.name) }.compactMap { $0.coupon?.code }.sorted()
        ruleSetHash = engine.hash
        event = engine.event
        parameters = engine.parameters
        at = engine.now
    }
}
