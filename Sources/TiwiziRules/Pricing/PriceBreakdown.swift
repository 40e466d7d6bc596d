import TiwiziCore

/// One unit's price as rules apply, and who receives what of it: the cooperative, the
/// marketplace and the event. The shares always sum to the price; the event's is negative when
/// it pays for a discount. No change may take the cooperative's share below its floor.
public struct PriceBreakdown: Hashable, Sendable {
    /// The cooperative's list price, where every pricing starts.
    public let listPrice: Money
    /// The least the cooperative receives per unit (`ProducerFloor.minimum`), if it declared one.
    public let floor: Money?
    public private(set) var price: Money
    public private(set) var cooperative: Money
    public private(set) var marketplace: Money
    public private(set) var event: Money

    public init(listPrice: Money, floor: Money?) {
        self.listPrice = listPrice
        self.floor = floor
        price = listPrice
        cooperative = listPrice
        marketplace = .zero(listPrice.currency)
        event = .zero(listPrice.currency)
    }

    /// What the floor took back from a change that would have breached it.
    public struct Clamp: Hashable, Sendable {
        /// How much the change asked to take from the cooperative, and how much it could.
        public let asked: Money
        public let granted: Money
        public let floor: Money
    }

    /// Moves the price to `target`, the difference going to (or coming from) `party`'s share.
    /// A cooperative-funded decrease stops at the floor: the clamp says by how much.
    mutating func move(to target: Money, party: Rule.Funder) throws(EffectProblem) -> Clamp? {
        var change = try exact { () throws(MoneyError) in try target.subtracting(price) }
        var clamp: Clamp?
        if party == .cooperative, change.isNegative {
            let taken = try exact { () throws(MoneyError) in try change.negated() }
            let granted = try takeable(taken)
            if granted != taken {
                clamp = Clamp(asked: taken, granted: granted, floor: floor!)
                change = try exact { () throws(MoneyError) in try granted.negated() }
            }
        }
        price = try exact { () throws(MoneyError) in try price.adding(change) }
        try add(change, to: party)
        return clamp
    }

    /// Moves `amount` from the cooperative's share to the marketplace's, the price unchanged,
    /// as far as the floor allows.
    mutating func transferCommission(_ amount: Money) throws(EffectProblem) -> Clamp? {
        let granted = try takeable(amount)
        let negative = try exact { () throws(MoneyError) in try granted.negated() }
        try add(negative, to: .cooperative)
        try add(granted, to: .marketplace)
        return granted == amount ? nil : Clamp(asked: amount, granted: granted, floor: floor!)
    }

    /// The cooperative's share of the price in basis points, rounded down ("at least 82 %"),
    /// or nil for a free unit.
    public var cooperativeShare: Percentage? {
        Percentage.share(cooperative.minorUnits, of: price.minorUnits)
    }

    /// How much of `amount` the cooperative can give without going below its floor.
    private func takeable(_ amount: Money) throws(EffectProblem) -> Money {
        try Self.takeable(amount, from: cooperative, floor: floor)
    }

    /// How much of `amount` a cooperative receiving `share` can give without going below
    /// `floor` (a unit's, or a cart line's): all of it without a floor, none once at the floor.
    static func takeable(_ amount: Money, from share: Money, floor: Money?) throws(EffectProblem) -> Money {
        guard let floor else { return amount }
        let room = try exact { () throws(MoneyError) in try share.subtracting(floor) }
        if !room.isPositive { return .zero(amount.currency) }
        return room.minorUnits < amount.minorUnits ? room : amount
    }

    private mutating func add(_ change: Money, to party: Rule.Funder) throws(EffectProblem) {
        switch party {
        case .cooperative: cooperative = try exact { () throws(MoneyError) in try cooperative.adding(change) }
        case .marketplace: marketplace = try exact { () throws(MoneyError) in try marketplace.adding(change) }
        case .event: event = try exact { () throws(MoneyError) in try event.adding(change) }
        }
    }
}
