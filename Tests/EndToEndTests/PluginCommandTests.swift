import Foundation
import Testing

/// Plugins from `--plugins` folders: the example of docs/plugins.md prices the catalog next to
/// the shipped rules, runs its own tests (with the matrix test of docs/rules.md), and a broken
/// plugin stops a pricing run.
@Suite("tiwizi --plugins")
struct PluginCommandTests {
    /// The example plugin of docs/plugins.md, as the page writes it.
    static let example: String = {
        let url = Tiwizi.repositoryRoot.appendingPathComponent("docs/plugins.md")
        let page = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let start = page.range(of: "```lua\n---@type RuleSet")!
        let body = page[start.upperBound...]
        return "---@type RuleSet" + body[..<body.range(of: "```")!.lowerBound]
    }()

    /// The matrix test of docs/rules.md, a test of the example plugin.
    static let matrixTest: String = {
        let url = Tiwizi.repositoryRoot.appendingPathComponent("docs/rules.md")
        let page = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let start = page.range(of: "```lua\n{name = \"honey of the chosen region\"")!
        let body = page[page.index(start.lowerBound, offsetBy: 7)...]
        return String(body[..<body.range(of: "```")!.lowerBound])
    }()

    static let tests = """
        return {
          fixtures = {
            cooperatives = {{id = "coop-souss", region = "MA-09"}},
            products = {
              {sku = "HONEY-1", cooperative = "coop-souss", category = "food.honey", price = "100.00"},
              {sku = "OIL-1", cooperative = "coop-souss", category = "food.oil", price = "100.00"},
            },
          },
          tests = {
            {name = "honey of the Souss gets 10 %", sku = "HONEY-1", expect = {price = "90.00"}},
            {name = "a parameter set by the test", sku = "HONEY-1", params = {["honey-week"] = {discount = 20}},
             expect = {price = "80.00"}},
            {name = "not honey", sku = "OIL-1", expect = {price = "100.00"}},
        \(matrixTest)
          },
        }
        """

    func workspace() async throws -> Workspace {
        let workspace = try Workspace()
        try await workspace.importSeed()
        _ = try workspace.write("plugins/honey-week/plugin.lua", Self.example)
        _ = try workspace.write("plugins/honey-week/honey-week_test.lua", Self.tests)
        return workspace
    }

    @Test("a plugin folder's plugin runs its own tests, and prices with the rules folder's")
    func testsAndPrices() async throws {
        let workspace = try await workspace()
        let own = try await workspace.run("test", "plugins/honey-week")
        #expect(own.status == 0 && own.stdout.hasSuffix("9 passed, 0 failed\n"), "\(own)")
        #expect(own.stdout.contains("  ✓ honey of the chosen region [honey-week discount=30 region=MA-01]\n"), "\(own)")
        let all = try await workspace.run("test", "plugins")
        #expect(all.status == 0 && all.stdout.contains("honey-week/honey-week_test.lua"), "\(all)")
        let rules = try await workspace.run(
            "rules", "--rules", Tiwizi.repositoryRoot.appendingPathComponent("scripts").path, "--plugins", "plugins")
        #expect(rules.status == 0 && Output.firstColumn(rules.stdout).last == "honey-week", "\(rules)")
        let alone = try await workspace.run("rules", "--plugins", "plugins")
        #expect(alone.status == 0 && Output.firstColumn(alone.stdout) == ["honey-week"], "\(alone)")
    }

    @Test("a plugin that does not load stops a pricing run and names its file")
    func aBrokenPluginStopsTheRun() async throws {
        let workspace = try await workspace()
        _ = try workspace.write(
            "plugins/newer.lua",
            Self.example.replacingOccurrences(of: "\"honey-week\"", with: "\"newer\"")
                .replacingOccurrences(of: ">=2.1, <3", with: ">=2.5, <3"))
        let run = try await workspace.run("price", "--plugins", "plugins")
        #expect(run.status == 1 && run.stdout.isEmpty)
        #expect(
            run.stderr
                == "error: plugins/newer.lua: rule set newer needs the Lua API >=2.5, <3, but this Tiwizi provides 2.1; "
                + "use a version of the plugin written for 2.1, or a Tiwizi that provides >=2.5, <3.\n", "\(run)")
        let missing = try await workspace.run("price", "--plugins", "nowhere")
        #expect(missing.status == 1 && missing.stderr.contains("nowhere"), "\(missing)")
    }

    @Test("a plugin that cannot be read, a file given as a folder, and one name twice are refused by name")
    func unreadableAndClashingPlugins() async throws {
        let workspace = try await workspace()
        _ = try workspace.write("other/honey-week.lua", Self.example)
        let twice = try await workspace.run("plugins", "--plugins", "plugins", "--plugins", "other")
        #expect(twice.status == 1, "\(twice)")
        #expect(
            twice.stderr.contains(
                "the name honey-week is declared more than once (plugins/honey-week/plugin.lua, other/honey-week.lua)"),
            "\(twice)")
        #expect(Output.firstColumn(twice.stdout).prefix(2) == ["honey-week", "other/honey-week.lua"], "\(twice)")

        _ = try workspace.write("bad/latin1.lua", bytes: Data([0x72, 0x65, 0x74, 0x75, 0x72, 0x6E, 0x20, 0xE9]))
        let unreadable = try await workspace.run("price", "TAM-THY-500", "--plugins", "bad")
        #expect(unreadable.status == 1 && unreadable.stdout.isEmpty, "\(unreadable)")
        #expect(unreadable.stderr.contains("bad/latin1.lua") && unreadable.stderr.contains("not UTF-8"), "\(unreadable)")

        let file = try await workspace.run("price", "TAM-THY-500", "--plugins", "bad/latin1.lua")
        #expect(file.status == 1 && file.stderr.contains("there is no folder at bad/latin1.lua"), "\(file)")
    }
}
