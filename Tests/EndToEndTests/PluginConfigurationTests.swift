import Foundation
import Testing

/// The catalog's configuration of plugins, end to end: events, settings per catalog and per
/// event, checked values, the catalog's plugins folder, failure policies set by the enabler, and
/// orders that record the event that priced them.
@Suite("tiwizi plugins and tiwizi event")
struct PluginConfigurationTests {
    func workspace() async throws -> Workspace {
        let workspace = try await PluginCommandTests().workspace()
        let fair = try await workspace.run(
            "event", "add", "foire-agadir", "--title-fr", "Foire d'Agadir", "--title-ar", "معرض أكادير",
            "--from", "2026-11-20", "--to", "2026-11-30")
        #expect(fair.status == 0 && fair.stdout == "Event foire-agadir added.\n", "\(fair)")
        return workspace
    }

    /// `tiwizi price SKU --plugins plugins ARGS…`'s price of `sku` (JSON).
    func price(_ workspace: Workspace, _ arguments: String...) async throws -> String? {
        let result = try await workspace.run(["price", "TAM-THY-500", "--plugins", "plugins", "--json"] + arguments)
        guard result.status == 0 else { return nil }
        return try Output.jsonRecords(result.stdout).first?["price"] as? String
    }

    @Test("a plugin enabled for an event prices with the event's values during it, and not outside")
    func eventConfiguration() async throws {
        let workspace = try await workspace()
        for arguments in [
            ["disable", "honey-week"], ["enable", "honey-week", "--event", "foire-agadir"],
            ["set", "honey-week", "discount=25", "region=MA-05", "--event", "foire-agadir"],
        ] {
            let result = try await workspace.run(["plugins"] + arguments + ["--plugins", "plugins"])
            #expect(result.status == 0, "\(result)")
        }
        #expect(try await price(workspace) == "150.00")
        #expect(try await price(workspace, "--event", "foire-agadir") == "112.50")
        let after = try await workspace.run(
            "price", "TAM-THY-500", "--plugins", "plugins", "--event", "foire-agadir", "--at", "2026-12-01")
        #expect(
            after.status == 1
                && after.stderr.contains("event foire-agadir runs from 2026-11-20T00:00:00+01:00 until 2026-12-01T00:00:00+01:00"),
            "\(after)")

        let listing = try await workspace.run("plugins", "--plugins", "plugins", "--event", "foire-agadir", "--json")
        let plugin = try #require((try Output.jsonRecord(listing.stdout)["plugins"] as? [[String: Any]])?.first)
        #expect(plugin["status"] as? String == "enabled" && plugin["origin"] as? String == "--plugins")
        let values = (plugin["parameters"] as? [[String: Any]] ?? []).map { "\($0["name"]!)=\($0["value"]!) \($0["set_by"]!)" }
        #expect(values == ["discount=25 % event:foire-agadir", "region=MA-05 event:foire-agadir"], "\(listing)")
        let catalogWide = try await workspace.run("plugins", "--plugins", "plugins", "--json")
        #expect(
            (try Output.jsonRecord(catalogWide.stdout)["plugins"] as? [[String: Any]])?.first?["status"] as? String == "disabled")
    }

    @Test("a bad value is refused with the parameter, its type and the allowed range, and nothing is stored")
    func badValues() async throws {
        let workspace = try await workspace()
        let good = try await workspace.run("plugins", "set", "honey-week", "discount=20", "--plugins", "plugins")
        #expect(good.stdout == "honey-week.discount = 20 % in the catalog.\n", "\(good)")
        let refusals = [
            ["discount=45"]: "parameter discount of rule set honey-week cannot be 45 %; allowed: 0 %..30 %.",
            ["discount=lots"]:
                "parameter discount of rule set honey-week must be of type percentage (e.g. 15 or 12.5) within 0 %..30 %, not “lots”.",
            ["region=MA-99"]: "parameter region of rule set honey-week must be of type region",
            ["colour=red"]: "rule set honey-week has no parameter colour; its parameters are discount, region.",
            ["discount=10", "oops"]: "expected NAME=VALUE, got “oops”",
        ]
        for (values, message) in refusals {
            let result = try await workspace.run(["plugins", "set", "honey-week"] + values + ["--plugins", "plugins"])
            #expect(result.status == 1 && result.stderr.contains(message), "\(result)")
        }
        let unknownEvent = try await workspace.run(
            "plugins", "set", "honey-week", "discount=5", "--event", "nope", "--plugins", "plugins")
        #expect(unknownEvent.status == 1 && unknownEvent.stderr.contains("no event “nope”; its events are foire-agadir"))
        #expect(try await price(workspace, "--at", "2026-11-29") == "150.00")
        let listing = try await workspace.run("plugins", "--plugins", "plugins", "--json")
        let plugin = (try Output.jsonRecord(listing.stdout)["plugins"] as? [[String: Any]])?.first
        let discount = (plugin?["parameters"] as? [[String: Any]])?.first { $0["name"] as? String == "discount" }
        #expect(discount?["value"] as? String == "20 %" && discount?["set_by"] as? String == "catalog", "\(listing)")
    }

    @Test("an order records its event and values; a replay after the event uses them again")
    func ordersReplayTheirEvent() async throws {
        let workspace = try await workspace()
        _ = try workspace.write("cart.yaml", "lines:\n  - {sku: TAM-THY-500, quantity: 2}\n")
        _ = try await workspace.run(
            "plugins", "set", "honey-week", "region=MA-05", "--event", "foire-agadir", "--plugins", "plugins")
        let placed = try await workspace.run(
            "order", "place", "cart.yaml", "--plugins", "plugins", "--event", "foire-agadir", "--json")
        let document = try Output.jsonRecord(placed.stdout)
        #expect(document["event"] as? String == "foire-agadir" && document["total"] as? String == "270.00", "\(placed)")
        #expect(
            (document["parameters"] as? [String: [String: String]])?["honey-week"] == ["discount": "10 %", "region": "MA-05"])
        let plain = try await workspace.run("quote", "cart.yaml", "--plugins", "plugins", "--json")
        #expect(try Output.jsonRecord(plain.stdout)["rule_set_hash"] as? String != document["rule_set_hash"] as? String)

        let replay = try await workspace.run(
            ["quote", "--replay", "1", "--plugins", "plugins"], environment: ["TIWIZI_TODAY": "2026-12-10"])
        #expect(replay.status == 0 && replay.stdout.contains("the same rules priced both"), "\(replay)")
    }

    @Test("a failing plugin's policy is its enabler's; the command's --on-error wins")
    func failurePolicies() async throws {
        let workspace = try await workspace()
        _ = try workspace.write(
            "plugins/flaky.lua",
            """
            return {name = "flaky", version = "1.0.0", api = "2.1", description = {fr = "Instable", ar = "غير مستقر"},
              rules = {{name = "boom", funded_by = "marketplace", price = function() error("boom") end}}}
            """)
        #expect(try await price(workspace) == nil)
        let enable = try await workspace.run("plugins", "enable", "flaky", "--on-error", "skip", "--plugins", "plugins")
        #expect(enable.stdout == "Plugin flaky is enabled in the catalog; its failing rules are skipped.\n", "\(enable)")
        #expect(try await price(workspace) == "150.00")
        #expect(try await price(workspace, "--on-error", "fail") == nil)
    }

    @Test("what each plugin prints and uses is reported as its own")
    func perPluginOutputAndUsage() async throws {
        let workspace = try await workspace()
        _ = try workspace.write(
            "plugins/chatty.lua",
            """
            return {name = "chatty", version = "1.0.0", api = "2.1", description = {fr = "Bavard", ar = "ثرثار"},
              rules = {{name = "hello", funded_by = "marketplace", price = function(p)
                print("pricing " .. p.sku)
                return nil, "only talks"
              end}}}
            """)
        let result = try await workspace.run("price", "TAM-THY-500", "--plugins", "plugins", "--explain")
        #expect(result.status == 0 && result.stderr == "plugins/chatty.lua: pricing TAM-THY-500\n", "\(result)")
        #expect(
            Output.matches(
                result.stdout, #"by plugin: chatty 1 call, under 1,000 instructions, \d+ KB; honey-week 1 call, .*"#),
            "\(result)")
        let json = try await workspace.run("price", "TAM-THY-500", "--plugins", "plugins", "--explain", "--json")
        let usage = (try Output.jsonRecords(json.stdout).first?["plugins"] as? [[String: Any]])?.map { $0["plugin"] as? String }
        #expect(usage == ["chatty", "honey-week"], "\(json)")
    }

    @Test("the catalog's plugins folder is searched; a setting of a plugin no folder holds is reported")
    func catalogFolderAndMissingPlugins() async throws {
        let workspace = try await workspace()
        let set = try await workspace.run("plugins", "folder", "plugins")
        #expect(
            set.status == 0
                && set.stdout == "The catalog's plugins folder: \(workspace.url("plugins").standardizedFileURL.path)\n", "\(set)")
        let rules = try await workspace.run("rules")
        #expect(rules.status == 0 && Output.firstColumn(rules.stdout) == ["honey-week"], "\(rules)")
        let enable = try await workspace.run("plugins", "enable", "honey-week", "--event", "foire-agadir")
        #expect(enable.status == 0, "\(enable)")

        try FileManager.default.moveItem(at: workspace.url("plugins"), to: workspace.url("elsewhere"))
        let gone = try await workspace.run("rules")
        #expect(gone.status == 1 && gone.stderr.contains("the plugins folder configured for the catalog"), "\(gone)")
        _ = try await workspace.run("plugins", "folder", "--clear")
        let missing = try await workspace.run("price", "TAM-THY-500", "--rules", "elsewhere", "--event", "foire-agadir")
        #expect(
            missing.status == 1 && missing.stderr.contains("enables plugin honey-week for event foire-agadir but no plugin"),
            "\(missing)")
        let listing = try await workspace.run("plugins", "--rules", "elsewhere", "--event", "foire-agadir")
        #expect(listing.status == 1 && listing.stdout.contains("not found"), "\(listing)")
        let reset = try await workspace.run("plugins", "reset", "honey-week", "--event", "foire-agadir", "--rules", "elsewhere")
        #expect(reset.status == 0, "\(reset)")
        let clean = try await workspace.run("plugins", "--rules", "elsewhere", "--event", "foire-agadir")
        #expect(clean.status == 0, "\(clean)")
    }

    @Test("events: refused input changes nothing; edit keeps what it is not given; remove takes its settings")
    func events() async throws {
        let workspace = try await workspace()
        let refusals: [([String], String)] = [
            (
                ["add", "Foire", "--title-fr", "F", "--title-ar", "م", "--from", "2026-01-01", "--to", "2026-01-02"],
                "is not an event name"
            ),
            (["add", "f2", "--title-fr", "F", "--from", "2026-01-01", "--to", "2026-01-02"], "needs a title in Arabic"),
            (["add", "f2", "--title-fr", "F", "--title-ar", "م", "--from", "2026-01-03", "--to", "2026-01-02"], "would close"),
            (
                ["add", "f2", "--title-fr", "F", "--title-ar", "م", "--from", "soon", "--to", "2026-01-02"],
                "--from expects a day"
            ),
            (
                ["add", "foire-agadir", "--title-fr", "F", "--title-ar", "م", "--from", "2026-01-01", "--to", "2026-01-02"],
                "already exists"
            ),
            (["edit", "foire-agadir", "--to", "2026-11-01"], "would close"),
            (["edit", "nope", "--place-fr", "Rabat"], "no event “nope”"),
        ]
        let before = try await workspace.run("event", "list", "--json")
        for (arguments, message) in refusals {
            let result = try await workspace.run(["event"] + arguments)
            #expect(result.status == 1 && result.stderr.contains(message), "\(arguments): \(result)")
        }
        #expect(try await workspace.run("event", "list", "--json").stdout == before.stdout)

        let edit = try await workspace.run("event", "edit", "foire-agadir", "--place-fr", "Agadir", "--place-ar", "أكادير")
        #expect(edit.stdout == "Event foire-agadir updated.\n", "\(edit)")
        _ = try await workspace.run("plugins", "enable", "honey-week", "--event", "foire-agadir", "--plugins", "plugins")
        let shown = try Output.jsonRecord(try await workspace.run("event", "show", "foire-agadir", "--json").stdout)
        #expect(shown["title"] as? [String: String] == ["fr": "Foire d'Agadir", "ar": "معرض أكادير"])
        #expect(shown["place"] as? [String: String] == ["fr": "Agadir", "ar": "أكادير"])
        #expect((shown["plugins"] as? [[String: Any]])?.first?["enabled"] as? Bool == true)

        let removed = try await workspace.run("event", "remove", "foire-agadir")
        #expect(removed.status == 0, "\(removed)")
        let listing = try await workspace.run("plugins", "--plugins", "plugins", "--json")
        #expect((try Output.jsonRecord(listing.stdout)["plugins"] as? [[String: Any]])?.count == 1, "\(listing)")
        #expect(try await workspace.run("event", "list").stderr.contains("No events"))
    }
}
