import Foundation
import Testing

/// Imports and updates change only what they mention, and say what they change.
@Suite("Partial updates")
struct PartialUpdateTests {
    /// The README's spreadsheet columns, nothing else: no Arabic name, no certificate, no allergens.
    static let readmeColumns = """
        cooperative;sku;name_fr;category;quantity;unit;price;stock
        tafoukt-argan;TAF-ARG-250;Huile d'argan alimentaire;food.oil.argan;250;ml;150,00;118

        """

    @Test("a spreadsheet with five columns changes those fields and keeps every other one")
    func partialSpreadsheetKeepsUnmentionedFields() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        // A floor of its own, which a sheet without the column must keep too.
        try #require(try await workspace.run("product", "update", "TAF-ARG-250", "--producer-floor", "90 %").status == 0)
        let before = try Output.jsonRecord(try await workspace.run("product", "show", "TAF-ARG-250", "--json").stdout)
        try #require(before["producer_floor"] as? String == "90 %")
        try workspace.write("prix.csv", Self.readmeColumns)

        let result = try await workspace.run("import", "prix.csv")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("products: 0 added, 1 updated, 0 unchanged"), "\(result)")
        #expect(result.stdout.contains("  TAF-ARG-250: price 145.00 → 150.00; stock 120 → 118\n"), "\(result)")

        let after = try Output.jsonRecord(try await workspace.run("product", "show", "TAF-ARG-250", "--json").stdout)
        #expect(after["price"] as? String == "150.00")
        #expect(after["stock"] as? Int == 118)
        for field in ["name", "description", "certificates", "allergens", "know_how", "origin", "vat", "producer_floor"] {
            #expect(
                try JSONSerialization.data(withJSONObject: ["v": after[field] as Any], options: .sortedKeys)
                    == JSONSerialization.data(withJSONObject: ["v": before[field] as Any], options: .sortedKeys),
                "\(field) must be kept")
        }
    }

    @Test("--dry-run shows every change and writes nothing")
    func dryRunWritesNothing() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write(
            "prix.csv",
            """
            sku;price;allergens;name_en
            TAF-ARG-250;150;;Argan oil for cooking

            """)
        let snapshot = try await workspace.snapshot()
        let rehearsal = try await workspace.run("import", "--dry-run", "prix.csv")
        #expect(rehearsal.status == 0, "\(rehearsal)")
        #expect(
            rehearsal.stdout.contains(
                "  TAF-ARG-250: name_en Culinary argan oil → Argan oil for cooking; price 145.00 → 150.00; allergens cleared (was argan)\n"
            ),
            "\(rehearsal)")
        #expect(rehearsal.stdout.contains("Dry run: nothing was written"), "\(rehearsal)")
        #expect(try await workspace.snapshot() == snapshot)

        let french = try await workspace.run("import", "--dry-run", "prix.csv", environment: ["LANG": "fr_FR.UTF-8"])
        #expect(french.stdout.contains("allergens effacé (était argan)"), "\(french)")

        let real = try await workspace.run("import", "prix.csv")
        #expect(real.status == 0, "\(real)")
        let after = try Output.jsonRecord(try await workspace.run("product", "show", "TAF-ARG-250", "--json").stdout)
        #expect(after["allergens"] == nil, "an empty cell in a present column clears the field")
        #expect((after["name"] as? [String: String])?["ar"] == "زيت أركان غذائي")
    }

    @Test("many updated records: counts, and the detail with --changes")
    func manyChangesAreSummarised() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let list = try await workspace.run("product", "list", "--json")
        let skus = try Output.jsonRecords(list.stdout).compactMap { $0["sku"] as? String }
        #expect(skus.count > 20)
        try workspace.write("stock.csv", (["sku,stock"] + skus.map { "\($0),7" }).joined(separator: "\n") + "\n")
        let summary = try await workspace.run("import", "--dry-run", "stock.csv")
        #expect(summary.status == 0, "\(summary)")
        #expect(summary.stdout.contains("add --changes to list what changes in each"), "\(summary)")
        #expect(!summary.stdout.contains("stock 120 → 7"))
        let detail = try await workspace.run("import", "--dry-run", "--changes", "stock.csv")
        #expect(detail.stdout.contains("  TAF-ARG-250: stock 120 → 7\n"), "\(detail)")
    }

    @Test("a YAML record that leaves out fields keeps them; null clears an optional one")
    func partialYAMLRecord() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write(
            "update.yaml",
            """
            products:
              - sku: TAF-ARG-250
                cooperative: tafoukt-argan
                name: "Huile d'argan culinaire"
                origin: null

            """)
        let result = try await workspace.run("import", "update.yaml")
        #expect(result.status == 0, "\(result)")
        let after = try Output.jsonRecord(try await workspace.run("product", "show", "TAF-ARG-250", "--json").stdout)
        let name = after["name"] as? [String: String]
        #expect(name?["fr"] == "Huile d'argan culinaire")
        #expect(name?["ar"] == "زيت أركان غذائي", "bare text is the French name only")
        #expect(after["origin"] == nil)
        #expect(after["certificates"] != nil)
        #expect(after["stock"] as? Int == 120)
    }

    @Test("a product switches between stock and made to order, by update and by import")
    func stockAndMadeToOrderSwitch() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let toOrder = try await workspace.run("product", "update", "TAF-ARG-250", "--lead-days", "10")
        #expect(toOrder.status == 0, "\(toOrder)")
        var record = try Output.jsonRecord(try await workspace.run("product", "show", "TAF-ARG-250", "--json").stdout)
        #expect((record["made_to_order"] as? [String: Int])?["lead_days"] == 10)
        #expect(record["stock"] == nil)

        try workspace.write("stock.csv", "sku;stock\nTAF-ARG-250;4\n")
        let back = try await workspace.run("import", "stock.csv")
        #expect(back.status == 0, "\(back)")
        record = try Output.jsonRecord(try await workspace.run("product", "show", "TAF-ARG-250", "--json").stdout)
        #expect(record["stock"] as? Int == 4)
        #expect(record["made_to_order"] == nil)
    }

    @Test("an empty option value clears an optional field; a required one is refused")
    func emptyOptionClears() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let cleared = try await workspace.run("product", "update", "TAF-ARG-250", "--allergen", "")
        #expect(cleared.status == 0, "\(cleared)")
        #expect(cleared.stdout == "Updated product TAF-ARG-250.\n  allergens cleared (was argan)\n")
        let refused = try await workspace.run("product", "update", "TAF-ARG-250", "--name-fr", "")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("name"), "\(refused)")
    }

    @Test("know-how add refuses an existing id; know-how update changes only the fields given")
    func knowHowAddAndUpdate() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let snapshot = try await workspace.snapshot()
        let again = try await workspace.run(
            "know-how", "add", "argan-oil-extraction", "--name-fr", "Autre", "--craft-family", "oil-extraction")
        #expect(again.status == 1)
        #expect(again.stderr.contains("know-how argan-oil-extraction already exists"), "\(again)")
        #expect(try await workspace.snapshot() == snapshot)

        let updated = try await workspace.run(
            "know-how", "update", "argan-oil-extraction", "--heritage-title", "Argan: practices and know-how")
        #expect(updated.status == 0, "\(updated)")
        let record = try Output.jsonRecord(
            try await workspace.run("know-how", "show", "argan-oil-extraction", "--json").stdout)
        #expect((record["heritage"] as? [String: Any])?["title"] as? String == "Argan: practices and know-how")
        #expect((record["heritage"] as? [String: Any])?["year"] as? Int == 2014)
        #expect((record["artisans"] as? [[String: Any]])?.count == 1, "artisans are kept")
        #expect(record["regions"] as? [String] == ["MA-09", "MA-07", "MA-10"])

        let missing = try await workspace.run("know-how", "update", "no-such-thing", "--name-fr", "X")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no know-how “no-such-thing”"), "\(missing)")
    }
}
