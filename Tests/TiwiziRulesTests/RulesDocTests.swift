import Foundation
import Testing
import TiwiziLua

@testable import TiwiziRuleTesting
@testable import TiwiziRules

/// docs/rules.md shows what Tiwizi does: its example rule set loads, and its error examples are
/// the messages Tiwizi gives.
/// The text of a file of the repository (empty when it cannot be read: the tests then fail).
func repositoryFile(_ path: String) -> String {
    (try? String(contentsOfFile: repositoryFile(path: path), encoding: .utf8)) ?? ""
}

/// The path of a file or folder of the repository.
func repositoryFile(path: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(path).path
}

@Suite("Rules: the documentation")
struct RulesDocTests {
    static let page = repositoryFile("docs/rules.md")

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

    /// The example test files, of products then of carts, pass on the shipped rule sets.
    @Test(arguments: [1, 2]) func theExampleTestFilePasses(tests: Int) throws {
        let examples = Self.blocks("lua").filter { $0.contains("---@type RuleTestFile") }
        #expect(examples.count == 2 && examples.last?.contains("cart = {") == true)
        let example = try #require(examples.dropFirst(tests - 1).first)
        let folder = RuleFolder()
        defer { folder.remove() }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: repositoryFile(path: "scripts")), to: folder.root)
        folder.write("pricing/example_test.lua", example)
        let runner = RuleTestRunner(
            folder: folder.root, moment: RunContext.parseInstant("2026-04-01")!, language: .english)
        let plugins = try PluginDiscovery.find(in: [.init(folder.root.path, shown: "", origin: .rules)])
        let report = runner.run(file: folder.root.appendingPathComponent("pricing/example_test.lua"), plugins: plugins)
        #expect(report.problems.isEmpty && report.results.count == tests, "\(report)")
        let failures = report.results.flatMap(\.failures).map { $0.text(in: .english) }
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func theErrorExamplesAreTiwizisMessages() throws {
        let errors = Self.blocks("text")
        #expect(errors.count == 3)
        let stacking = RuleProblem.notAllowed(
            where: .rule(file: "pricing/base.lua", name: "margin"), field: "stacking", value: "best",
            allowed: ["stack", "exclusive", "best_of", "stop"])
        #expect(errors.first == "error: " + stacking.english)
        #expect(errors[1] == "error: " + RuleProblem.cycle(["margin", "round", "margin"]).english)
        let margin = Rule(
            name: "margin", set: "base-pricing", priority: 0, before: [], after: [], stacking: .stack, validFrom: nil,
            validUntil: nil, fundedBy: nil, phases: [:], file: "pricing/base.lua", lines: [.price: 28])
        let failure = RuleFailure(
            rule: margin, phase: .price, subject: "TAF-ARG-250",
            reason: .effect(.unknownKey(effect: "percent_off", key: "percent", allowed: ["percent_off", "note"])))
        #expect(errors.last == "error: " + failure.text(in: .english))
    }
}

/// scripts/rules.meta.lua annotates exactly the fields Tiwizi reads.
@Suite("Rules: the LuaCATS annotations")
struct RulesMetaTests {
    static let meta = repositoryFile("scripts/rules.meta.lua")

    /// The `---@field` names of `---@class name`.
    static func fields(of name: String) -> [String] {
        guard let start = meta.range(of: "---@class \(name)\n") else { return [] }
        let rest = meta[start.upperBound...]
        let body = rest[..<(rest.range(of: "---@class ")?.lowerBound ?? rest.endIndex)]
        return body.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("---@field ") else { return nil }
            return line.dropFirst(10).split(separator: " ").first.map { String($0).replacingOccurrences(of: "?", with: "") }
        }
    }

    @Test func everyFieldTiwiziReadsIsAnnotated() {
        #expect(Self.fields(of: "RuleSet") == RuleSetDecoding.manifestFields)
        #expect(Self.fields(of: "Rule") == RuleSetDecoding.ruleFields)
        #expect(Self.fields(of: "RuleParameter") == ParameterDecoding.fields)
        let priceKeys = Set(EffectDecoding.priceFields.flatMap { [$0.key] + $0.value } + EffectDecoding.commonFields)
        #expect(Set(Self.fields(of: "PriceEffect")) == priceKeys)
        let labelKeys = Set(EffectDecoding.labelFields.flatMap { [$0.key] + $0.value } + EffectDecoding.commonFields)
        #expect(Set(Self.fields(of: "LabelEffect")) == labelKeys)
        let cartKeys = Set(EffectDecoding.cartFields.flatMap { [$0.key] + $0.value } + EffectDecoding.commonFields)
        #expect(Set(Self.fields(of: "CartEffect")) == cartKeys)
        #expect(Self.fields(of: "RuleCoupon") == RuleSetDecoding.couponFields)
    }

    @Test func everyFieldOfATestFileIsAnnotated() {
        #expect(Self.fields(of: "RuleTestFile") == RuleTestFile.fields)
        #expect(Self.fields(of: "RuleTestFixtures") == FixtureDocument.kinds)
        #expect(Self.fields(of: "RuleTest") == RuleTest.fields)
        #expect(Self.fields(of: "RuleTestExpect") == Expectation.keys)
        #expect(Self.fields(of: "RuleTestCartExpect") == CartExpectation.keys)
        #expect(Self.fields(of: "RuleTestLineExpect") == CartExpectation.LineAmount.allCases.map(\.rawValue))
        #expect(Self.fields(of: "RuleTestRedeemed") == CartTest.redeemedFields)
        #expect(Self.fields(of: "RuleTestCartLine") == ["sku", "quantity"])
    }

    /// A check that lists the fields of its result, as its failure: those of a product, then of a
    /// cart's quote.
    @Test(arguments: [
        ("RuleTestResult", #"sku = "OIL-1""#),
        ("RuleTestQuote", #"cart = {{sku = "OIL-1", quantity = 1}}, coupons = {"SAVE"}, customer = "amina""#),
    ])
    func everyFieldACheckReadsIsAnnotated(result: String, subject: String) {
        let folder = RuleTestFolder()
        defer { folder.remove() }
        folder.writeCartRules()
        let failures = folder.failures(
            """
            {name = "fields", \(subject), check = function(r)
              local names = {}
              for name in pairs(r) do names[#names + 1] = name end
              table.sort(names)
              error(table.concat(names, " "))
            end},
            """)
        // A quote's `event` is nil, so absent, when no event priced it, as here.
        let names = Self.fields(of: result).filter { $0 != "event" }.sorted().joined(separator: " ")
        #expect(failures == ["check failed: pricing/base_test.lua:11: " + names])
    }
}
