/// Rounding to cash steps and price endings, in exact minor units.
///
/// Both choose between the two grid points surrounding the amount (or keep the amount when it is
/// on the grid). Directions are judged on the amount itself: for a price (positive), `.up` and
/// `.ceiling` give the higher candidate and `.down` and `.floor` the lower one; for a negative
/// amount `.up` goes further from zero. Ties go away from zero under `.halfUp` and to an even
/// number of steps under `.halfEven`.
extension Money {
    /// The multiple of `step` chosen by `mode` among the two surrounding this amount (the
    /// amount itself when it already is a multiple).
    ///
    /// `step` is in minor units: 50 rounds to 0,50 DH, 10 is cash rounding to 0,10 DH, 100 to
    /// whole dirhams.
    /// - Throws: `invalidStep` unless `step ≥ 1`; `overflow` when the result does not fit.
    public func rounded(toStep step: Int64, mode: RoundingMode) throws(MoneyError) -> Money {
        try withEnding(0, step: step, mode: mode)
    }

    /// A price with a fixed ending: the value of the form `k × step + ending` (`k` any integer)
    /// chosen by `mode` among the two such values surrounding this amount; an amount already of
    /// that form is unchanged. With `ending` 0 this is `rounded(toStep:mode:)`.
    ///
    /// Example, step 1000 (10 DH) and ending 990 (9,90 DH), candidates …, 139,90, 149,90, …:
    /// 143,20 DH gives 149,90 under `.up` or `.ceiling`, 139,90 under `.down`, `.floor` or
    /// `.halfUp` (143,20 is nearer to 139,90); 144,90 is a tie: 149,90 under `.halfUp`.
    /// Below the first positive candidate the lower one is negative: 5,00 DH gives 9,90 under
    /// `.up` but −0,10 under `.down`, so pricing rules should check the result.
    /// - Throws: `invalidStep` unless `step ≥ 1`; `invalidEnding` unless `0 ≤ ending < step`;
    ///   `overflow` when the chosen value does not fit.
    public func withEnding(_ ending: Int64, step: Int64, mode: RoundingMode) throws(MoneyError) -> Money {
        guard step >= 1 else { throw .invalidStep(step) }
        guard ending >= 0, ending < step else { throw .invalidEnding(ending: ending, step: step) }
        guard let result = ExactArithmetic.roundToGrid(minorUnits, step: step, offset: ending, mode: mode) else {
            throw .overflow
        }
        return Money(minorUnits: result, currency: currency)
    }
}
