import Testing
import TiwiziCore
import TiwiziFormats

@testable import TiwiziRuleTesting
@testable import TiwiziRules

/// Cart tests: a cart of fixture products quoted by the real engine, its amounts, rules and
/// coupons checked, caps reached through `redeemed`, and every invalid key named.
@Suite("Rule-set tests: carts")
struct CartRuleTestTests {
    private let file = "pricing/base_test.lua"

    /// A folder with the product rules and the cart rules.
    private func folder() -> RuleTestFolder {
        let folder = RuleTestFolder()
        folder.writeCartRules()
        return folder
    }

    @Test func aCartTestChecksTheQuote() throws {
        let folder = folder()
        defer { folder.remove() }
        // OIL-1 110,00 and 3 × HONEY-1 44,00: the tier takes 13,20 off the honey, then SAVE
        // 5,00 off 228,80, split 2,40 / 2,60 in proportion to the lines.
        folder.writeTests(
            """
            {name = "tier and coupon", cart = {{sku = "OIL-1", quantity = 1}, {sku = "HONEY-1", quantity = 3}},
             coupons = {"save"}, customer = "amina",
             expect = {subtotal = "242.00", discount = "18.20", total = "223.80", vat = "37.30", producers = "220.00",
                       lines = {["OIL-1"] = "107.60", ["HONEY-1"] = {unit_price = "44.00", subtotal = "132.00",
                                discount = "15.80", total = "116.20", vat = "19.37", producer = "120.00"}},
                       applied = {"tier", "coupon"}, redeemed = {"SAVE"}, skipped = {}},
             check = function(r)
               assert(r.total == tiwizi.money("223.80") and r.discount == tiwizi.money("18.20"))
               assert(r.customer == "amina" and r.coupons[1] == "SAVE" and r.redeemed[1] == "SAVE")
               local honey = r.lines[1]
               assert(honey.sku == "HONEY-1" and honey.quantity == 3 and honey.discounts[2].amount == tiwizi.money("2.60"))
               assert(honey.shares.marketplace == -tiwizi.money("3.80") and honey.unit.steps[1].rule == "margin")
               assert(r.steps[1].effects[1].lines[1].amount == tiwizi.money("13.20") and r.vat[1].rate == 20)
               r.total = tiwizi.money("1.00")
             end},
            {name = "a lone line", cart = {{sku = "OIL-1", quantity = 2}, {sku = "OIL-1", quantity = 1}},
             expect = {lines = {["OIL-1"] = {subtotal = "330.00"}}, skipped = {tier = "tierShort", coupon = "couponNotGiven"}}},
            """)
        let report = folder.run()
        let results = try #require(report.files.first?.results)
        #expect(results.map(\.passed) == [false, true], "\(report.files)")
        #expect(
            results[0].failures.map { $0.text(in: .english) } == [
                "check failed: pricing/base_test.lua:20: attempt to write field 'total' of a read-only table"
            ])
        #expect(results[0].sku == nil && results[0].cart?.lines.map(\.sku) == ["HONEY-1", "OIL-1"])
        // Lines of one SKU are merged, as in a cart file.
        #expect(results[1].cart?.lines.first?.quantity == 3)
        let json = JSONDocument.render(report.document(language: .english)).filter { !$0.isWhitespace }
        #expect(
            json.contains(
                #""cart":[{"sku":"HONEY-1","quantity":3},{"sku":"OIL-1","quantity":1}],"coupons":["SAVE"],"customer":"amina""#
            ), "\(json)")
    }

    @Test func eachCartFailureSaysWhatDiffers() {
        let folder = folder()
        defer { folder.remove() }
        folder.writeTests(
            """
            {name = "wrong", cart = {{sku = "OIL-1", quantity = 1}, {sku = "HONEY-1", quantity = 2}},
             expect = {subtotal = "198.00", total = "190.00", lines = {["HONEY-1"] = "80.00"}, applied = {"tier"},
                       skipped = {tier = "orderShort", coupon = "couponNotGiven", margin = "declined"},
                       redeemed = {"save"}}},
            {name = "discounts", cart = {{sku = "OIL-1", quantity = 1}, {sku = "HONEY-1", quantity = 3}},
             coupons = {"SAVE"}, customer = "amina", expect = {total = "200.00", lines = {["HONEY-1"] = {total = "118.80"}}}},
            """)
        let results = folder.run().files.first?.results ?? []
        let tier = "1 more unit of HONEY-1 for the tier"
        #expect(
            results.first?.failures.map { $0.text(in: .english) } == [
                "expected total 190.00, got 198.00 (rules applied: none)",
                "expected line HONEY-1 total 80.00, got 88.00 (discounts: none)",
                "expected applied tier, got none; tier not applied: \(tier)",
                "expected margin skipped (declined), but no loaded cart rule is named margin",
                "expected tier skipped (orderShort), got tierShort: \(tier)",
                "expected redeemed SAVE, got none; coupon not applied: coupon SAVE was not given",
            ])
        #expect(results.first?.failures.map(\.code) == ["total", "lines", "applied", "skipped", "skipped", "redeemed"])
        #expect(
            results.last?.failures.map { $0.text(in: .english) } == [
                "expected total 200.00, got 223.80 (rules applied: tier, coupon)",
                "expected line HONEY-1 total 118.80, got 116.20 (discounts: tier 13.20, coupon 2.60)",
            ])
        #expect(
            results.last?.failures.map { $0.text(in: .french) } == [
                "attendu total 200.00, obtenu 223.80 (règles appliquées : tier, coupon)",
                "attendu ligne HONEY-1 total 118.80, obtenu 116.20 (remises : tier 13.20, coupon 2.60)",
            ])
    }

    @Test func capsAreReachedThroughEarlierRedemptions() {
        let folder = folder()
        defer { folder.remove() }
        func test(_ name: String, _ rest: String) -> String {
            #"{name = "\#(name)", cart = {{sku = "OIL-1", quantity = 1}}, coupons = {"SAVE"}, \#(rest)},"#
        }
        folder.writeTests(
            [
                test(
                    "in all",
                    #"customer = "amina", redeemed = {SAVE = {total = 2}}, "#
                        + #"expect = {total = "110.00", redeemed = {}, skipped = {coupon = "couponCapReached"}}"#),
                test(
                    "codes are not case-sensitive",
                    #"customer = "amina", redeemed = {save = {total = 2}}, "#
                        + #"expect = {skipped = {coupon = "couponCapReached"}}"#),
                test(
                    "below the cap",
                    #"customer = "amina", redeemed = {SAVE = {total = 1}}, "#
                        + #"expect = {total = "105.00", redeemed = {"SAVE"}}"#),
                test(
                    "per customer",
                    #"customer = "amina", redeemed = {SAVE = {total = 1, by_customer = 1}}, "#
                        + #"expect = {total = "110.00", skipped = {coupon = "couponCustomerCapReached"}}"#),
                test(
                    "by_customer alone is the total too",
                    #"customer = "amina", redeemed = {SAVE = {by_customer = 1}}, "#
                        + #"expect = {skipped = {coupon = "couponCustomerCapReached"}}"#),
                test("a capped code needs the customer", #"expect = {skipped = {coupon = "couponNeedsCustomer"}}"#),
                test("each test starts from its own redemptions", #"customer = "amina", expect = {redeemed = {"SAVE"}}"#),
            ].joined(separator: "\n"))
        let results = folder.run().files.first?.results ?? []
        #expect(results.count == 7 && results.allSatisfy(\.passed), "\(results.map(\.failures))")
        let ledger = Redemptions(counts: ["SAVE": .init(total: 3, byCustomer: 1)], customer: "amina")
        #expect(ledger.uses(of: "save") == 3 && ledger.uses(of: "save", by: "amina") == 1)
        #expect(ledger.uses(of: "SAVE", by: "karim") == 0 && ledger.uses(of: "OTHER") == 0)
    }

    @Test func anInvalidCartTestNamesTheFileTheTestAndTheKey() {
        let folder = folder()
        defer { folder.remove() }
        func problems(_ test: String) -> [String] {
            folder.problems("return {\n\(RuleTestFolder.fixtures)\ntests = {\(test)},\n}\n")
        }
        let cart = #"cart = {{sku = "OIL-1", quantity = 1}}"#
        let place = "\(file): test “a”"
        let cases: [(String, [String])] = [
            (#"{name = "a"}"#, ["\(place): sku or cart is required: the product or the cart the test prices."]),
            (#"{name = "a", sku = "OIL-1", \#(cart)}"#, ["\(place): give sku (a product) or cart (a cart), not both."]),
            (
                #"{name = "a", sku = "OIL-1", redeemed = {}}"#,
                ["\(place): redeemed is for cart tests; a test of a product (sku) does not take it."]
            ),
            (
                #"{name = "a", cart = {{sku = "NOPE-1", quantity = 1}}}"#,
                ["\(place): sku NOPE-1 is not a fixture product; the fixture products are OIL-1, HONEY-1, BAD-1."]
            ),
            (
                #"{name = "a", cart = {{sku = "OIL-1", qty = 2}}}"#,
                [
                    "\(place): cart[1].qty: unknown field “qty”; expected one of: sku, quantity.",
                    "\(place): cart[1].quantity: cart[1].quantity is required.",
                ]
            ),
            (
                #"{name = "a", cart = {{sku = "OIL-1", quantity = 1.5}}}"#,
                [#"\#(place): cart[1].quantity: 1.5 is a float; write decimals as text ("1.5"), as in a catalog file."#]
            ),
            (#"{name = "a", cart = {sku = "OIL-1"}}"#, ["\(place): cart: expected a list."]),
            (
                #"{name = "a", \#(cart), expect = {price = "1.00"}}"#,
                [
                    "\(place), expect: unknown field “price”; expected one of: subtotal, discount, total, vat, producers, "
                        + "lines, applied, skipped, redeemed."
                ]
            ),
            (
                #"{name = "a", \#(cart), expect = {lines = {["HONEY-1"] = "1.00"}}}"#,
                ["\(place), expect: lines: HONEY-1 is not a line of the test's cart; its lines are OIL-1."]
            ),
            (
                #"{name = "a", \#(cart), expect = {lines = {["OIL-1"] = {totl = "1.00"}}}}"#,
                [
                    "\(place), expect.lines.OIL-1: unknown field “totl”; expected one of: unit_price, subtotal, discount, "
                        + "total, vat, producer."
                ]
            ),
            (
                #"{name = "a", \#(cart), expect = {lines = {["OIL-1"] = "lots"}}}"#,
                [#"\#(place), expect: lines.OIL-1 must be an amount as text, "169.90", or Money, not “lots”."#]
            ),
            (
                #"{name = "a", \#(cart), expect = {skipped = {tier = "short"}}}"#,
                [
                    "\(place), expect: skipped.tier “short” is not allowed; use one of: "
                        + (SkipReason.codes + SkipReason.cartCodes).joined(separator: ", ") + "."
                ]
            ),
            (
                #"{name = "a", \#(cart), customer = "amina", redeemed = {SAVE = {total = 1, by_customer = 2}}}"#,
                ["\(place): redeemed.SAVE: by_customer (2) cannot be above total (1)."]
            ),
            (
                #"{name = "a", \#(cart), redeemed = {SAVE = {by_customer = 1}}}"#,
                ["\(place): redeemed.SAVE.by_customer counts the redemptions of the test's customer; give customer."]
            ),
            (
                #"{name = "a", \#(cart), redeemed = {SAVE = {totl = 1}}}"#,
                ["\(place), redeemed.SAVE: unknown field “totl”; expected one of: total, by_customer."]
            ),
            (
                #"{name = "a", \#(cart), redeemed = {SAVE = {total = -1}}}"#,
                ["\(place), redeemed.SAVE: total must be a whole number, 0 or more, not number."]
            ),
            (
                #"{name = "a", \#(cart), redeemed = {"SAVE"}}"#,
                [
                    "\(place): redeemed must be redemptions by code, {ESS2026 = {total = 500, by_customer = 1}}, not table."
                ]
            ),
        ]
        for (test, messages) in cases {
            #expect(problems(test) == messages, "\(test)")
        }
        // In French too.
        folder.folder.write("pricing/base_test.lua", "return {\n\(RuleTestFolder.fixtures)\ntests = {{name = \"a\"}},\n}\n")
        let french = folder.run(language: .french).files.first?.problems.map { $0.text(in: .french) }
        #expect(
            french == [
                "\(file) : test « a » : sku ou cart est obligatoire : le produit ou le panier que le test calcule."
            ])
    }
}
