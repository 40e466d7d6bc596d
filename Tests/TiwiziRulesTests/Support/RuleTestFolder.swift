import Foundation
import TiwiziCore
import TiwiziLua

@testable import TiwiziRuleTesting

/// A rules folder with one small rule set and the test files a test writes, run by the real
/// runner: `margin` adds 10 %, `promo` takes 50 % off funded by the cooperative from 18 to 22
/// March 2026, `fail` raises an error on BAD-1, and `cheap` labels prices under 50 DH.
struct RuleTestFolder {
    let folder = RuleFolder()

    static let rules = """
        return {
          name = "base", version = "1.0.0", api = "2.0", description = {fr = "d", ar = "د"},
          parameters = {margin = {type = "percentage", default = 10, description = {fr = "Marge", ar = "هامش"}}},
          labels = {cheap = {fr = "Petit prix", en = "Low price"}},
          rules = {
            {name = "margin", priority = 10, funded_by = "marketplace",
             price = function(_, ctx) return {markup_percent = ctx:param("margin")} end},
            {name = "promo", priority = 5, funded_by = "cooperative", valid_from = "2026-03-18",
             valid_until = "2026-03-22", price = function() return {percent_off = 50} end},
            {name = "fail", price = function(p)
              if p.sku == "BAD-1" then error("boom") end
              return nil, "not BAD-1"
            end},
            {name = "cheap", label = function(_, ctx)
              if ctx.price < tiwizi.money("50.00") then return {label = "cheap"} end
              return nil, "not cheap"
            end},
          },
        }
        """

    /// One cooperative with a floor of 80 %, and OIL-1 at 100,00 (110,00 after the margin).
    static let fixtures = """
        fixtures = {
          cooperatives = {{id = "coop-a", producer_floor = "80 %"}},
          products = {{sku = "OIL-1", price = "100.00"}, {sku = "HONEY-1", price = "40.00"}, {sku = "BAD-1"}},
        },
        """

    init() {
        folder.write("pricing/base.lua", Self.rules)
    }

    /// Writes `pricing/base_test.lua` with the fixtures and `tests` (the Lua list's items).
    func writeTests(_ tests: String, fixtures: String = RuleTestFolder.fixtures) {
        folder.write("pricing/base_test.lua", "return {\n\(fixtures)\ntests = {\n\(tests)\n},\n}\n")
    }

    /// Runs every test file, by default outside the promotion's window.
    func run(at moment: String = "2026-04-01T10:00", language: InterfaceLanguage = .english) -> RuleTestReport {
        RuleTestRunner(folder: folder.root, moment: RunContext.parseInstant(moment)!, language: language).run()
    }

    /// The failures of the only test, in English.
    func failures(_ test: String, at moment: String = "2026-04-01T10:00") -> [String] {
        writeTests(test)
        return run(at: moment).files.first?.results.first?.failures.map { $0.text(in: .english) } ?? ["no result"]
    }

    /// The problems of the only test file, in English.
    func problems(_ source: String) -> [String] {
        folder.write("pricing/base_test.lua", source)
        return run().files.first?.problems.map { $0.text(in: .english) } ?? ["no file"]
    }

    func remove() { folder.remove() }
}

extension RuleTestFolder {
    /// `promotions/cart.lua`: `tier`, 10 % off HONEY-1 from three jars, and `coupon`, 5,00 off
    /// orders from 100,00 with the code SAVE, two uses, one per customer; both funded by the
    /// marketplace.
    func writeCartRules() {
        folder.write(
            "promotions/cart.lua",
            """
            return {
              name = "cart", version = "1.0.0", api = "2.0", description = {fr = "d", ar = "د"},
              rules = {
                {name = "tier", priority = 10, funded_by = "marketplace",
                 cart = function() return {tier = {"HONEY-1"}, from = 3, percent_off = 10} end},
                {name = "coupon", funded_by = "marketplace", coupon = {code = "SAVE", max_uses = 2, max_per_customer = 1},
                 cart = function() return {order_amount_off = "5.00", min_amount = "100.00"} end},
              },
            }
            """)
    }
}
