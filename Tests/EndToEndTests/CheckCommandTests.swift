import Foundation
import Testing

/// `tiwizi check` on the seed catalog: the shipped rules are clean, a broken folder fails with
/// the file and line, and `--against` shows what changing the rules would change, recorded
/// orders included.
@Suite("tiwizi check")
struct CheckCommandTests {
    private func seeded() async throws -> Workspace {
        let workspace = try Workspace()
        try await workspace.importSeed()
        return workspace
    }

    @Test("the shipped rules pass, with each product's worst case")
    func shippedRules() async throws {
        let workspace = try await seeded()
        let scripts = Tiwizi.repositoryRoot.appendingPathComponent("scripts").path
        let checked = try await workspace.run("check", scripts, "--at", "2026-03-20T09:00")
        #expect(checked.status == 0, "\(checked)")
        let text = Output.plain(checked.stdout)
        #expect(text.contains("5 rule sets, 14 rules, on 37 products at 2026-03-20T09:00"), "\(text)")
        #expect(text.hasSuffix("0 errors, 0 warnings\n"), "\(text)")
        // The floor holds on the argan oil: 145,00 DH list price, the cooperative keeps 123,25.
        #expect(
            Output.matches(
                text, #"TAF-ARG-250 +MAD 145\.00 +MAD 109\.90 +MAD 98\.91 +31\.78 % +MAD 123\.25 +MAD 123\.25 +✓ +2026-03-20"#),
            "\(text)")
        let json = try Output.jsonRecord(
            try await workspace.run("check", scripts, "--at", "2026-03-20T09:00", "--json").stdout)
        #expect(json["errors"] as? Int == 0 && json["products"] as? Int == 37, "\(json)")
        let worst = try #require(json["worst_case"] as? [[String: Any]])
        #expect(worst.count == 37 && worst.first { $0["sku"] as? String == "TAF-ARG-250" }?["clamped"] as? Bool == true)
        // After the conference its two rules can never apply again.
        let later = try await workspace.run("check", scripts, "--at", "2026-06-15T10:00")
        #expect(later.status == 0 && Output.plain(later.stdout).contains("0 errors, 2 warnings"), "\(later)")
    }

    @Test("a folder with errors fails and says where; French on request")
    func errors() async throws {
        let workspace = try await seeded()
        try workspace.write(
            "rules/pricing/base.lua",
            """
            return {
              name = "base", version = "1.0.0", api = "2.0", description = {fr = "d", ar = "د"},
              rules = {
                {name = "margin", funded_by = "marketplace", price = function(p)
                  return {markup_percent = p.nope}
                end},
              },
            }
            """)
        try workspace.write("rules/labels/bad.lua", "return {name = ")
        let checked = try await workspace.run("check", "rules")
        #expect(checked.status == 1, "\(checked)")
        let text = Output.plain(checked.stdout)
        #expect(text.contains("error labels/bad.lua: does not load: labels/bad.lua:1:"), "\(text)")
        #expect(text.contains("error pricing/base.lua:4 margin: fails on 37 of 37 products (first AGH-BFG-1KG): "), "\(text)")
        #expect(text.hasSuffix("2 errors, 0 warnings\n"), "\(text)")
        let french = try await workspace.run("check", "rules", environment: ["LANG": "fr_FR.UTF-8"])
        #expect(Output.plain(french.stdout).hasSuffix("2 erreurs, 0 avertissement\n"), "\(french)")
        let missing = try await workspace.run("check", "nowhere")
        #expect(missing.status == 1 && missing.stderr.contains("there is no folder at nowhere"), "\(missing)")
    }

    @Test("--against prices the catalog and replays the recorded orders with both rule sets")
    func against() async throws {
        let workspace = try await seeded()
        let margin = { (percent: Int) in
            """
            return {
              name = "base", version = "1.0.0", api = "2.0", description = {fr = "d", ar = "د"},
              rules = {{name = "margin", funded_by = "marketplace", price = function()
                return {markup_percent = \(percent)}
              end}},
            }
            """
        }
        try workspace.write("old/pricing/base.lua", margin(10))
        try workspace.write("new/pricing/base.lua", margin(20))
        try workspace.write("cart.yaml", "lines:\n  - {sku: TAF-ARG-250, quantity: 2}\n")
        let placed = try await workspace.run("order", "place", "cart.yaml", "--rules", "old")
        #expect(placed.status == 0, "\(placed)")
        let checked = try await workspace.run("check", "new", "--against", "old")
        #expect(checked.status == 0, "\(checked)")
        let text = Output.plain(checked.stdout)
        #expect(text.contains("Prices with these rules instead of old's: 37 changed, 0 unchanged."), "\(text)")
        #expect(Output.matches(text, #"TAF-ARG-250 +MAD 145\.00 +MAD 159\.50 +MAD 174\.00 +\+MAD 14\.50"#), "\(text)")
        #expect(Output.matches(text, #"\n +1 +\S+ +MAD 319\.00 +MAD 319\.00 +MAD 348\.00 +\+MAD 29\.00"#), "\(text)")
    }
}
