/// Exact scaling by a rational factor: percentages, VAT, unit prices. One rounding, at the end.
extension Money {
    /// `self × numerator ÷ denominator`, computed exactly and rounded once by `rounding`
    /// (e.g. a third of a price, a price per 100 g).
    /// - Throws: `divisionByZero`, or `overflow` when the result does not fit.
    public func multiplied(
        by numerator: Int64, dividedBy denominator: Int64, rounding: RoundingMode
    ) throws(MoneyError) -> Money {
        guard denominator != 0 else { throw .divisionByZero }
        guard let result = ExactArithmetic.multiplyDivide(minorUnits, numerator, denominator, rounding: rounding) else {
            throw .overflow
        }
        return Money(minorUnits: result, currency: currency)
    }

    /// The VAT inside this VAT-included amount at `ratePercent` (× rate ÷ (100 + rate)), rounded
    /// half-up to a minor unit: 10 % of 141,74 DH included is 12,89 DH.
    /// - Throws: `overflow`.
    public func includedVAT(ratePercent: Int) throws(MoneyError) -> Money {
        try multiplied(by: Int64(ratePercent), dividedBy: Int64(100 + ratePercent), rounding: .halfUp)
    }

    /// `p` of this amount, rounded to a minor unit by `rounding`: 15 % of 145,50 DH is
    /// 21,825 DH, so 21,83 DH under `.halfUp` and 21,82 DH under `.halfEven`.
    /// - Throws: `overflow`.
    public func percent(_ p: Percentage, rounding: RoundingMode) throws(MoneyError) -> Money {
        try multiplied(by: p.basisPoints, dividedBy: 10_000, rounding: rounding)
    }
}
