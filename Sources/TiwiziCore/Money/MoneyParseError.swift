/// Why typed text is not an amount.
public enum MoneyParseError: Error, Problem, Bilingual {
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
    /// More text than any amount (`Money.maximumParsedBytes`).
    case tooLong(maximumBytes: Int)
    /// The same decimal separator twice (`145.50.00`).
    case multipleDecimalSeparators(String)
    /// Separators in impossible places (`1 45,00`, `145,`, `,50`, `1.45,00`).
    case malformedNumber(String)
    /// Text after the number that is neither whitespace nor a currency (`145 abc`).
    case unexpectedCharacters(String)
    /// The text names a currency other than the expected one (`145 €` for MAD).
    case currencyMismatch(found: String, expected: String)

    public var english: String {
        switch self {
        case .empty: return "enter an amount."
        case .notANumber: return "no amount found; write digits such as 145 or 145,50."
        case .notFinite(let text): return "“\(text)” is not a finite amount."
        case .negative(let text): return "an amount cannot be negative (“\(text)”)."
        case .exponent(let text): return "write the amount in full digits, without an exponent (“\(text)”)."
        case .tooManyDecimals(0, let currency): return "no decimals for \(currency)."
        case .tooManyDecimals(1, let currency): return "at most 1 decimal for \(currency)."
        case .tooManyDecimals(let maximum, let currency): return "at most \(maximum) decimals for \(currency)."
        case .tooLarge(let digits): return "the amount is too large (at most \(digits) digits before the decimal separator)."
        case .tooLong(let bytes): return "this is too long for an amount (at most \(bytes) bytes of text)."
        case .multipleDecimalSeparators(let text): return "“\(text)” has more than one decimal separator."
        case .malformedNumber(let text):
            return "“\(text)” is not a well-formed amount; group digits by three (1 450,00) or not at all (1450,00)."
        case .unexpectedCharacters(let text): return "unexpected “\(text)” after the amount."
        case .currencyMismatch(let found, let expected): return "the amount is in \(found), but \(expected) was expected."
        }
    }

    public var french: String {
        switch self {
        case .empty: return "indiquez un montant."
        case .notANumber: return "aucun montant trouvé ; écrivez des chiffres comme 145 ou 145,50."
        case .notFinite(let text): return "« \(text) » n'est pas un montant fini."
        case .negative(let text): return "un montant ne peut pas être négatif (« \(text) »)."
        case .exponent(let text): return "écrivez le montant en chiffres, sans exposant (« \(text) »)."
        case .tooManyDecimals(0, let currency): return "pas de décimales pour \(currency)."
        case .tooManyDecimals(1, let currency): return "au plus 1 décimale pour \(currency)."
        case .tooManyDecimals(let maximum, let currency): return "au plus \(maximum) décimales pour \(currency)."
        case .tooLarge(let digits): return "le montant est trop grand (au plus \(digits) chiffres avant la virgule)."
        case .tooLong(let bytes): return "c'est trop long pour un montant (au plus \(bytes) octets de texte)."
        case .multipleDecimalSeparators(let text): return "« \(text) » a plus d'un séparateur décimal."
        case .malformedNumber(let text):
            return
                "« \(text) » n'est pas un montant bien formé ; groupez les chiffres par trois (1 450,00) ou pas du tout (1450,00)."
        case .unexpectedCharacters(let text): return "« \(text) » inattendu après le montant."
        case .currencyMismatch(let found, let expected): return "le montant est en \(found), mais \(expected) est attendu."
        }
    }
}
