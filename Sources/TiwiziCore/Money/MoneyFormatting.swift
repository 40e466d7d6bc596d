/// Showing amounts to people, and writing them for machines.
///
/// Conventions (tested exactly):
/// - French and Tamazight: `1 450,00 DH` — comma decimal, thousands grouped with U+202F NARROW
///   NO-BREAK SPACE (French typography), then U+00A0 NO-BREAK SPACE and the symbol.
/// - Arabic: `1 450,00 د.م.` — the same, with Western digits as the product requires. Bidi
///   isolation of the number inside Arabic text is the renderer's job, so no invisible marks here.
/// - English: `MAD 1,450.00` — dot decimal, comma grouping, symbol first; a no-break space
///   separates a symbol ending in a letter (`MAD 1.00`) but not `$1.00` or `€1.00`.
/// - Negative amounts start with `-` (`-145,50 DH`, `-MAD 145.50`).
/// All minor digits are always shown, so a price never reads `145,5 DH`.
/// Both spaces are non-breaking so that a price never wraps across lines on a shelf label.
extension Money {
    /// U+202F NARROW NO-BREAK SPACE, the thousands separator in French and Arabic.
    public static let narrowNoBreakSpace: Character = "\u{202F}"
    /// U+00A0 NO-BREAK SPACE, between an amount and its symbol.
    public static let noBreakSpace: Character = "\u{00A0}"

    /// The amount as people read it in `language`: `145,50 DH`, `145,50 د.م.`, `MAD 145.50`.
    public func formatted(for language: Language) -> String {
        let symbol = currency.symbol(for: language)
        let sign = minorUnits < 0 ? "-" : ""
        switch language {
        case .french, .arabic, .tamazight:
            let number = digits(decimalSeparator: ",", groupSeparator: Self.narrowNoBreakSpace)
            return sign + number + String(Self.noBreakSpace) + symbol
        case .english:
            let number = digits(decimalSeparator: ".", groupSeparator: ",")
            let gap = symbol.last?.isLetter == true ? String(Self.noBreakSpace) : ""
            return sign + symbol + gap + number
        }
    }

    /// The plain machine form: `1450.00`, `-5.00`, `1450` for XOF — dot decimal, no grouping,
    /// all minor digits. Used in JSON, YAML and CSV; `Money(decimalString:currency:)` reads it
    /// back exactly, and so does `Money.parse` for amounts ≥ 0.
    public var decimalString: String {
        (minorUnits < 0 ? "-" : "") + digits(decimalSeparator: ".", groupSeparator: nil)
    }

    /// The unsigned magnitude with all minor digits, grouped by thousands when asked.
    private func digits(decimalSeparator: Character, groupSeparator: Character?) -> String {
        let magnitude = minorUnits.magnitude  // magnitude, so Int64.min is fine
        let factor = UInt64(currency.minorUnitsPerMajor)
        let integer = String(magnitude / factor)
        var text = ""
        for (offset, digit) in integer.enumerated() {
            if let groupSeparator, offset > 0, (integer.count - offset) % 3 == 0 { text.append(groupSeparator) }
            text.append(digit)
        }
        guard currency.minorUnitDigits > 0 else { return text }
        let fraction = String(magnitude % factor)
        return text + String(decimalSeparator)
            + String(repeating: "0", count: currency.minorUnitDigits - fraction.count) + fraction
    }
}
