import Foundation
import Testing
import TiwiziCore

@testable import TiwiziGraphics

@Suite("Graphics: share bar")
struct ShareBarTests {
    static let women = ShareBar(
        title: "Femmes parmi les membres", segments: [.init(label: "Femmes", count: 124), .init(label: "Hommes", count: 76)],
        language: .french)

    @Test func everySegmentIsLabelledWithItsPercentage() throws {
        let reading = try ChartReading(Self.women.svg)
        #expect(reading.title == "Femmes parmi les membres")
        #expect(reading.texts.contains("Femmes\u{A0}: 62\u{202F}% (124)"))
        #expect(reading.texts.contains("Hommes\u{A0}: 38\u{202F}% (76)"))
        // In the bar (both segments are wide enough), then in the key.
        #expect(reading.isolatedNumbers == ["62\u{202F}%", "38\u{202F}%", "62\u{202F}%", "(124)", "38\u{202F}%", "(76)"])
        #expect(reading.summary == "Femmes\u{A0}: 62\u{202F}% (124)\u{202F}; Hommes\u{A0}: 38\u{202F}% (76).")
    }

    @Test func segmentsAreProportionalAndToldApartByPattern() throws {
        let reading = try ChartReading(Self.women.svg)
        let segments = reading.root.all("rect").filter { $0["height"] == "32" }
        try #require(segments.count == 2)
        let track = ChartStyle.width - 2 * ChartStyle.margin
        #expect(abs(segments[0].number("width")! - track * 0.62) < 0.1)
        #expect(abs(segments[1].number("width")! - track * 0.38) < 0.1)
        #expect(segments[0]["fill"] != segments[1]["fill"])
        #expect(segments.allSatisfy { $0["stroke"] == ChartStyle.ink })
        // Every pattern a fill names is defined in this SVG.
        let fills = reading.root.all("rect").compactMap { $0["fill"] }.filter { $0.hasPrefix("url(#") }
        #expect(!fills.isEmpty)
        for fill in fills {
            let id = String(fill.dropFirst(5).dropLast())
            #expect(reading.root.element(id: id)?.name == "pattern", "\(fill)")
        }
    }

    @Test func sixSegmentsHaveSixFills() {
        let fills = (0..<6).map(FillPattern.forSegment)
        #expect(Set(fills).count == 6)
        #expect(FillPattern.forSegment(6) == fills[0])
    }

    @Test func percentagesAddUpToAHundred() throws {
        let thirds = ShareBar(
            title: "Tiers", segments: ["a", "b", "c"].map { .init(label: $0, count: 1) }, language: .english)
        #expect(thirds.summary == "a: 34% (1); b: 33% (1); c: 33% (1).")
    }

    @Test func aZeroSegmentIsListedButNotDrawn() throws {
        let chart = ShareBar(
            title: "Jeunes", segments: [.init(label: "Jeunes", count: 0), .init(label: "Autres", count: 9)], language: .french)
        let reading = try ChartReading(chart.svg)
        #expect(reading.root.all("rect").filter { $0["height"] == "32" }.count == 1)
        #expect(reading.texts.contains("Jeunes\u{A0}: 0\u{202F}% (0)"))
        #expect(reading.texts.contains("Autres\u{A0}: 100\u{202F}% (9)"))
    }

    @Test func aNarrowSegmentHasItsPercentageInTheKeyOnly() throws {
        let chart = ShareBar(
            title: "t", segments: [.init(label: "many", count: 199), .init(label: "few", count: 1)], language: .english)
        let reading = try ChartReading(chart.svg)
        #expect(reading.isolatedNumbers.filter { $0 == "1%" }.count == 1)
        #expect(reading.texts.contains("few: 1% (1)"))
    }

    @Test(arguments: [[], [0, 0], [0, -4]])
    func noCountsIsNoData(counts: [Int]) throws {
        let chart = ShareBar(
            title: "Membres", segments: counts.map { .init(label: "x", count: $0) }, language: .french)
        let svg = chart.svg
        let reading = try ChartReading(svg)
        #expect(reading.texts.contains("Aucune donnée"))
        #expect(reading.summary == "Aucune donnée.")
        #expect(reading.root.all("rect").count == 1)  // the background
        #expect(!svg.lowercased().contains("nan"))
    }

    @Test func anArabicBarStartsOnTheRight() throws {
        let chart = ShareBar(
            title: "النساء بين الأعضاء", segments: [.init(label: "نساء", count: 3), .init(label: "رجال", count: 1)],
            language: .arabic)
        let svg = chart.svg
        let reading = try ChartReading(svg)
        #expect(reading.root["direction"] == "rtl")
        #expect(!ChartReading.hasArabicDigits(svg))
        let segments = reading.root.all("rect").filter { $0["height"] == "32" }
        let first = try #require(segments.first)
        #expect(abs(first.number("x")! + first.number("width")! - (ChartStyle.width - ChartStyle.margin)) < 0.1)
        #expect(first.number("x")! > segments[1].number("x")!)
        #expect(reading.texts.contains("نساء: 75% (3)"))
        #expect(reading.summary == "نساء: 75% (3)؛ رجال: 25% (1).")
    }
}
