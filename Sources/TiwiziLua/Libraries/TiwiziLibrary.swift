import LuaHost
import TiwiziCore

/// The `tiwizi` table: the API version, the run's clock and parameters, money and dates, and
/// a captured log.
enum TiwiziLibrary {
    /// Bumped when a change could break existing scripts; scripts may check it.
    static let apiVersion = 1

    static func make(_ session: CatalogSession) -> LuaLibrary {
        let context = session.context
        return LuaLibrary([
            "api_version": apiVersion,
            "now": LuaObject(context.now),
            "today": LuaObject(context.today),
            "params": LuaValue.table(
                LuaTable(
                    hash: Dictionary(
                        uniqueKeysWithValues: context.parameters.map {
                            (LuaValue.text($0.key), LuaValue.text($0.value))
                        }))),
            "param": LuaHostFunction { args in
                try args.checkArity(1...2)
                let name = try args.argument(1, as: String.self)
                if let value = context.parameters[name] { return .value(value) }
                return .value(try args.argument(2, as: LuaValue.self))
            },
            "money": LuaHostFunction { args in
                try args.checkArity(1...2)
                let currency = try currencyArgument(args, at: 2)
                switch try args.argument(1, as: LuaValue.self) {
                case .integer(let major):
                    let unit = Money(minorUnits: currency.minorUnitsPerMajor, currency: currency)
                    return .value(LuaObject(try MoneyClass.checked(try unit.multiplied(by: major))))
                case .string(let bytes):
                    do throws(MoneyParseError) {
                        return .value(LuaObject(try Money.parse(String(decoding: bytes, as: UTF8.self), currency: currency)))
                    } catch {
                        throw LuaArgumentError(position: 1, error.english)
                    }
                case .number:
                    // Also 145.0: the float subtype, not the value, is what is refused.
                    throw LuaArgumentError(
                        position: 1,
                        "amount expected as text (\"145.50\") or a whole number, got a float (money is never a float)")
                case let other:
                    throw LuaArgumentError(
                        position: 1, "amount expected as text (\"145.50\") or a whole number, got \(other.typeName)")
                }
            },
            "minor": LuaHostFunction { args in
                try args.checkArity(1...2)
                let minor = try LuaConversions.integer(args, at: 1, what: "amount in minor units")
                return .value(LuaObject(Money(minorUnits: minor, currency: try currencyArgument(args, at: 2))))
            },
            "date": LuaHostFunction { args in
                try args.checkArity(1...1)
                let text = try args.argument(1, as: String.self)
                guard let day = CalendarDate(text) else {
                    throw LuaArgumentError(position: 1, "date expected as YYYY-MM-DD, got '\(text)'")
                }
                return .value(LuaObject(day))
            },
            "log": LuaHostFunction { args in
                var parts: [String] = []
                for position in 1...max(args.count, 1) where position <= args.count {
                    parts.append(try LuaConversions.display(args, position))
                }
                session.log.append(parts.joined(separator: " "))
                return .nothing
            },
        ])
    }

    private static func currencyArgument(_ args: LuaArguments, at position: Int) throws -> Currency {
        guard let code = try args.argument(position, as: String?.self) else { return .mad }
        do { return try Currency(code: code) } catch {
            throw LuaArgumentError(position: position, "ISO 4217 currency code expected (MAD, EUR…), got '\(code)'")
        }
    }
}
