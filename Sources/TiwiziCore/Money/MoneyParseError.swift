/// Why typed text is not an amount. Each case has a stable `key` and named `parameters` for
/// message catalogs; `message` is the English sentence.
public enum MoneyParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing but whitespace.
    case empty
    /// No number at all (`abc`, `DH`).
    case notANumber(String)
    /// `NaN`, `inf`, `∞`.
    case notFinite(String)
    /// A minus sign: prices and typed amounts are never negative.
    case negative(String)
    /// Scientific notation (`1e3`).
    case exponent(String)
    /// More decimals than the currency has (`145,505` or the ambiguous `1,450` for MAD).
    case tooManyDecimals(maximum: Int, currency: String)
    /// More integer digits than an amount can sensibly have.
    case tooLarge(maximumIntegerDigits: Int)
    /// The same decimal separator twice (`145.50.00`).
    case multipleDecimalSeparators(String)
    /// Separators in impossible places (`1 45,00`, `145,`, `,50`, `1.45,00`).
    case malformedNumber(String)
    /// Text after the number that is neither whitespace nor a currency (`145 abc`).
    case unexpectedCharacters(String)
    /// The text names a currency other than the expected one (`145 €` for MAD).
    case currencyMismatch(found: String, expected: String)

    /// A stable identifier of the error kind, for message catalogs.
    public var key: String {
        switch self {
        case .empty: return "money.parse.empty"
        case .notANumber: return "money.parse.notANumber"
        case .notFinite: return "money.parse.notFinite"
        case .negative: return "money.parse.negative"
        case .exponent: return "money.parse.exponent"
        case .tooManyDecimals: return "money.parse.tooManyDecimals"
        case .tooLarge: return "money.parse.tooLarge"
        case .multipleDecimalSeparators: return "money.parse.multipleDecimalSeparators"
        case .malformedNumber: return "money.parse.malformedNumber"
        case .unexpectedCharacters: return "money.parse.unexpectedCharacters"
        case .currencyMismatch: return "money.parse.currencyMismatch"
        }
    }

    /// The values the message mentions, by name.
    public var parameters: [String: String] {
        switch self {
        case .empty: return [:]
        case .notANumber(let text), .notFinite(let text), .negative(let text), .exponent(let text),
            .multipleDecimalSeparators(let text), .malformedNumber(let text), .unexpectedCharacters(let text):
            return ["text": text]
        case .tooManyDecimals(let maximum, let currency): return ["maximum": String(maximum), "currency": currency]
        case .tooLarge(let digits): return ["maximumIntegerDigits": String(digits)]
        case .currencyMismatch(let found, let expected): return ["found": found, "expected": expected]
        }
    }

    /// The sentence from the message catalog, in `language`.
    public func message(in language: InterfaceLanguage = .current) -> String {
        Message(messageKey, parameters).text(in: language)
    }

    /// The entry of the message catalog for this error.
    public var messageKey: MessageKey {
        switch self {
        case .empty: return .moneyEmpty
        case .notANumber: return .moneyNotANumber
        case .notFinite: return .moneyNotFinite
        case .negative: return .moneyNegative
        case .exponent: return .moneyExponent
        case .tooManyDecimals(0, _): return .moneyNoDecimals
        case .tooManyDecimals: return .moneyTooManyDecimals
        case .tooLarge: return .moneyTooLarge
        case .multipleDecimalSeparators: return .moneyMultipleSeparators
        case .malformedNumber: return .moneyMalformed
        case .unexpectedCharacters: return .moneyUnexpected
        case .currencyMismatch: return .moneyCurrencyMismatch
        }
    }

    public var description: String { message(in: .english) }
}
