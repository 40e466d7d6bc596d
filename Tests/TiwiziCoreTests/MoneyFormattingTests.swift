import Testing
import TiwiziTestSupport

@testable import TiwiziCore

@Suite("Money: formatting and round trips")
struct MoneyFormattingTests {
    /// Readable expectations: `_` stands for U+202F (thousands), `~` for U+00A0 (before the symbol).
    private func visible(_ text: String) -> String {
        text.replacingOccurrences(of: "_", with: "\u{202F}").replacingOccurrences(of: "~", with: "\u{00A0}")
    }

    @Test(arguments: [
        (Int64(14550), "145,50~DH", "145,50~د.م.", "MAD~145.50"),
        (145_000, "1_450,00~DH", "1_450,00~د.م.", "MAD~1,450.00"),
        (0, "0,00~DH", "0,00~د.م.", "MAD~0.00"),
        (5, "0,05~DH", "0,05~د.م.", "MAD~0.05"),
        (100_000, "1_000,00~DH", "1_000,00~د.م.", "MAD~1,000.00"),
        (99_999, "999,99~DH", "999,99~د.م.", "MAD~999.99"),
        (123_456_789, "1_234_567,89~DH", "1_234_567,89~د.م.", "MAD~1,234,567.89"),
        (-14550, "-145,50~DH", "-145,50~د.م.", "-MAD~145.50"),
    ])
    func dirhamInEachLanguage(units: Int64, french: String, arabic: String, english: String) {
        let money = mad(units)
        #expect(money.formatted(for: .french) == visible(french))
        #expect(money.formatted(for: .arabic) == visible(arabic))
        #expect(money.formatted(for: .english) == visible(english))
        #expect(money.formatted(for: .tamazight) == visible(french))
    }

    @Test func otherCurrencies() throws {
        let euros = Money(minorUnits: 145_000, currency: .eur)
        #expect(euros.formatted(for: .french) == visible("1_450,00~€"))
        #expect(euros.formatted(for: .english) == "€1,450.00")
        #expect(Money(minorUnits: 500, currency: .usd).formatted(for: .english) == "$5.00")
        #expect(Money(minorUnits: 1_450_000, currency: .xof).formatted(for: .french) == visible("1_450_000~F CFA"))
        #expect(Money(minorUnits: 1450, currency: .xof).formatted(for: .english) == visible("F CFA~1,450"))
        #expect(Money(minorUnits: 1_450_005, currency: .tnd).formatted(for: .french) == visible("1_450,005~DT"))
        #expect(Money(minorUnits: 1_450_005, currency: .tnd).formatted(for: .arabic) == visible("1_450,005~د.ت."))
        #expect(try Money(minorUnits: 1_000, currency: Currency(code: "CAD")).formatted(for: .english) == "CA$10.00")
    }

    @Test func decimalStringIsPlain() {
        #expect(mad(145_000).decimalString == "1450.00")
        #expect(mad(-500).decimalString == "-5.00")
        #expect(mad(5).decimalString == "0.05")
        #expect(mad(0).decimalString == "0.00")
        #expect(mad(Int64.min).decimalString == "-92233720368547758.08")
        #expect(Money(minorUnits: 1450, currency: .xof).decimalString == "1450")
        #expect(Money(minorUnits: 1450, currency: .tnd).decimalString == "1.450")
        #expect(mad(14550).description == "145.50 MAD")
    }

    @Test func extremesFormat() {
        #expect(mad(Int64.max).formatted(for: .english) == visible("MAD~92,233,720,368,547,758.07"))
        #expect(mad(Int64.min).formatted(for: .french) == visible("-92_233_720_368_547_758,08~DH"))
    }

    @Test(arguments: Currency.known)
    func formattedAndPlainFormsParseBack(currency: Currency) throws {
        var generator = SeededGenerator(seed: 1_450)
        // Random magnitudes spread over every digit count, plus boundaries: parse accepts up to
        // 15 integer digits.
        let limit = 999_999_999_999_999 * currency.minorUnitsPerMajor + currency.minorUnitsPerMajor - 1
        var values: [Int64] = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 999_999, 1_000_000, limit]
        for _ in 0..<500 {
            let digits = Int64.random(in: 1...18, using: &generator)
            var bound: Int64 = 1
            for _ in 0..<digits { bound *= 10 }
            values.append(min(Int64.random(in: 0..<bound, using: &generator), limit))
        }
        for units in values {
            let money = Money(minorUnits: units, currency: currency)
            for language in Language.allCases {
                let text = money.formatted(for: language)
                #expect(try Money.parse(text, currency: currency) == money, "\(text)")
            }
            #expect(try Money.parse(money.decimalString, currency: currency) == money)
            #expect(try Money(decimalString: money.decimalString, currency: currency) == money)
            let negative = Money(minorUnits: -units, currency: currency)
            #expect(try Money(decimalString: negative.decimalString, currency: currency) == negative)
        }
    }
}
