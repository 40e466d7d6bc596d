import Testing

@testable import TiwiziRuleTesting

/// A test file is checked like a rule set: an unknown key, a wrong type or an invalid fixture is
/// an error that names the file, the test and the key, and none of its tests runs.
@Suite("Rule-set tests: invalid test files")
struct RuleTestFileTests {
    private let file = "pricing/base_test.lua"

    /// A test file with the folder's fixtures and `tests`.
    private func source(_ tests: String) -> String {
        "return {\n\(RuleTestFolder.fixtures)\ntests = {\n\(tests)\n},\n}\n"
    }

    @Test func theTableAndItsKeysAreChecked() {
        let folder = RuleTestFolder()
        defer { folder.remove() }
        let cases: [(String, String)] = [
            (
                "return 1",
                "\(file) returned number, not a rule-set test; return a table with fixtures and tests (see docs/rules.md)."
            ),
            ("return {fixture = {}, tests = {}}", "\(file): unknown field “fixture”; expected one of: fixtures, tests."),
            ("return {fixtures = {}}", "\(file): tests is required."),
            ("return {tests = {}}", "\(file): tests is empty; give at least one test."),
            (source("{sku = \"OIL-1\"}"), "\(file): tests[1]: name is required."),
            (
                source("{name = \"a\", sku = \"OIL-1\", expected = {}}"),
                "\(file): test “a”: unknown field “expected”; expected one of: name, sku, cart, coupons, customer, "
                    + "redeemed, at, params, matrix, expect, check."
            ),
            (
                source("{name = \"a\", sku = \"OIL-1\", expect = {prize = \"1.00\"}}"),
                "\(file): test “a”, expect: unknown field “prize”; expected one of: price, list_price, producer, "
                    + "producer_share, floor, vat, applied, skipped, labels, clamped."
            ),
            (
                source("{name = \"a\", sku = \"OIL-1\", expect = {price = \"douze\"}}"),
                "\(file): test “a”, expect: price must be an amount as text, \"169.90\", or Money, not “douze”."
            ),
            (
                source("{name = \"a\", sku = \"OIL-1\", expect = {skipped = {promo = \"skip\"}}}"),
                "\(file): test “a”, expect: skipped.promo “skip” is not allowed; use one of: outsideWindow, declined, "
                    + "stoppedBy, excludedBy, exclusiveAfter, lostBestOf, groupTakenBy, failed."
            ),
            (
                source("{name = \"a\", sku = \"OIL-1\", expect = {skipped = {\"promo\"}}}"),
                "\(file): test “a”, expect: skipped must be reason codes by rule, "
                    + "{[\"assises-15\"] = \"outsideWindow\"}, not table."
            ),
            (
                source("{name = \"a\"}"),
                "\(file): test “a”: sku or cart is required: the product or the cart the test prices."
            ),
            (
                source("{name = \"a\", sku = \"NOPE-1\"}"),
                "\(file): test “a”: sku NOPE-1 is not a fixture product; the fixture products are OIL-1, HONEY-1, BAD-1."
            ),
            (
                source("{name = \"a\", sku = \"OIL-1\", at = \"tomorrow\"}"),
                "\(file): test “a”: at “tomorrow” is not a moment; write 2026-03-20T09:00 or 2026-03-20."
            ),
            (
                source("{name = \"a\", sku = \"OIL-1\"}, {name = \"a\", sku = \"HONEY-1\"}"),
                "\(file): two tests are named “a”; names must be unique."
            ),
            (
                source("{name = \"a\", sku = \"OIL-1\", check = true}"),
                "\(file): test “a”: check must be a function, not boolean."
            ),
        ]
        for (source, message) in cases {
            #expect(folder.problems(source) == [message], "\(source)")
        }
        #expect(folder.run().succeeded == false && folder.run().failed == 0)
    }

    @Test func aScriptErrorNamesItsLine() {
        let folder = RuleTestFolder()
        defer { folder.remove() }
        #expect(folder.problems("local x = \nreturn {") == ["\(file):2: unexpected symbol near 'return'"])
    }

    @Test func anInvalidFixtureNamesTheFileAndTheField() {
        let folder = RuleTestFolder()
        defer { folder.remove() }
        func problems(_ fixtures: String) -> [String] {
            folder.problems("return {fixtures = {\(fixtures)}, tests = {{name = \"a\", sku = \"OIL-1\"}}}")
        }
        #expect(
            problems("cooperatives = {{id = \"coop-a\", ice = \"12\"}}, products = {{sku = \"OIL-1\"}}")
                == ["\(file): fixtures.cooperatives[1].ice: an ICE is exactly 15 digits; “12” has 2 characters."])
        #expect(
            problems("cooperatives = {{id = \"coop-a\"}}, products = {{sku = \"OIL-1\", price = 100.5}}")
                == [
                    "\(file): fixtures.products[1].price: 100.5 is a float; write decimals as text (\"100.5\"), as in a catalog file."
                ])
        #expect(
            problems("cooperatives = {{id = \"coop-a\"}}, products = {{sku = \"OIL-1\", allergens = {\"argan\", x = 1}}}")
                == ["\(file): fixtures.products[1].allergens: a table is either a list or named fields, not both."])
        #expect(
            problems("coops = {}")
                == ["\(file): fixtures: unknown field “coops”; expected one of: schemes, know_how, cooperatives, products."])
        let certificates = """
            cooperatives = {{id = "coop-a"}}, schemes = {{id = "bio"}},
            products = {{sku = "OIL-1", certificates = {
              {scheme = "bio", number = "B-1", valid_from = "2025-01-01", valid_until = "2025-12-31"},
              {scheme = "bio", number = "B-2", valid_from = "2025-01-01", valid_until = "2024-12-31"}}}}
            """
        let reversed = problems(certificates)
        #expect(reversed.count == 1 && reversed[0].hasPrefix("\(file): fixtures.products[1].certificates[2]"), "\(reversed)")
        // A certificate outside its scheme's area is refused as in an import.
        let outside = problems(
            """
            cooperatives = {{id = "coop-a", region = "MA-06"}},
            schemes = {{id = "igp-argane", kind = "igp", area = {"MA-09"}}},
            products = {{sku = "OIL-1", certificates = {
              {scheme = "igp-argane", number = "I-1", valid_from = "2025-01-01", valid_until = "2027-12-31"}}}}
            """)
        #expect(outside.count == 1 && outside[0].hasPrefix("\(file): fixtures.products[1].certificates[1]"), "\(outside)")
    }

    @Test func fixturesTakeDefaultsForWhatATestDoesNotCareAbout() {
        let folder = RuleTestFolder()
        defer { folder.remove() }
        // Two cooperatives without ICE get different ones; a product without a cooperative is the first one's.
        let problems = folder.problems(
            """
            return {
              fixtures = {cooperatives = {{id = "coop-a"}, {id = "coop-b", members = 12, women = 6}}, products = {{sku = "OIL-1"}}},
              tests = {{name = "defaults", sku = "OIL-1", expect = {price = "110.00", list_price = "100.00"}, check = function(r)
                local p = catalog.product("OIL-1")
                assert(p.cooperative.id == "coop-a" and p.category == "food" and p.stock == 10)
                assert(p.cooperative.members == 10 and p.cooperative.women == 0 and p.cooperative.region.code == "MA-09")
                assert(p.names.fr == "OIL-1" and catalog.cooperative("coop-b").women == 6)
                assert(p.cooperative.founded == tiwizi.date("2000-01-01") and p.cooperative.legal_form == "cooperative")
              end}},
            }
            """)
        #expect(problems == [])
        #expect(folder.run().passed == 1, "\(folder.run().files)")
    }

    @Test func fieldPathsCountFromOneAsLuaDoes() {
        #expect(
            FixtureDocument.luaField("products[0].certificates[1].valid_until")
                == "fixtures.products[1].certificates[2].valid_until")
        #expect(FixtureDocument.luaField("cooperatives[11].ice") == "fixtures.cooperatives[12].ice")
        #expect(FixtureDocument.luaField("schemes") == "fixtures.schemes")
    }
}
