import Foundation
import Testing
import TiwiziTestSupport

@testable import TiwiziCore

@Suite("Money: currencies")
struct MoneyCurrencyTests {
    @Test(arguments: [
        ("MAD", 2), ("EUR", 2), ("USD", 2), ("GBP", 2), ("CHF", 2), ("XOF", 0), ("XAF", 0), ("TND", 3),
        ("DZD", 2), ("EGP", 2), ("MRU", 2), ("JPY", 0), ("KWD", 3), ("CAD", 2),
    ])
    func knownCurrencyDigits(code: String, digits: Int) throws {
        let currency = try Currency(code: code)
        #expect(currency.code == code)
        #expect(currency.minorUnitDigits == digits)
    }

    @Test func codesAreCaseInsensitiveAndNormalized() throws {
        #expect(try Currency(code: "mad") == .mad)
        #expect(try Currency(code: "Eur").code == "EUR")
        #expect(try Currency(code: "tnd") == .tnd)
    }

    @Test(arguments: ["", "XYZ", "MA", "MADD", "€", "dh"])
    func unknownCodesThrow(code: String) {
        #expect(throws: MoneyError.unknownCurrency(code)) { try Currency(code: code) }
    }

    @Test func staticCurrenciesMatchTheTable() throws {
        for currency in [Currency.mad, .eur, .usd, .xof, .tnd] {
            #expect(try Currency(code: currency.code) == currency)
        }
        #expect(Currency.known.count == 14)
        #expect(Currency.known.map(\.code) == Currency.known.map(\.code).sorted())
    }

    @Test func minorUnitsPerMajor() {
        #expect(Currency.mad.minorUnitsPerMajor == 100)
        #expect(Currency.xof.minorUnitsPerMajor == 1)
        #expect(Currency.tnd.minorUnitsPerMajor == 1000)
    }

    @Test func currencySymbolsFollowTheLanguage() throws {
        #expect(Currency.mad.symbol(for: .french) == "DH")
        #expect(Currency.mad.symbol(for: .arabic) == "د.م.")
        #expect(Currency.mad.symbol(for: .english) == "MAD")
        #expect(Currency.mad.symbol(for: .tamazight) == "DH")
        #expect(Currency.eur.symbol(for: .french) == "€")
        #expect(Currency.usd.symbol(for: .english) == "$")
        #expect(try Currency(code: "CHF").symbol(for: .arabic) == "CHF")
    }

    @Test func markersNameExactlyOneCurrency() {
        let markers = CurrencyTable.markers.map(\.marker)
        #expect(Set(markers).count == markers.count)
    }

    @Test func codableAsCodeString() throws {
        let data = try JSONEncoder().encode([Currency.mad, .xof])
        #expect(String(decoding: data, as: UTF8.self) == #"["MAD","XOF"]"#)
        #expect(try JSONDecoder().decode([Currency].self, from: Data(#"["mad","TND"]"#.utf8)) == [.mad, .tnd])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Currency].self, from: Data(#"["XYZ"]"#.utf8)) }
    }
}

@Suite("Money: arithmetic")
struct MoneyArithmeticTests {
    @Test func addSubtractMultiply() throws {
        #expect(try mad(14550).adding(mad(450)) == mad(15000))
        #expect(try mad(14550).subtracting(mad(15000)) == mad(-450))
        #expect(try mad(14550).multiplied(by: 3) == mad(43650))
        #expect(try mad(14550).negated() == mad(-14550))
        #expect(try mad(100) + mad(5) == mad(105))
        #expect(try mad(100) - mad(5) == mad(95))
        #expect(try mad(100) * -2 == mad(-200))
        #expect(try Money.sum([mad(1), mad(2), mad(3)]) == mad(6))
        #expect(try Money.sum([], currency: .eur) == Money.zero(.eur))
    }

    @Test func currencyMismatchThrows() {
        let euros = Money(minorUnits: 100, currency: .eur)
        #expect(throws: MoneyError.currencyMismatch(.mad, .eur)) { try mad(100).adding(euros) }
        #expect(throws: MoneyError.currencyMismatch(.mad, .eur)) { try mad(100) - euros }
        #expect(throws: MoneyError.currencyMismatch(.mad, .eur)) { try mad(100).isLess(than: euros) }
        #expect(throws: MoneyError.currencyMismatch(.mad, .eur)) { try Money.sum([mad(1), euros]) }
        #expect(mad(100) != euros)
    }

    @Test func overflowIsDetected() throws {
        let max = mad(Int64.max)
        let min = mad(Int64.min)
        #expect(throws: MoneyError.overflow) { try max.adding(mad(1)) }
        #expect(throws: MoneyError.overflow) { try min.subtracting(mad(1)) }
        #expect(throws: MoneyError.overflow) { try mad(Int64.max / 2 + 1).multiplied(by: 2) }
        #expect(throws: MoneyError.overflow) { try min.negated() }
        #expect(throws: MoneyError.overflow) { try min.multiplied(by: -1) }
        #expect(throws: MoneyError.overflow) { try Money.sum([max, mad(1), mad(-5)]) }
        #expect(try max.negated() == mad(-Int64.max))
    }

    @Test func comparisonWithinACurrency() throws {
        #expect(mad(5) < mad(6))
        #expect(!(mad(6) < mad(6)))
        #expect([mad(3), mad(-1), mad(2)].sorted() == [mad(-1), mad(2), mad(3)])
        #expect(try mad(5).isLess(than: mad(6)))
        #expect(try !mad(6).isLess(than: mad(5)))
    }

    @Test func zeroIsNeitherNegativeNorPositive() {
        #expect(mad(0).isZero && !mad(0).isNegative && !mad(0).isPositive)
        #expect(mad(-1).isNegative && mad(1).isPositive)
    }

    @Test func percentRoundsOnceAtTheEnd() throws {
        // 15 % of 145,50 = 21,825 exactly.
        #expect(try mad(14550).percent(Percentage(percent: 15), rounding: .halfUp) == mad(2183))
        #expect(try mad(14550).percent(Percentage(percent: 15), rounding: .halfEven) == mad(2182))
        #expect(try mad(14550).percent(Percentage(percent: 15), rounding: .down) == mad(2182))
        #expect(try mad(-14550).percent(Percentage(percent: 15), rounding: .halfUp) == mad(-2183))
        #expect(try mad(-14550).percent(Percentage(percent: 15), rounding: .floor) == mad(-2183))
        #expect(try mad(-14550).percent(Percentage(percent: 15), rounding: .ceiling) == mad(-2182))
        // 12,5 % of 99,99 = 12,49875.
        #expect(try mad(9999).percent(Percentage(basisPoints: 1250), rounding: .halfUp) == mad(1250))
        #expect(try mad(9999).percent(Percentage(basisPoints: 1250), rounding: .down) == mad(1249))
        // 100 % and 0 % are exact.
        #expect(try mad(12345).percent(Percentage(percent: 100), rounding: .up) == mad(12345))
        #expect(try mad(12345).percent(Percentage(basisPoints: 0), rounding: .up) == mad(0))
    }

    @Test func scalingUsesAWideIntermediate() throws {
        // Int64.max × 3 would overflow 64 bits; the 128-bit intermediate keeps it exact.
        #expect(try mad(Int64.max).multiplied(by: 3, dividedBy: 4, rounding: .down) == mad(6_917_529_027_641_081_855))
        #expect(try mad(Int64.max).multiplied(by: 3, dividedBy: 4, rounding: .up) == mad(6_917_529_027_641_081_856))
        #expect(try mad(Int64.min).multiplied(by: 1, dividedBy: 1, rounding: .halfUp) == mad(Int64.min))
        #expect(try mad(100).multiplied(by: 1, dividedBy: -3, rounding: .halfUp) == mad(-33))
        #expect(try mad(100).multiplied(by: -2, dividedBy: -3, rounding: .halfUp) == mad(67))
        #expect(throws: MoneyError.overflow) { try mad(Int64.max).multiplied(by: 4, dividedBy: 3, rounding: .down) }
        #expect(throws: MoneyError.overflow) { try mad(Int64.min).multiplied(by: -1, dividedBy: 1, rounding: .down) }
        #expect(throws: MoneyError.overflow) { try mad(Int64.max).percent(Percentage(percent: 200), rounding: .down) }
        #expect(throws: MoneyError.divisionByZero) { try mad(100).multiplied(by: 1, dividedBy: 0, rounding: .down) }
    }

    @Test func percentageDescriptionAndCoding() throws {
        #expect(Percentage(percent: 15).basisPoints == 1500)
        #expect(Percentage(basisPoints: 1250).description == "12.5 %")
        #expect(Percentage(basisPoints: 1505).description == "15.05 %")
        #expect(Percentage(basisPoints: -5).description == "-0.05 %")
        #expect(Percentage(percent: 20).description == "20 %")
        let data = try JSONEncoder().encode(Percentage(basisPoints: 1250))
        #expect(String(decoding: data, as: UTF8.self) == "1250")
    }
}

@Suite("Money: allocation")
struct MoneyAllocationTests {
    @Test func largestRemainderWithIndexTieBreak() throws {
        #expect(try mad(100).allocate([1, 1, 1]) == [mad(34), mad(33), mad(33)])
        #expect(try mad(101).allocate([1, 1, 1]) == [mad(34), mad(34), mad(33)])
        #expect(try mad(-100).allocate([1, 1, 1]) == [mad(-34), mad(-33), mad(-33)])
        #expect(try mad(5).allocate([1, 0, 1]) == [mad(3), mad(0), mad(2)])
        // 1000 × 1/6 = 166.67, × 2/6 = 333.33, × 3/6 = 500: the 0.67 remainder wins.
        #expect(try mad(1000).allocate([1, 2, 3]) == [mad(167), mad(333), mad(500)])
        // Exact shares 2.1, 4.2, 0.7: the 0.7 remainder gets the leftover unit.
        #expect(try mad(7).allocate([3, 6, 1]) == [mad(2), mad(4), mad(1)])
        #expect(try mad(0).allocate([2, 5]) == [mad(0), mad(0)])
        #expect(try mad(12345).allocate([7]) == [mad(12345)])
    }

    @Test func allocationOfExtremesIsExact() throws {
        let parts = try mad(Int64.min).allocate([Int.max, Int.max, 1])
        #expect(try Money.sum(parts) == mad(Int64.min))
        let maxParts = try mad(Int64.max).allocate([3, 3, 3])
        #expect(try Money.sum(maxParts) == mad(Int64.max))
        #expect(maxParts == [mad(3_074_457_345_618_258_603), mad(3_074_457_345_618_258_602), mad(3_074_457_345_618_258_602)])
    }

    @Test func invalidRatiosThrow() {
        #expect(throws: MoneyError.emptyRatios) { try mad(100).allocate([]) }
        #expect(throws: MoneyError.negativeRatio(index: 1, value: -1)) { try mad(100).allocate([2, -1]) }
        #expect(throws: MoneyError.invalidRatioSum) { try mad(100).allocate([0, 0]) }
    }

    @Test func randomAllocationsSumExactlyAndStayWithinOneUnit() throws {
        var generator = SeededGenerator(seed: 20_250_614)
        for _ in 0..<2_000 {
            let amount = Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &generator)
            let count = Int.random(in: 1...12, using: &generator)
            var ratios = (0..<count).map { _ in Int.random(in: 0...1_000_000, using: &generator) }
            if ratios.allSatisfy({ $0 == 0 }) { ratios[0] = 1 }
            let total = Int64(ratios.reduce(0, +))
            let parts = try mad(amount).allocate(ratios)
            #expect(parts.count == count)
            #expect(try Money.sum(parts) == mad(amount))
            for (part, ratio) in zip(parts, ratios) {
                // Exact share = amount × ratio / total (fits: 1e12 × 1e6 < 9.2e18); a part is
                // that share truncated toward zero, or one unit further from zero.
                let truncated = amount * Int64(ratio) / total
                let extra = part.minorUnits - truncated
                #expect(extra == 0 || extra == (amount < 0 ? -1 : 1))
                if ratio == 0 { #expect(part.isZero) }
            }
        }
    }

    @Test func allocationIsDeterministic() throws {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            let amount = Int64.random(in: 0...100_000, using: &generator)
            let ratios = (0..<5).map { _ in Int.random(in: 1...10, using: &generator) }
            #expect(try mad(amount).allocate(ratios) == mad(amount).allocate(ratios))
        }
    }
}

@Suite("Money: coding")
struct MoneyCodingTests {
    @Test func encodesAmountAsExactString() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(mad(145_000))
        #expect(String(decoding: data, as: UTF8.self) == #"{"amount":"1450.00","currency":"MAD"}"#)
        let tnd = try encoder.encode(Money(minorUnits: -5, currency: .tnd))
        #expect(String(decoding: tnd, as: UTF8.self) == #"{"amount":"-0.005","currency":"TND"}"#)
    }

    @Test(arguments: [Int64.min, -1, 0, 1, 14550, Int64.max])
    func roundTripsThroughJSON(units: Int64) throws {
        for currency in Currency.known {
            let money = Money(minorUnits: units, currency: currency)
            let decoded = try JSONDecoder().decode(Money.self, from: JSONEncoder().encode(money))
            #expect(decoded == money)
        }
    }

    @Test func rejectsInexactOrForeignAmounts() {
        let bad = [
            #"{"amount":"145,50","currency":"MAD"}"#, #"{"amount":"145.505","currency":"MAD"}"#,
            #"{"amount":145.5,"currency":"MAD"}"#, #"{"amount":"1","currency":"XYZ"}"#,
        ]
        for json in bad {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(Money.self, from: Data(json.utf8)) }
        }
    }

    @Test func errorsHaveStableCodesAndMessagesInBothLanguages() {
        #expect(MoneyError.overflow.code == "overflow")
        #expect(MoneyError.currencyMismatch(.mad, .eur).code == "currencyMismatch")
        #expect(MoneyError.currencyMismatch(.mad, .eur).english == "cannot combine amounts in MAD and EUR.")
        #expect(MoneyError.currencyMismatch(.mad, .eur).french == "impossible de combiner des montants en MAD et en EUR.")
        #expect(
            MoneyError.invalidEnding(ending: 1000, step: 1000).english
                == "the price ending 1000 must be between 0 and 999 minor units for a step of 1000.")
    }
}
