import LuaHost
import Testing
import TiwiziCore
import TiwiziFormats
import TiwiziTestSupport

@testable import TiwiziRules

/// Cart promotions without Lua: lines priced directly, each rule a Swift closure.
struct CartScenario {
    var rules: [Rule] = []
    var effects: [String: [CartEffect]] = [:]
    var gate: (Rule) -> SkipReason? = { _ in nil }

    mutating func add(_ name: String, priority: Int = 0, fundedBy: Rule.Funder = .marketplace, _ effect: CartEffect...) {
        rules.append(
            Rule(
                name: name, set: "tests", priority: priority, before: [], after: [], stacking: .stack, validFrom: nil,
                validUntil: nil, fundedBy: fundedBy, phases: [:], file: "cart.lua"))
        effects[name] = effect
    }

    /// `(sku, category, unit price in centimes, quantity)`, with an optional floor per unit.
    static func cart(_ lines: [(String, String, Int64, Int)], floor: Int64? = nil) throws -> CartState {
        let states = try lines.sorted { $0.0 < $1.0 }.map { sku, category, price, quantity in
            try CartLineState(
                sku: sku, category: Category(category)!, quantity: quantity,
                unit: PriceBreakdown(listPrice: .mad(price), floor: floor.map { .mad($0) }))
        }
        return CartState(lines: states, currency: .mad)
    }

    func run(_ cart: CartState) throws -> (CartState, [RuleStep]) {
        var composer = RuleComposer<CartState>(
            rules: try RuleOrder.resolve(rules), policy: .uniform(.fail), day: CalendarDate(year: 2026, month: 3, day: 20)!)
        composer.gate = gate
        return try composer.compose(cart, subject: "cart") { rule, _ throws(RuleFailure) in
            .effects((effects[rule.name] ?? []).map { Noted($0) }, usage: LuaUsage())
        }
    }
}

extension CartState {
    func line(_ sku: String) -> CartLineState? { lines.first { $0.sku == sku } }
}

@Suite("Rules: cart promotions")
struct CartPromotionTests {
    static let honey = ("HON-A", "food.honey.thyme", Int64(15_000), 2)
    static let honeyB = ("HON-B", "food.honey.euphorbia", Int64(20_000), 1)
    static let oil = ("OIL", "food.oil.argan", Int64(10_000), 1)

    @Test func aTierAppliesToAllUnitsOrOnlyFromTheThreshold() throws {
        var all = CartScenario()
        all.add(
            "tier",
            .tier(items: .category(Category("food.honey")!), from: 3, discount: .percent(Percentage(percent: 10)), units: .all))
        let (everyUnit, _) = try all.run(try CartScenario.cart([Self.honey, Self.honeyB, Self.oil]))
        #expect(everyUnit.line("HON-A")?.total == .mad(27_000) && everyUnit.line("HON-B")?.total == .mad(18_000))
        #expect(everyUnit.line("OIL")?.total == .mad(10_000))

        var above = CartScenario()
        above.add(
            "tier",
            .tier(items: .category(Category("food.honey")!), from: 3, discount: .percent(Percentage(percent: 10)), units: .above))
        // Only the third unit, the cheapest one (150,00), is discounted.
        let (third, _) = try above.run(try CartScenario.cart([Self.honey, Self.honeyB]))
        #expect(third.line("HON-A")?.total == .mad(28_500) && third.line("HON-B")?.total == .mad(20_000))
    }

    @Test func aTierNotReachedSaysHowManyUnitsAreMissing() throws {
        var scenario = CartScenario()
        scenario.add(
            "tier",
            .tier(items: .category(Category("food.honey")!), from: 3, discount: .percent(Percentage(percent: 10)), units: .all))
        let (_, steps) = try scenario.run(try CartScenario.cart([Self.honey]))
        #expect(steps.first?.outcome == .skipped(.tierShort(missing: 1, items: "food.honey")))
        #expect(SkipReason.tierShort(missing: 1, items: "food.honey").english == "1 more unit of food.honey for the tier")
    }

    @Test func buyTwoGetOneRepeatsAndDiscountsTheCheapestUnits() throws {
        let lines = [("A", "food.dates", Int64(5_000), 4), ("B", "food.dates", Int64(8_000), 3)]
        var unlimited = CartScenario()
        unlimited.add(
            "multi",
            .buyGet(
                items: .category(Category("food.dates")!), buy: 2, get: 1, percent: Percentage(percent: 100), maxOccurrences: nil,
                discounted: .cheapest))
        // 7 units: twice 2 + 1; the two cheapest units (both A, 50,00) are free.
        let (twice, steps) = try unlimited.run(try CartScenario.cart(lines))
        #expect(twice.line("A")?.total == .mad(10_000) && twice.line("B")?.total == .mad(24_000))
        guard case .cartApplied(let applied) = steps.first?.outcome else {
            Issue.record("not applied")
            return
        }
        #expect(applied.first?.occurrences == 2)
        // Both free units come from line A.
        #expect(applied.first?.lines.map { "\($0.sku) \($0.units) \($0.amount.decimalString)" } == ["A 2 100.00"])

        var once = CartScenario()
        once.add(
            "multi",
            .buyGet(
                items: .category(Category("food.dates")!), buy: 2, get: 1, percent: Percentage(percent: 50), maxOccurrences: 1,
                discounted: .mostExpensive))
        let (dearest, _) = try once.run(try CartScenario.cart(lines))
        #expect(dearest.line("B")?.total == .mad(20_000) && dearest.line("A")?.total == .mad(20_000))
    }

    @Test func aBundleRepeatsForCompleteSetsAndSaysWhatIsMissing() throws {
        var scenario = CartScenario()
        scenario.add("bundle", .bundle(skus: ["HON-A", "OIL"], price: .fixed(.mad(20_000)), maxOccurrences: nil))
        // Two sets of 150,00 + 100,00 at 200,00: 100,00 off, spread 60,00 / 40,00.
        let (two, _) = try scenario.run(try CartScenario.cart([Self.honey, ("OIL", "food.oil.argan", 10_000, 3)]))
        #expect(two.line("HON-A")?.total == .mad(24_000) && two.line("OIL")?.total == .mad(26_000))
        let (_, steps) = try scenario.run(try CartScenario.cart([Self.honey]))
        #expect(steps.first?.outcome == .skipped(.bundleIncomplete(missing: ["OIL"])))
    }

    @Test func anOrderDiscountNeedsItsMinimumAndSumsExactly() throws {
        var scenario = CartScenario()
        scenario.add("order", .order(.amount(.mad(1_000)), minimum: .mad(40_000)))
        let (_, short) = try scenario.run(try CartScenario.cart([Self.honey]))
        #expect(short.first?.outcome == .skipped(.orderShort(missing: .mad(10_000))))
        let (state, _) = try scenario.run(try CartScenario.cart([Self.honey, Self.honeyB, Self.oil]))
        #expect(state.total == .mad(59_000))
    }

    /// Random carts and order discounts: the lines always take exactly the discount, and the
    /// result does not depend on the order in which the cart lists its lines.
    @Test func largestRemainderSumsExactlyWhateverTheCart() throws {
        var generator = SeededGenerator(seed: 7_121)
        for _ in 0..<300 {
            let count = Int.random(in: 1...8, using: &generator)
            let lines = (0..<count).map { index in
                (
                    "SKU-\(index)", "food", Int64.random(in: 1...90_000, using: &generator),
                    Int.random(in: 1...5, using: &generator)
                )
            }
            let percent = Bool.random(using: &generator)
            var scenario = CartScenario()
            scenario.add(
                "order",
                .order(
                    percent
                        ? .percent(Percentage(basisPoints: Int64.random(in: 1...10_000, using: &generator)))
                        : .amount(.mad(Int64.random(in: 1...100_000, using: &generator))), minimum: nil))
            let cart = try CartScenario.cart(lines)
            let (state, steps) = try scenario.run(cart)
            guard case .cartApplied(let applied) = steps.first?.outcome, let effect = applied.first else {
                Issue.record("no discount")
                continue
            }
            let taken = effect.lines.reduce(0) { $0 + $1.amount.minorUnits }
            #expect(taken == cart.total.minorUnits - state.total.minorUnits)
            #expect(state.lines.allSatisfy { !$0.total.isNegative })
            if case .order(.amount(let amount), _) = effect.effect {
                #expect(taken == min(amount.minorUnits, cart.total.minorUnits))
            }
            let (shuffled, _) = try scenario.run(try CartScenario.cart(lines.shuffled(using: &generator)))
            #expect(shuffled == state)
        }
    }

    @Test func theFloorHoldsOnEveryCartLine() throws {
        var scenario = CartScenario()
        scenario.add("coop", fundedBy: .cooperative, .order(.percent(Percentage(percent: 30)), minimum: nil))
        let (state, steps) = try scenario.run(try CartScenario.cart([Self.honey, Self.oil], floor: 9_000))
        // Each unit keeps at least 90,00 for its cooperative.
        #expect(state.line("OIL")?.cooperative == .mad(9_000) && state.line("HON-A")?.cooperative == .mad(21_000))
        guard case .cartApplied(let applied) = steps.first?.outcome else {
            Issue.record("not applied")
            return
        }
        #expect(applied.first?.lines.first { $0.sku == "OIL" }?.clamp?.granted == .mad(1_000))
    }

    @Test func aCouponRuleRunsOnlyWithItsCodeAndUnderItsCaps() throws {
        var rule = Rule(
            name: "coupon", set: "tests", priority: 0, before: [], after: [], stacking: .stack, validFrom: nil,
            validUntil: nil, fundedBy: .marketplace, phases: [:], file: "cart.lua")
        rule.coupon = Coupon(code: "ESS2026", maxUses: 2, maxPerCustomer: 1)
        struct Ledger: CouponLedger {
            let total: Int
            let mine: Int
            func uses(of code: String) -> Int { total }
            func uses(of code: String, by customer: String) -> Int { mine }
        }
        func gate(_ cart: Cart, _ ledger: Ledger) -> SkipReason? { RuleEngine.couponGate(rule, cart: cart, ledger: ledger) }
        let lines = [(sku: "HON-A", quantity: 1)]
        #expect(gate(Cart(lines: lines), Ledger(total: 0, mine: 0)) == .couponNotGiven("ESS2026"))
        #expect(gate(Cart(lines: lines, coupons: ["ess2026"]), Ledger(total: 0, mine: 0)) == .couponNeedsCustomer("ESS2026"))
        let amina = Cart(lines: lines, coupons: ["ESS2026"], customer: "amina")
        #expect(gate(amina, Ledger(total: 0, mine: 0)) == nil)
        #expect(gate(amina, Ledger(total: 1, mine: 1)) == .couponCustomerCapReached(code: "ESS2026", customer: "amina", cap: 1))
        #expect(gate(amina, Ledger(total: 2, mine: 0)) == .couponCapReached(code: "ESS2026", cap: 2))
    }
}

/// A cart file's customer and codes become an order's: a control character in them, a NUL
/// above all, is refused with the field, never recorded cut short.
@Suite("Cart files")
struct CartFileTests {
    @Test("a NUL or another control character in the customer or a code is refused")
    func controlCharacters() throws {
        let yaml = "customer: \"amina\\0x\"\ncoupons: [\"ESS\\u00072026\"]\nlines:\n  - {sku: TAF-ARG-250, quantity: 1}\n"
        let node = try #require(try YAMLDocument.parse(yaml, file: "cart.yaml"))
        #expect {
            _ = try Cart.decode(node, file: "cart.yaml")
        } throws: { error in
            guard let failure = error as? ValidationFailure else { return false }
            let fields = failure.issues.compactMap(\.field)
            return fields.count == 2 && fields.contains { $0.contains("customer") } && fields.contains { $0.contains("coupons") }
        }
        let clean = try #require(try YAMLDocument.parse("customer: amina\nlines:\n  - {sku: A-1, quantity: 2}\n", file: "c.yaml"))
        #expect(try Cart.decode(clean, file: "c.yaml").customer == "amina")
    }
}
