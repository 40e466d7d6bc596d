import Foundation
import Testing
import TiwiziCore

@testable import TiwiziGraphics

@Suite("Graphics: region map")
struct RegionMapTests {
    static let counts: [Region: Int] = [
        Region(code: "MA-09")!: 42, Region(code: "MA-08")!: 17, Region(code: "MA-01")!: 3, Region(code: "MA-12")!: 0,
    ]

    static func tiles(_ reading: ChartReading) -> [SVGElement] {
        reading.root.all("rect").filter { $0["stroke"] == ChartStyle.ink }
    }

    @Test func everyRegionHasItsTileNameAndCount() throws {
        let map = RegionMap(title: "Coopératives par région", counts: Self.counts, language: .french)
        let reading = try ChartReading(map.svg)
        #expect(Self.tiles(reading).count == 12)
        for region in Region.all {
            #expect(reading.texts.contains(region.name.french), "\(region.code)")
        }
        // By region code; a region left out counts zero.
        #expect(reading.isolatedNumbers == ["3", "0", "0", "0", "0", "0", "0", "17", "42", "0", "0", "0"])
        #expect(reading.summary?.hasPrefix("Tanger-Tétouan-Al Hoceïma\u{A0}: 3\u{202F}; L'Oriental\u{A0}: 0\u{202F}; ") == true)
        #expect(reading.summary?.hasSuffix("Dakhla-Oued Ed-Dahab\u{A0}: 0.") == true)
    }

    @Test func theMapKeepsItsOrientationInArabic() throws {
        let french = try ChartReading(RegionMap(title: "t", counts: Self.counts, language: .french).svg)
        let arabic = try ChartReading(RegionMap(title: "ت", counts: Self.counts, language: .arabic).svg)
        #expect(arabic.root["direction"] == "rtl")
        for region in Region.all {
            #expect(arabic.texts.contains(region.name.text(in: .arabic)), "\(region.code)")
        }
        let places = { (reading: ChartReading) in Self.tiles(reading).map { [$0["x"], $0["y"]] } }
        #expect(places(french) == places(arabic))
        // North is up, the Sahara at the bottom left.
        let tanger = Self.tiles(french)[0]
        let dakhla = Self.tiles(french)[11]
        #expect(tanger.number("y")! < dakhla.number("y")! && tanger.number("x")! > dakhla.number("x")!)
    }

    @Test func namesWithoutATranslationAreFrenchAndSaySo() throws {
        let reading = try ChartReading(RegionMap(title: "Cooperatives per region", counts: [:], language: .english).svg)
        #expect(reading.root["lang"] == "en")
        let souss = try #require(reading.text("Souss-Massa"))
        #expect(souss["lang"] == "fr")
    }

    @Test func shadesRepeatTheCountsWithoutReplacingThem() throws {
        let reading = try ChartReading(RegionMap(title: "t", counts: Self.counts, language: .french).svg)
        let fills = Self.tiles(reading).map { $0["fill"] }
        #expect(fills[8] == ChartStyle.tints.last)  // Souss-Massa, the largest
        #expect(fills[11] == ChartStyle.tints.first)  // Dakhla-Oued Ed-Dahab, zero
        #expect(fills[0] != fills[8] && fills[0] != fills[11])
    }

    @Test func anEmptyMapShowsZeros() throws {
        let svg = RegionMap(title: "t", counts: [:], language: .arabic).svg
        let reading = try ChartReading(svg)
        #expect(reading.isolatedNumbers == Array(repeating: "0", count: 12))
        #expect(!svg.lowercased().contains("nan"))
    }
}
