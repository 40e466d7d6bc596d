import LuaHost
import TiwiziCore

/// The `tiwizi` table: the API version, the run's clock and parameters, money and dates, and
/// a captured log.
enum TiwiziLibrary {
    static func make(_ session: CatalogSession) -> LuaLibrary {
        let context = session.context
        return LuaLibrary([
            "api": LuaObject(APIVersion.current),
            "version": LuaHostFunction { args in
                try args.checkArity(1...2)
                return .value(LuaObject(try VersionClass.read(args, from: 1)))
            },
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
            "money": ValueConstructors.money,
            "parse_money": ValueConstructors.parseMoney,
            "minor": ValueConstructors.minor,
            "date": ValueConstructors.date,
            "parse_date": ValueConstructors.parseDate,
            "log": LuaHostFunction { args in
                // Each part is charged with the space or newline after it.
                var parts: [String] = []
                for position in 1...max(args.count, 1) where position <= args.count {
                    parts.append(try args.outputText(at: position) { try LuaConversions.display(args, $0) })
                }
                if parts.isEmpty { try args.chargeOutput(1) }
                session.log.append(parts.joined(separator: " "))
                return .nothing
            },
        ])
    }
}
