/// Integer helpers that compute `a × b ÷ d` exactly (128-bit intermediate) and round once.
///
/// Rounding once, at the end, is what keeps cents from drifting: no intermediate result is ever
/// truncated.
enum ExactArithmetic {
    /// `a × b ÷ d` rounded by `mode`, or nil when the result does not fit in `Int64`.
    /// - Precondition: `d != 0` (callers check and throw).
    static func multiplyDivide(_ a: Int64, _ b: Int64, _ d: Int64, rounding mode: RoundingMode) -> Int64? {
        precondition(d != 0, "division by zero")
        // The result is negative when an odd number of operands is negative (and it is not zero).
        let negative = ((a < 0) != (b < 0)) != (d < 0)
        let product = a.magnitude.multipliedFullWidth(by: b.magnitude)
        let divisor = d.magnitude
        // dividingFullWidth traps when the quotient exceeds 64 bits; this is exactly that case.
        guard product.high < divisor else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        var magnitude = quotient
        if mode.roundsAway(quotient: quotient, remainder: remainder, divisor: divisor, negative: negative) {
            let (grown, overflow) = magnitude.addingReportingOverflow(1)
            guard !overflow else { return nil }
            magnitude = grown
        }
        return signed(magnitude, negative: negative)
    }

    /// The `Int64` with this magnitude and sign, or nil when out of range (magnitude 2^63 fits
    /// only as a negative number).
    static func signed(_ magnitude: UInt64, negative: Bool) -> Int64? {
        if negative {
            if magnitude == Int64.min.magnitude { return Int64.min }
            guard magnitude <= UInt64(Int64.max) else { return nil }
            return -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    /// The point of the grid `k × step + offset` (k any integer) that `mode` picks around
    /// `value`: `value` itself when it is on the grid, otherwise the lower or upper neighbour,
    /// with "toward/away from zero" judged on the sign of `value` itself. Nil when the picked
    /// point does not fit in `Int64`.
    /// - Precondition: `step ≥ 1` and `0 ≤ offset < step` (callers check and throw).
    static func roundToGrid(_ value: Int64, step: Int64, offset: Int64, mode: RoundingMode) -> Int64? {
        precondition(step >= 1 && (0..<step).contains(offset), "invalid grid")
        // Floor division and modulo of value by step, computed without ever forming value − offset,
        // which could overflow near Int64.min.
        var quotient = value / step
        var modulo = value % step
        if modulo < 0 {
            modulo += step
            quotient -= 1
        }
        var below = modulo - offset  // value − lower
        if below < 0 {
            below += step
            quotient -= 1
        }
        if below == 0 { return value }
        // Step from the value itself rather than computing k × step + offset, whose intermediate
        // k × step may overflow even when the result fits.
        let lowerIsEven = quotient % 2 == 0
        if mode.picksUpper(below: below, step: step, lowerIsEven: lowerIsEven, negative: value < 0) {
            let (upper, overflow) = value.addingReportingOverflow(step - below)
            return overflow ? nil : upper
        }
        let (lower, overflow) = value.subtractingReportingOverflow(below)
        return overflow ? nil : lower
    }
}
