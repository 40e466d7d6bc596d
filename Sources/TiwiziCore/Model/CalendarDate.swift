import Foundation

/// A day in the proleptic Gregorian calendar from 0000-01-01 to 9999-12-31, written
/// `YYYY-MM-DD` (founding dates, certificate validity).
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Parses `YYYY-MM-DD`, rejecting impossible days such as `2025-02-30`.
    public init?(_ text: String) {
        guard text.utf8.count <= 64 else { return nil }  // ten characters and the spaces around them
        let parts = text.trimmingSpaces.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigitCharacter) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day, or nil when there is no such day or its year is outside 0…9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (0...9999).contains(year), (1...12).contains(month), day >= 1, day <= CalendarDate.days(inMonth: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `now` falls on in `timeZone` (Tiwizi's reference zone is Africa/Casablanca). The
    /// instant is always given: only the command line reads the clock.
    public static func today(in timeZone: TimeZone = .casablanca, now: Date) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: c.year!, month: c.month!, day: c.day!)!
    }

    /// `YYYY-MM-DD`, as `%04d-%02d-%02d` writes it (without Foundation's formatter, which costs
    /// more than the rest of a product's columns when an import saves certificates).
    public var description: String {
        "\(Self.zeroPadded(year, width: 4))-\(Self.zeroPadded(month, width: 2))-\(Self.zeroPadded(day, width: 2))"
    }

    /// `value` in decimal, zeros before the digits up to `width` characters, the sign included.
    private static func zeroPadded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - sign.count - digits.count)) + digits
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension TimeZone {
    /// Morocco's time zone, the default for every date Tiwizi computes.
    public static let casablanca = TimeZone(identifier: "Africa/Casablanca")!
}
