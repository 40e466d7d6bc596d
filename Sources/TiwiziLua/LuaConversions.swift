import LuaHost
import TiwiziCore

/// Reading domain values from Lua arguments, with messages that say what to write instead.
enum LuaConversions {
    /// The mode of every rounding whose mode a script leaves out (docs/lua-api.md, "Rounding
    /// modes"): commercial rounding, the rule people expect of a price.
    static let defaultRounding = RoundingMode.halfUp

    /// An optional rounding mode, by its Lua name ("half-up", "half-even", "down", "up",
    /// "floor", "ceiling"); `defaultRounding` when absent or nil.
    static func rounding(_ args: LuaArguments, at position: Int) throws(LuaArgumentError) -> RoundingMode {
        guard let name = try args.argument(position, as: String?.self) else { return defaultRounding }
        guard let mode = ScriptValues.rounding(named: name) else {
            throw LuaArgumentError(
                position: position,
                "rounding mode expected (\(ScriptValues.roundingNames.joined(separator: ", "))), got '\(name)'")
        }
        return mode
    }

    /// An amount in minor units, given as Money of the same currency or text (`"0.50"`, `"10"`).
    static func minorUnits(_ args: LuaArguments, at position: Int, currency: Currency) throws -> Int64 {
        if let given = args.moneyIfPresent(position) {
            let amount = try Money(given)
            guard amount.currency == currency else {
                throw LuaScriptError("currencies differ: \(amount.currency.code) and \(currency.code)")
            }
            return amount.minorUnits
        }
        if args.type(at: position) == .number {
            throw LuaArgumentError(position: position, "amount expected as text (\"0.50\") or Money, got a number")
        }
        switch TextParsing.money(try args.argument(position, as: String.self), currency: currency) {
        case .success(let amount): return amount.minorUnits
        case .failure(let problem): throw LuaArgumentError(position: position, problem.message)
        }
    }

    /// A percentage with at most two decimals: `15`, `12.5`, or `"12.5"`.
    static func percentage(_ args: LuaArguments, at position: Int) throws -> Percentage {
        let value = try args.argument(position, as: LuaValue.self)
        guard let percentage = ScriptValues.percentage(value) else {
            let shown: String
            switch value {
            case .integer, .number: shown = ScriptValueRendering.text(value)
            case .string(let bytes): shown = "'\(String(decoding: bytes, as: UTF8.self))'"
            default: shown = value.typeName
            }
            throw LuaArgumentError(
                position: position, "percentage expected with at most 2 decimals (15, 12.5), got \(shown)")
        }
        return percentage
    }

    static func integer(_ args: LuaArguments, at position: Int, what: String) throws -> Int64 {
        switch try args.argument(position, as: LuaValue.self) {
        case .integer(let value): return value
        case .number(let value) where value == value.rounded() && abs(value) < 9e15: return Int64(value)
        case let other: throw LuaArgumentError(position: position, "integer \(what) expected, got \(other.typeName)")
        }
    }

    /// An optional day argument: a `Date`, or `fallback` when absent or nil. Anything else is
    /// an error, not silently the fallback (`p:certificate("igp-argane", "2027-01-01")`).
    static func day(_ args: LuaArguments, at position: Int, default fallback: CalendarDate)
        throws(LuaArgumentError) -> CalendarDate
    {
        switch args.type(at: position) {
        case .none, .nil: return fallback
        default: return try args.object(position, as: CalendarDate.self)
        }
    }

    /// What `..` shows for either operand.
    static func text(_ args: LuaArguments, _ position: Int) throws -> String {
        if let amount = args.moneyIfPresent(position) { return try Money(amount).description }
        if let day = args.objectIfPresent(position, as: CalendarDate.self) { return day.description }
        if let time = args.objectIfPresent(position, as: LocalDateTime.self) { return time.description }
        switch try args.argument(position, as: LuaValue.self) {
        case .string(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .integer(let value): return String(value)
        case .number(let value): return ScriptValueRendering.luaText(value)
        case let other: throw LuaArgumentError(position: position, "cannot concatenate a \(other.typeName)")
        }
    }

    /// What `tiwizi.log` writes for any argument.
    static func display(_ args: LuaArguments, _ position: Int) throws -> String {
        if let text = try? text(args, position) { return text }
        return ScriptValueRendering.text(try args.argument(position, as: LuaValue.self))
    }
}
