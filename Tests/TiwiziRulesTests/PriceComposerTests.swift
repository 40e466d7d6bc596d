import LuaHost
import Testing
import TiwiziCore

@testable import TiwiziRules

/// Composition without Lua: each rule's "function" is a Swift closure of the current breakdown.
struct Scenario {
    var rules: [Rule] = []
    var functions: [String: (PriceBreakdown) -> [PriceEffect]?] = [:]
    var policy = FailurePolicy.fail
    var day = CalendarDate(year: 2026, month: 3, day: 20)!

    mutating func add(
        _ name: String, priority: Int = 0, stacking: Rule.Stacking = .stack, fundedBy: Rule.Funder? = .marketplace,
        from: CalendarDate? = nil, until: CalendarDate? = nil, _ function: @escaping (PriceBreakdown) -> [PriceEffect]?
    ) {
        rules.append(
            Rule(
                name: name, set: "tests", priority: priority, before: [], after: [], stacking: stacking, validFrom: from,
                validUntil: until, fundedBy: fundedBy, phases: [:], file: "tests.lua"))
        functions[name] = function
    }

    func price(_ list: Int64, floor: Int64? = nil, order: [Rule]? = nil) throws(RuleFailure) -> PricedUnit {
        let resolved = (try? RuleOrder.resolve(order ?? rules)) ?? []
        let composer = PriceComposer(rules: resolved, policy: .uniform(policy), day: day)
        let start = PriceBreakdown(listPrice: .mad(list), floor: floor.map { .mad($0) })
        return try composer.price(start, subject: "SKU") { rule, state throws(RuleFailure) in
            guard let effects = functions[rule.name]?(state) else { return .declined(because: "no", usage: LuaUsage()) }
            return .effects(effects.map { NotedEffect($0) }, usage: LuaUsage())
        }
    }
}

extension Money {
    static func mad(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: .mad) }
}

extension PricedUnit {
    func outcome(_ rule: String) -> RuleStep.Outcome? { steps.first { $0.rule == rule }?.outcome }
    func reason(_ rule: String) -> SkipReason? {
        if case .skipped(let reason) = outcome(rule) { return reason }
        return nil
    }
}

@Suite("Rules: how price effects combine")
struct PriceComposerTests {
    @Test func aPercentageAppliesToWhatTheRulesBeforeLeft() throws {
        var scenario = Scenario()
        scenario.add("first", priority: 2) { _ in [.percentOff(Percentage(percent: 50))] }
        scenario.add("second", priority: 1) { _ in [.percentOff(Percentage(percent: 50))] }
        // Two halves leave a quarter, never a free product.
        #expect(try scenario.price(10_000).breakdown.price == .mad(2_500))
    }

    @Test func sharesAlwaysSumToThePrice() throws {
        var scenario = Scenario()
        scenario.add("margin", priority: 3) { _ in [.markupPercent(Percentage(percent: 15))] }
        scenario.add("event", priority: 2, fundedBy: .event) { _ in [.percentOff(Percentage(percent: 10))] }
        scenario.add("coop", priority: 1, fundedBy: .cooperative) { _ in [.amountOff(.mad(500))] }
        let unit = try scenario.price(14_550).breakdown
        #expect(unit.price == .mad(14_560))  // 145,50 + 21,83 = 167,33; −16,73 = 150,60; −5,00 = 145,60
        #expect(unit.cooperative == .mad(14_050) && unit.marketplace == .mad(2_183) && unit.event == .mad(-1_673))
    }

    @Test func aStopRuleEndsTheDiscountsButNotTheRoundings() throws {
        var scenario = Scenario()
        scenario.add("stop", priority: 3, stacking: .stopAfter) { _ in [.percentOff(Percentage(percent: 10))] }
        scenario.add("later", priority: 2) { _ in [.percentOff(Percentage(percent: 10))] }
        scenario.add("round", priority: 1) { _ in [.round(step: 50, mode: .halfUp)] }
        let unit = try scenario.price(10_010)
        #expect(unit.reason("later") == .stoppedBy("stop"))
        #expect(unit.breakdown.price == .mad(9_000))  // 90,09 rounded to 90,00
    }

    @Test func anExclusiveDiscountAppliesAloneOrNotAtAll() throws {
        var first = Scenario()
        first.add("exclusive", priority: 2, stacking: .exclusive) { _ in [.percentOff(Percentage(percent: 10))] }
        first.add("other", priority: 1) { _ in [.percentOff(Percentage(percent: 10))] }
        let alone = try first.price(10_000)
        #expect(alone.breakdown.price == .mad(9_000) && alone.reason("other") == .excludedBy("exclusive"))

        var second = Scenario()
        second.add("other", priority: 2) { _ in [.percentOff(Percentage(percent: 10))] }
        second.add("exclusive", priority: 1, stacking: .exclusive) { _ in [.percentOff(Percentage(percent: 30))] }
        let late = try second.price(10_000)
        #expect(late.breakdown.price == .mad(9_000) && late.reason("exclusive") == .exclusiveAfter("other"))
    }

    @Test func theBestOfAGroupWinsAndTheOthersSayWhy() throws {
        var scenario = Scenario()
        scenario.add("ten", stacking: .bestOf(group: "event")) { _ in [.percentOff(Percentage(percent: 10))] }
        scenario.add("fifteen", stacking: .bestOf(group: "event")) { _ in [.amountOff(.mad(1_500))] }
        scenario.add("tie", stacking: .bestOf(group: "event")) { _ in [.percentOff(Percentage(percent: 15))] }
        let unit = try scenario.price(10_000)
        // 15 % and 15,00 DH tie at 85,00: the first in the resolved order (by name) wins.
        #expect(unit.breakdown.price == .mad(8_500))
        #expect(unit.isApplied("fifteen"))
        #expect(
            unit.reason("tie") == .lostBestOf(group: "event", winner: "fifteen", winnerPrice: .mad(8_500), price: .mad(8_500)))
        #expect(
            unit.reason("ten") == .lostBestOf(group: "event", winner: "fifteen", winnerPrice: .mad(8_500), price: .mad(9_000)))
    }

    @Test func theFloorClampsTheCooperativesPartAndSaysByHowMuch() throws {
        var scenario = Scenario()
        scenario.add("margin", priority: 2) { _ in [.markupPercent(Percentage(percent: 15))] }
        scenario.add("clearance", priority: 1, fundedBy: .cooperative) { _ in [.percentOff(Percentage(percent: 30))] }
        // List 100,00, floor 90,00: the cooperative can give 10,00 of the 34,50 asked.
        let unit = try scenario.price(10_000, floor: 9_000)
        #expect(unit.breakdown.cooperative == .mad(9_000) && unit.breakdown.price == .mad(10_500))
        guard case .applied(let effects) = unit.outcome("clearance") else {
            Issue.record("not applied")
            return
        }
        #expect(effects.first?.clamp == PriceBreakdown.Clamp(asked: .mad(3_450), granted: .mad(1_000), floor: .mad(9_000)))
    }

    @Test func otherFundersAreNotHeldByTheFloor() throws {
        var scenario = Scenario()
        scenario.add("event", fundedBy: .event) { _ in [.percentOff(Percentage(percent: 50))] }
        let unit = try scenario.price(10_000, floor: 9_000)
        #expect(unit.breakdown.price == .mad(5_000) && unit.breakdown.cooperative == .mad(10_000))
    }

    @Test func aCommissionMovesMoneyAsFarAsTheFloorAllows() throws {
        var scenario = Scenario()
        scenario.add("commission") { _ in [.commissionPercent(Percentage(percent: 12))] }
        let unit = try scenario.price(10_000, floor: 9_500)
        #expect(unit.breakdown.price == .mad(10_000) && unit.breakdown.cooperative == .mad(9_500))
        #expect(unit.breakdown.marketplace == .mad(500))
    }

    @Test func aRuleOutsideItsWindowIsNotRun() throws {
        var scenario = Scenario()
        let from = CalendarDate(year: 2026, month: 3, day: 18)!
        let until = CalendarDate(year: 2026, month: 3, day: 19)!
        scenario.add("event", fundedBy: .event, from: from, until: until) { _ in
            Issue.record("ran outside its window")
            return nil
        }
        let unit = try scenario.price(10_000)
        #expect(unit.reason("event") == .outsideWindow(from: from, until: until, day: scenario.day))
        #expect(unit.steps.first?.usage == nil)
    }

    @Test(arguments: [
        (PriceEffect.percentOff(Percentage(percent: 101)), "percentOutOfRange"),
        (.amountOff(.mad(10_001)), "discountAbovePrice"),
        (.setPrice(.mad(10_001)), "setPriceAbove"),
        (.amountOff(Money(minorUnits: 100, currency: try! Currency(code: "EUR"))), "wrongCurrency"),
        (.markup(.mad(-1)), "negativeAmount"),
        (.round(step: 0, mode: .halfUp), "money"),
        (.ending(ending: 990, step: 1_000, mode: .down), "negativePrice"),
    ])
    func anInvalidEffectFailsTheRunNamingTheRule(effect: PriceEffect, code: String) throws {
        var scenario = Scenario()
        scenario.add("bad", fundedBy: .event) { _ in [effect] }
        let start: Int64 = effect == .ending(ending: 990, step: 1_000, mode: .down) ? 500 : 10_000
        #expect {
            _ = try scenario.price(start)
        } throws: { error in
            guard let failure = error as? RuleFailure, case .effect(let problem) = failure.reason else { return false }
            return failure.rule == "bad" && failure.subject == "SKU" && problem.code == code
        }
    }

    @Test func aDiscountMustSayWhoFundsItAndOnlyDiscountsTakeAPolicy() throws {
        var unfunded = Scenario()
        unfunded.add("free", fundedBy: nil) { _ in [.percentOff(Percentage(percent: 10))] }
        #expect(throws: RuleFailure.self) { try unfunded.price(10_000) }
        var misplaced = Scenario()
        misplaced.add("round", stacking: .exclusive) { _ in [.round(step: 50, mode: .halfUp)] }
        #expect(throws: RuleFailure.self) { try misplaced.price(10_000) }
    }

    @Test func skippingAFailingRuleRecordsItAndGoesOn() throws {
        var scenario = Scenario()
        scenario.policy = .skip
        scenario.add("bad", priority: 1, fundedBy: .event) { _ in [.percentOff(Percentage(percent: 200))] }
        scenario.add("margin") { _ in [.markup(.mad(100))] }
        let unit = try scenario.price(10_000)
        guard case .failed = unit.reason("bad") else {
            Issue.record("not recorded as failed")
            return
        }
        #expect(unit.breakdown.price == .mad(10_100))
    }
}

extension PricedUnit {
    func isApplied(_ rule: String) -> Bool { steps.first { $0.rule == rule }?.isApplied ?? false }
}
