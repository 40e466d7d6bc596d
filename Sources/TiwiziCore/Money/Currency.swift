/// An ISO 4217 currency Tiwizi knows how to count, parse and display.
///
/// Only the currencies of the built-in table exist (see `Currency.known`): an unknown code is an
/// error rather than a guess, because the number of minor-unit digits decides what an amount
/// means (`1,450` is 1.450 TND but an invalid MAD amount).
///
/// Encoded (`Codable`) as its code string, e.g. `"MAD"`.
public struct Currency: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The ISO 4217 code: three uppercase ASCII letters (`MAD`).
    public let code: String
    /// How many decimal digits the minor unit has: 2 for MAD (centimes), 0 for XOF, 3 for TND.
    public let minorUnitDigits: Int

    /// Internal so that every value comes from the table and is therefore consistent.
    init(tableCode code: String, minorUnitDigits: Int) {
        self.code = code
        self.minorUnitDigits = minorUnitDigits
    }

    /// The known currency with this code, case-insensitively (`"mad"` gives `MAD`).
    /// - Throws: `MoneyError.unknownCurrency` when the code is not in the table.
    public init(code: String) throws(MoneyError) {
        let normalized = code.uppercased()
        guard let entry = CurrencyTable.entriesByCode[normalized] else {
            throw .unknownCurrency(code)
        }
        self = entry.currency
    }

    /// Moroccan dirham, the default currency of the catalog.
    public static let mad = Currency(tableCode: "MAD", minorUnitDigits: 2)
    /// Euro.
    public static let eur = Currency(tableCode: "EUR", minorUnitDigits: 2)
    /// US dollar.
    public static let usd = Currency(tableCode: "USD", minorUnitDigits: 2)
    /// West African CFA franc: no minor digits.
    public static let xof = Currency(tableCode: "XOF", minorUnitDigits: 0)
    /// Tunisian dinar: three minor digits (millimes).
    public static let tnd = Currency(tableCode: "TND", minorUnitDigits: 3)

    /// Every known currency, sorted by code.
    public static var known: [Currency] { CurrencyTable.entries.map(\.currency) }

    /// How many minor units make one major unit: 10^`minorUnitDigits` (100 for MAD).
    public var minorUnitsPerMajor: Int64 {
        var factor: Int64 = 1
        for _ in 0..<minorUnitDigits { factor *= 10 }
        return factor
    }

    /// The symbol shown next to amounts in `language`: `DH` in French, `د.م.` in Arabic and
    /// `MAD` in English for the dirham. Tamazight follows the French conventions.
    public func symbol(for language: Language) -> String {
        let entry = CurrencyTable.entriesByCode[code]
        switch language {
        case .french, .tamazight: return entry?.french ?? code
        case .arabic: return entry?.arabic ?? code
        case .english: return entry?.english ?? code
        }
    }

    public var description: String { code }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try Currency(code: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.english)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
