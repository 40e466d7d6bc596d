import Foundation
import Testing

/// export → import into an empty catalog → export again gives identical files.
@Suite("Round trip")
struct RoundTripTests {
    struct Layout: Sendable, CustomTestStringConvertible {
        let format: String
        let out: String
        /// The files the export must write (relative to `out` for a folder).
        let files: Set<String>
        var isFolder: Bool { !out.contains(".") }
        var testDescription: String { "\(format) → \(out)" }
    }

    static let seedYAMLFiles = Set(
        ["schemes.yaml", "know-how.yaml"] + Fixture.seedCooperatives.map { "cooperatives/\($0).yaml" })

    static let layouts: [Layout] = [
        Layout(format: "yaml", out: "exported", files: seedYAMLFiles),
        Layout(format: "yaml", out: "catalog.yaml", files: ["catalog.yaml"]),
        Layout(format: "json", out: "catalog.json", files: ["catalog.json"]),
        Layout(format: "csv", out: "exported", files: ["schemes.csv", "know-how.csv", "cooperatives.csv", "products.csv"]),
    ]

    @Test("export, import and export again give the same catalog: the seed plus a product with awkward text", arguments: layouts)
    func exportImportExportIsStable(_ layout: Layout) async throws {
        let source = try Workspace()
        try await source.importSeed()
        // Text that needs quoting in YAML and CSV: quotes, colon, hash, comma, a line break, Tifinagh.
        let added = try await source.run(
            "product", "add", "TAF-ODD-1", "--coop", "tafoukt-argan", "--name-fr", "Huile \"extra\" : n°1 # test, 100%",
            "--name-ar", "زيت: #1", "--name-zgh", "ⵜⴰⴼⵓⴽⵜ", "--description-fr", "Ligne 1\nLigne 2 ; « guillemets »",
            "--category", "food.oil.argan", "--quantity", "0.125", "--unit", "l", "--price", "1 450,5", "--stock", "0",
            "--origin-region", "MA-09", "--origin-place", "Aït Baha: \"x\"", "--allergen", "argan", "--allergen", "nuts")
        try #require(added.status == 0, "\(added)")
        let content = try await source.snapshot()

        let first = try await source.run("export", "--format", layout.format, "--out", layout.out)
        #expect(first.status == 0, "\(first)")
        #expect(first.stderr == "Exported 12 cooperatives and 38 products to \(layout.out).\n")
        let exported = try source.files(under: layout.out)
        #expect(Set(exported.keys) == layout.files)

        // Import into an empty catalog.
        let target = try Workspace()
        for (path, data) in exported {
            try target.write(layout.isFolder ? "\(layout.out)/\(path)" : path, bytes: data)
        }
        let imported = try await target.run("import", layout.out)
        #expect(imported.status == 0, "\(imported)")
        #expect(
            imported.stdout == """
                schemes: 16 added, 0 updated, 0 unchanged
                know-how: 12 added, 0 updated, 0 unchanged
                cooperatives: 12 added, 0 updated, 0 unchanged
                products: 38 added, 0 updated, 0 unchanged

                """)
        #expect(try await target.snapshot() == content, "the imported catalog holds exactly what was exported")

        // Export again: byte for byte the same files.
        let refused = try await target.run("export", "--format", layout.format, "--out", layout.out)
        #expect(refused.status == (layout.isFolder ? 1 : 0), "a folder that is not empty is kept: \(refused)")
        let second = try await target.run("export", "--format", layout.format, "--out", layout.out, "--replace")
        #expect(second.status == 0, "\(second)")
        let again = try target.files(under: layout.out)
        #expect(Set(again.keys) == Set(exported.keys))
        for (path, data) in exported {
            #expect(again[path] == data, "\(path) differs after the round trip")
        }

        // Importing an export into the catalog it came from changes nothing.
        let reimported = try await source.run("import", layout.out)
        #expect(reimported.status == 0, "\(reimported)")
        #expect(
            reimported.stdout == """
                schemes: 0 added, 0 updated, 16 unchanged
                know-how: 0 added, 0 updated, 12 unchanged
                cooperatives: 0 added, 0 updated, 12 unchanged
                products: 0 added, 0 updated, 38 unchanged

                """)
        #expect(try await source.snapshot() == content)
    }

    @Test("export to standard output: one YAML or JSON document, or the products table for CSV")
    func standardOutput() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let json = try await workspace.run("export", "--format", "json")
        #expect(json.status == 0, "\(json)")
        let document = try Output.jsonRecord(json.stdout)
        #expect(Set(document.keys) == ["schemes", "know_how", "cooperatives"])
        #expect((document["schemes"] as? [Any])?.count == 16)
        #expect((document["know_how"] as? [Any])?.count == 12)
        let cooperatives = try #require(document["cooperatives"] as? [[String: Any]])
        #expect(cooperatives.count == 12)
        #expect(cooperatives.reduce(0) { $0 + (($1["products"] as? [Any])?.count ?? 0) } == 37)

        let csv = try await workspace.run("export", "--format", "csv")
        #expect(csv.status == 0, "\(csv)")
        #expect(csv.lines.count == 38, "a header and 37 rows")
        #expect(csv.lines.first?.hasPrefix("cooperative,sku,name_fr,name_ar,") == true)

        // The YAML document on stdout imports into an empty catalog as the same catalog.
        let yaml = try await workspace.run("export", "--format", "yaml")
        #expect(yaml.status == 0, "\(yaml)")
        let target = try Workspace()
        try target.write("all.yaml", yaml.stdout)
        let imported = try await target.run("import", "all.yaml")
        #expect(imported.stdout == Fixture.seedAdded, "\(imported)")
        #expect(try await target.snapshot() == json.stdout)
    }
}
