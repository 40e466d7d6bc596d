import Foundation
import TiwiziCore

/// The inputs of one script run that do not come from the catalog: its date-time (never the
/// machine's clock), its parameters, its random seed; and the log lines it writes.
public struct RunContext: Sendable {
    /// The instant the run happens at, chosen by the host (the CLI's `--at` or `TIWIZI_TODAY`, or
    /// the moment it started): a run never reads the clock.
    public var at: Date
    /// The zone dates are read in (Africa/Casablanca).
    public var timeZone: TimeZone
    /// `--param key=value` pairs, as text.
    public var parameters: [String: String]
    /// The seed of `math.random`; derived from `at` unless given, so a replay is identical.
    public var randomSeed: Int64

    public init(
        at: Date, timeZone: TimeZone = .casablanca, parameters: [String: String] = [:],
        randomSeed: Int64? = nil
    ) {
        self.at = at
        self.timeZone = timeZone
        self.parameters = parameters
        self.randomSeed = randomSeed ?? Int64(at.timeIntervalSince1970)
    }

    /// The run's day in its zone.
    public var today: CalendarDate { .today(in: timeZone, now: at) }

    /// The run's date-time, broken down in its zone.
    public var now: LocalDateTime { LocalDateTime(at, in: timeZone) }

    /// Parses `--at`: `2026-03-20T09:00`, `2026-03-20T09:00:30`, `2026-03-20 09:00`, or a day
    /// `2026-03-20` (midnight), read in `timeZone`; an explicit offset or `Z` is honoured.
    public static func parseInstant(_ text: String, timeZone: TimeZone = .casablanca) -> Date? {
        let trimmed = text.trimmingSpaces.replacingOccurrences(of: " ", with: "T")
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime]
        if let date = iso.date(from: trimmed) { return date }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) { return date }
        }
        return nil
    }
}

/// A date-time as read on a wall clock in one zone.
public struct LocalDateTime: Sendable, Hashable, CustomStringConvertible {
    public let date: CalendarDate
    public let hour: Int, minute: Int, second: Int
    /// Offset from UTC in seconds at that instant (Morocco moves between +01:00 and +00:00).
    public let utcOffset: Int
    public let zone: String

    public init(_ instant: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        date = CalendarDate(year: c.year!, month: c.month!, day: c.day!)!
        hour = c.hour!
        minute = c.minute!
        second = c.second!
        utcOffset = timeZone.secondsFromGMT(for: instant)
        zone = timeZone.identifier
    }

    /// ISO 8601 with offset: `2026-03-20T09:00:00+01:00`.
    public var description: String {
        let sign = utcOffset < 0 ? "-" : "+"
        let offset = abs(utcOffset)
        return String(
            format: "%@T%02d:%02d:%02d%@%02d:%02d", date.description, hour, minute, second, sign,
            offset / 3600, offset % 3600 / 60)
    }
}
