/// Reading amounts as people type them: `145`, `145,5`, `1 450,00 DH`, `DH 145`, `1.450,00`,
/// `1,450.00`, `145,50 د.م.`, and the machine form `1450.00`.
///
/// Rules, in order:
/// 1. Bidi control marks are dropped; Arabic-Indic digits (`١٤٥`) become Western digits, the
///    Arabic decimal separator `٫` a comma and the Arabic thousands separator `٬` a space.
///    Surrounding whitespace is ignored.
/// 2. One currency code or symbol (case-insensitive: `DH`, `dh`, `MAD`, `د.م.`, `€`…) may stand
///    before or after the number; if it names another currency than `currency`, that is an error.
/// 3. No sign, no exponent, no `NaN`/`inf`: typed amounts are plain non-negative decimals.
/// 4. Separators:
///    - a space (also U+00A0, U+202F, U+2009) or an apostrophe is always a thousands separator;
///    - when both `.` and `,` appear, the last one is the decimal separator (once) and the other
///      groups thousands (`1.450,00`, `1,450.00`);
///    - a `.` or `,` that appears several times groups thousands (`1.450.000`);
///    - a single `.` or `,` is the decimal separator. So `1,450` for MAD reads as 1.450 and is
///      rejected as too many decimals: it is ambiguous, and refusing is safer than guessing a
///      price 1000 times too high or too low. The one exception: for a currency without minor
///      digits (XOF, JPY) a single separator followed by exactly 3 digits can only group
///      thousands (`1,450` XOF is 1450).
///    - thousands groups are 1–3 digits then exactly 3 digits, with one kind of separator.
/// 5. At most `currency.minorUnitDigits` decimals (fewer are padded: `145,5` is 145,50) and at
///    most `Money.maximumParsedIntegerDigits` integer digits.
extension Money {
    /// The longest integer part `parse` accepts: 15 digits (999 trillion). Longer is a typo, and
    /// the margin keeps line totals (price × quantity) far from 64-bit overflow.
    public static let maximumParsedIntegerDigits = 15
    /// The most bytes of text `parse` reads (an amount with its spaces, sign and currency fits
    /// many times over); longer text is refused before it is read.
    public static let maximumParsedBytes = 256

    /// Parses an amount typed by a person. See the extension's documentation for the rules.
    /// - Throws: a `MoneyParseError` that says precisely what is wrong.
    public static func parse(_ text: String, currency: Currency = .mad) throws(MoneyParseError) -> Money {
        guard text.utf8.count <= maximumParsedBytes else { throw .tooLong(maximumBytes: maximumParsedBytes) }
        if let money = machineForm(text, currency: currency) { return money }
        return try typed(text, currency: currency)
    }

    /// `parse`, by the rules above, without the machine form's shortcut.
    static func typed(_ text: String, currency: Currency) throws(MoneyParseError) -> Money {
        let shown = trimmedWhitespace(text)
        let normalized = trimmedWhitespace(normalizedForParsing(text))
        guard !normalized.isEmpty else { throw .empty }
        let body = try strippingCurrencyMarker(normalized, expected: currency)
        guard let first = body.first else { throw .notANumber(shown) }

        let unsigned = first == "-" || first == "+" ? String(body.dropFirst()) : body
        if ["nan", "inf", "infinity", "∞"].contains(trimmedWhitespace(unsigned).lowercased()) {
            throw .notFinite(shown)
        }
        if first == "-" { throw .negative(shown) }

        let number = try DecimalText.scan(body, original: shown)
        let (integer, fraction) = try number.interpreted(for: currency, original: shown)
        return try assemble(integer: integer, fraction: fraction, currency: currency)
    }

    /// The machine form rules write (`9.90`, `10`): up to 15 ASCII digits, then optionally a
    /// point and 1 to `currency.minorUnitDigits` digits, read in one pass over the bytes; nil for
    /// anything else, which the full reading takes. (What the full reading gives for the same
    /// text, at a tenth of its cost: amounts in effects are parsed for every product.)
    static func machineForm(_ text: String, currency: Currency) -> Money? {
        var units: Int64 = 0
        var integerDigits = 0
        var decimals: Int?
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if let count = decimals { decimals = count + 1 } else { integerDigits += 1 }
                // Longer than the limits: the full reading says which one.
                guard integerDigits <= maximumParsedIntegerDigits, decimals ?? 0 <= currency.minorUnitDigits else {
                    return nil
                }
                units = units * 10 + Int64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: ".") where decimals == nil && integerDigits > 0: decimals = 0
            default: return nil
            }
        }
        let fraction = decimals ?? 0
        guard integerDigits > 0, decimals != 0 else { return nil }
        for _ in fraction..<currency.minorUnitDigits { units *= 10 }
        return Money(minorUnits: units, currency: currency)
    }

    /// Builds the amount from validated digit strings, checking the currency's limits.
    private static func assemble(integer: String, fraction: String, currency: Currency) throws(MoneyParseError) -> Money {
        guard fraction.count <= currency.minorUnitDigits else {
            throw .tooManyDecimals(maximum: currency.minorUnitDigits, currency: currency.code)
        }
        let significant = integer.drop { $0 == "0" }
        guard significant.count <= maximumParsedIntegerDigits else {
            throw .tooLarge(maximumIntegerDigits: maximumParsedIntegerDigits)
        }
        let padded = fraction + String(repeating: "0", count: currency.minorUnitDigits - fraction.count)
        let digits = significant + padded
        // ≤ 15 + 3 digits always fits in Int64; the check only guards against a table change.
        guard let units = digits.isEmpty ? 0 : Int64(digits) else {
            throw .tooLarge(maximumIntegerDigits: maximumParsedIntegerDigits)
        }
        return Money(minorUnits: units, currency: currency)
    }

    /// Removes one currency marker at the start or the end, checking it names `expected`.
    private static func strippingCurrencyMarker(_ text: String, expected: Currency) throws(MoneyParseError) -> String {
        var body = text
        var found: Currency?
        // Markers never start or end with a digit: skip the table scan for the common bare number.
        let isDigit = { (character: Character?) in character.map { ("0"..."9").contains($0) } ?? false }
        if !isDigit(body.first), let match = CurrencyTable.markers.first(where: { hasMarker(body, $0.marker, atEnd: false) }) {
            body = String(body.dropFirst(match.marker.count))
            found = match.currency
        }
        if !isDigit(body.last), let match = CurrencyTable.markers.first(where: { hasMarker(body, $0.marker, atEnd: true) }) {
            // One marker is enough; a second one (`DH 145 DH`) is noise after the number.
            guard found == nil else { throw .unexpectedCharacters(String(body.suffix(match.marker.count))) }
            body = String(body.dropLast(match.marker.count))
            found = match.currency
        }
        if let found, found != expected { throw .currencyMismatch(found: found.code, expected: expected.code) }
        return trimmedWhitespace(body)
    }

    private static func hasMarker(_ text: String, _ marker: String, atEnd: Bool) -> Bool {
        guard text.count >= marker.count else { return false }
        let candidate = atEnd ? text.suffix(marker.count) : text.prefix(marker.count)
        return candidate.lowercased() == marker
    }

    /// Drops bidi controls and maps Arabic digits and separators to their Western forms, so that
    /// text copied from an Arabic document parses like the rest.
    static func normalizedForParsing(_ text: String) -> String { Numerals.normalized(text) }

    static func trimmedWhitespace(_ text: String) -> String {
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        let end = text.lastIndex { !$0.isWhitespace }.map { text.index(after: $0) } ?? start
        return String(text[start..<end])
    }
}
