import LuaHost
import TiwiziCore

/// `tiwizi.money`, `tiwizi.minor`, `tiwizi.date` and their non-raising forms for text a person
/// wrote, `tiwizi.parse_money` and `tiwizi.parse_date`.
///
/// The rule (docs/lua-api.md, "Errors"): text that is not an amount or a date is an expected
/// failure for `parse_*`, which return `nil` and the message; the constructors take values the
/// script itself wrote, so for them it is a mistake, raised. A wrong type or a bad currency
/// code is misuse and raises everywhere.
enum ValueConstructors {
    static var money: LuaHostFunction {
        LuaHostFunction { args in
            try args.checkArity(1...2)
            let currency = try currencyArgument(args, at: 2)
            switch try args.argument(1, as: LuaValue.self) {
            case .integer(let major):
                let unit = Money(minorUnits: currency.minorUnitsPerMajor, currency: currency)
                return .value(LuaMoney(try MoneyClass.checked(try unit.multiplied(by: major))))
            case .string(let bytes):
                return .value(
                    LuaMoney(try raising(TextParsing.money(String(decoding: bytes, as: UTF8.self), currency: currency))))
            case .number:
                // Also 145.0: the float subtype, not the value, is what is refused.
                throw LuaArgumentError(
                    position: 1, "amount expected as text (\"145.50\") or a whole number, got a float (money is never a float)")
            case let other:
                throw LuaArgumentError(
                    position: 1, "amount expected as text (\"145.50\") or a whole number, got \(other.typeName)")
            }
        }
    }

    static var parseMoney: LuaHostFunction {
        LuaHostFunction { args in
            try args.checkArity(1...2)
            let text = try args.argument(1, as: String.self)
            return answer(TextParsing.money(text, currency: try currencyArgument(args, at: 2)).map { LuaMoney($0) })
        }
    }

    static var minor: LuaHostFunction {
        LuaHostFunction { args in
            try args.checkArity(1...2)
            let minor = try LuaConversions.integer(args, at: 1, what: "amount in minor units")
            return .value(LuaMoney(Money(minorUnits: minor, currency: try currencyArgument(args, at: 2))))
        }
    }

    static var date: LuaHostFunction {
        LuaHostFunction { args in
            try args.checkArity(1...1)
            return .value(LuaObject(try raising(TextParsing.day(try args.argument(1, as: String.self)))))
        }
    }

    static var parseDate: LuaHostFunction {
        LuaHostFunction { args in
            try args.checkArity(1...1)
            return answer(TextParsing.day(try args.argument(1, as: String.self)).map { LuaObject($0) })
        }
    }

    /// The value, or the problem as a bad argument #1 (the constructors).
    private static func raising<Value>(_ result: Result<Value, TextParsing.Unreadable>) throws(LuaArgumentError) -> Value {
        switch result {
        case .success(let value): return value
        case .failure(let problem): throw LuaArgumentError(position: 1, problem.message)
        }
    }

    /// The value, or `nil` and the problem's message (the `parse_*` functions).
    private static func answer(_ result: Result<some LuaPushable, TextParsing.Unreadable>) -> LuaReturn {
        switch result {
        case .success(let value): return .value(value)
        case .failure(let problem): return .values([LuaValue.nil, problem.message])
        }
    }

    private static func currencyArgument(_ args: LuaArguments, at position: Int) throws -> Currency {
        guard let code = try args.argument(position, as: String?.self) else { return .mad }
        do { return try Currency(code: code) } catch {
            throw LuaArgumentError(position: position, "ISO 4217 currency code expected (MAD, EUR…), got '\(code)'")
        }
    }
}
