import LuaHost
import TiwiziCore

/// `Money` in Lua: integer minor units and a currency, never a float. Arithmetic between
/// amounts of one currency, multiplication by integers, comparison, percentages, and roundings
/// whose mode is named or, when left out, `LuaConversions.defaultRounding`.
enum MoneyClass {
    static func make() -> LuaUserdataClass<Money> {
        LuaUserdataClass<Money>("Money") { money in
            money.field("minor") { $0.minorUnits }
            money.field("currency") { $0.currency.code }
            money.field("amount") { $0.decimalString }
            money.field("is_zero") { $0.isZero }
            money.method("percent") { m, args in
                try args.checkArity(2...3)
                let percent = try LuaConversions.percentage(args, at: 2)
                return .value(LuaObject(try checked(m.percent(percent, rounding: try LuaConversions.rounding(args, at: 3)))))
            }
            // `price:scale(1000, 250)`: × 1000 ÷ 250, exact, rounded once (unit prices, shares).
            money.method("scale") { m, args in
                try args.checkArity(3...4)
                let numerator = try LuaConversions.integer(args, at: 2, what: "numerator")
                let denominator = try LuaConversions.integer(args, at: 3, what: "denominator")
                let mode = try LuaConversions.rounding(args, at: 4)
                return .value(LuaObject(try checked(m.multiplied(by: numerator, dividedBy: denominator, rounding: mode))))
            }
            money.method("round") { m, args in
                try args.checkArity(2...3)
                let step = try LuaConversions.minorUnits(args, at: 2, currency: m.currency)
                return .value(LuaObject(try checked(m.rounded(toStep: step, mode: try LuaConversions.rounding(args, at: 3)))))
            }
            money.method("ending") { m, args in
                try args.checkArity(3...4)
                let ending = try LuaConversions.minorUnits(args, at: 2, currency: m.currency)
                let step = try LuaConversions.minorUnits(args, at: 3, currency: m.currency)
                let mode = try LuaConversions.rounding(args, at: 4)
                return .value(LuaObject(try checked(m.withEnding(ending, step: step, mode: mode))))
            }
            money.method("allocate") { m, args in
                try args.checkArity(2...2)
                let table = try args.argument(2, as: LuaTable.self)
                let ratios = try table.array.enumerated().map { index, value throws(LuaScriptError) -> Int in
                    guard let ratio = value.integerValue else {
                        throw LuaScriptError("allocate: ratio #\(index + 1) is not an integer")
                    }
                    return Int(ratio)
                }
                return .value(try checked(m.allocate(ratios)).map { LuaObject($0) })
            }
            money.method("format") { m, args in
                try args.checkArity(1...2)
                let code = try args.argument(2, as: String?.self) ?? "fr"
                guard let language = Language(rawValue: code) else {
                    throw LuaArgumentError(position: 2, "language expected (fr, ar, en or zgh), got '\(code)'")
                }
                return .value(m.formatted(for: language))
            }
            money.metamethod(.add) { args in .value(LuaObject(try checked(try operand(args, 1).adding(try operand(args, 2))))) }
            money.metamethod(.sub) { args in
                .value(LuaObject(try checked(try operand(args, 1).subtracting(try operand(args, 2)))))
            }
            money.metamethod(.mul) { args in
                let (amount, factor) = try scaled(args)
                return .value(LuaObject(try checked(amount.multiplied(by: factor))))
            }
            // Division needs a rounding mode, which an operator cannot take: say what to use instead.
            for event in [LuaMetamethod.div, .idiv, .mod] {
                money.metamethod(event) { _ in
                    throw LuaScriptError(
                        "Money cannot be divided with an operator: use :scale(1, n, mode), :percent(p, mode) or :allocate{…}")
                }
            }
            money.metamethod(.unm) { args in .value(LuaObject(try checked(try operand(args, 1).negated()))) }
            money.metamethod(.lt) { args in .value(try checked(try operand(args, 1).isLess(than: try operand(args, 2)))) }
            money.metamethod(.le) { args in .value(!(try checked(try operand(args, 2).isLess(than: try operand(args, 1))))) }
            money.metamethod(.concat) { args in .value(try LuaConversions.text(args, 1) + LuaConversions.text(args, 2)) }
            money.equals { $0 == $1 }
            money.tostring { $0.description }
        }
    }

    /// Money errors (different currencies, overflow, a bad step) become Lua errors at the caller.
    static func checked<T>(_ body: @autoclosure () throws -> T) throws -> T {
        do { return try body() } catch let error as MoneyError { throw LuaScriptError(error.english) }
    }

    private static func operand(_ args: LuaArguments, _ position: Int) throws(LuaArgumentError) -> Money {
        try args.object(position, as: Money.self)
    }

    /// `price * 3` or `3 * price`: the integer factor on either side.
    private static func scaled(_ args: LuaArguments) throws -> (Money, Int64) {
        if let amount = args.objectIfPresent(1, as: Money.self) {
            return (amount, try LuaConversions.integer(args, at: 2, what: "quantity"))
        }
        return (try args.object(2, as: Money.self), try LuaConversions.integer(args, at: 1, what: "quantity"))
    }
}
