import Testing

@testable import TiwiziCore

@Suite("Model: net quantities")
struct NetQuantityTests {
    @Test(arguments: [
        ("250", Int64(250_000)), ("0.5", 500), ("0,5", 500), ("1,5", 1500), ("0.125", 125), ("0.001", 1), ("1.05", 1050),
        (" 250 ", 250_000), ("0", 0), ("007", 7000), ("999999999999", 999_999_999_999_000), ("12.000", 12_000),
        // The same numerals as every numeric field: Arabic-Indic digits, thousands grouped by a space.
        ("١٢", 12_000), ("٢٥٠", 250_000), ("۲۵۰", 250_000), ("1 000", 1_000_000), ("1\u{202F}000,5", 1_000_500),
    ])
    func amountsPeopleType(text: String, thousandths: Int64) throws {
        #expect(NetQuantity.amount(text) == thousandths)
        #expect(try FieldParsing.quantity(text) == thousandths)
    }

    @Test(arguments: [
        "", " ", "abc", "-1", "+1", ".5", "5.", "0.1234", "1.2.3", "1,2,3", "1 00", "10 00", "1e3", "1_000",
        "1000000000000", "5\u{0301}", "2\u{20E3}", "0x10", "1,5 kg",
    ])
    func amountsThatAreRefused(text: String) {
        #expect(NetQuantity.amount(text) == nil)
        #expect(throws: Issue(.quantityInvalid(text))) { try FieldParsing.quantity(text) }
    }

    @Test(arguments: [
        (Int64(250_000), "250"), (500, "0.5"), (1500, "1.5"), (125, "0.125"), (1, "0.001"), (1050, "1.05"), (10, "0.01"),
        (0, "0"), (1_000_000, "1000"),
    ])
    func amountText(thousandths: Int64, text: String) {
        let quantity = NetQuantity(thousandths: thousandths, unit: .gram)
        #expect(quantity.amountText == text)
        #expect(NetQuantity.amount(text) == thousandths)
    }

    @Test func descriptionNamesTheUnit() {
        #expect(NetQuantity(thousandths: 250_000, unit: .millilitre).description == "250 ml")
        #expect(NetQuantity(thousandths: 500, unit: .kilogram).description == "0.5 kg")
        #expect(NetQuantity(thousandths: 1000, unit: .piece).description == "1 piece")
    }

    @Test func unitCodesAreLowercaseAndExact() {
        #expect(QuantityUnit.allCases.map(\.rawValue) == ["g", "kg", "ml", "l", "piece"])
        #expect(QuantityUnit(rawValue: "L") == nil)
    }

    @Test func stockStatusFollowsStockAndMadeToOrder() {
        #expect(Availability.inStock(3).status == .inStock)
        #expect(Availability.inStock(0).status == .outOfStock)
        #expect(Availability.madeToOrder(leadDays: 45).status == .madeToOrder)
        #expect(StockStatus.allCases.map(\.rawValue) == ["in-stock", "out-of-stock", "made-to-order"])
    }

    @Test func membersWomenPercentRoundsHalfUp() {
        #expect(Members(total: 38, women: 38).womenPercent == 100)
        #expect(Members(total: 8, women: 1).womenPercent == 13)  // 12.5 → 13
        #expect(Members(total: 3, women: 1).womenPercent == 33)
        #expect(Members(total: 0).womenPercent == nil)
        #expect(Members(total: 8, youth: 1).youthPercent == 13)
        #expect(Members(total: 0).youthPercent == nil)
        let sum = Members.sum([Members(total: 10, women: 4, youth: 2), Members(total: 5, women: 5, youth: 0)])
        #expect(sum == Members(total: 15, women: 9, youth: 2))
    }

    @Test func vatRegimesHaveTheMoroccanRates() {
        #expect(VATRegime.allCases.map(\.ratePercent) == [20, 14, 10, 7, 0])
    }
}
