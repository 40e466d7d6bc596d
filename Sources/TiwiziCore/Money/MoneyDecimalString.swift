/// The strict machine form (`decimalString`) read back, and `Codable`.
extension Money {
    /// Reads the exact machine form written by `decimalString`: an optional `-`, digits, and,
    /// for a currency with minor digits, optionally `.` and 1 to `minorUnitDigits` digits.
    /// Nothing else: no grouping, no comma, no symbol, no whitespace. Negative amounts are
    /// allowed here (discounts, adjustments), unlike in `parse`.
    /// - Throws: `empty`, `notANumber` (any other shape), `tooManyDecimals`, or `tooLarge` when the
    ///   amount does not fit in 64-bit minor units.
    public init(decimalString text: String, currency: Currency = .mad) throws(MoneyParseError) {
        guard !text.isEmpty else { throw .empty }
        let negative = text.hasPrefix("-")
        let unsigned = negative ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        let isDigits = { (part: Substring) in part.allSatisfy { ("0"..."9").contains($0) } }
        guard !integer.isEmpty, isDigits(integer), isDigits(fraction), parts.count == 1 || !fraction.isEmpty else {
            throw .notANumber(text)
        }
        guard fraction.count <= currency.minorUnitDigits else {
            throw .tooManyDecimals(maximum: currency.minorUnitDigits, currency: currency.code)
        }
        let digits = integer + fraction + String(repeating: "0", count: currency.minorUnitDigits - fraction.count)
        // Parsing the magnitude as UInt64 lets Int64.min (magnitude 2^63) round-trip.
        let significant = digits.drop { $0 == "0" }
        guard let magnitude = significant.isEmpty ? 0 : UInt64(significant),
            let units = ExactArithmetic.signed(magnitude, negative: negative)
        else {
            throw .tooLarge(maximumIntegerDigits: 18 - currency.minorUnitDigits)
        }
        self.init(minorUnits: units, currency: currency)
    }
}

/// Encoded as `{"amount": "145.50", "currency": "MAD"}`: the amount as the exact decimal string
/// (readable in YAML and JSON, and never a float), the currency as its code.
extension Money: Codable {
    private enum CodingKeys: String, CodingKey {
        case amount, currency
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let currency = try container.decode(Currency.self, forKey: .currency)
        let amount = try container.decode(String.self, forKey: .amount)
        do {
            try self.init(decimalString: amount, currency: currency)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .amount, in: container, debugDescription: error.english)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(decimalString, forKey: .amount)
        try container.encode(currency, forKey: .currency)
    }
}
