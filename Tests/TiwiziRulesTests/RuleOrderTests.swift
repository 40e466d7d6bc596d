import Testing

@testable import TiwiziRules

/// A rule for ordering tests: only its name and its declared order matter.
func rule(_ name: String, priority: Int = 0, before: [String] = [], after: [String] = [], file: String = "r.lua") -> Rule {
    Rule(
        name: name, set: "tests", priority: priority, before: before, after: after, stacking: .stack, validFrom: nil,
        validUntil: nil, fundedBy: nil, phases: [:], file: file)
}

@Suite("Rules: the order in which they apply")
struct RuleOrderTests {
    private func order(_ rules: [Rule]) throws -> [String] { try RuleOrder.resolve(rules).map(\.name) }

    @Test func higherPriorityFirstThenName() throws {
        let rules = [rule("vat", priority: 10), rule("margin", priority: 100), rule("ending"), rule("coupon")]
        #expect(try order(rules) == ["margin", "vat", "coupon", "ending"])
    }

    @Test func beforeAndAfterOutrankPriority() throws {
        let rules = [
            rule("margin", priority: 100, after: ["round"]), rule("round", priority: 1),
            rule("event", priority: 50, before: ["round"]),
        ]
        #expect(try order(rules) == ["event", "round", "margin"])
    }

    /// Neither file order nor declaration order decides: every permutation gives one order.
    @Test func theOrderDoesNotDependOnDeclarationOrder() throws {
        let rules = [
            rule("a", priority: 5), rule("b", priority: 5, after: ["d"]), rule("c", priority: 9, before: ["a"]),
            rule("d"), rule("e", priority: 5), rule("f", priority: -1, before: ["d"]),
        ]
        let expected = try order(rules)
        #expect(expected == ["c", "a", "e", "f", "d", "b"])
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 { #expect(try order(rules.shuffled(using: &generator)) == expected) }
    }

    @Test func aCycleIsAnErrorThatNamesItsRules() {
        let rules = [rule("a", before: ["b"]), rule("b", before: ["c"]), rule("c", before: ["a"]), rule("d")]
        #expect(throws: RuleProblem.cycle(["a", "b", "c", "a"])) { try RuleOrder.resolve(rules) }
        let two = [rule("x", after: ["y"]), rule("y", after: ["x"])]
        #expect(throws: RuleProblem.cycle(["x", "y", "x"])) { try RuleOrder.resolve(two) }
        #expect(
            RuleProblem.cycle(["x", "y", "x"]).text(in: .english)
                == "the before/after constraints of x → y → x form a cycle; no order satisfies them.")
    }

    @Test func aRuleThatWaitsOnACycleIsNotPartOfIt() {
        let rules = [rule("a", after: ["b"]), rule("b", after: ["a"]), rule("z", after: ["a"])]
        #expect(throws: RuleProblem.cycle(["a", "b", "a"])) { try RuleOrder.resolve(rules) }
    }

    @Test func unknownNamesAndDuplicatesAreRefused() {
        #expect(throws: RuleProblem.unknownRule(rule: "a", field: "after", names: "margn")) {
            try RuleOrder.resolve([rule("a", after: ["margn"]), rule("margin")])
        }
        #expect(throws: RuleProblem.duplicateName("a", files: ["one.lua", "two.lua"])) {
            try RuleOrder.resolve([rule("a", file: "two.lua"), rule("a", file: "one.lua")])
        }
    }
}
