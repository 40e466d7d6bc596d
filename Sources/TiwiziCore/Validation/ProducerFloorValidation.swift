extension ProducerFloor {
    /// The floor's problems as a product's listed at `price`: a share from 0 to 100 %, or an
    /// amount in the price's currency, not negative and not above the price.
    func issues(listPrice price: Money) -> [Issue] {
        switch self {
        case .share(let share): return Self.shareIssues(share)
        case .amount(let amount) where amount.currency != price.currency:
            return [Self.issue(.producerFloorCurrency(floor: amount.description, currency: price.currency.code))]
        case .amount(let amount) where amount.isNegative:
            return [Self.issue(.producerFloorNegative(amount.decimalString))]
        case .amount(let amount) where amount.minorUnits > price.minorUnits:
            return [Self.issue(.producerFloorAbovePrice(floor: amount.decimalString, price: price.decimalString))]
        case .amount: return []
        }
    }

    /// The floor's problems as a cooperative's: one floor for products of different prices and
    /// currencies can only be a share.
    var cooperativeIssues: [Issue] {
        switch self {
        case .share(let share): return Self.shareIssues(share)
        case .amount(let amount): return [Self.issue(.producerFloorAmountForCooperative(amount.decimalString))]
        }
    }

    private static func shareIssues(_ share: Percentage) -> [Issue] {
        (0...10_000).contains(share.basisPoints) ? [] : [issue(.producerFloorShareOutOfRange(share.description))]
    }

    private static func issue(_ problem: ValueProblem) -> Issue { Issue(problem, field: "producer_floor") }
}
