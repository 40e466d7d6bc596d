import Foundation
import Testing

/// `tiwizi rules`: rule sets are found in their folders, their rules ordered from what they
/// declare, and a mistake is an error that names the file and the rule.
@Suite("tiwizi rules")
struct RulesCommandTests {
    static let base = """
        return {
          name = "base-pricing", version = "1.0.0", api = "2.0",
          description = {fr = "Marge du marché et arrondi", ar = "هامش السوق والتقريب"},
          rules = {
            {name = "margin", priority = 100, funded_by = "marketplace", price = function(p) end},
            {name = "round", after = "margin", price = function(p) end},
          },
        }
        """

    static let assises = """
        return {
          name = "assises-ess", version = "0.1.0", api = "2.0", description = {fr = "d", ar = "د"},
          rules = {
            {name = "assises-15", priority = 100, before = "round", stacking = "best_of", group = "event",
             valid_from = "2026-03-18", valid_until = "2026-03-22", funded_by = "event", price = function(p) end},
          },
        }
        """

    private func workspace(_ files: [String: String]) async throws -> Workspace {
        let workspace = try Workspace()
        try await workspace.importSeed()
        for (path, source) in files { try workspace.write("rules/" + path, source) }
        return workspace
    }

    @Test("the rule sets and the order of their rules, as a table and as JSON")
    func listsAndOrders() async throws {
        let workspace = try await workspace(["pricing/base.lua": Self.base, "promotions/assises.lua": Self.assises])
        let sets = try await workspace.run("rules", "--rules", "rules")
        #expect(sets.status == 0, "\(sets)")
        #expect(Output.firstColumn(sets.stdout) == ["base-pricing", "assises-ess"], "\(sets)")
        let order = try await workspace.run("rules", "--rules", "rules", "--order")
        #expect(order.status == 0, "\(order)")
        #expect(
            order.lines.dropFirst(2).map { $0.split(separator: " ").dropFirst().first.map(String.init) } == [
                "assises-15", "margin", "round",
            ])
        #expect(
            order.lines.contains {
                Output.matches($0, #"^1 +assises-15 +assises-ess +100 +best_of event +price +2026-03-18\.\.2026-03-22 +event$"#)
            })
        let json = try Output.jsonRecords(try await workspace.run("rules", "--rules", "rules", "--order", "--json").stdout)
        #expect(json.map { $0["name"] as? String } == ["assises-15", "margin", "round"])
        #expect(json[0]["group"] as? String == "event" && json[2]["after"] as? [String] == ["margin"])
    }

    @Test("a cycle, an unknown name and an API this Tiwizi lacks are errors that say where")
    func mistakesAreErrors() async throws {
        let cycle = try await workspace([
            "pricing/base.lua": Self.base.replacingOccurrences(of: "priority = 100,", with: "after = \"round\",")
        ])
        let looped = try await cycle.run("rules", "--rules", "rules", "--order")
        #expect(looped.status == 1)
        #expect(
            looped.stderr
                == "error: the before/after constraints of margin → round → margin form a cycle; no order satisfies them.\n")

        let unknown = try await workspace([
            "promotions/assises.lua": Self.assises.replacingOccurrences(of: "before = \"round\"", with: "before = \"rnd\"")
        ])
        let refused = try await unknown.run("rules", "--rules", "rules")
        #expect(refused.stderr == "error: rule assises-15: before names rnd, which no loaded rule set declares.\n")

        let newer = try await workspace([
            "pricing/base.lua": Self.base.replacingOccurrences(of: "api = \"2.0\"", with: "api = \"2.7\"")
        ])
        let french = try await newer.run(["rules", "--rules", "rules"], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(french.status == 1)
        #expect(
            french.stderr
                == "erreur : pricing/base.lua : jeu de règles base-pricing demande l'API Lua >=2.7, <3, mais ce Tiwizi fournit la 2.1 ; "
                + "prenez une version du plugin écrite pour la 2.1, ou un Tiwizi qui fournit >=2.7, <3.\n"
        )

        let broken = try await workspace(["labels/broken.lua": "return {name = 'x',"])
        let syntax = try await broken.run("rules", "--rules", "rules")
        #expect(syntax.status == 1 && syntax.stderr.hasPrefix("error: labels/broken.lua:1: "), "\(syntax)")

        // A rules folder that is not there is an error, never an empty rule set.
        for command in [["rules"], ["price"], ["quote", "--replay", "1"]] {
            let missing = try await broken.run(command + ["--rules", "nowhere"])
            #expect(missing.status == 1 && missing.stderr.contains("there is no folder at nowhere"), "\(missing)")
        }
    }

    @Test("a folder with no rule sets is said, not an error")
    func noRuleSets() async throws {
        let empty = try await workspace([:])
        try FileManager.default.createDirectory(at: empty.url("rules"), withIntermediateDirectories: true)
        let result = try await empty.run("rules", "--rules", "rules")
        #expect(result.status == 0)
        #expect(result.stderr == "No rule sets in rules (pricing/, labels/, promotions/).\n")
    }
}
