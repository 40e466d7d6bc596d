import Foundation
import Testing
import TiwiziCore

@testable import TiwiziGraphics

@Suite("Graphics: contrast, numbers, percentages, text")
struct ChartSupportTests {
    /// WCAG 2 contrast ratio of two `#rrggbb` colours.
    static func contrast(_ first: String, _ second: String) -> Double {
        func luminance(_ colour: String) -> Double {
            let value = Int(colour.dropFirst(), radix: 16)!
            let channels = [value >> 16, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
            let linear = channels.map { $0 <= 0.040_45 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        }
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    @Test func theContrastFunctionKnowsBlackOnWhite() {
        #expect(abs(Self.contrast("#000000", "#ffffff") - 21) < 0.01)
        #expect(abs(Self.contrast("#777777", "#ffffff") - 4.48) < 0.01)
    }

    @Test func textIsAAOnEveryBackground() {
        for background in [ChartStyle.paper] + ChartStyle.tints {
            #expect(Self.contrast(ChartStyle.ink, background) >= 4.5, "\(background)")
        }
    }

    @Test func barsAndPatternsStandOutFromThePaper() {
        #expect(Self.contrast(ChartStyle.barFill, ChartStyle.paper) >= 3)
        let frame = SVGFrame(kind: "test", fingerprint: "")
        let markup = FillPattern.allCases.compactMap { $0.definition(in: frame) }.joined()
        let colours = Set(markup.matches(of: /"(#[0-9a-f]{6})"/).map { String($0.1) }).subtracting([ChartStyle.paper])
        #expect(colours.count >= 3)
        for colour in colours {
            #expect(Self.contrast(colour, ChartStyle.paper) >= 3, "\(colour)")
        }
    }

    @Test func numbersAreWesternDigitsGroupedByANarrowSpace() {
        #expect(ChartWords.integer(0) == "0")
        #expect(ChartWords.integer(999) == "999")
        #expect(ChartWords.integer(1000) == "1\u{202F}000")
        #expect(ChartWords.integer(-12_500) == "-12\u{202F}500")
        #expect(ChartWords.integer(Int.min).hasPrefix("-9\u{202F}223"))
        #expect(Numerals.integer(ChartWords.integer(1_234_567)) == 1_234_567)
        #expect(ChartWords.percent(7, in: .french) == "7\u{202F}%")
        #expect(ChartWords.percent(7, in: .arabic) == "7%")
    }

    @Test func percentagesAlwaysAddUpToAHundred() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let counts = (0..<Int.random(in: 1...9, using: &generator)).map { _ in Int.random(in: 0...1000, using: &generator) }
            guard let percentages = Percentages.of(counts) else {
                #expect(counts.allSatisfy { $0 == 0 })
                continue
            }
            #expect(percentages.reduce(0, +) == 100, "\(counts)")
            let total = Double(counts.reduce(0, +))
            for (count, percentage) in zip(counts, percentages) {
                #expect(abs(Double(percentage) - Double(count) * 100 / total) < 1, "\(counts)")
                if count == 0 { #expect(percentage == 0) }
            }
        }
        #expect(Percentages.of([]) == nil)
        #expect(Percentages.of([2, 1]) == [67, 33])
        #expect(Percentages.of([199, 1]) == [99, 1])
        #expect(Percentages.of([1, 199]) == [1, 99])
        #expect(Percentages.of([1, 1]) == [50, 50])
        #expect(Percentages.of([999, 1]) == [100, 0])
        #expect(Percentages.of([1, -5, 1]) == [50, 0, 50])
    }

    @Test func linesJoinedAreTheTextAgain() {
        let text = "Coopérative féminine d'argan Tafraout Aït Baha et environs  deux espaces https://tiwizi.ma/p/TAF-ARG-250"
        for width in [40.0, 120, 300, 10_000] {
            let lines = TextMetrics.lines(of: text, size: 13, maxWidth: width)
            #expect(lines.joined() == text)
            for line in lines {
                let visible = line.trimmingCharacters(in: .whitespaces)
                #expect(visible.count == 1 || TextMetrics.width(of: visible, size: 13) <= width, "\(line)")
            }
        }
        #expect(TextMetrics.lines(of: text, size: 13, maxWidth: 120).count > 4)
        #expect(TextMetrics.lines(of: text, size: 13, maxWidth: 10_000).count == 1)
        #expect(TextMetrics.lines(of: "", size: 13, maxWidth: 10) == [""])
    }

    @Test func markupEscapesWhatXMLNeeds() {
        #expect(SVGMarkup.escaped(#"<a href="x">&amp;</a>"#) == "&lt;a href=&quot;x&quot;&gt;&amp;amp;&lt;/a&gt;")
        #expect(SVGMarkup.escaped("tab\tline\nend\u{1}\u{FFFF}") == "tab\tline\nend")
        #expect(SVGMarkup.number(12.0) == "12" && SVGMarkup.number(12.25) == "12.3" && SVGMarkup.number(-0.01) == "0")
        #expect(SVGMarkup.number(-3.5) == "-3.5")
    }
}
