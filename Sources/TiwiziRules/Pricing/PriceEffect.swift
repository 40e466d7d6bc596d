import TiwiziCore

/// What a price rule asks for: the core, not the script, applies it (docs/rules.md, "Effects").
public enum PriceEffect: Hashable, Sendable {
    /// Takes a percentage off the price the rules before left.
    case percentOff(Percentage)
    /// Takes an amount off the price.
    case amountOff(Money)
    /// Sets the price, which may not be above the current one (a markup raises it).
    case setPrice(Money)
    /// Adds a percentage of the current price.
    case markupPercent(Percentage)
    /// Adds an amount.
    case markup(Money)
    /// Rounds the price to a multiple of `step` minor units (cash rounding, 0,50 DH).
    case round(step: Int64, mode: RoundingMode)
    /// Gives the price an ending: `k × step + ending` (x9,90 DH), after any rounding.
    case ending(ending: Int64, step: Int64, mode: RoundingMode)
    /// Moves a percentage of the current price from the cooperative's share to the marketplace,
    /// without changing the price.
    case commissionPercent(Percentage)

    /// How the effect changes what a buyer pays.
    public enum Kind: Sendable {
        /// Lowers the price; the rule's stacking policy and funder apply.
        case discount
        /// Raises the price.
        case markup
        /// Moves the price to a grid, up or down.
        case rounding
        /// Changes who receives what, not the price.
        case transfer
    }

    public var kind: Kind {
        switch self {
        case .percentOff, .amountOff, .setPrice: return .discount
        case .markupPercent, .markup: return .markup
        case .round, .ending: return .rounding
        case .commissionPercent: return .transfer
        }
    }

    /// The name a rule writes (`percent_off`), which is also its code in JSON.
    public var name: String {
        switch self {
        case .percentOff: return "percent_off"
        case .amountOff: return "amount_off"
        case .setPrice: return "set_price"
        case .markupPercent: return "markup_percent"
        case .markup: return "markup"
        case .round: return "round"
        case .ending: return "ending"
        case .commissionPercent: return "commission_percent"
        }
    }

    /// The price the effect asks for, from `price`, before any clamping by the producer's floor.
    /// - Throws: `EffectProblem` for an effect that cannot apply to this price.
    func target(from price: Money) throws(EffectProblem) -> Money {
        switch self {
        case .percentOff(let percent):
            guard (0...10_000).contains(percent.basisPoints) else { throw .percentOutOfRange(percent) }
            return try exact { () throws(MoneyError) in try price.subtracting(price.percent(percent, rounding: .halfUp)) }
        case .amountOff(let amount):
            try Self.requirePositive(amount, currencyOf: price)
            guard amount.minorUnits <= price.minorUnits else { throw .discountAbovePrice(amount, price: price) }
            return try exact { () throws(MoneyError) in try price.subtracting(amount) }
        case .setPrice(let amount):
            try Self.requirePositive(amount, currencyOf: price)
            guard amount.minorUnits <= price.minorUnits else { throw .setPriceAbove(amount, price: price) }
            return amount
        case .markupPercent(let percent):
            guard percent.basisPoints >= 0 else { throw .percentOutOfRange(percent) }
            return try exact { () throws(MoneyError) in try price.adding(price.percent(percent, rounding: .halfUp)) }
        case .markup(let amount):
            try Self.requirePositive(amount, currencyOf: price)
            return try exact { () throws(MoneyError) in try price.adding(amount) }
        case .round(let step, let mode):
            return try exact { () throws(MoneyError) in try price.rounded(toStep: step, mode: mode) }
        case .ending(let ending, let step, let mode):
            let result = try exact { () throws(MoneyError) in try price.withEnding(ending, step: step, mode: mode) }
            guard !result.isNegative else { throw .negativePrice(result) }
            return result
        case .commissionPercent(let percent):
            guard (0...10_000).contains(percent.basisPoints) else { throw .percentOutOfRange(percent) }
            return price
        }
    }

    /// The commission a `commission_percent` effect moves at `price`; zero for the others.
    func commission(at price: Money) throws(EffectProblem) -> Money {
        guard case .commissionPercent(let percent) = self else { return .zero(price.currency) }
        return try exact { () throws(MoneyError) in try price.percent(percent, rounding: .halfUp) }
    }

    private static func requirePositive(_ amount: Money, currencyOf price: Money) throws(EffectProblem) {
        guard amount.currency == price.currency else { throw .wrongCurrency(amount.currency.code, expected: price.currency.code) }
        guard !amount.isNegative else { throw .negativeAmount(amount) }
    }
}

/// Runs money arithmetic, turning its error (an overflow, a bad step) into an effect problem.
func exact<T>(_ body: () throws(MoneyError) -> T) throws(EffectProblem) -> T {
    do { return try body() } catch { throw .money(error) }
}
