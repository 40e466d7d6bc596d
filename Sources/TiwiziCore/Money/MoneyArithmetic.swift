/// Exact addition, subtraction and multiplication by a quantity. Every operation checks the
/// currency and overflow and throws rather than wrapping; the operators are the same functions
/// spelled `try a + b`.
extension Money {
    /// `self + other`.
    /// - Throws: `currencyMismatch`, or `overflow`.
    public func adding(_ other: Money) throws(MoneyError) -> Money {
        try requireSameCurrency(other)
        let (sum, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
        guard !overflow else { throw .overflow }
        return Money(minorUnits: sum, currency: currency)
    }

    /// `self − other`.
    /// - Throws: `currencyMismatch`, or `overflow`.
    public func subtracting(_ other: Money) throws(MoneyError) -> Money {
        try requireSameCurrency(other)
        let (difference, overflow) = minorUnits.subtractingReportingOverflow(other.minorUnits)
        guard !overflow else { throw .overflow }
        return Money(minorUnits: difference, currency: currency)
    }

    /// `self × quantity` (a line total: unit price times the number of units).
    /// - Throws: `overflow`.
    public func multiplied(by quantity: Int64) throws(MoneyError) -> Money {
        let (product, overflow) = minorUnits.multipliedReportingOverflow(by: quantity)
        guard !overflow else { throw .overflow }
        return Money(minorUnits: product, currency: currency)
    }

    /// `−self`.
    /// - Throws: `overflow` for the one value whose negation does not fit (`Int64.min`).
    public func negated() throws(MoneyError) -> Money {
        let (negation, overflow) = Int64(0).subtractingReportingOverflow(minorUnits)
        guard !overflow else { throw .overflow }
        return Money(minorUnits: negation, currency: currency)
    }

    /// The sum of `amounts`, all in `currency` (zero when there are none).
    /// - Throws: `currencyMismatch` for an amount in another currency, or `overflow`.
    public static func sum(_ amounts: some Sequence<Money>, currency: Currency = .mad) throws(MoneyError) -> Money {
        var total = Money.zero(currency)
        for amount in amounts { total = try total.adding(amount) }
        return total
    }

    /// `try a + b`: same as `adding(_:)`.
    public static func + (lhs: Money, rhs: Money) throws(MoneyError) -> Money { try lhs.adding(rhs) }

    /// `try a - b`: same as `subtracting(_:)`.
    public static func - (lhs: Money, rhs: Money) throws(MoneyError) -> Money { try lhs.subtracting(rhs) }

    /// `try price * 3`: same as `multiplied(by:)`.
    public static func * (lhs: Money, rhs: Int64) throws(MoneyError) -> Money { try lhs.multiplied(by: rhs) }
}
