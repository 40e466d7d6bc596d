import Testing

@testable import TiwiziCore

/// `ProducerFloor`: reading what people write, the minimum per unit, and the checks of a
/// cooperative's and a product's floor.
@Suite("Producer floor")
struct ProducerFloorTests {
    private static func share(_ basisPoints: Int64) -> ProducerFloor { .share(Percentage(basisPoints: basisPoints)) }

    @Test(arguments: [
        ("85 %", share(8_500)), ("85%", share(8_500)), (" 85 % ", share(8_500)), ("12.5 %", share(1_250)),
        ("12,5 %", share(1_250)), ("12,05 %", share(1_205)), ("0 %", share(0)), ("100 %", share(10_000)),
        ("100.00 %", share(10_000)), ("120.00", ProducerFloor.amount(mad(12_000))), ("120", .amount(mad(12_000))),
        ("1 450,50 DH", .amount(mad(145_050))), ("0", .amount(mad(0))),
    ])
    func readsSharesAndAmounts(_ text: String, _ expected: ProducerFloor) {
        #expect(ProducerFloor(text) == expected)
    }

    @Test(arguments: ["101 %", "100.01 %", "-5", "-5 %", "abc", "12.345 %", "%", "", "85 %%", "1000 %", "12.5.1 %", "120.001"])
    func refusesWhatIsNeitherAShareNorAnAmount(_ text: String) {
        #expect(ProducerFloor(text) == nil)
    }

    @Test func anAmountIsInTheCurrencyGiven() {
        #expect(ProducerFloor("12.90", currency: .eur) == .amount(Money(minorUnits: 1_290, currency: .eur)))
        #expect(ProducerFloor("12.90 DH", currency: .eur) == nil)
    }

    @Test(arguments: ["85 %", "12.5 %", "0 %", "100 %", "120.00", "0.00"])
    func readsBackWhatItWrites(_ text: String) {
        let floor = ProducerFloor(text)
        #expect(floor?.description == text)
        #expect(floor.flatMap { ProducerFloor($0.description) } == floor)
    }

    /// 85 % of 145,55 DH is 123,7175 DH: the producer gets 123,72 DH, never 123,71.
    @Test(arguments: [
        (8_500 as Int64, 14_555 as Int64, 12_372 as Int64), (8_500, 14_500, 12_325), (1, 100, 1), (9_999, 100, 100),
        (0, 14_500, 0), (10_000, 14_500, 14_500), (8_500, 0, 0),
    ])
    func aShareIsRoundedUpToTheMinorUnit(_ basisPoints: Int64, _ price: Int64, _ minimum: Int64) throws {
        #expect(try Self.share(basisPoints).minimum(forListPrice: mad(price)) == mad(minimum))
    }

    @Test func anAmountIsItsOwnMinimumInThePricesCurrency() throws {
        #expect(try ProducerFloor.amount(mad(12_000)).minimum(forListPrice: mad(14_500)) == mad(12_000))
        #expect(throws: MoneyError.currencyMismatch(.mad, .eur)) {
            try ProducerFloor.amount(mad(12_000)).minimum(forListPrice: Money(minorUnits: 14_500, currency: .eur))
        }
    }

    @Test func aProductsOwnFloorReplacesItsCooperatives() throws {
        var cooperative = sampleCooperative()
        var product = sampleProduct()
        #expect(product.producerFloor(cooperative: cooperative) == nil)
        #expect(try product.producerMinimum(cooperative: nil) == nil)
        cooperative.producerFloor = Self.share(8_500)
        #expect(product.producerFloor(cooperative: cooperative) == Self.share(8_500))
        #expect(try product.producerMinimum(cooperative: cooperative) == mad(12_325))
        product.producerFloor = .amount(mad(13_000))
        #expect(product.producerFloor(cooperative: cooperative) == .amount(mad(13_000)))
        #expect(try product.producerMinimum(cooperative: cooperative) == mad(13_000))
    }

    @Test func fieldParsingNamesWhatItExpects() {
        #expect(throws: Issue(.producerFloorInvalid("101 %"))) { try FieldParsing.producerFloor("101 %", currency: .mad) }
        #expect(
            ValueProblem.producerFloorInvalid("abc").text(in: .english)
                == "“abc” is not a producer floor; write a share of the price such as 85 % (0 to 100 %, at most 2 decimals) or an amount per unit such as 120.00."
        )
    }
}

@Suite("Producer floor: validation")
struct ProducerFloorValidationTests {
    @Test func aCooperativeDeclaresAShare() {
        var cooperative = sampleCooperative()
        cooperative.producerFloor = .share(Percentage(percent: 85))
        #expect(cooperative.validate(today: day("2026-01-01")) == [])
    }

    @Test func aCooperativeAmountIsRefusedWithTheWayOut() {
        var cooperative = sampleCooperative()
        cooperative.producerFloor = .amount(mad(12_000))
        let issues = cooperative.validate(today: day("2026-01-01"))
        #expect(issues == [Issue(.producerFloorAmountForCooperative("120.00"), field: "producer_floor")])
        let english = issues.first?.text(in: .english) ?? ""
        #expect(english.contains("give a share like “85 %”, or put the amount 120.00 on the product"), "\(english)")
        #expect(issues.first?.text(in: .french).contains("indiquez une part comme « 85 % »") == true)
    }

    @Test(arguments: [-1 as Int64, 10_001, 20_000])
    func aShareOutside0To100IsRefused(_ basisPoints: Int64) {
        let share = Percentage(basisPoints: basisPoints)
        var product = sampleProduct()
        product.producerFloor = .share(share)
        #expect(product.validate() == [Issue(.producerFloorShareOutOfRange(share.description), field: "producer_floor")])
        var cooperative = sampleCooperative()
        cooperative.producerFloor = .share(share)
        #expect(cooperative.validate(today: day("2026-01-01")).map(\.field) == ["producer_floor"])
    }

    @Test(arguments: [0 as Int64, 12_000, 14_500])
    func anAmountUpToThePriceIsAccepted(_ minorUnits: Int64) {
        var product = sampleProduct()
        product.producerFloor = .amount(mad(minorUnits))
        #expect(product.validate() == [])
    }

    @Test func anAmountAboveThePriceNamesBoth() {
        var product = sampleProduct()
        product.producerFloor = .amount(mad(14_501))
        let issues = product.validate()
        #expect(issues == [Issue(.producerFloorAbovePrice(floor: "145.01", price: "145.00"), field: "producer_floor")])
        #expect(
            issues.first?.text(in: .english)
                == "producer_floor: the producer floor 145.01 is above the product's price 145.00; it is part of that price.")
        #expect(
            issues.first?.text(in: .french)
                == "producer_floor : le plancher producteur 145.01 dépasse le prix du produit, 145.00 ; il fait partie de ce prix."
        )
    }

    @Test func aNegativeAmountOrAnotherCurrencyIsRefused() {
        var product = sampleProduct()
        product.producerFloor = .amount(mad(-100))
        #expect(product.validate() == [Issue(.producerFloorNegative("-1.00"), field: "producer_floor")])
        product.producerFloor = .amount(Money(minorUnits: 100, currency: .eur))
        #expect(
            product.validate() == [
                Issue(.producerFloorCurrency(floor: "1.00 EUR", currency: "MAD"), field: "producer_floor")
            ])
    }
}
