@testable import TiwiziCore

/// An amount in centimes of dirham.
func mad(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .mad) }

/// Floor division for the reference implementations (Swift's `/` truncates toward zero).
func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
    let quotient = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
}

/// A deliberately naive reference for rounding to the grid `k × step + offset`: find the two
/// surrounding grid points and pick one by comparing distances, mode by mode, with directions
/// judged on the sign of `value`. Only for values far from overflow.
func referenceRound(_ value: Int64, step: Int64, offset: Int64 = 0, mode: RoundingMode) -> Int64 {
    let k = floorDivide(value - offset, step)
    let lower = k * step + offset
    if lower == value { return value }
    let upper = lower + step
    let towardZero = value > 0 ? lower : upper
    let awayFromZero = value > 0 ? upper : lower
    let below = value - lower
    let above = upper - value
    switch mode {
    case .floor: return lower
    case .ceiling: return upper
    case .down: return towardZero
    case .up: return awayFromZero
    case .halfUp:
        if below == above { return awayFromZero }
        return below < above ? lower : upper
    case .halfEven:
        if below == above { return k % 2 == 0 ? lower : upper }
        return below < above ? lower : upper
    }
}
