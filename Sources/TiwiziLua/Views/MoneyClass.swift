import LuaHost
import TiwiziCore

/// `Money` in Lua: integer minor units and a currency, never a float. Arithmetic between
/// amounts of one currency, multiplication by integers, comparison, percentages, and roundings
/// whose mode is named or, when left out, `LuaConversions.defaultRounding`.
///
/// The value, its operators and its fields are LuaHost's Money, a small C value (``LuaMoney``:
/// no Swift object behind it, so `total + price * 3` never leaves C). This defines its methods,
/// which are Swift, and converts between TiwiziCore's `Money` and `LuaMoney`.
enum MoneyClass {
    static func make() -> LuaMoneyClass {
        LuaMoneyClass { money in
            money.method("percent") { amount, args in
                let m = try Money(amount)
                try args.checkArity(2...3)
                let percent = try LuaConversions.percentage(args, at: 2)
                return .value(LuaMoney(try checked(m.percent(percent, rounding: try LuaConversions.rounding(args, at: 3)))))
            }
            // `price:scale(1000, 250)`: × 1000 ÷ 250, exact, rounded once (unit prices, shares).
            money.method("scale") { amount, args in
                let m = try Money(amount)
                try args.checkArity(3...4)
                let numerator = try LuaConversions.integer(args, at: 2, what: "numerator")
                let denominator = try LuaConversions.integer(args, at: 3, what: "denominator")
                let mode = try LuaConversions.rounding(args, at: 4)
                return .value(LuaMoney(try checked(m.multiplied(by: numerator, dividedBy: denominator, rounding: mode))))
            }
            money.method("round") { amount, args in
                let m = try Money(amount)
                try args.checkArity(2...3)
                let step = try LuaConversions.minorUnits(args, at: 2, currency: m.currency)
                return .value(LuaMoney(try checked(m.rounded(toStep: step, mode: try LuaConversions.rounding(args, at: 3)))))
            }
            money.method("ending") { amount, args in
                let m = try Money(amount)
                try args.checkArity(3...4)
                let ending = try LuaConversions.minorUnits(args, at: 2, currency: m.currency)
                let step = try LuaConversions.minorUnits(args, at: 3, currency: m.currency)
                let mode = try LuaConversions.rounding(args, at: 4)
                return .value(LuaMoney(try checked(m.withEnding(ending, step: step, mode: mode))))
            }
            money.method("allocate") { amount, args in
                let m = try Money(amount)
                try args.checkArity(2...2)
                let table = try args.argument(2, as: LuaTable.self)
                let ratios = try table.array.enumerated().map { index, value throws(LuaScriptError) -> Int in
                    guard let ratio = value.integerValue else {
                        throw LuaScriptError("allocate: ratio #\(index + 1) is not an integer")
                    }
                    return Int(ratio)
                }
                return .value(try checked(m.allocate(ratios)).map { LuaMoney($0) })
            }
            money.method("format") { amount, args in
                let m = try Money(amount)
                try args.checkArity(1...2)
                let code = try args.argument(2, as: String?.self) ?? "fr"
                guard let language = Language(rawValue: code) else {
                    throw LuaArgumentError(position: 2, "language expected (fr, ar, en or zgh), got '\(code)'")
                }
                return .value(m.formatted(for: language))
            }
            // `..` with Money, numbers and strings is C; with a Date or DateTime (or a value that
            // cannot be concatenated, or a string that is not UTF-8) it is the views' own.
            money.concat { args in .value(try LuaConversions.text(args, 1) + LuaConversions.text(args, 2)) }
        }
    }

    /// TiwiziCore's currencies with their Lua form, the dirham first: amounts cross between
    /// Swift and Lua on every method call, and a short scan beats hashing here.
    static let currencies: [(lua: LuaCurrency, core: Currency)] =
        ([.mad] + Currency.known.filter { $0 != .mad }).map {
            (LuaCurrency(code: $0.code, minorUnitDigits: $0.minorUnitDigits), $0)
        }

    /// Money errors (different currencies, overflow, a bad step) become Lua errors at the caller.
    static func checked<T>(_ body: @autoclosure () throws -> T) throws -> T {
        do { return try body() } catch let error as MoneyError { throw LuaScriptError(error.english) }
    }
}

extension LuaCurrency {
    /// `currency` as Lua's Money holds it.
    public init(_ currency: Currency) {
        if let known = MoneyClass.currencies.first(where: { $0.core == currency }) {
            self = known.lua
        } else {
            self.init(code: currency.code, minorUnitDigits: currency.minorUnitDigits)
        }
    }
}

extension LuaMoney {
    /// `amount` as Lua holds it: push it where a script should get Money.
    public init(_ amount: Money) {
        self.init(minorUnits: amount.minorUnits, currency: LuaCurrency(amount.currency))
    }
}

extension Money {
    /// The amount a Lua Money holds.
    /// - Throws: `unknownCurrency` for a currency that is not in TiwiziCore's table, which only a
    ///   host could have pushed (scripts make amounts only through the catalog's API).
    public init(_ amount: LuaMoney) throws(MoneyError) {
        guard let currency = MoneyClass.currencies.first(where: { $0.lua == amount.currency })?.core else {
            throw .unknownCurrency(amount.currency.code)
        }
        self.init(minorUnits: amount.minorUnits, currency: currency)
    }
}
