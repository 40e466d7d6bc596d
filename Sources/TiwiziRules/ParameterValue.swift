import Foundation
import LuaHost
import TiwiziCore
import TiwiziLua

/// A plugin parameter's value, of the parameter's type: what `ctx:param(name)` gives a rule.
public enum ParameterValue: Hashable, Sendable, CustomStringConvertible {
    case integer(Int64)
    case money(Money)
    case percentage(Percentage)
    case date(CalendarDate)
    /// An instant, read and shown in Morocco's time zone unless the text gives an offset.
    case dateTime(Date)
    case string(String)
    case boolean(Bool)
    /// One of an `enum` parameter's values.
    case choice(String)
    case skus([String])
    case category(Category)
    case region(Region)

    /// Reads `value` as a manifest, a test or a command line writes it (text, a number, a
    /// boolean, or a list of SKUs) as a value of `kind`; nil when it is not one. Bounds and an
    /// enum's values are checked by the parameter (`RuleSet.Parameter.check`).
    public init?(_ value: LuaValue, as kind: RuleSet.Parameter.Kind) {
        let text = value.stringValue?.trimmingSpaces
        switch (kind, value) {
        case (.integer, .integer(let number)): self = .integer(number)
        case (.integer, .string):
            guard let number = text.flatMap({ Int64($0) }) else { return nil }
            self = .integer(number)
        case (.money, .string), (.money, .money):
            guard case .success(let amount) = ScriptValues.money(value, currency: .mad) else { return nil }
            self = .money(amount)
        case (.percentage, .integer), (.percentage, .number):
            guard let percent = ScriptValues.percentage(value) else { return nil }
            self = .percentage(percent)
        case (.percentage, .string):
            // `15`, `12.5`, and `15 %` as `tiwizi plugins` shows a percentage.
            let number = text.map { $0.hasSuffix("%") ? String($0.dropLast()).trimmingSpaces : $0 }
            guard let percent = number.flatMap({ ScriptValues.percentage(.text($0)) }) else { return nil }
            self = .percentage(percent)
        case (.date, .string):
            guard let day = text.flatMap(CalendarDate.init) else { return nil }
            self = .date(day)
        case (.dateTime, .string):
            guard let instant = text.flatMap({ RunContext.parseInstant($0) }) else { return nil }
            self = .dateTime(instant)
        case (.string, .string): self = .string(value.stringValue ?? "")
        case (.boolean, .boolean(let flag)): self = .boolean(flag)
        case (.boolean, .string):
            guard let text, let flag = ["true": true, "false": false][text] else { return nil }
            self = .boolean(flag)
        case (.enumeration, .string):
            guard let text, !text.isEmpty else { return nil }
            self = .choice(text)
        case (.skuList, .string):
            let skus = (text ?? "").split(separator: ",").map { String($0).trimmingSpaces }
            guard skus.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) else { return nil }
            self = .skus(skus)
        case (.skuList, .table(let table)):
            guard table.hash.isEmpty else { return nil }
            let skus = table.array.compactMap(\.stringValue)
            guard skus.count == table.array.count, skus.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) else {
                return nil
            }
            self = .skus(skus)
        case (.category, .string):
            guard let category = text.flatMap(Category.init) else { return nil }
            self = .category(category)
        case (.region, .string):
            guard let region = text.flatMap({ Region(code: $0) }) else { return nil }
            self = .region(region)
        default: return nil
        }
    }

    /// What a rule reads: an integer, Money, a number of percent (15, 12.5), a Date, a DateTime,
    /// text (a string, an enum's value, a category's path), a boolean, a list of SKUs or a
    /// Region.
    var pushable: any LuaPushable {
        switch self {
        case .integer(let number): return number
        case .money(let amount): return LuaMoney(amount)
        case .percentage(let percent):
            return percent.basisPoints % 100 == 0 ? percent.basisPoints / 100 : Double(percent.basisPoints) / 100
        case .date(let day): return LuaObject(day)
        case .dateTime(let instant): return LuaObject(LocalDateTime(instant, in: .casablanca))
        case .string(let text), .choice(let text): return text
        case .boolean(let flag): return flag
        case .skus(let skus): return LuaList(skus)
        case .category(let category): return category.path
        case .region(let region): return LuaObject(region)
        }
    }

    /// How this value compares with `other` of the same ordered kind (integer, money,
    /// percentage, date, date-time); nil for values that have no order.
    func compare(_ other: ParameterValue) -> ComparisonResult? {
        func order<T: Comparable>(_ a: T, _ b: T) -> ComparisonResult {
            a < b ? .orderedAscending : (a == b ? .orderedSame : .orderedDescending)
        }
        switch (self, other) {
        case (.integer(let a), .integer(let b)): return order(a, b)
        case (.money(let a), .money(let b)): return a.currency == b.currency ? order(a.minorUnits, b.minorUnits) : nil
        case (.percentage(let a), .percentage(let b)): return order(a, b)
        case (.date(let a), .date(let b)): return order(a, b)
        case (.dateTime(let a), .dateTime(let b)): return order(a, b)
        default: return nil
        }
    }

    /// `15 %`, `145.50`, `2026-03-18`, `TAF-ARG-250, TAF-AML-250`: as `tiwizi plugins` shows
    /// it, and as `tiwizi plugins set` reads it back.
    public var description: String {
        switch self {
        case .integer(let number): return String(number)
        case .money(let amount): return amount.decimalString
        case .percentage(let percent): return percent.description
        case .date(let day): return day.description
        case .dateTime(let instant): return LocalDateTime(instant, in: .casablanca).description
        case .string(let text), .choice(let text): return text
        case .boolean(let flag): return String(flag)
        case .skus(let skus): return skus.joined(separator: ", ")
        case .category(let category): return category.path
        case .region(let region): return region.code
        }
    }
}
