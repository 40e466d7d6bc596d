import Foundation
import Testing

/// `tiwizi generate`: a made-up catalog the real `tiwizi import` accepts, the same for the same seed.
@Suite("Generate")
struct GenerateCommandTests {
    static let imported = [
        "schemes: 16 added, 0 updated, 0 unchanged",
        "know-how: 17 added, 0 updated, 0 unchanged",
        "cooperatives: 30 added, 0 updated, 0 unchanged",
        "products: 300 added, 0 updated, 0 unchanged",
    ]

    @Test("the files import, and the same seed writes the same bytes")
    func generateThenImport() async throws {
        let workspace = try Workspace()
        let sizes = ["--cooperatives", "30", "--products", "300", "--seed", "4"]
        let generated = try await workspace.run(["generate"] + sizes + ["--out", "gen"])
        #expect(generated.status == 0, "\(generated)")
        #expect(generated.stderr == "Generated 30 cooperatives and 300 products in gen.\n", "no progress bar off a terminal")
        let files = try workspace.files(under: "gen")
        #expect(files.keys.sorted() == ["cooperatives.csv", "know-how.csv", "products.csv", "schemes.csv"])

        let imported = try await workspace.run("import", "gen")
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.lines == Self.imported, "no warnings: \(imported)")
        let cooperatives = try Output.jsonRecords(try await workspace.run("coop", "list", "--json").stdout)
        #expect(cooperatives.count == 30)
        let products = try Output.jsonRecords(try await workspace.run("product", "list", "--json").stdout)
        #expect(products.count == 300)

        #expect(try await workspace.run(["generate"] + sizes + ["--out", "again"]).status == 0)
        #expect(try workspace.files(under: "again") == files)
        #expect(try await workspace.run(["generate", "--seed", "5", "--out", "other"]).status == 0)
        #expect(try workspace.files(under: "other")["products.csv"] != files["products.csv"])
    }

    @Test("a folder that is not empty is refused unless --replace, and left as it was")
    func replace() async throws {
        let workspace = try Workspace()
        try workspace.write("gen/notes.txt", "mine")
        let refused = try await workspace.run("generate", "--out", "gen")
        #expect(refused.status == 1 && refused.stderr.contains("gen is not empty"), "\(refused)")
        #expect(try workspace.files(under: "gen").keys.sorted() == ["notes.txt"])
        let replaced = try await workspace.run("generate", "--out", "gen", "--replace")
        #expect(replaced.status == 0, "\(replaced)")
        #expect(try workspace.files(under: "gen").count == 4)
    }

    @Test("--into-catalog imports into the catalog, over the seed, all or nothing")
    func intoCatalog() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let first = try await workspace.run("generate", "--cooperatives", "30", "--products", "300", "--into-catalog")
        #expect(first.status == 0, "\(first)")
        #expect(
            first.lines == [
                "schemes: 0 added, 0 updated, 16 unchanged", "know-how: 5 added, 0 updated, 12 unchanged",
                "cooperatives: 30 added, 0 updated, 0 unchanged", "products: 300 added, 0 updated, 0 unchanged",
            ], "the seed's schemes and know-how are the generator's: \(first)")
        let products = try Output.jsonRecords(try await workspace.run("product", "list", "--json").stdout)
        #expect(products.count == 300 + 37)

        let again = try await workspace.run("generate", "--cooperatives", "30", "--products", "300", "--into-catalog")
        #expect(again.lines.last == "products: 0 added, 0 updated, 300 unchanged", "\(again)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
        #expect(!leftovers.contains { $0.hasPrefix("tiwizi-generate-") }, "the temporary files are removed")
    }

    @Test("usage errors: one destination, sizes in range; messages in French too")
    func usage() async throws {
        let workspace = try Workspace()
        let neither = try await workspace.run("generate")
        #expect(neither.status == 64 && neither.stderr.contains("Give --out FOLDER, or --into-catalog, but not both."))
        let both = try await workspace.run("generate", "--out", "gen", "--into-catalog")
        #expect(both.status == 64, "\(both)")
        let none = try await workspace.run("generate", "--cooperatives", "0", "--out", "gen")
        #expect(none.status == 64 && none.stderr.contains("--cooperatives must be between 1 and 1000000."), "\(none)")
        let french = try await workspace.run(
            ["generate", "--cooperatives", "2", "--products", "1", "--out", "gen"], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(french.stderr == "2 coopératives et 1 produit générés dans gen.\n", "\(french)")
    }
}
