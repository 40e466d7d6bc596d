import LuaHost
import TiwiziCore

/// `Date` (a calendar day) and `DateTime` (the run's wall-clock time) in Lua.
enum DateClasses {
    static func date() -> LuaUserdataClass<CalendarDate> {
        LuaUserdataClass<CalendarDate>("Date") { date in
            date.field("year") { $0.year }
            date.field("month") { $0.month }
            date.field("day") { $0.day }
            date.field("weekday") { $0.weekday }
            date.method("add_days") { day, args in
                try args.checkArity(2...2)
                let days = try LuaConversions.integer(args, at: 2, what: "number of days")
                guard let later = day.adding(days: Int(days)) else {
                    throw LuaArgumentError(
                        position: 2, "the day would fall outside \(CalendarDate.earliest)…\(CalendarDate.latest)")
                }
                return .value(LuaObject(later))
            }
            date.method("days_until") { day, args in
                try args.checkArity(2...2)
                return .value(day.days(until: try args.object(2, as: CalendarDate.self)))
            }
            date.metamethod(.lt) { args in
                .value(try args.object(1, as: CalendarDate.self) < (try args.object(2, as: CalendarDate.self)))
            }
            date.metamethod(.le) { args in
                .value(try args.object(1, as: CalendarDate.self) <= (try args.object(2, as: CalendarDate.self)))
            }
            date.metamethod(.concat) { args in .value(try LuaConversions.text(args, 1) + LuaConversions.text(args, 2)) }
            date.equals { $0 == $1 }
            date.tostring { $0.description }
        }
    }

    static func dateTime() -> LuaUserdataClass<LocalDateTime> {
        LuaUserdataClass<LocalDateTime>("DateTime") { time in
            time.field("date") { LuaObject($0.date) }
            time.field("hour") { $0.hour }
            time.field("minute") { $0.minute }
            time.field("second") { $0.second }
            time.field("zone") { $0.zone }
            time.field("utc_offset") { $0.utcOffset }
            time.metamethod(.concat) { args in .value(try LuaConversions.text(args, 1) + LuaConversions.text(args, 2)) }
            time.equals { $0 == $1 }
            time.tostring { $0.description }
        }
    }
}
