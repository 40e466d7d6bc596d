/// Why a money operation could not give an exact result.
public enum MoneyError: Error, Problem, Bilingual {
    /// Two amounts in different currencies were combined or compared.
    case currencyMismatch(Currency, Currency)
    /// The exact result does not fit in 64-bit minor units.
    case overflow
    /// A division by zero (a zero denominator in a scaling).
    case divisionByZero
    /// A rounding step that is not strictly positive.
    case invalidStep(Int64)
    /// A price ending that is not in `0..<step`.
    case invalidEnding(ending: Int64, step: Int64)
    /// No ratios to allocate over.
    case emptyRatios
    /// A negative allocation ratio, at this index.
    case negativeRatio(index: Int, value: Int)
    /// Allocation ratios that sum to zero (or whose sum overflows).
    case invalidRatioSum
    /// A currency code not in the table.
    case unknownCurrency(String)

    public var english: String {
        switch self {
        case .currencyMismatch(let left, let right): return "cannot combine amounts in \(left.code) and \(right.code)."
        case .overflow: return "the amount is too large to compute exactly."
        case .divisionByZero: return "division by zero."
        case .invalidStep(let step): return "the rounding step must be at least 1 minor unit (got \(step))."
        case .invalidEnding(let ending, let step):
            return "the price ending \(ending) must be between 0 and \(step - 1) minor units for a step of \(step)."
        case .emptyRatios: return "nothing to allocate over: the list of ratios is empty."
        case .negativeRatio(let index, let value): return "ratio \(index) is negative (\(value))."
        case .invalidRatioSum: return "the ratios must add up to a positive number."
        case .unknownCurrency(let code): return "unknown currency “\(code)”; use an ISO 4217 code such as MAD or EUR."
        }
    }

    public var french: String {
        switch self {
        case .currencyMismatch(let left, let right):
            return "impossible de combiner des montants en \(left.code) et en \(right.code)."
        case .overflow: return "le montant est trop grand pour être calculé exactement."
        case .divisionByZero: return "division par zéro."
        case .invalidStep(let step): return "le pas d'arrondi doit valoir au moins 1 unité mineure (reçu \(step))."
        case .invalidEnding(let ending, let step):
            return
                "la terminaison de prix \(ending) doit être comprise entre 0 et \(step - 1) unités mineures pour un pas de \(step)."
        case .emptyRatios: return "rien à répartir : la liste des proportions est vide."
        case .negativeRatio(let index, let value): return "la proportion \(index) est négative (\(value))."
        case .invalidRatioSum: return "la somme des proportions doit être positive."
        case .unknownCurrency(let code):
            return "devise « \(code) » inconnue ; utilisez un code ISO 4217 comme MAD ou EUR."
        }
    }
}
