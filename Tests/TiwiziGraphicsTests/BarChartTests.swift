import Foundation
import Testing
import TiwiziCore

@testable import TiwiziGraphics

@Suite("Graphics: bar chart")
struct BarChartTests {
    static let productsPerRegion = BarChart(
        title: "Produits par région",
        bars: [
            .init(label: "Souss-Massa", value: 42), .init(label: "Drâa-Tafilalet", value: 17),
            .init(label: "Laâyoune-Sakia El Hamra", value: 0), .init(label: "Marrakech-Safi", value: 12_500),
        ],
        language: .french)

    @Test func everyLabelAndValueIsWritten() throws {
        let chart = try ChartReading(Self.productsPerRegion.svg)
        #expect(chart.root["role"] == "img")
        #expect(chart.root["lang"] == "fr" && chart.root["direction"] == "ltr")
        #expect(chart.title == "Produits par région")
        for label in ["Souss-Massa", "Drâa-Tafilalet", "Laâyoune-Sakia El Hamra", "Marrakech-Safi"] {
            #expect(chart.texts.contains(label), "\(label)")
        }
        #expect(chart.isolatedNumbers == ["42", "17", "0", "12\u{202F}500"])
        // Numbers are nowhere but in their isolates.
        #expect(chart.textsOutsideIsolates.allSatisfy { !$0.contains(where: \.isNumber) })
    }

    @Test func theDescriptionSaysEveryValue() throws {
        let chart = try ChartReading(Self.productsPerRegion.svg)
        #expect(
            chart.summary
                == "Souss-Massa\u{A0}: 42\u{202F}; Drâa-Tafilalet\u{A0}: 17\u{202F}; Laâyoune-Sakia El Hamra\u{A0}: 0\u{202F}; "
                + "Marrakech-Safi\u{A0}: 12\u{202F}500.")
        #expect(chart.summary == Self.productsPerRegion.summary)
        let ids = try #require(chart.root["aria-labelledby"]).split(separator: " ").map(String.init)
        #expect(ids.map { chart.root.element(id: $0)?.name } == ["title", "desc"])
    }

    @Test func barsAreScaledToTheLargestValue() throws {
        let chart = BarChart(
            title: "Certifications",
            bars: [.init(label: "IGP", value: 40), .init(label: "Bio", value: 20), .init(label: "ONSSA", value: 10)],
            language: .english)
        let bars = try ChartReading(chart.svg).rects(fill: ChartStyle.barFill)
        let widths = bars.compactMap { $0.number("width") }
        try #require(widths.count == 3)
        #expect(abs(widths[0] / widths[1] - 2) < 0.01 && abs(widths[0] / widths[2] - 4) < 0.01)
        #expect(Set(bars.compactMap { $0.number("x") }).count == 1)
        // The largest bar fills the room left by the labels and its value.
        #expect(try #require(bars[0].number("x")) + widths[0] < ChartStyle.width - ChartStyle.margin)
        #expect(widths[0] > ChartStyle.width / 2)
    }

    @Test func zeroAndNegativeValuesHaveNoBarButAreWritten() throws {
        let chart = BarChart(
            title: "Stock",
            bars: [.init(label: "Vide", value: 0), .init(label: "Dette", value: -3), .init(label: "Plein", value: 5)],
            language: .french)
        let reading = try ChartReading(chart.svg)
        #expect(reading.rects(fill: ChartStyle.barFill).count == 1)
        #expect(reading.isolatedNumbers == ["0", "-3", "5"])
    }

    @Test func allZerosDivideByNothing() throws {
        let chart = BarChart(title: "Rien", bars: [.init(label: "a", value: 0), .init(label: "b", value: 0)], language: .english)
        let svg = chart.svg
        let reading = try ChartReading(svg)
        #expect(reading.rects(fill: ChartStyle.barFill).isEmpty)
        #expect(reading.isolatedNumbers == ["0", "0"])
        #expect(!svg.lowercased().contains("nan") && !svg.lowercased().contains("inf"))
    }

    @Test(arguments: [
        (Language.french, "Aucune donnée", nil as String?), (.arabic, "لا توجد بيانات", nil), (.english, "No data", nil),
        (.tamazight, "Aucune donnée", "fr"),
    ])
    func anEmptyChartSaysSoInItsLanguage(language: Language, words: String, textLanguage: String?) throws {
        let chart = try ChartReading(BarChart(title: "—", bars: [], language: language).svg)
        let text = try #require(chart.text(words))
        #expect(text["lang"] == textLanguage)
        #expect(chart.summary == words + ".")
        #expect(chart.root["lang"] == language.rawValue)
        #expect(chart.rects(fill: ChartStyle.barFill).isEmpty)
    }

    @Test func labelsAndTitleAreEscaped() throws {
        let label = "Huile <bio> & \"pure\" d'Aït"
        let chart = BarChart(title: "A < B & C", bars: [.init(label: label, value: 3)], language: .french)
        let svg = chart.svg
        #expect(svg.contains("Huile &lt;bio&gt; &amp; &quot;pure&quot; d'Aït"))
        let reading = try ChartReading(svg)
        #expect(reading.title == "A < B & C")
        #expect(reading.texts.contains(label))
        #expect(reading.summary?.hasPrefix(label) == true)
    }

    @Test func charactersXMLForbidsAreDropped() throws {
        let chart = BarChart(title: "t\u{1B}[31m", bars: [.init(label: "a\u{0}b\u{7}c\u{FFFE}", value: 1)], language: .english)
        let reading = try ChartReading(chart.svg)
        #expect(reading.title == "t[31m")
        #expect(reading.texts.contains("abc"))
    }

    @Test func longLabelsWrapAndKeepTheirText() throws {
        let label = "Huile d'argan cosmétique biologique pressée à froid, flacon de verre"
        let reading = try ChartReading(BarChart(title: "t", bars: [.init(label: label, value: 1)], language: .french).svg)
        let text = try #require(reading.text(label))
        #expect(text.children.count > 1)
        #expect(text.children.allSatisfy { $0.name == "tspan" && $0["dy"] != nil })
    }

    @Test func aLabelWithoutSpacesIsCutAndLeavesRoomForItsBar() throws {
        let label = "https://tiwizi.ma/p/TAF-ARG-250-huile-d-argan-cosmetique-biologique-pressee-a-froid"
        let reading = try ChartReading(BarChart(title: "t", bars: [.init(label: label, value: 1)], language: .english).svg)
        #expect(try #require(reading.text(label)).children.count > 1)
        let bar = try #require(reading.rects(fill: ChartStyle.barFill).first)
        #expect(bar.number("x")! > ChartStyle.width * 0.4 && bar.number("width")! > ChartStyle.width * 0.4)
        #expect(bar.number("x")! + bar.number("width")! < ChartStyle.width - ChartStyle.margin)
    }

    @Test func anArabicChartRunsRightToLeft() throws {
        let regions = Region.all.prefix(4)
        let chart = BarChart(
            title: "المنتجات حسب الجهة",
            bars: regions.enumerated().map { .init(label: $1.name.text(in: .arabic), value: ($0 + 1) * 10) }, language: .arabic)
        let svg = chart.svg
        let reading = try ChartReading(svg)
        #expect(reading.root["direction"] == "rtl" && reading.root["lang"] == "ar")
        #expect(reading.isolatedNumbers == ["10", "20", "30", "40"])
        #expect(!ChartReading.hasArabicDigits(svg))
        // Bars grow leftwards from one right edge, labels to its right.
        let bars = reading.rects(fill: ChartStyle.barFill)
        let rightEdges = bars.map { $0.number("x")! + $0.number("width")! }
        let edge = try #require(rightEdges.max())
        #expect(bars.count == 4 && edge - rightEdges.min()! < 0.15)  // each attribute rounded to tenths
        for region in regions {
            let label = try #require(reading.text(region.name.text(in: .arabic)))
            #expect(label.number("x")! > edge)
        }
        // A value alone is left to right, anchored by its end, left of its bar.
        let values = reading.root.all("text").filter { $0.children.first.map(ChartReading.isIsolated) == true }
        #expect(values.count == 4)
        for (value, bar) in zip(values, bars) {
            #expect(value["direction"] == "ltr" && value["text-anchor"] == "end")
            #expect(value.number("x")! < bar.number("x")!)
        }
    }

    @Test func theSameChartIsDrawnTheSameAndAnotherGetsOtherIds() throws {
        #expect(Self.productsPerRegion.svg == Self.productsPerRegion.svg)
        var other = Self.productsPerRegion
        other.bars[0].value += 1
        let ids = try [Self.productsPerRegion, other].map { try ChartReading($0.svg).root["aria-labelledby"] }
        #expect(ids[0] != ids[1])
    }
}
