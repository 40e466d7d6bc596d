import Foundation

/// A product's net quantity: an exact decimal amount (to the thousandth) and a unit.
public struct NetQuantity: Hashable, Sendable, CustomStringConvertible {
    /// The amount in thousandths of `unit` (250 ml is 250_000), so that 0.5 kg stays exact.
    public var thousandths: Int64
    public var unit: QuantityUnit

    public init(thousandths: Int64, unit: QuantityUnit) {
        self.thousandths = thousandths
        self.unit = unit
    }

    /// Parses an amount such as `250`, `0.5` or `1,5` (at most three decimals); nil otherwise.
    public static func amount(_ text: String) -> Int64? {
        let normalized = Numerals.normalized(text).trimmingSpaces.replacingOccurrences(of: ",", with: ".")
        let parts = normalized.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let digits = parts.first, digits.first?.isASCIIDigitCharacter == true,
            let whole = Numerals.integer(String(digits)), whole < 1_000_000_000_000
        else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.count <= 3, fraction.allSatisfy(\.isASCIIDigitCharacter), parts.count == 1 || !fraction.isEmpty
        else { return nil }
        fraction += String(repeating: "0", count: 3 - fraction.count)
        guard let thousandths = Int64(fraction) else { return nil }
        return Int64(whole) * 1000 + thousandths
    }

    /// The amount as plain decimal text without trailing zeros (`250`, `0.5`).
    public var amountText: String {
        let whole = thousandths / 1000
        let fraction = thousandths % 1000
        guard fraction != 0 else { return String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)"
    }

    public var description: String { "\(amountText) \(unit.rawValue)" }
}

/// The units a net quantity is expressed in.
public enum QuantityUnit: String, CaseIterable, Sendable {
    case gram = "g"
    case kilogram = "kg"
    case millilitre = "ml"
    case litre = "l"
    case piece
}

extension Character {
    /// Exactly one of the ASCII scalars `0`…`9`. (A range of `Character`s would also admit a digit
    /// followed by a combining mark, such as `5\u{301}`, which `Int64(_:)` then refuses.)
    var isASCIIDigitCharacter: Bool { asciiValue.map { (0x30...0x39).contains($0) } ?? false }
}
