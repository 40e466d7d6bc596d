import Foundation
import Testing

/// The service over a catalog that configures a plugin for an event: it prices as `tiwizi`
/// does with `--event`, refuses moments outside the event, and reloads changed settings all or
/// nothing.
@Suite("The pricing service with plugins configured for an event")
struct EventServiceTests {
    static let plugin = """
        return {
          name = "fair-honey", version = "1.0.0", api = ">=2.1, <3",
          description = {fr = "Miel de la foire", ar = "عسل المعرض"},
          parameters = {discount = {type = "percentage", default = 10, min = 0, max = 40,
            description = {fr = "Remise", ar = "التخفيض"}}},
          rules = {{name = "fair-honey", funded_by = "event", price = function(p, ctx)
            if not p:in_category("food.honey") then return nil, "not honey" end
            return {percent_off = ctx:param("discount")}
          end}},
        }
        """
    static let during = "2026-03-20T09:00"

    static func open() async throws -> ServiceWorkspace {
        try await ServiceWorkspace.open(arguments: ["--plugins", "plugins", "--event", "fair"]) { setup in
            try FileManager.default.createDirectory(
                at: setup.root.appendingPathComponent("plugins"), withIntermediateDirectories: true)
            try Data(plugin.utf8).write(to: setup.root.appendingPathComponent("plugins/fair-honey.lua"))
            for arguments in [
                [
                    "event", "add", "fair", "--title-fr", "Foire", "--title-ar", "معرض", "--from", "2026-03-01", "--to",
                    "2026-03-31",
                ],
                ["plugins", "disable", "fair-honey", "--plugins", "plugins"],
                ["plugins", "enable", "fair-honey", "--event", "fair", "--plugins", "plugins"],
                ["plugins", "set", "fair-honey", "discount=25", "--event", "fair", "--plugins", "plugins"],
            ] {
                let rules = arguments[0] == "plugins" ? ["--rules", Repository.rules.path] : []
                let result = try await setup.tiwizi(arguments + rules)
                try #require(result.status == 0, "tiwizi \(arguments): \(result.stderr)")
            }
        }
    }

    /// The service's price of the thyme honey at `moment`, and what `tiwizi price` prints for it.
    static func prices(_ workspace: ServiceWorkspace, at moment: String = during) async throws -> (Any, Any) {
        let printed = try await workspace.tiwizi(
            ["price", "TAM-THY-500", "--at", moment, "--plugins", "plugins", "--event", "fair", "--json"])
        try #require(printed.status == 0, "tiwizi price failed: \(printed.stderr)")
        let answered = try await workspace.request("GET", "/products/TAM-THY-500/price?at=\(moment)")
        #expect(answered.status == 200, "\(answered)")
        return (answered.json, try #require(try JSON.parse(printed.stdout) as? [Any]).first as Any)
    }

    @Test func anEventsPluginPricesAsTiwiziDoesAndReloadsAllOrNothing() async throws {
        let workspace = try await Self.open()
        defer { workspace.close() }
        let (answered, printed) = try await Self.prices(workspace)
        #expect(try JSON.canonical(answered) == JSON.canonical(printed))
        #expect(
            (answered as? [String: Any])?["rules_applied"] as? [String] == [
                "margin", "assises-15", "round-050", "ending-990", "fair-honey",
            ])

        let cart = #"{"lines": [{"sku": "TAM-THY-500", "quantity": 2}]}"#
        let file = try workspace.write("cart.json", cart)
        let quoted = try await workspace.tiwizi(
            ["quote", file, "--at", Self.during, "--plugins", "plugins", "--event", "fair", "--json"])
        let quote = try await workspace.request("POST", "/quote?at=\(Self.during)", body: cart)
        #expect(try JSON.canonical(quote.json) == JSON.canonical(try JSON.parse(quoted.stdout)), "\(quote) \(quoted)")
        #expect((quote.json as? [String: Any])?["event"] as? String == "fair")

        let outside = try await workspace.request("GET", "/products/TAM-THY-500/price?at=2026-04-02")
        #expect(outside.status == 422 && Self.code(outside.json) == "eventNotOpen", "\(outside)")

        // A changed setting is picked up by a reload, once.
        let set = try await workspace.tiwizi([
            "plugins", "set", "fair-honey", "discount=5", "--event", "fair", "--plugins", "plugins",
        ])
        try #require(set.status == 0, "\(set.stderr)")
        let reload = try await workspace.request("POST", "/reload")
        #expect(reload.status == 200 && (reload.json as? [String: Any])?["reload"] as? String == "reloaded", "\(reload)")
        let again = try await workspace.request("POST", "/reload")
        #expect((again.json as? [String: Any])?["reload"] as? String == "unchanged", "\(again)")
        let (reloaded, reprinted) = try await Self.prices(workspace)
        #expect(try JSON.canonical(reloaded) == JSON.canonical(reprinted))
        #expect(try JSON.canonical(reloaded) != JSON.canonical(answered))

        // A plugin that does not load: 409, and the plugins in use stay.
        _ = try workspace.write("plugins/broken.lua", "return {")
        let broken = try await workspace.request("POST", "/reload")
        #expect(broken.status == 409, "\(broken)")
        let kept = try await workspace.request("GET", "/products/TAM-THY-500/price?at=\(Self.during)")
        #expect(try JSON.canonical(kept.json) == JSON.canonical(reloaded))
    }

    private static func code(_ json: Any) -> String? {
        ((json as? [String: Any])?["error"] as? [String: Any])?["code"] as? String
    }
}
