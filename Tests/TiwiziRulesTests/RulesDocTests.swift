import Foundation
import Testing

@testable import TiwiziRules

/// docs/rules.md shows what Tiwizi does: its example rule set loads, and its error examples are
/// the messages Tiwizi gives.
@Suite("Rules: the documentation")
struct RulesDocTests {
    static let page: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("docs/rules.md"), encoding: .utf8)) ?? ""
    }()

    /// The fenced blocks of `language` in the page, in order.
    static func blocks(_ language: String) -> [String] {
        page.components(separatedBy: "```\(language)\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] }
    }

    @Test func theExampleRuleSetLoadsAsDescribed() throws {
        let source = try #require(Self.blocks("lua").first)
        let set = try loadOne(source)
        #expect(set.name == "base-pricing" && set.parameters.map(\.name) == ["margin"])
        #expect(try RuleOrder.resolve(set.rules).map(\.name) == ["margin", "round"])
    }

    @Test func theErrorExamplesAreTiwizisMessages() throws {
        let errors = Self.blocks("text")
        #expect(errors.count == 2)
        let stacking = RuleProblem.notAllowed(
            where: "rule margin", field: "stacking", value: "best", allowed: ["stack", "exclusive", "best_of", "stop"])
        #expect(errors.first == "error: " + stacking.english)
        #expect(errors.last == "error: " + RuleProblem.cycle(["margin", "round", "margin"]).english)
    }
}
