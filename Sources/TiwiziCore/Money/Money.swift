/// An exact amount of money: a whole number of minor units (centimes for MAD) in a currency.
///
/// Money is never a floating-point number: every operation is integer arithmetic and every
/// rounding is explicit (`RoundingMode`, a step). Operations that can fail — a currency mismatch,
/// an overflow — throw `MoneyError` instead of trapping or wrapping.
///
/// Equality (`==`) compares currency and amount, so amounts in different currencies are simply
/// unequal. Ordering is only meaningful within one currency: `<` (and hence `>`, `<=`, `>=`,
/// `sorted()`, `min()`) *traps* on a currency mismatch, since mixing currencies there is a
/// programmer error; use `isLess(than:)` when the currencies come from data.
public struct Money: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The amount in minor units: `14550` is 145,50 DH.
    public let minorUnits: Int64
    public let currency: Currency

    /// An amount of `minorUnits` (centimes for MAD) in `currency`.
    public init(minorUnits: Int64, currency: Currency = .mad) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Zero in `currency`.
    public static func zero(_ currency: Currency = .mad) -> Money {
        Money(minorUnits: 0, currency: currency)
    }

    public var isZero: Bool { minorUnits == 0 }
    public var isNegative: Bool { minorUnits < 0 }
    public var isPositive: Bool { minorUnits > 0 }

    /// Orders two amounts of the same currency.
    /// - Precondition: same currency (mixing currencies here is a programmer error).
    public static func < (lhs: Money, rhs: Money) -> Bool {
        precondition(
            lhs.currency == rhs.currency,
            "comparing \(lhs.currency.code) with \(rhs.currency.code); use isLess(than:)")
        return lhs.minorUnits < rhs.minorUnits
    }

    /// Whether `self` is less than `other`.
    /// - Throws: `MoneyError.currencyMismatch` for different currencies.
    public func isLess(than other: Money) throws(MoneyError) -> Bool {
        try requireSameCurrency(other)
        return minorUnits < other.minorUnits
    }

    /// For debugging and test output: the machine form and the code, `145.50 MAD`.
    public var description: String { "\(decimalString) \(currency.code)" }

    func requireSameCurrency(_ other: Money) throws(MoneyError) {
        guard currency == other.currency else { throw .currencyMismatch(currency, other.currency) }
    }
}
