import Testing

@testable import TiwiziCore

/// Date arithmetic is integer arithmetic on the proleptic Gregorian calendar over
/// 0000-01-01…9999-12-31: no Julian switch in 1582, no wrap at year 1, no trap on any count.
@Suite("Model: calendar arithmetic")
struct CalendarArithmeticTests {
    @Test func knownDays() throws {
        #expect(CalendarDate("1970-01-01")?.daysSinceEpoch == 0)
        #expect(CalendarDate("2000-03-01")?.daysSinceEpoch == 11_017)
        #expect(CalendarDate("1969-12-31")?.daysSinceEpoch == -1)
        // Proleptic: the ten days Rome skipped in October 1582 exist, and year 0 precedes year 1.
        #expect(CalendarDate("1582-10-04")?.adding(days: 1)?.description == "1582-10-05")
        #expect(CalendarDate("0001-01-01")?.adding(days: -1)?.description == "0000-12-31")
        #expect(CalendarDate("0000-02-29") != nil)  // year 0 is a leap year (divisible by 400)
        #expect(CalendarDate.earliest.days(until: .latest) == 3_652_424)
        // Weekdays: 2026-03-20 is a Friday, 1970-01-01 a Thursday, 0000-01-01 a Saturday.
        #expect(CalendarDate("2026-03-20")?.weekday == 5)
        #expect(CalendarDate("1970-01-01")?.weekday == 4)
        #expect(CalendarDate.earliest.weekday == 6)
    }

    @Test func everyDayFollowsTheDayBefore() throws {
        // A walk over the whole range, day by day with the month lengths, agrees with the
        // closed-form count at every step.
        var day = CalendarDate.earliest
        var count = day.daysSinceEpoch
        var weekday = day.weekday
        while day < .latest {
            let next = try #require(day.adding(days: 1))
            count += 1
            weekday = weekday % 7 + 1
            let expected =
                day.day < CalendarDate.days(inMonth: day.month, year: day.year)
                ? CalendarDate(year: day.year, month: day.month, day: day.day + 1)
                : day.month < 12
                    ? CalendarDate(year: day.year, month: day.month + 1, day: 1)
                    : CalendarDate(year: day.year + 1, month: 1, day: 1)
            guard next == expected, next.daysSinceEpoch == count, next.weekday == weekday,
                CalendarDate(daysSinceEpoch: count) == next
            else {
                Testing.Issue.record("after \(day): \(next), expected \(String(describing: expected))")
                return
            }
            day = next
        }
    }

    @Test func countsBeyondTheRangeAreRefused() {
        #expect(CalendarDate.earliest.adding(days: 3_652_424) == .latest)
        for days in [1, 3_652_425, Int.max] {
            #expect(CalendarDate.latest.adding(days: days) == nil)
            #expect(CalendarDate.earliest.adding(days: -days) == nil)
        }
        #expect(CalendarDate.earliest.adding(days: Int.min) == nil)
        #expect(CalendarDate.latest.adding(days: Int.min) == nil)
        #expect(CalendarDate(daysSinceEpoch: Int.min) == nil)
        #expect(CalendarDate(daysSinceEpoch: Int.max) == nil)
    }

    @Test func yearsOutsideFourDigitsAreRefused() {
        #expect(CalendarDate(year: 10_000, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: -1, month: 12, day: 31) == nil)
    }
}
