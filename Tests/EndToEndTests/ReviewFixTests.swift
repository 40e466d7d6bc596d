import Foundation
import Testing

/// Behaviours fixed after the first end-to-end review: JSON line numbers, one problem per
/// refused cooperative, field lines, craft families, origin places, file names, the Lua version.
@Suite("Review fixes")
struct ReviewFixTests {
    @Test(
        "malformed JSON names the line of the error")
    func malformedJSONLine() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let before = try await workspace.snapshot()
        try workspace.write("bad.json", "{\n  \"cooperatives\": [\n    {\"id\": \"tamdakht\"\n  ]\n}\n")
        let result = try await workspace.run("import", "bad.json")
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.hasPrefix("bad.json:4: malformed JSON: "), "\(result.stderr)")
        #expect(!result.stderr.contains(".."), "one full stop: \(result.stderr)")
        #expect(try await workspace.snapshot() == before)
    }

    @Test(
        "a cooperative refused for one error is one problem, not one more per product")
    func rejectedCooperativeNoise() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write(Fixture.tamdakhtPath, Fixture.tamdakht.edited("\"003456789000012\"", to: "\"00345678900001\""))
        let result = try await workspace.run("import", Fixture.tamdakhtPath)
        #expect(result.status == 1, "\(result)")
        #expect(!result.stderr.contains("no cooperative “tamdakht”"), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("Import failed with 1 problem; the catalog was not changed.\n"), "\(result.stderr)")
    }

    struct FieldLine: Sendable, CustomTestStringConvertible {
        let old: String
        let new: String
        let expected: String
        var testDescription: String { expected }
    }

    @Test(
        "a validation error points at the line of its field, not of its record",
        arguments: [
            FieldLine(
                old: "\"003456789000012\"", new: "\"00345678900001\"", expected: "cooperatives/tamdakht.yaml:7: cooperative.ice:"),
            FieldLine(
                old: "founded: 2020-05-04", new: "founded: 2027-01-01",
                expected: "cooperatives/tamdakht.yaml:8: cooperative.founded:"),
            FieldLine(old: "women: 9", new: "women: 13", expected: "cooperatives/tamdakht.yaml:13: cooperative.members.women:"),
        ])
    func fieldLine(_ field: FieldLine) async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write(Fixture.tamdakhtPath, Fixture.tamdakht.edited(field.old, to: field.new))
        let result = try await workspace.run("import", Fixture.tamdakhtPath)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.hasPrefix(field.expected), "\(result.stderr)")
    }

    @Test(
        "a craft family that is not a slug is refused")
    func craftFamily() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let before = try await workspace.snapshot()
        try workspace.write(
            "know-how.yaml",
            """
            know_how:
              - id: cumin-drying
                name: {fr: "Séchage du cumin", ar: "تجفيف الكمون"}
                technique: {fr: "Au soleil.", ar: "في الشمس."}
                craft_family: Basket Making
                regions: [MA-08]

            """)
        let result = try await workspace.run("import", "know-how.yaml")
        #expect(result.status == 1, "\(result)")
        #expect(
            Output.matches(
                result.stderr, #"know-how\.yaml:\d+: know_how\[0\]\.craft_family: “Basket Making” is not a valid identifier"#),
            "\(result.stderr)")
        #expect(try await workspace.snapshot() == before)

        let command = try await workspace.run(
            "know-how", "add", "cumin-drying", "--name-fr", "Séchage du cumin", "--name-ar", "تجفيف الكمون",
            "--craft-family", "Basket Making", "--region", "MA-08")
        #expect(command.status == 1, "\(command)")
    }

    @Test(
        "an origin place without a region takes the cooperative's region")
    func originRegionDefault() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write(
            "products.csv",
            """
            cooperative,sku,name_fr,name_ar,category,quantity,unit,price,currency,vat,stock,origin_region,origin_place
            tafoukt-argan,TAF-AMD-1KG,Amandes de Tafraout,لوز تافراوت,food.nuts.almond,1,kg,160.00,MAD,exempt,20,,Tafraout

            """)
        let result = try await workspace.run("import", "products.csv")
        #expect(result.status == 0, "\(result)")
        let almonds = try Output.jsonRecord(try await workspace.run("product", "show", "TAF-AMD-1KG", "--json").stdout)
        #expect((almonds["origin"] as? [String: String])?["place"] == "Tafraout")
        let souss = try await workspace.run("product", "list", "--region", "MA-09")
        #expect(Output.firstColumn(souss.stdout).contains("TAF-AMD-1KG"))

        let command = try await workspace.run("product", "update", "TAF-AML-250", "--origin-place", "Aït Baha")
        #expect(command.status == 0, "\(command)")
    }

    @Test(
        "a cooperative file whose name is not its id imports with a warning")
    func fileNameMatchesID() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write("cooperatives/tamdakht-cumin.yaml", Fixture.tamdakht)
        let result = try await workspace.run("import", "cooperatives/")
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("cooperatives/tamdakht-cumin.yaml"), "\(result.stderr)")
        #expect(
            result.stderr.contains("warning: this file holds cooperative tamdakht; name it tamdakht.yaml"), "\(result.stderr)")
    }

    @Test(
        "--version also names the linked Lua")
    func luaVersion() async throws {
        let workspace = try Workspace()
        let result = try await workspace.run("--version")
        #expect(result.status == 0, "\(result)")
        #expect(Output.matches(result.stdout, #"Lua 5\.4(\.\d+)?"#), "\(result.stdout)")
    }
}
