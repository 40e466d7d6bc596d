import Testing
import TiwiziCore

@testable import TiwiziRuleTesting
@testable import TiwiziRules

/// `tiwizi test`'s runner: tests pass or fail on what the real engine computes, and each
/// failure says exactly what differs.
@Suite("Rule-set tests: running them")
struct RuleTestRunnerTests {
    @Test func expectationsThatHoldPass() {
        let folder = RuleTestFolder()
        defer { folder.remove() }
        folder.writeTests(
            """
            {name = "the margin", sku = "OIL-1",
             expect = {price = "110.00", list_price = "100.00", producer = "100.00", producer_share = "90.90",
                       floor = "80.00", vat = "18.33", applied = {"margin"}, labels = {}, clamped = {},
                       skipped = {promo = "outsideWindow", fail = "declined", cheap = "declined"}}},
            {name = "the promotion, clamped by the floor", sku = "OIL-1", at = "2026-03-20T09:00",
             expect = {price = "90.00", producer = "80.00", applied = {"margin", "promo"}, clamped = {"promo"}}},
            {name = "a low price is labelled", sku = "HONEY-1", expect = {price = "44.00", labels = {"cheap"}}},
            {name = "no expectation: the rules run", sku = "OIL-1"},
            """)
        let report = folder.run()
        #expect(report.passed == 4 && report.failed == 0 && report.succeeded, "\(report.files)")
        #expect(report.files.map(\.file) == ["pricing/base_test.lua"])
        // A test's own moment, else the runner's.
        #expect(report.files[0].results[0].at.description == "2026-04-01T10:00:00+01:00")
        #expect(report.files[0].results[1].at.description == "2026-03-20T09:00:00+00:00")
    }

    @Test func eachFailureSaysWhatDiffers() {
        let folder = RuleTestFolder()
        defer { folder.remove() }
        let failures = folder.failures(
            """
            {name = "wrong", sku = "OIL-1",
             expect = {price = "120.00", list_price = "90.00", producer = "90.00", producer_share = "85.00",
                       floor = false, vat = "18.00", applied = {"margin", "promo"},
                       skipped = {promo = "declined", margin = "declined", nope = "declined"},
                       labels = {"cheap"}, clamped = {"promo"}}},
            """)
        let window = "outside its validity window 2026-03-18..2026-03-22 (the run's day is 2026-04-01)"
        #expect(
            failures == [
                "expected price 120.00, got 110.00 (rules applied: margin)",
                "expected list_price 90.00, got 100.00",
                "expected producer 90.00, got 100.00 (rules applied: margin)",
                "expected producer_share 85.00, got 90.90",
                "expected floor none, got 80.00",
                "expected vat 18.00, got 18.33 (rules applied: margin)",
                "expected applied margin, promo, got margin; promo not applied: \(window)",
                "expected margin skipped (declined), but it applied",
                "expected nope skipped (declined), but no loaded rule is named nope",
                "expected promo skipped (declined), got outsideWindow: \(window)",
                "expected labels cheap, got none; cheap not applied: condition false: not cheap",
                "expected clamped promo, got none",
            ])
    }

    @Test func failuresAreInFrenchToo() {
        let folder = RuleTestFolder()
        defer { folder.remove() }
        folder.writeTests(#"{name = "faux", sku = "OIL-1", expect = {price = "120.00", skipped = {promo = "declined"}}},"#)
        let failures = folder.run(language: .french).files[0].results[0].failures
        #expect(
            failures.map { $0.text(in: .french) } == [
                "attendu price 120.00, obtenu 110.00 (règles appliquées : margin)",
                "attendu promo non appliquée (declined), obtenu outsideWindow : hors de sa période de validité "
                    + "2026-03-18..2026-03-22 (le jour du calcul est le 2026-04-01)",
            ])
        #expect(failures.map(\.code) == ["price", "skipped"])
    }

    @Test func aRuleThatFailsFailsItsTestNotTheRun() {
        let folder = RuleTestFolder()
        defer { folder.remove() }
        folder.writeTests(
            """
            {name = "the failing rule", sku = "BAD-1"},
            {name = "the next test runs", sku = "OIL-1", expect = {price = "110.00"}},
            """)
        let results = folder.run().files[0].results
        #expect(results.map(\.passed) == [false, true])
        let failure = results[0].failures.first
        #expect(failure?.code == "rule")
        #expect(failure?.text(in: .english).hasPrefix("a rule failed: pricing/base.lua:10: rule fail (price, BAD-1): ") == true)
        #expect(failure?.text(in: .english).hasSuffix("pricing/base.lua:11: boom") == true, "\(String(describing: failure))")
    }

    @Test func aFailingCheckGivesItsFileAndLine() {
        let folder = RuleTestFolder()
        defer { folder.remove() }
        // The test file's line 7 is the first of `tests`.
        let failures = folder.failures(
            """
            {name = "checked", sku = "OIL-1", check = function(r)
              assert(r.price == tiwizi.money("110.00"))
              assert(r.shares.marketplace == tiwizi.money("99.00"), "marketplace " .. tostring(r.shares.marketplace))
            end},
            """)
        #expect(failures == ["check failed: pricing/base_test.lua:9: marketplace 10.00 MAD"])
    }

    @Test func theCheckReadsTheResultButCannotChangeIt() {
        let folder = RuleTestFolder()
        defer { folder.remove() }
        let failures = folder.failures(
            """
            {name = "write", sku = "OIL-1", at = "2026-03-20T09:00", check = function(r)
              assert(r.applied[2] == "promo" and r.clamped[1] == "promo" and r.floor == tiwizi.money("80.00"))
              local promo = r.steps[2]
              assert(promo.rule == "promo" and promo.phase == "price" and promo.outcome == "applied")
              local clamp = promo.effects[1].clamp
              assert(clamp.asked == tiwizi.money("55.00") and clamp.granted == tiwizi.money("20.00"))
              assert(r.steps[3].reason.code == "declined" and r.steps[3].reason.text == "condition false: not BAD-1")
              assert(catalog.product("OIL-1").cooperative.members == 10)
              r.price = tiwizi.money("1.00")
            end},
            """)
        #expect(failures == ["check failed: pricing/base_test.lua:15: attempt to write field 'price' of a read-only table"])
    }

    @Test func parametersAreSetPerTestAndChecked() {
        let folder = RuleTestFolder()
        defer { folder.remove() }
        folder.writeTests(
            """
            {name = "20 %", sku = "OIL-1", params = {base = {margin = 20}}, expect = {price = "120.00"}},
            {name = "the default again", sku = "OIL-1", expect = {price = "110.00"}},
            {name = "unknown parameter", sku = "OIL-1", params = {base = {marg = 20}}},
            {name = "unknown rule set", sku = "OIL-1", params = {other = {margin = 20}}},
            {name = "wrong type", sku = "OIL-1", params = {base = {margin = "lots"}}},
            """)
        let results = folder.run().files[0].results
        #expect(results.map(\.passed) == [true, true, false, false, false])
        #expect(
            results.dropFirst(2).flatMap(\.failures).map { $0.text(in: .english) } == [
                "params: rule set base has no parameter marg; its parameters are margin.",
                "params: no rule set named other is loaded; the loaded ones are base.",
                "params: parameter margin of rule set base must be of type percentage (e.g. 15 or 12.5), not “lots”.",
            ])
    }

    @Test func everySkipReasonHasItsCode() {
        let day = CalendarDate("2026-04-01")!
        let money = Money(minorUnits: 100, currency: .mad)
        let reasons: [SkipReason] = [
            .outsideWindow(from: nil, until: nil, day: day), .declined(because: nil), .stoppedBy("a"), .excludedBy("a"),
            .exclusiveAfter("a"), .lostBestOf(group: "g", winner: "a", winnerPrice: money, price: money),
            .groupTakenBy(group: "g", winner: "a"),
        ]
        #expect(reasons.map(\.code) == Array(SkipReason.codes.dropLast()))
        #expect(SkipReason.codes.last == "failed")
        let cart: [SkipReason] = [
            .tierShort(missing: 1, items: "a"), .multiBuyShort(missing: 1, items: "a"), .bundleIncomplete(missing: ["a"]),
            .bundleNoSaving, .orderShort(missing: money), .couponNotGiven("A"), .couponCapReached(code: "A", cap: 1),
            .couponCustomerCapReached(code: "A", customer: "b", cap: 1), .couponNeedsCustomer("A"),
        ]
        #expect(cart.map(\.code) == SkipReason.cartCodes)
    }
}
