import Foundation
import LuaHost
import Testing
import TiwiziCore
import TiwiziLua
import TiwiziStore

@testable import TiwiziRules

/// A rules folder and a catalog of one women's cooperative and its argan oil, priced through
/// the real engine: Lua functions, effect tables, labels.
struct EngineFixture {
    let folder = RuleFolder()
    static let cooperative = Cooperative(
        id: "tafoukt-argan", name: LocalizedText(french: "Coopérative féminine Tafoukt"), ice: "001234567000089",
        founded: CalendarDate(year: 2004, month: 5, day: 12)!, region: Region(code: "MA-09")!,
        members: Members(total: 38, women: 38))
    static let oil = Product(
        sku: "TAF-ARG-250", cooperativeID: "tafoukt-argan", name: LocalizedText(french: "Huile d'argan alimentaire"),
        category: Category("food.oil.argan")!, quantity: NetQuantity(thousandths: 250_000, unit: .millilitre),
        price: Money(minorUnits: 14_500, currency: .mad), vat: .reduced10, availability: .inStock(120))

    /// Prices the oil with the rule sets written so far, at 2026-03-20 09:00 in Casablanca.
    func price(
        floor: ProducerFloor? = nil, policy: FailurePolicy = .fail, at: String = "2026-03-20T09:00"
    ) throws -> ProductPricing {
        let store = try SQLiteCatalogStore(path: folder.root.appendingPathComponent("catalog.sqlite").path)
        if try store.read({ try $0.cooperative(Self.cooperative.id) }) == nil {
            try store.write { writer in
                _ = try writer.save(Self.cooperative)
                _ = try writer.save(Self.oil)
            }
        }
        let context = RunContext(at: RunContext.parseInstant(at)!)
        return try CatalogScripts.withSandboxes(store: store, context: context) { sandboxes, _ in
            let engine = try RuleEngine(folder: folder.root, sandboxes: sandboxes, context: context, policy: policy)
            return try engine.price(Self.oil, floor: floor)
        }
    }

    /// The failure pricing ends with, or nil.
    func failure() -> RuleFailure? {
        do {
            _ = try price()
            return nil
        } catch {
            return error as? RuleFailure
        }
    }
}

/// A rule set of one rule whose function body is `body`.
func ruleSet(_ name: String, phase: String = "price", fields: String = "", labels: String = "", _ body: String) -> String {
    """
    return {
      name = "\(name)", version = "1.0.0", api = "2.0", description = {fr = "d", ar = "د"},
      parameters = {discount = {type = "percentage", default = 15, description = {fr = "p", ar = "ب"}}, from = {type = "money", default = "100.00", description = {fr = "p", ar = "ب"}}},
      labels = {\(labels)},
      rules = {
        {name = "\(name)", \(fields)
          \(phase) = function(p, ctx)
            \(body)
          end},
      },
    }
    """
}

@Suite("Rules: the engine runs Lua rules")
struct RuleEngineTests {
    @Test func effectsFromLuaApplyInOrderWithTheirParameters() throws {
        let fixture = EngineFixture()
        defer { fixture.folder.remove() }
        fixture.folder.write(
            "pricing/margin.lua",
            ruleSet("margin", fields: "priority = 10, funded_by = 'marketplace',", "return {markup_percent = 15}"))
        fixture.folder.write(
            "promotions/event.lua",
            ruleSet("event", fields: "funded_by = 'event',", "return {percent_off = ctx:param('discount'), note = 'fair'}"))
        let priced = try fixture.price()
        // 145,00 + 15 % = 166,75; − 15 % (25,01) = 141,74.
        #expect(priced.breakdown.price == Money(minorUnits: 14_174, currency: .mad))
        #expect(priced.steps.map(\.location) == ["pricing/margin.lua:7", "promotions/event.lua:7"])
        guard case .applied(let effects) = priced.steps[1].outcome else {
            Issue.record("event did not apply")
            return
        }
        #expect(effects.first?.note == "fair" && effects.first?.party == .event)
        #expect(priced.vat == Money(minorUnits: 1_289, currency: .mad))  // 141,74 × 10/110
    }

    @Test func aRuleSaysWhyItDidNotApply() throws {
        let fixture = EngineFixture()
        defer { fixture.folder.remove() }
        fixture.folder.write(
            "pricing/honey.lua",
            ruleSet(
                "honey", fields: "funded_by = 'event',",
                "if not p:in_category('food.honey') then return nil, 'not honey: ' .. p.category end"))
        let priced = try fixture.price()
        #expect(priced.steps.first?.outcome == .skipped(.declined(because: "not honey: food.oil.argan")))
    }

    @Test func labelsComeFromTheFinalPriceAndTheDeclaredTexts() throws {
        let fixture = EngineFixture()
        defer { fixture.folder.remove() }
        fixture.folder.write(
            "pricing/event.lua", ruleSet("event", fields: "funded_by = 'event',", "return {amount_off = '45.00'}"))
        fixture.folder.write(
            "labels/share.lua",
            ruleSet(
                "share", phase: "label", labels: "share = {fr = '{share} % pour la coopérative', ar = '{share}٪ للتعاونية'}",
                "if ctx:applied('event') then return {label = 'share', values = {share = math.floor(ctx.producer_share)}} end"))
        let priced = try fixture.price()
        // The event pays 45,00 of a 145,00 price: the cooperative receives 145 % of 100,00.
        #expect(priced.labels.map(\.text) == [LocalizedText(french: "145 % pour la coopérative", arabic: "145٪ للتعاونية")])
    }

    @Test func theFloorHoldsAgainstALuaRule() throws {
        let fixture = EngineFixture()
        defer { fixture.folder.remove() }
        fixture.folder.write(
            "promotions/clearance.lua", ruleSet("clearance", fields: "funded_by = 'cooperative',", "return {percent_off = 50}"))
        let priced = try fixture.price(floor: .share(Percentage(percent: 90)))
        #expect(priced.breakdown.price == Money(minorUnits: 13_050, currency: .mad))
        #expect(priced.breakdown.cooperative == Money(minorUnits: 13_050, currency: .mad))
    }

    @Test(arguments: [
        ("return {percent_of = 15}", "notAnEffect"),
        ("return {percent_off = 15, amount_off = '1.00'}", "ambiguous"),
        ("return {round = '0.50', step = '1.00'}", "unknownKey"),
        ("return {percent_off = 'a lot'}", "wrongValue"),
        ("return {label = 'x'}", "wrongPhase"),
        ("return 42", "notAnEffect"),
        ("return {amount_off = '200.00'}", "discountAbovePrice"),
    ])
    func anInvalidEffectNamesTheRuleScriptLineAndProduct(body: String, code: String) throws {
        let fixture = EngineFixture()
        defer { fixture.folder.remove() }
        fixture.folder.write("pricing/bad.lua", ruleSet("bad", fields: "funded_by = 'event',", body))
        let failure = try #require(fixture.failure())
        guard case .effect(let problem) = failure.reason else {
            Issue.record("\(failure.reason)")
            return
        }
        #expect(problem.code == code)
        #expect(failure.text(in: .english).hasPrefix("pricing/bad.lua:7: rule bad (price, TAF-ARG-250): "))
    }

    @Test func aLuaErrorOrALimitFailsTheRunWithItsPlace() throws {
        let fixture = EngineFixture()
        defer { fixture.folder.remove() }
        fixture.folder.write("pricing/boom.lua", ruleSet("boom", "error('no price for ' .. p.sku)"))
        let failure = try #require(fixture.failure())
        #expect(failure.text(in: .english).contains("pricing/boom.lua:8: no price for TAF-ARG-250"))
        fixture.folder.write("pricing/boom.lua", ruleSet("boom", "while true do end"))
        #expect(try #require(fixture.failure()).reason.exceededLimit == .instructions)
    }

    @Test func skippingFailingRulesKeepsTheOthers() throws {
        let fixture = EngineFixture()
        defer { fixture.folder.remove() }
        fixture.folder.write("pricing/boom.lua", ruleSet("boom", "error('broken')"))
        fixture.folder.write(
            "pricing/margin.lua", ruleSet("margin", fields: "funded_by = 'marketplace',", "return {markup = '5.00'}"))
        let priced = try fixture.price(policy: .skip)
        #expect(priced.breakdown.price == Money(minorUnits: 15_000, currency: .mad))
        guard case .skipped(.failed(let text)) = priced.steps.first?.outcome else {
            Issue.record("not skipped")
            return
        }
        #expect(text.english.contains("broken"))
    }

    @Test func anUnknownLabelOrParameterIsAnError() throws {
        let fixture = EngineFixture()
        defer { fixture.folder.remove() }
        fixture.folder.write("labels/l.lua", ruleSet("l", phase: "label", "return {label = 'organic'}"))
        guard case .effect(let problem) = try #require(fixture.failure()).reason else { return }
        #expect(problem == .unknownLabel("organic", declared: []))
        fixture.folder.write("labels/l.lua", ruleSet("l", phase: "label", "return ctx:param('discont')"))
        let failure = try #require(fixture.failure())
        #expect(failure.text(in: .english).contains("rule set l has no parameter 'discont'; its parameters are discount, from"))
    }

    /// The same rules written in files of other names, declared in another order, price the
    /// same, byte for byte.
    @Test func theResultDoesNotDependOnFilesOrDeclarationOrder() throws {
        let rules = [
            ("a", "priority = 3, funded_by = 'marketplace',", "return {markup_percent = 12.5}"),
            ("b", "stacking = 'best_of', group = 'g', funded_by = 'event',", "return {percent_off = 10}"),
            ("c", "stacking = 'best_of', group = 'g', funded_by = 'event',", "return {amount_off = '17.00'}"),
            ("d", "priority = -1,", "return {round = '0.50'}"),
            ("e", "funded_by = 'cooperative',", "return {percent_off = 7}"),
        ]
        var documents: Set<String> = []
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<4 {
            let fixture = EngineFixture()
            defer { fixture.folder.remove() }
            for (index, rule) in rules.shuffled(using: &generator).enumerated() {
                fixture.folder.write("pricing/\(index)-\(UUID().uuidString).lua", ruleSet(rule.0, fields: rule.1, rule.2))
            }
            let priced = try fixture.price(floor: .share(Percentage(percent: 95)))
            let steps = priced.steps.map { RuleStep(rule: $0.rule, set: $0.set, location: "", outcome: $0.outcome, usage: nil) }
            documents.insert("\(priced.breakdown) \(steps) \(priced.labels)")
        }
        #expect(documents.count == 1)
    }
}
