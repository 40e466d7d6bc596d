import TiwiziCore

/// One line of a cart as cart rules change it: its units priced by the product rules, then
/// what the cart's promotions take off, and who receives what of it.
public struct CartLineState: Hashable, Sendable {
    public let sku: String
    public let category: Category
    public let quantity: Int
    /// One unit's price after the product rules.
    public let unitPrice: Money
    /// The least the cooperative receives for the whole line (its floor per unit × quantity).
    public let floor: Money?
    public internal(set) var total: Money
    public internal(set) var cooperative: Money
    public internal(set) var marketplace: Money
    public internal(set) var event: Money

    /// The line of `quantity` units priced as `unit`.
    init(sku: String, category: Category, quantity: Int, unit: PriceBreakdown) throws(MoneyError) {
        self.sku = sku
        self.category = category
        self.quantity = quantity
        unitPrice = unit.price
        let count = Int64(quantity)
        floor = try unit.floor?.multiplied(by: count)
        total = try unit.price.multiplied(by: count)
        cooperative = try unit.cooperative.multiplied(by: count)
        marketplace = try unit.marketplace.multiplied(by: count)
        event = try unit.event.multiplied(by: count)
    }

    /// The current value of `units` of the line's units (its total × units ÷ quantity, half-up).
    func value(of units: Int) throws(EffectProblem) -> Money {
        try exact { () throws(MoneyError) in
            try total.multiplied(by: Int64(units), dividedBy: Int64(quantity), rounding: .halfUp)
        }
    }

    /// Takes `amount` off the line, from `party`'s share; a cooperative-funded amount stops at
    /// the floor, and the clamp says by how much.
    mutating func discount(_ amount: Money, party: Rule.Funder) throws(EffectProblem) -> PriceBreakdown.Clamp? {
        var granted = amount.minorUnits <= total.minorUnits ? amount : total
        var clamp: PriceBreakdown.Clamp?
        if party == .cooperative, let floor {
            let limited = try PriceBreakdown.takeable(granted, from: cooperative, floor: floor)
            if limited != granted {
                clamp = PriceBreakdown.Clamp(asked: amount, granted: limited, floor: floor)
                granted = limited
            }
        }
        let taken = granted
        total = try exact { () throws(MoneyError) in try total.subtracting(taken) }
        switch party {
        case .cooperative: cooperative = try exact { () throws(MoneyError) in try cooperative.subtracting(taken) }
        case .marketplace: marketplace = try exact { () throws(MoneyError) in try marketplace.subtracting(taken) }
        case .event: event = try exact { () throws(MoneyError) in try event.subtracting(taken) }
        }
        return clamp
    }
}

/// A cart as cart rules change it.
public struct CartState: Hashable, Sendable {
    public internal(set) var lines: [CartLineState]
    public let currency: Currency

    /// What the buyer pays for the whole cart.
    public var total: Money {
        Money(minorUnits: lines.reduce(0) { $0 + $1.total.minorUnits }, currency: currency)
    }
}

/// What a line got from one cart effect.
public struct LineDiscount: Hashable, Sendable {
    public let sku: String
    /// How many of the line's units the effect discounted: those a tier or a multi-buy took,
    /// one per bundle for a bundle, all of them for an order discount.
    public let units: Int
    public let amount: Money
    public let clamp: PriceBreakdown.Clamp?
}

/// One cart effect as the core applied it.
public struct AppliedCartEffect: Hashable, Sendable {
    public let effect: CartEffect
    public let party: Rule.Funder
    /// The cart's total before and after.
    public let before: Money
    public let after: Money
    /// How many times a bundle or a multi-buy applied, or how many units a tier discounted.
    public let occurrences: Int
    public let lines: [LineDiscount]
    public let note: String?
}
