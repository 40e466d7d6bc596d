/// How an exact result that falls between two representable values is resolved.
///
/// The names follow the usual commercial conventions; "half" modes look at the discarded part only
/// when it is exactly one half.
public enum RoundingMode: String, Sendable, Codable, CaseIterable {
    /// To the nearest; ties away from zero (2.5 → 3, −2.5 → −3). Commercial rounding.
    case halfUp
    /// To the nearest; ties to the even neighbour (2.5 → 2, 3.5 → 4). Banker's rounding.
    case halfEven
    /// Toward zero (truncation): 2.7 → 2, −2.7 → −2.
    case down
    /// Away from zero: 2.1 → 3, −2.1 → −3.
    case up
    /// Toward negative infinity: 2.7 → 2, −2.1 → −3.
    case floor
    /// Toward positive infinity: 2.1 → 3, −2.7 → −2.
    case ceiling

    /// Whether to pick the upper of two neighbouring grid points `lower < value < upper`.
    /// - Parameters:
    ///   - below: `value − lower`, in `1 ..< step`; `above` is `step − below`.
    ///   - lowerIsEven: whether `lower` is an even number of steps on the grid (for `halfEven`).
    ///   - negative: the sign of `value`, which decides "toward/away from zero".
    func picksUpper(below: Int64, step: Int64, lowerIsEven: Bool, negative: Bool) -> Bool {
        let above = step - below
        switch self {
        case .floor: return false
        case .ceiling: return true
        case .down: return negative
        case .up: return !negative
        case .halfUp: return below == above ? !negative : below > above
        case .halfEven: return below == above ? !lowerIsEven : below > above
        }
    }

    /// Whether a truncated magnitude must grow by one unit.
    /// - Parameters:
    ///   - quotient: the truncated magnitude (used by `halfEven`).
    ///   - remainder: the discarded magnitude, `0 ..< divisor`.
    ///   - negative: the sign of the exact result.
    func roundsAway(quotient: UInt64, remainder: UInt64, divisor: UInt64, negative: Bool) -> Bool {
        guard remainder != 0 else { return false }
        // Compare remainder with divisor / 2 without computing 2 × remainder, which could overflow.
        let rest = divisor - remainder
        switch self {
        case .down: return false
        case .up: return true
        case .floor: return negative
        case .ceiling: return !negative
        case .halfUp: return remainder >= rest
        case .halfEven: return remainder > rest || (remainder == rest && quotient % 2 == 1)
        }
    }
}
