import LuaHost
import TiwiziCore
import TiwiziLua

/// A rule-set parameter's value, of the parameter's type: what `ctx:param(name)` gives a rule.
public enum ParameterValue: Hashable, Sendable, CustomStringConvertible {
    case integer(Int64)
    case money(Money)
    case percentage(Percentage)
    case date(CalendarDate)
    case string(String)
    case boolean(Bool)

    /// Reads `value` (text, a whole number or a boolean, as a manifest or a command line
    /// writes it) as a value of `kind`; nil when it is not one.
    public init?(_ value: LuaValue, as kind: RuleSet.Parameter.Kind) {
        switch (kind, value) {
        case (.integer, .integer(let number)): self = .integer(number)
        case (.integer, .string):
            guard let number = value.stringValue.flatMap({ Int64($0) }) else { return nil }
            self = .integer(number)
        case (.money, .string), (.money, .userdata):
            guard case .success(let amount) = ScriptValues.money(value, currency: .mad) else { return nil }
            self = .money(amount)
        case (.percentage, .integer), (.percentage, .number), (.percentage, .string):
            guard let percent = ScriptValues.percentage(value) else { return nil }
            self = .percentage(percent)
        case (.date, .string):
            guard let day = value.stringValue.flatMap(CalendarDate.init) else { return nil }
            self = .date(day)
        case (.string, .string): self = .string(value.stringValue ?? "")
        case (.boolean, .boolean(let flag)): self = .boolean(flag)
        default: return nil
        }
    }

    /// What a rule reads: an integer, Money, a number of percent (15, 12.5), a Date, text or a
    /// boolean.
    var pushable: any LuaPushable {
        switch self {
        case .integer(let number): return number
        case .money(let amount): return LuaObject(amount)
        case .percentage(let percent):
            return percent.basisPoints % 100 == 0 ? percent.basisPoints / 100 : Double(percent.basisPoints) / 100
        case .date(let day): return LuaObject(day)
        case .string(let text): return text
        case .boolean(let flag): return flag
        }
    }

    /// `15 %`, `145.50`, `2026-03-18`: as `tiwizi rules` shows it.
    public var description: String {
        switch self {
        case .integer(let number): return String(number)
        case .money(let amount): return amount.decimalString
        case .percentage(let percent): return percent.description
        case .date(let day): return day.description
        case .string(let text): return text
        case .boolean(let flag): return String(flag)
        }
    }
}
