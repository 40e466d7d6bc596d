import Foundation
import Testing

/// The producer floor from the command line: set with `--producer-floor`, refused with a message
/// that names the field, shown by `show`.
@Suite("Producer floor")
struct ProducerFloorTests {
    @Test("product update --producer-floor stores the floor; a bad value is refused naming the field")
    func productUpdateStoresOrRefuses() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let updated = try await workspace.run("product", "update", "ASF-SAF-1G", "--producer-floor", "90 %")
        #expect(updated.status == 0, "\(updated)")
        #expect(updated.stdout == "Updated product ASF-SAF-1G.\n  producer_floor set to 90 %\n")
        let record = try Output.jsonRecord(try await workspace.run("product", "show", "ASF-SAF-1G", "--json").stdout)
        #expect(record["producer_floor"] as? String == "90 %")

        let before = try await workspace.snapshot()
        for (value, message) in [
            ("101 %", "producer_floor: “101 %” is not a producer floor; write a share of the price such as 85 %"),
            ("-5", "producer_floor: “-5” is not a producer floor"),
            ("50", "producer_floor: the producer floor 50.00 is above the product's price 40.00"),
        ] {
            let refused = try await workspace.run("product", "update", "ASF-SAF-1G", "--producer-floor", value)
            #expect(refused.status == 1, "\(value): \(refused)")
            #expect(refused.stderr.contains(message), "\(value): \(refused.stderr)")
        }
        let french = try await workspace.run(
            "product", "update", "ASF-SAF-1G", "--producer-floor", "abc", environment: ["LANG": "fr_FR.UTF-8"])
        #expect(french.stderr.contains("producer_floor : « abc » n'est pas un plancher producteur"), "\(french.stderr)")
        #expect(try await workspace.snapshot() == before)

        let cleared = try await workspace.run("product", "update", "ASF-SAF-1G", "--producer-floor", "")
        #expect(cleared.stdout == "Updated product ASF-SAF-1G.\n  producer_floor cleared (was 90 %)\n", "\(cleared)")
    }

    @Test("a cooperative declares a share; an amount is refused with the way out")
    func cooperativeShareOrRefusal() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let updated = try await workspace.run("coop", "update", "warda-dades", "--producer-floor", "82,5 %")
        #expect(updated.stdout == "Updated cooperative warda-dades.\n  producer_floor set to 82.5 %\n", "\(updated)")
        let refused = try await workspace.run("coop", "update", "warda-dades", "--producer-floor", "120")
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("give a share like “85 %”, or put the amount 120.00 on the product"), "\(refused)")
        let show = try await workspace.run("coop", "show", "warda-dades")
        #expect(show.lines.contains { Output.matches($0, #"^  Producer floor +82\.5 %$"#) }, "\(show.stdout)")
    }

    @Test("product show gives the least the cooperative receives per unit, and whose floor it is")
    func productShowGivesTheMinimum() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let expected = [
            ("ASF-SAF-5G", #"MAD 160\.00 per unit$"#),
            ("ASF-SAF-1G", #"MAD 32\.00 per unit \(80 %, floor of cooperative asafu-safran\)$"#),
            ("TAF-ARG-250", #"MAD 123\.25 per unit \(85 %, floor of cooperative tafoukt-argan\)$"#),
        ]
        for (sku, floor) in expected {
            let show = try await workspace.run("product", "show", sku)
            #expect(
                show.lines.contains { Output.matches(Output.plain($0), "^  Producer floor +" + floor) }, "\(show.stdout)")
        }
        let none = try await workspace.run("product", "show", "CHB-ARG-500")
        #expect(!none.stdout.contains("Producer floor"), "\(none.stdout)")
        let french = try await workspace.run("product", "show", "TAF-ARG-250", environment: ["LANG": "fr_FR.UTF-8"])
        #expect(
            french.lines.contains {
                Output.matches(
                    Output.plain($0),
                    "^  Plancher producteur +123,25 DH par unité \\(85 %, plancher de la coopérative tafoukt-argan\\)$")
            }, "\(french.stdout)")
    }
}
