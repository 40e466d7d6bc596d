import Foundation
import Testing

/// `tiwizi test` on the rule sets Tiwizi ships (`scripts/`) and on a broken copy of them,
/// through the real binary.
@Suite("tiwizi test")
struct TestCommandTests {
    static let scripts = Tiwizi.repositoryRoot.appendingPathComponent("scripts")

    /// The number of tests of a summary line `12 passed, 0 failed`.
    private func summary(_ line: String?) -> (passed: Int, failed: Int)? {
        guard let words = line?.split(separator: " "), words.count == 4, let passed = Int(words[0]),
            let failed = Int(words[2].trimmingCharacters(in: .punctuationCharacters))
        else { return nil }
        return (passed, failed)
    }

    @Test("the shipped rule sets pass their tests, in English and French, and the user's catalog is untouched")
    func theShippedTestsPass() async throws {
        let workspace = try Workspace()
        let result = try await workspace.run("test", Self.scripts.path)
        #expect(result.status == 0, "\(result)")
        let counts = try #require(summary(result.lines.last), "\(result)")
        #expect(counts.failed == 0 && counts.passed >= 50, "\(result)")
        #expect(result.lines.last == "\(counts.passed) passed, 0 failed")
        for file in [
            "labels/ess_test.lua", "pricing/base_test.lua", "promotions/assises-ess_test.lua", "promotions/cart_test.lua",
            "promotions/clearance_test.lua",
        ] {
            #expect(result.lines.contains(file), "\(file) in \(result)")
        }
        #expect(!result.lines.contains { $0.hasPrefix("  ✗") })
        #expect(!FileManager.default.fileExists(atPath: workspace.catalog.path))
        let french = try await Workspace(language: "fr_FR.UTF-8").run("test", Self.scripts.path)
        #expect(french.status == 0 && french.lines.last == "\(counts.passed) réussis, 0 échoué", "\(french)")
        let json = try Output.jsonRecord(try await workspace.run("test", Self.scripts.path, "--json").stdout)
        #expect(json["passed"] as? Int == counts.passed && json["failed"] as? Int == 0 && json["invalid_files"] as? Int == 0)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.count == 5 && files.allSatisfy { $0["errors"] == nil })
        let first = try #require((files.first?["tests"] as? [[String: Any]])?.first)
        #expect(first["passed"] as? Bool == true && first["at"] as? String == "2026-04-01T10:00:00+01:00", "\(first)")
        // A cart test reports its cart instead of a SKU.
        let carts = try #require(
            files.first { $0["file"] as? String == "promotions/cart_test.lua" }?["tests"] as? [[String: Any]])
        #expect(carts.count >= 10 && carts.allSatisfy { $0["sku"] == nil && $0["cart"] is [[String: Any]] }, "\(carts)")
    }

    @Test("a cart test fails with what differs, and an invalid cart with its file, test and key")
    func aBrokenCartPromotionFails() async throws {
        let workspace = try Workspace()
        try FileManager.default.copyItem(at: Self.scripts, to: workspace.url("rules"))
        let cart = try String(contentsOf: workspace.url("rules/promotions/cart.lua"), encoding: .utf8)
        try workspace.write(
            "rules/promotions/cart.lua",
            cart.edited("type = \"money\", default = \"349.00\"", to: "type = \"money\", default = \"359.00\""))
        try workspace.write(
            "rules/promotions/basket_test.lua",
            """
            return {
              fixtures = {products = {{sku = "T-OIL"}}},
              tests = {{name = "zero jars", cart = {{sku = "T-OIL", quantity = 0}}}},
            }

            """)
        let result = try await workspace.run("test", "rules")
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stdout.contains(
                """
                  ✗ argan oil, amlou and thyme honey make the discovery bundle at 349,00
                      expected discount 52.80, got 42.80 (rules applied: discovery-bundle)
                      expected total 349.00, got 359.00 (rules applied: discovery-bundle)
                      expected line TAF-AML-250 total 79.91, got 82.20 (discounts: discovery-bundle 9.80)

                """), "\(result.stdout)")
        #expect(result.stdout.contains("  ✓ ESS2026 takes 10 % off an order of 300,00 or more\n"), "\(result.stdout)")
        #expect(
            result.errorLines == [
                "error: promotions/basket_test.lua: test “zero jars”: cart[1].quantity: "
                    + "0 is out of range: write a whole number from 1 to 100000."
            ], "\(result)")
    }

    @Test("a broken copy fails with what differs, and an invalid test file with its file and key")
    func aBrokenCopyFails() async throws {
        let workspace = try Workspace()
        try FileManager.default.copyItem(at: Self.scripts, to: workspace.url("rules"))
        let base = workspace.url("rules/pricing/base.lua")
        let source = try String(contentsOf: base, encoding: .utf8)
        try workspace.write(
            "rules/pricing/base.lua",
            source.edited("type = \"percentage\", default = 15,", to: "type = \"percentage\", default = 20,"))
        try workspace.write("rules/promotions/typo_test.lua", "return {fixture = {}, tests = {}}\n")
        let result = try await workspace.run("test", "rules")
        #expect(result.status == 1, "\(result)")
        let text = result.stdout
        #expect(
            text.contains(
                "  ✗ a price halfway between two half-dirhams is rounded up\n      expected price 75.00, got 78.00 (rules applied: margin, round-050)\n"
            ), "\(text)")
        #expect(text.contains("      expected ending-990 skipped (declined), but it applied\n"), "\(text)")
        #expect(text.contains("      check failed: pricing/base_test.lua:"), "\(text)")
        let counts = try #require(summary(result.lines.last), "\(result)")
        #expect(counts.failed > 0)
        #expect(
            result.errorLines == [
                "error: promotions/typo_test.lua: unknown field “fixture”; expected one of: fixtures, tests."
            ], "\(result)")
    }

    @Test("a folder that does not exist is an error; --at must be a moment")
    func usageErrors() async throws {
        let workspace = try Workspace()
        let missing = try await workspace.run("test", "nowhere")
        #expect(
            missing.status == 1
                && missing.errorLines == [
                    "error: there is no folder at nowhere; check the path (the rules folder is scripts unless --rules names another)."
                ])
        let moment = try await workspace.run("test", Self.scripts.path, "--at", "soon")
        #expect(moment.status != 0 && moment.stderr.contains("--at expects a date-time"), "\(moment)")
    }
}
