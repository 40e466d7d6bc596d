/// Why a money operation could not give an exact result.
///
/// Each case has a stable `key` and named `parameters` so that the interface can show the message
/// in the person's language; `message` is the English sentence.
public enum MoneyError: Error, Hashable, Sendable, CustomStringConvertible {
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

    /// A stable identifier of the error kind, for message catalogs.
    public var key: String {
        switch self {
        case .currencyMismatch: return "money.currencyMismatch"
        case .overflow: return "money.overflow"
        case .divisionByZero: return "money.divisionByZero"
        case .invalidStep: return "money.invalidStep"
        case .invalidEnding: return "money.invalidEnding"
        case .emptyRatios: return "money.emptyRatios"
        case .negativeRatio: return "money.negativeRatio"
        case .invalidRatioSum: return "money.invalidRatioSum"
        case .unknownCurrency: return "money.unknownCurrency"
        }
    }

    /// The values the message mentions, by name.
    public var parameters: [String: String] {
        switch self {
        case .currencyMismatch(let left, let right): return ["left": left.code, "right": right.code]
        case .overflow, .divisionByZero, .emptyRatios, .invalidRatioSum: return [:]
        case .invalidStep(let step): return ["step": String(step)]
        case .invalidEnding(let ending, let step): return ["ending": String(ending), "step": String(step)]
        case .negativeRatio(let index, let value): return ["index": String(index), "value": String(value)]
        case .unknownCurrency(let code): return ["code": code]
        }
    }

    /// The English sentence.
    public var message: String {
        switch self {
        case .currencyMismatch(let left, let right):
            return "Cannot combine amounts in \(left.code) and \(right.code)."
        case .overflow: return "The amount is too large to compute exactly."
        case .divisionByZero: return "Division by zero."
        case .invalidStep(let step): return "The rounding step must be at least 1 minor unit (got \(step))."
        case .invalidEnding(let ending, let step):
            return "The price ending \(ending) must be between 0 and \(step - 1) minor units for a step of \(step)."
        case .emptyRatios: return "Nothing to allocate over: the list of ratios is empty."
        case .negativeRatio(let index, let value): return "Ratio \(index) is negative (\(value))."
        case .invalidRatioSum: return "The ratios must add up to a positive number."
        case .unknownCurrency(let code): return "Unknown currency “\(code)”; use an ISO 4217 code such as MAD or EUR."
        }
    }

    public var description: String { message }
}
