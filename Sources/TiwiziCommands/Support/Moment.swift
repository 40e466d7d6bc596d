import ArgumentParser
import Foundation
import TiwiziCore
import TiwiziLua

/// The moment a command works at, the same for every command: the instant, and the day it falls
/// on in Africa/Casablanca. Only the CLI reads the clock and `TIWIZI_TODAY`; the libraries are
/// given this moment (`today:`, `day:`, `RunContext(at:)`).
///
/// Precedence: `tiwizi run --at` first, then `TIWIZI_TODAY=YYYY-MM-DD` (that day at midnight),
/// then the clock. A `TIWIZI_TODAY` that is not a date is an error for every command, never
/// silently ignored, even when `--at` is given.
struct Moment: Sendable {
    /// The instant.
    let instant: Date
    /// The zone its day and time are read in.
    let timeZone: TimeZone

    /// The day of `instant` in `timeZone`.
    var today: CalendarDate { CalendarDate.today(in: timeZone, now: instant) }

    /// The moment of this process, read once: `TIWIZI_TODAY` at midnight, else the clock.
    static var current: Moment {
        get throws(Issue) { try process.get() }
    }

    private static let process = Result { () throws(Issue) -> Moment in
        try Moment(environment: ProcessInfo.processInfo.environment, clock: Date())
    }

    /// `TIWIZI_TODAY`'s midnight in `timeZone`, or `clock` when it is unset or empty.
    init(environment: [String: String], clock: Date, timeZone: TimeZone = .casablanca) throws(Issue) {
        self.timeZone = timeZone
        guard let setting = environment["TIWIZI_TODAY"], !setting.isEmpty else {
            instant = clock
            return
        }
        guard let day = CalendarDate(setting.trimmingSpaces),
            let midnight = RunContext.parseInstant(day.description, timeZone: timeZone)
        else { throw Issue(CommandProblem.todayInvalid(setting)) }
        instant = midnight
    }

    init(instant: Date, timeZone: TimeZone = .casablanca) {
        self.instant = instant
        self.timeZone = timeZone
    }

    /// This process's moment, or the one `--at` names (which wins). `TIWIZI_TODAY` is checked
    /// even when `--at` is given.
    static func current(at text: String?) throws -> Moment {
        let current = try Moment.current
        guard let text else { return current }
        guard let instant = RunContext.parseInstant(text, timeZone: current.timeZone) else {
            throw ValidationError(.invalidMoment(text))
        }
        return Moment(instant: instant, timeZone: current.timeZone)
    }
}
