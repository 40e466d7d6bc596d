/// An exact percentage, counted in basis points (hundredths of a percent): 15 % is 1 500,
/// 12,5 % is 1 250. Integer, so a discount is never a float.
///
/// Encoded (`Codable`) as the number of basis points.
public struct Percentage: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// Hundredths of a percent: 10 000 is 100 %.
    public let basisPoints: Int64

    /// A percentage of `basisPoints` hundredths of a percent (`1250` is 12.5 %).
    public init(basisPoints: Int64) {
        self.basisPoints = basisPoints
    }

    /// A whole percentage: `Percentage(percent: 15)` is 15 %.
    /// - Precondition: `|percent| < 2^63 / 100` (anything near it is a programmer error).
    public init(percent: Int64) {
        let (points, overflow) = percent.multipliedReportingOverflow(by: 100)
        precondition(!overflow, "percentage \(percent) % out of range")
        self.basisPoints = points
    }

    /// `part` as a share of `whole`, rounded down to a basis point ("at least 82 %"); nil when
    /// `whole` is not positive or `part` is too large to scale.
    public static func share(_ part: Int64, of whole: Int64) -> Percentage? {
        guard whole > 0 else { return nil }
        let points = part.multipliedReportingOverflow(by: 10_000)
        guard !points.overflow else { return nil }
        let quotient = points.partialValue / whole
        return Percentage(basisPoints: points.partialValue < 0 && points.partialValue % whole != 0 ? quotient - 1 : quotient)
    }

    public static func < (lhs: Percentage, rhs: Percentage) -> Bool { lhs.basisPoints < rhs.basisPoints }

    /// `12.5 %`, `15 %`, `-0.05 %`: the shortest exact decimal.
    public var description: String {
        let sign = basisPoints < 0 ? "-" : ""
        let magnitude = basisPoints.magnitude
        var text = "\(sign)\(magnitude / 100)"
        let fraction = magnitude % 100
        if fraction != 0 {
            // Two digits, then drop a trailing zero: 50 → ".5", 5 → ".05", 55 → ".55".
            let digits = fraction < 10 ? "0\(fraction)" : "\(fraction)"
            text += "." + (digits.hasSuffix("0") ? String(digits.dropLast()) : digits)
        }
        return text + " %"
    }

    public init(from decoder: any Decoder) throws {
        basisPoints = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(basisPoints)
    }
}
