import Foundation
import Testing
import TiwiziCore
import TiwiziLua
import TiwiziStore

@testable import TiwiziRules

/// `RuleCheck`: what `tiwizi check` finds in a rules folder, run on a catalog of one
/// cooperative (floor 80 %) and its argan oil at 145,00 DH.
@Suite("Checking rule sets")
struct RuleCheckTests {
    let folder: RuleFolder

    init() { folder = RuleFolder() }

    /// A check of another folder.
    init(folderAt folder: RuleFolder) { self.folder = folder }

    /// Checks the folder at `moment` on the catalog (empty with `products: false`).
    func check(at moment: String = "2026-03-01T10:00", products: Bool = true, against: URL? = nil) throws -> RuleCheckReport {
        let store = try SQLiteCatalogStore(path: folder.root.appendingPathComponent("catalog.sqlite").path)
        if products, try store.read({ try $0.product(EngineFixture.oil.sku) }) == nil {
            var cooperative = EngineFixture.cooperative
            cooperative.producerFloor = ProducerFloor("80 %")
            try store.write { writer in
                _ = try writer.save(cooperative)
                _ = try writer.save(EngineFixture.oil)
            }
        }
        let context = RunContext(at: RunContext.parseInstant(moment)!)
        return try RuleCheck(
            folders: [.init(folder.root.path, origin: .rules)], against: against.map { [.init($0.path, origin: .rules)] },
            context: context
        ).run(store: store)
    }

    static func ruleSet(_ name: String, _ rules: String) -> String {
        "return {\n  name = \"\(name)\", version = \"1.0.0\", api = \"2.0\", description = {fr = \"d\", ar = \"د\"},\n  rules = {\n\(rules)\n  },\n}\n"
    }

    @Test("every kind of finding names its place and its rules, errors first")
    func findings() throws {
        defer { folder.remove() }
        folder.write(
            "pricing/base.lua",
            Self.ruleSet(
                "base",
                """
                    {name = "margin", priority = 10, funded_by = "marketplace",
                     price = function() return {markup_percent = 10} end},
                    {name = "boom", price = function(p) error("no price for " .. p.sku) end},
                    {name = "never", funded_by = "marketplace", price = function() return nil, "nothing to do" end},
                    {name = "old", priority = 3, funded_by = "event", valid_until = "2025-12-31",
                     price = function() return {percent_off = 5} end},
                    {name = "solo", priority = 5, stacking = "exclusive", funded_by = "event",
                     price = function() return {percent_off = 10} end},
                    {name = "also", priority = 4, funded_by = "event", price = function() return {amount_off = "1.00"} end},
                """))
        folder.write("promotions/broken.lua", "return {\n  name = \"broken\",\n")
        let report = try check()
        let found = report.findings.map { "\($0.severity.rawValue) \($0.problem.code) \($0.rules.joined(separator: ","))" }
        #expect(
            found == [
                "error fails boom", "error doesNotLoad ", "warning orderedByName boom,never", "warning neverApplies never",
                "warning expired old", "warning exclusiveOverlap solo,also",
            ], "\(found)")
        #expect(report.errors == 2 && report.warnings == 4 && report.productCount == 1)
        let byCode = Dictionary(report.findings.map { ($0.problem.code, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byCode["doesNotLoad"]?.location == "promotions/broken.lua")
        #expect(byCode["doesNotLoad"]?.problem.text(in: .english).contains("broken.lua:") == true)
        #expect(byCode["fails"]?.location == "pricing/base.lua:6" && byCode["expired"]?.location == "pricing/base.lua:9")
        #expect(
            byCode["fails"]?.problem.text(in: .english).hasPrefix("fails on 1 of 1 product (first TAF-ARG-250): ") == true,
            "\(String(describing: byCode["fails"]))")
        #expect(byCode["fails"]?.problem.text(in: .english).contains("no price for TAF-ARG-250") == true)
        #expect(
            byCode["neverApplies"]?.problem.text(in: .english)
                == "never applies to any of the 1 product on any day checked: condition false: nothing to do (1 of 1)")
        #expect(
            byCode["exclusiveOverlap"]?.problem.text(in: .french).hasPrefix(
                "solo et also remisent tous deux 1 produit(s) (d'abord TAF-ARG-250) et solo est exclusive") == true)
        #expect(byCode["expired"]?.problem.text(in: .english).contains("ended on 2025-12-31") == true)
    }

    @Test("rules that cannot be ordered stop the check before any product is priced")
    func cycle() throws {
        defer { folder.remove() }
        folder.write(
            "pricing/base.lua",
            Self.ruleSet(
                "base",
                """
                    {name = "a", before = "b", price = function() end},
                    {name = "b", before = "a", price = function() end},
                """))
        let report = try check()
        #expect(report.findings.map(\.problem.code) == ["cannotOrder"])
        #expect(report.findings[0].problem.text(in: .english).contains("a → b → a"), "\(report.findings)")
        #expect(report.worstCases.isEmpty && report.errors == 1)
    }

    @Test("the worst case is the lowest price on any day from the check's on, and says when the floor held")
    func worstCase() throws {
        defer { folder.remove() }
        folder.write(
            "pricing/base.lua",
            Self.ruleSet(
                "base",
                """
                    {name = "margin", priority = 10, funded_by = "marketplace",
                     price = function() return {markup_percent = 10} end},
                    {name = "promo", funded_by = "cooperative", valid_from = "2026-03-18", valid_until = "2026-03-22",
                     price = function() return {percent_off = 50} end},
                """))
        #expect(
            RuleCheck.days(try folder.load { $0.flatMap(\.rules) }, from: CalendarDate("2026-03-01")!).map(\.description) == [
                "2026-03-01", "2026-03-18", "2026-03-23",
            ])
        let report = try check()
        #expect(report.findings.isEmpty, "\(report.findings)")
        let worst = try #require(report.worstCases.first)
        // 145,00 + 10 % = 159,50; half of it asked of the cooperative, which can give only
        // 29,00 above its floor of 116,00 (80 % of 145,00).
        #expect(worst.unitPrice.decimalString == "130.50" && worst.cartUnitPrice.decimalString == "130.50")
        #expect(worst.producer.decimalString == "116.00" && worst.floor?.decimalString == "116.00" && worst.clamped)
        #expect(worst.day.description == "2026-03-18" && worst.rules == ["margin", "promo"])
        #expect(worst.discount?.description == "10 %")
        // After the promotion, only the margin is left.
        let later = try #require(try check(at: "2026-03-23T10:00").worstCases.first)
        #expect(later.cartUnitPrice.decimalString == "159.50" && !later.clamped && later.discount?.description == "-10 %")
    }

    @Test("a cart rule that can never fire, and a catalog with no products, are warnings")
    func cartAndEmpty() throws {
        defer { folder.remove() }
        folder.write(
            "promotions/cart.lua",
            Self.ruleSet(
                "cart",
                """
                    {name = "bundle", funded_by = "marketplace",
                     cart = function() return {bundle = {"TAF-ARG-250", "NOPE-1"}, price = "100.00"} end},
                """))
        let report = try check()
        #expect(report.findings.map(\.problem.code) == ["neverApplies"], "\(report.findings)")
        #expect(report.findings[0].problem.text(in: .english).hasSuffix("add NOPE-1 to complete the bundle"))
        let empty = RuleFolder()
        defer { empty.remove() }
        let emptyCheck = RuleCheckTests(folderAt: empty)
        empty.write("promotions/cart.lua", Self.ruleSet("cart", "{name = \"x\", price = function() end},"))
        let none = try emptyCheck.check(products: false)
        #expect(none.findings.map(\.problem.code) == ["noProducts"] && none.errors == 0)
    }

    @Test("against another folder: the prices that change, and a folder that does not load is an error")
    func against() throws {
        defer { folder.remove() }
        let margin = { (percent: Int) in
            Self.ruleSet(
                "base",
                "{name = \"margin\", funded_by = \"marketplace\", price = function() return {markup_percent = \(percent)} end},")
        }
        folder.write("pricing/base.lua", margin(20))
        let other = RuleFolder()
        defer { other.remove() }
        other.write("pricing/base.lua", margin(10))
        let comparison = try #require(try check(against: other.root).comparison)
        #expect(comparison.unchanged == 0 && comparison.orders.isEmpty)
        let change = try #require(comparison.changes.first)
        #expect(change.before?.decimalString == "159.50" && change.after?.decimalString == "174.00")
        #expect(change.difference?.decimalString == "14.50")
        other.write("pricing/base.lua", "return 42")
        let broken = try check(against: other.root)
        #expect(broken.comparison == nil && broken.findings.map(\.problem.code) == ["againstDoesNotLoad"])
    }
}
