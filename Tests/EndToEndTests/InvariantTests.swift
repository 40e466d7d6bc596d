import Foundation
import Testing

/// The same rules hold whatever the path of a write, and what one format accepts every format
/// can carry.
@Suite("Invariants on every path")
struct InvariantTests {
    @Test("moving a cooperative out of its products' certified area is refused, naming the products")
    func cooperativeMoveChecksItsProducts() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let snapshot = try await workspace.snapshot()
        let moved = try await workspace.run("coop", "update", "tafoukt-argan", "--region", "MA-01")
        #expect(moved.status == 1, "\(moved)")
        #expect(
            moved.stderr.contains(
                "product TAF-ARG-COS-100.certificates[0].scheme: scheme igp-argane does not cover a cosmetic.oil.argan product from MA-01"
            ),
            "\(moved)")
        #expect(try await workspace.snapshot() == snapshot)

        try workspace.write("move.csv", "id;region\ntafoukt-argan;MA-01\n")
        let imported = try await workspace.run("import", "move.csv")
        #expect(imported.status == 1, "the import path refuses it too: \(imported)")
        #expect(imported.stderr.contains("move.csv:2: product TAF-ARG-COS-100.certificates[0].scheme"), "\(imported)")
        #expect(try await workspace.snapshot() == snapshot)
    }

    @Test("narrowing a scheme's area is refused while products it certifies lie outside; fixing both at once works")
    func schemeNarrowingChecksCertifiedProducts() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write("schemes.csv", "id;kind;name_fr;area\nigp-argane;igp;IGP Argane;MA-09\n")
        let narrowed = try await workspace.run("import", "schemes.csv")
        #expect(narrowed.status == 1, "\(narrowed)")
        #expect(narrowed.stderr.contains("product CHB-ARG-500.certificates[0].scheme"), "\(narrowed)")

        #expect(!narrowed.stderr.contains("TAF-ARG"), "products inside the new area are fine: \(narrowed)")

        // Remove the one product outside the new area in the same import: now it lands.
        try workspace.write("chb.csv", "sku;certificates\nCHB-ARG-500;\n")
        let both = try await workspace.run("import", "schemes.csv", "chb.csv")
        #expect(both.status == 0, "\(both)")
    }

    @Test("one round of errors: every problem of every row at once, at physical lines; separator rows skipped")
    func oneRoundOfErrors() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write(
            "rows.csv",
            """
            cooperative;sku;name_fr;name_ar;description_fr;category;quantity;unit;price;stock
            tafoukt-argan;TAF-NEW-1;Amlou;Amlou;"Deux
            lignes";food.spread.amlou;250;g;abc;5
            ;;;;;;;;;
            tafoukt-argan;TAF-NEW-2;زيت;أملو;;food.spread.amlou;0,5;piece;12;-3

            """)
        let result = try await workspace.run("import", "rows.csv")
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("rows.csv:2: price:") }, "\(result)")
        #expect(lines.contains { $0.hasPrefix("rows.csv:2: name.ar:") }, "the script error shows with the price error: \(result)")
        #expect(lines.contains { $0.hasPrefix("rows.csv:5: name.fr:") }, "line 5: the cell above spans two lines: \(result)")
        #expect(lines.contains { $0.hasPrefix("rows.csv:5: quantity.amount: a quantity in pieces is a whole number") })
        #expect(lines.contains { $0.hasPrefix("rows.csv:5: stock:") })
        #expect(!result.stderr.contains("rows.csv:4"), "a row of separators is skipped: \(result)")
    }

    @Test("text read from any format is trimmed and in NFC, so export → import → export is stable")
    func textIsNormalisedEverywhere() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write(
            "c.yaml",
            """
            cooperatives:
              - id: tafoukt-argan
                commune: "  Aït Baha  "
                province: "Chtouka-Ai\u{0308}t Baha"

            """)
        let result = try await workspace.run("import", "c.yaml")
        #expect(result.status == 0, "\(result)")
        let record = try Output.jsonRecord(try await workspace.run("coop", "show", "tafoukt-argan", "--json").stdout)
        #expect(record["commune"] as? String == "Aït Baha")
        #expect((record["province"] as? String)?.unicodeScalars.count == "Chtouka-Aït Baha".unicodeScalars.count, "NFC")
    }

    @Test("French Excel CSV out: `;`, decimal comma, BOM, CRLF — and it imports back unchanged")
    func excelFrenchDialect() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let export = try await workspace.run("export", "--format", "csv", "--dialect", "excel-fr", "--out", "tableurs")
        #expect(export.status == 0, "\(export)")
        let bytes = try Data(contentsOf: workspace.url("tableurs/products.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\r\n"))
        #expect(text.contains(";TAF-ARG-250;"))
        #expect(text.contains(";145,00;MAD;"), "decimal comma in prices")
        let fresh = try Workspace()
        for (path, data) in try workspace.files(under: "tableurs") { try fresh.write("tableurs/\(path)", bytes: data) }
        let imported = try await fresh.run("import", "tableurs")
        #expect(imported.status == 0, "\(imported)")
        #expect(try await fresh.snapshot() == (try await workspace.snapshot()))
    }

    @Test("a header-only CSV, a folder given twice and a symlink loop behave as a user expects")
    func awkwardInputs() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write("empty/products.csv", "cooperative;sku;name_fr;category;quantity;unit;price;stock\n")
        let headerOnly = try await workspace.run("import", "empty/products.csv")
        #expect(headerOnly.status == 0, "\(headerOnly)")
        #expect(headerOnly.stdout.contains("products: 0 added, 0 updated, 0 unchanged"))

        try workspace.write("twice/p.csv", "sku;stock\nTAF-ARG-250;3\n")
        let twice = try await workspace.run("import", "twice", "twice/p.csv")
        #expect(twice.status == 0, "the same file named twice is read once: \(twice)")
        #expect(twice.stdout.contains("products: 0 added, 1 updated, 0 unchanged"), "\(twice)")

        try FileManager.default.createSymbolicLink(
            atPath: workspace.url("twice/loop").path, withDestinationPath: workspace.url("twice").path)
        let loop = try await workspace.run("import", "twice")
        #expect(loop.status == 0, "a symlink loop is followed once: \(loop)")
    }
}
