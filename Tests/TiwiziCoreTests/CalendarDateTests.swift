import Foundation
import Testing

@testable import TiwiziCore

@Suite("Model: calendar dates")
struct CalendarDateTests {
    @Test func parsesISODates() throws {
        let date = try #require(CalendarDate("2011-04-18"))
        #expect(date.year == 2011)
        #expect(date.month == 4)
        #expect(date.day == 18)
        #expect(date.description == "2011-04-18")
        #expect(CalendarDate(" 2011-04-18 ") == date)
    }

    @Test(arguments: ["2024-02-29", "2000-02-29", "2025-12-31", "2025-01-31", "2025-04-30", "0001-01-01"])
    func possibleDays(text: String) {
        #expect(CalendarDate(text)?.description == text)
    }

    @Test(arguments: [
        "2025-02-29", "1900-02-29", "2025-02-30", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00", "2025-01-32",
        "2011-4-18", "11-04-18", "18/04/2011", "2011/04/18", "2011-04-18T10:00", "20110418", "", "abcd-ef-gh",
        "2011-+4-18", "2011-04-+8", "+011-04-18", "2011- 4-18", "２０１１-04-18",
    ])
    func impossibleOrMalformedDays(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test func componentInitializerChecksTheDay() {
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2023, month: 6, day: 31) == nil)
    }

    @Test func descriptionPadsWithZeros() {
        #expect(CalendarDate(year: 987, month: 3, day: 5)?.description == "0987-03-05")
    }

    @Test func datesCompareChronologically() {
        let dates = ["2025-06-15", "2024-12-31", "2025-01-01", "2025-06-14", "2023-07-01"].compactMap(CalendarDate.init)
        #expect(dates.sorted().map(\.description) == ["2023-07-01", "2024-12-31", "2025-01-01", "2025-06-14", "2025-06-15"])
        #expect(CalendarDate("2025-06-15")! > CalendarDate("2025-05-31")!)
        #expect(CalendarDate("2025-06-15")! <= CalendarDate("2025-06-15")!)
    }

    @Test func todayIsComputedInCasablanca() {
        // 2024-06-30 23:30 UTC is already 2024-07-01 in Morocco (UTC+1 outside Ramadan).
        let now = Date(timeIntervalSince1970: 1_719_790_200)
        #expect(CalendarDate.today(now: now).description == "2024-07-01")
        #expect(CalendarDate.today(in: TimeZone(identifier: "UTC")!, now: now).description == "2024-06-30")
        #expect(TimeZone.casablanca.identifier == "Africa/Casablanca")
    }

    @Test func certificateValidityIsInclusive() {
        let certificate = Certificate(
            schemeID: "igp-argane", number: "1", validFrom: CalendarDate("2023-01-01")!, validUntil: CalendarDate("2027-12-31")!)
        #expect(certificate.isValid(on: CalendarDate("2023-01-01")!))
        #expect(certificate.isValid(on: CalendarDate("2027-12-31")!))
        #expect(!certificate.isValid(on: CalendarDate("2022-12-31")!))
        #expect(!certificate.isValid(on: CalendarDate("2028-01-01")!))
    }
}
