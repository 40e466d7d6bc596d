import Foundation

extension CalendarDate {
    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: year, month: month, day: day))!
        let end = calendar.date(byAdding: .day, value: days, to: start)!
        let c = calendar.dateComponents([.year, .month, .day], from: end)
        return CalendarDate(year: c.year!, month: c.month!, day: c.day!)!
    }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var weekday: Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(from: DateComponents(year: year, month: month, day: day))!
        return (calendar.component(.weekday, from: date) + 5) % 7 + 1
    }

    /// Days from `self` to `other` (negative when `other` is earlier).
    public func days(until other: CalendarDate) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let a = calendar.date(from: DateComponents(year: year, month: month, day: day))!
        let b = calendar.date(from: DateComponents(year: other.year, month: other.month, day: other.day))!
        return calendar.dateComponents([.day], from: a, to: b).day!
    }
}
