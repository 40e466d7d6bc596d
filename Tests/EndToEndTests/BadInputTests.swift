import Foundation
import Testing

/// Bad input gets a clear error, and nothing is lost: every case exits non-zero, names the file,
/// the line or row and the field, says what is expected, and leaves the catalog as it was.
@Suite("Bad input")
struct BadInputTests {
    struct BadInput: Sendable, CustomTestStringConvertible {
        let name: String
        /// Files written into the workspace (path → bytes).
        let files: [String: Data]
        /// What `tiwizi import` is given.
        let paths: [String]
        /// Text that must appear in the error output.
        let expected: [String]
        /// A regular expression the error output must match (for messages whose line is the record's).
        var pattern: String?
        /// The number of problems the import must report.
        var problems: Int? = 1

        var testDescription: String { name }
    }

    static func yaml(_ text: String) -> [String: Data] { [Fixture.tamdakhtPath: Data(text.utf8)] }
    static func csv(_ rows: [String], file: String = "products.csv") -> [String: Data] {
        [file: Data(Fixture.productsCSV(rows).utf8)]
    }

    static let inputs: [BadInput] = [
        BadInput(
            name: "malformed YAML", files: yaml(Fixture.tamdakht.edited("youth: 3}", to: "youth: 3")),
            paths: [Fixture.tamdakhtPath], expected: ["malformed YAML"],
            pattern: #"^cooperatives/tamdakht\.yaml:1[34]: malformed YAML: .*(','|'\}')"#),
        BadInput(
            name: "malformed JSON",
            files: ["bad.json": Data("{\n  \"cooperatives\": [\n    {\"id\": \"tamdakht\"\n  ]\n}\n".utf8)],
            paths: ["bad.json"], expected: ["bad.json", "malformed JSON"]),
        BadInput(
            name: "CSV row with a column too many",
            files: csv([Fixture.productRow(sku: "TAF-NEW-1"), Fixture.productRow(sku: "TAF-NEW-2") + ",extra"]),
            paths: ["products.csv"],
            expected: [
                "products.csv:3: this row has 13 columns but the header has 12; check for a stray separator or quote."
            ]),
        BadInput(
            name: "CSV row with a column too few",
            files: csv([String(Fixture.productRow(sku: "TAF-NEW-1").dropLast()), Fixture.productRow(sku: "TAF-NEW-2")]),
            paths: ["products.csv"], expected: ["products.csv:2: this row has 11 columns but the header has 12"]),
        BadInput(
            name: "unknown region", files: yaml(Fixture.tamdakht.edited("region: MA-08", to: "region: MA-13")),
            paths: [Fixture.tamdakhtPath],
            expected: [
                "cooperatives/tamdakht.yaml:9: cooperative.region: unknown region “MA-13”; use a code from MA-01 to MA-12"
            ]),
        BadInput(
            name: "ICE of 14 digits", files: yaml(Fixture.tamdakht.edited("\"003456789000012\"", to: "\"00345678900001\"")),
            paths: [Fixture.tamdakhtPath], expected: ["an ICE is exactly 15 digits; “00345678900001” has 14 characters."],
            pattern: #"cooperatives/tamdakht\.yaml:\d+: cooperative\.ice: an ICE is exactly 15 digits"#, problems: nil),
        BadInput(
            name: "ICE that lost its leading zeros in a spreadsheet",
            files: ["cooperatives.csv": Data(Fixture.tamdakhtCSV.edited(",003456789000012,", to: ",3456789000012,").utf8)],
            paths: ["cooperatives.csv"],
            expected: ["cooperatives.csv:2: ice: an ICE is exactly 15 digits; “3456789000012” has 13 characters."]),
        BadInput(
            name: "negative price", files: yaml(Fixture.tamdakht.edited("price: \"25.00\"", to: "price: \"-25.00\"")),
            paths: [Fixture.tamdakhtPath],
            expected: [
                "cooperatives/tamdakht.yaml:20: products[0].price: “-25.00” is not a price: an amount cannot be negative"
            ]),
        BadInput(
            name: "non-numeric price", files: yaml(Fixture.tamdakht.edited("price: \"25.00\"", to: "price: \"abc\"")),
            paths: [Fixture.tamdakhtPath],
            expected: ["cooperatives/tamdakht.yaml:20: products[0].price: “abc” is not a price: "]),
        BadInput(
            name: "non-numeric price in a CSV", files: csv([Fixture.productRow(sku: "TAF-NEW-1", price: "douze")]),
            paths: ["products.csv"], expected: ["products.csv:2: price: “douze” is not a price"]),
        BadInput(
            name: "negative price in a CSV", files: csv([Fixture.productRow(sku: "TAF-NEW-1", price: "-1.00")]),
            paths: ["products.csv"], expected: ["products.csv:2: price: “-1.00” is not a price: an amount cannot be negative"]),
        BadInput(
            name: "duplicate SKU in one YAML file",
            files: yaml(Fixture.tamdakht.edited("sku: TMD-HEN-200", to: "sku: TMD-CMN-100")), paths: [Fixture.tamdakhtPath],
            expected: [
                "cooperatives/tamdakht.yaml:24: products[1]: SKU TMD-CMN-100 appears more than once "
                    + "(also at cooperatives/tamdakht.yaml:16)."
            ]),
        BadInput(
            name: "duplicate SKU in one CSV file",
            files: csv([Fixture.productRow(sku: "TAF-NEW-1"), Fixture.productRow(sku: "TAF-NEW-1", price: "10")]),
            paths: ["products.csv"],
            expected: ["products.csv:3: SKU TAF-NEW-1 appears more than once (also at products.csv:2)."]),
        BadInput(
            name: "duplicate SKU across two files of one import",
            files: yaml(Fixture.tamdakht).merging(
                csv([Fixture.productRow(sku: "TMD-CMN-100", cooperative: "tamdakht")]), uniquingKeysWith: { $1 }),
            paths: [Fixture.tamdakhtPath, "products.csv"],
            expected: ["products.csv:2: SKU TMD-CMN-100 appears more than once (also at cooperatives/tamdakht.yaml:16)."]),
        BadInput(
            name: "product of an unknown cooperative (CSV)",
            files: csv([Fixture.productRow(sku: "GHO-ARG-250", cooperative: "ghost-coop")]), paths: ["products.csv"],
            expected: [
                "products.csv:2: cooperative: no cooperative “ghost-coop” in the catalog or in this import; add it first. See `tiwizi coop list`."
            ]),
        BadInput(
            name: "product of an unknown cooperative (YAML)",
            files: [
                "ghost.yaml": Data(
                    """
                    products:
                      - cooperative: ghost-coop
                        sku: GHO-ARG-250
                        name: {fr: "Huile fantôme", ar: "زيت"}
                        category: food.oil.argan
                        quantity: {amount: 250, unit: ml}
                        price: "145.00"
                        currency: MAD
                        vat: reduced-10
                        stock: 3

                    """.utf8)
            ],
            paths: ["ghost.yaml"], expected: ["no cooperative “ghost-coop” in the catalog or in this import"],
            pattern: #"ghost\.yaml:[23]: products\[0\]\.cooperative: no cooperative"#),
        BadInput(
            name: "more women than members", files: yaml(Fixture.tamdakht.edited("women: 9", to: "women: 13")),
            paths: [Fixture.tamdakhtPath], expected: ["women members (13) must be between 0 and the total (12)."],
            pattern: #"cooperatives/tamdakht\.yaml:\d+: cooperative\.members\.women: women members"#, problems: nil),
        BadInput(
            name: "more women than members (CSV)",
            files: ["cooperatives.csv": Data(Fixture.tamdakhtCSV.edited(",12,9,3,", to: ",12,13,3,").utf8)],
            paths: ["cooperatives.csv"],
            expected: ["cooperatives.csv:2: members.women: women members (13) must be between 0 and the total (12)."]),
        BadInput(
            name: "founding date in the future",
            files: yaml(Fixture.tamdakht.edited("founded: 2020-05-04", to: "founded: 2027-01-01")),
            paths: [Fixture.tamdakhtPath], expected: ["founding date 2027-01-01 is in the future (today is 2026-11-29)."],
            pattern: #"cooperatives/tamdakht\.yaml:\d+: cooperative\.founded: founding date"#, problems: nil),
        BadInput(
            name: "unknown certification scheme",
            files: yaml(
                Fixture.tamdakht.edited(
                    "    stock: 10\n",
                    to: "    stock: 10\n    certificates:\n"
                        + "      - {scheme: igp-cumin, number: \"X-1\", valid_from: 2024-01-01, valid_until: 2027-01-01}\n")),
            paths: [Fixture.tamdakhtPath],
            expected: ["no certification scheme “igp-cumin”; add it to the schemes first. See `tiwizi scheme list`."],
            pattern: #"cooperatives/tamdakht\.yaml:\d+: products\[0\]\.certificates\[0\]\.scheme: no certification scheme"#),
        BadInput(
            name: "invalid UTF-8 in a CSV",
            files: [
                "products.csv": Data(
                    Fixture.productsCSV([Fixture.productRow(sku: "TAF-NEW-1"), Fixture.productRow(sku: "TAF-NEW-2")])
                        .edited("Produit TAF-NEW-2", to: "Produit \u{1}").utf8
                ).replacingByte(0x01, with: [0xFF, 0xFE])
            ],
            paths: ["products.csv"],
            expected: ["products.csv: the file is not valid UTF-8 (first bad byte on line 3); save it as UTF-8."]),
        BadInput(
            name: "invalid UTF-8 in a YAML file",
            files: [
                Fixture.tamdakhtPath: Data(Fixture.tamdakht.edited("Coopérative Tamdakht", to: "Coop\u{1}").utf8)
                    .replacingByte(0x01, with: [0xFF, 0xFE])
            ],
            paths: [Fixture.tamdakhtPath],
            expected: [
                "cooperatives/tamdakht.yaml: the file is not valid UTF-8 (first bad byte on line 4); save it as UTF-8."
            ]),
        BadInput(
            name: "empty YAML file", files: ["empty.yaml": Data()], paths: ["empty.yaml"],
            expected: ["empty.yaml: the file is empty."]),
        BadInput(
            name: "blank JSON file", files: ["empty.json": Data("\n  \n".utf8)], paths: ["empty.json"],
            expected: ["empty.json: the file is empty."]),
        BadInput(
            name: "empty CSV file", files: ["empty.csv": Data()], paths: ["empty.csv"],
            expected: ["empty.csv: the file is empty."]),
        BadInput(
            name: "CSV file holding only a byte order mark", files: ["bom.csv": Data([0xEF, 0xBB, 0xBF])],
            paths: ["bom.csv"], expected: ["bom.csv: the file is empty."]),
        BadInput(
            name: "missing file next to a good one", files: yaml(Fixture.tamdakht),
            paths: [Fixture.tamdakhtPath, "missing.csv"], expected: ["missing.csv: no such file or folder."]),
        BadInput(
            name: "missing folder", files: [:], paths: ["nowhere/"], expected: ["nowhere/: no such file or folder."]),
        BadInput(
            name: "CSV quote left open before 3 MB of text",
            files: csv([Fixture.productRow(sku: "TAF-NEW-1"), "TAF-NEW-2,\"" + String(repeating: "miel ", count: 600_000)]),
            paths: ["products.csv"],
            expected: ["products.csv:3: a quoted cell of this row runs past 1 MB without its closing quote"]),
        BadInput(
            name: "a JSON catalog file of 65 MB",
            files: ["huge.json": Data("{\"products\": [\"".utf8) + Data(repeating: 0x61, count: 65 << 20) + Data("\"]}".utf8)],
            paths: ["huge.json"],
            expected: ["huge.json: this file is 66 MB; a YAML or JSON catalog file holds at most 64 MB"]),
    ]

    @Test("an import of bad input is refused and changes nothing", arguments: inputs)
    func badImportIsRefusedAndChangesNothing(_ input: BadInput) async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let before = try await workspace.snapshot()
        for (path, data) in input.files { try workspace.write(path, bytes: data) }

        let result = try await workspace.run(["import"] + input.paths)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout == "", "a refused import prints no summary")
        for fragment in input.expected {
            #expect(result.stderr.contains(fragment), "missing “\(fragment)” in:\n\(result.stderr)")
        }
        if let pattern = input.pattern {
            #expect(Output.matches(result.stderr, pattern), "no match for \(pattern) in:\n\(result.stderr)")
        }
        #expect(result.stderr.hasSuffix("; the catalog was not changed.\n"), "\(result.stderr)")
        if let problems = input.problems {
            #expect(result.errorLines.count == problems + 1, "one line per problem:\n\(result.stderr)")
            let counted = problems == 1 ? "1 problem" : "\(problems) problems"
            #expect(result.stderr.hasSuffix("Import failed with \(counted); the catalog was not changed.\n"))
        }
        #expect(try await workspace.snapshot() == before, "the catalog changed")
    }

    @Test("one bad row among good rows: nothing from that file or any other is written")
    func allOrNothingAcrossFiles() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let before = try await workspace.snapshot()
        try workspace.write("cooperatives.csv", Fixture.tamdakhtCSV)
        try workspace.write(Fixture.ouarzazatePath, Fixture.ouarzazate)
        let good = [
            Fixture.productRow(sku: "TMD-NEW-1", cooperative: "tamdakht"),
            Fixture.productRow(sku: "TAF-NEW-2", cooperative: "tafoukt-argan", price: "12.00"),
        ]
        let bad = Fixture.productRow(sku: "TMD-NEW-3", cooperative: "tamdakht", price: "14.5.0")
        try workspace.write("products.csv", Fixture.productsCSV([good[0], bad, good[1]]))
        // Also change an existing product: that update must not land either.
        try workspace.write(
            "update.csv",
            Fixture.productsCSV([Fixture.productRow(sku: "TAF-AML-250", cooperative: "tafoukt-argan", price: "1.00")]))

        let refused = try await workspace.run("import", "cooperatives.csv", "cooperatives", "update.csv", "products.csv")
        #expect(refused.status == 1, "\(refused)")
        #expect(
            refused.stderr == """
                products.csv:3: price: “14.5.0” is not a price: “14.5.0” has more than one decimal separator.
                Import failed with 1 problem; the catalog was not changed.

                """)
        #expect(try await workspace.snapshot() == before)
        for (kind, id) in [
            ("coop", "tamdakht"), ("coop", "tiwizi-ouarzazate"), ("product", "TMD-NEW-1"), ("product", "TWZ-BSK-30"),
        ] {
            #expect(try await workspace.run(kind, "show", id).status == 1, "\(kind) \(id) must not exist")
        }
        let amlou = try Output.jsonRecord(try await workspace.run("product", "show", "TAF-AML-250", "--json").stdout)
        #expect(amlou["price"] as? String == "58.00")

        // Fix the row, import again: everything lands at once.
        try workspace.write("products.csv", Fixture.productsCSV([good[0], bad.edited("14.5.0", to: "14.50"), good[1]]))
        let accepted = try await workspace.run("import", "cooperatives.csv", "cooperatives", "update.csv", "products.csv")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(
            accepted.stdout == """
                schemes: 0 added, 0 updated, 0 unchanged
                know-how: 0 added, 0 updated, 0 unchanged
                cooperatives: 2 added, 0 updated, 0 unchanged
                products: 4 added, 1 updated, 0 unchanged
                  TAF-AML-250: name_fr Amlou aux amandes → Produit TAF-AML-250; name_ar أملو باللوز → منتج; price 58.00 → 1.00; stock 60 → 5

                """)
        let tamdakht = try Output.jsonRecords(try await workspace.run("product", "list", "--coop", "tamdakht", "--json").stdout)
        #expect(tamdakht.compactMap { $0["sku"] as? String }.sorted() == ["TMD-NEW-1", "TMD-NEW-3"])
    }

    @Test("a catalog path that is a directory is refused, by option or environment, and nothing is written in it")
    func catalogIsDirectory() async throws {
        let workspace = try Workspace()
        let folder = workspace.root.appendingPathComponent("catalog-folder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try workspace.write(Fixture.tamdakhtPath, Fixture.tamdakht)
        let message =
            "error: the catalog path \(folder.path) is a directory; give a file path (e.g. \(folder.path)/catalog.sqlite).\n"
        for arguments in [["import", Fixture.tamdakhtPath], ["product", "list"], ["coop", "remove", "tamdakht"]] {
            let viaEnvironment = try await workspace.run(arguments, environment: ["TIWIZI_CATALOG": folder.path])
            #expect(viaEnvironment.status == 1, "\(viaEnvironment)")
            #expect(viaEnvironment.stderr == message)
            let viaOption = try await workspace.run(arguments + ["--catalog", folder.path])
            #expect(viaOption.status == 1, "\(viaOption)")
            #expect(viaOption.stderr == message)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [], "nothing written into the folder")
        #expect(!FileManager.default.fileExists(atPath: workspace.catalog.path), "--catalog wins over TIWIZI_CATALOG")
    }

    @Test("a catalog path to a file that is not SQLite is refused and the file left untouched")
    func catalogNotSQLite() async throws {
        let workspace = try Workspace()
        let text = Data("Liste des produits de la coopérative\nTAF-ARG-250;145,00\n".utf8)
        try text.write(to: workspace.catalog)
        try workspace.write(Fixture.tamdakhtPath, Fixture.tamdakht)
        let message =
            "error: \(workspace.catalog.path) is not a Tiwizi catalog (not an SQLite database). Give another path with --catalog.\n"
        for arguments in [["import", Fixture.tamdakhtPath], ["product", "list"], ["export", "--format", "json"]] {
            let result = try await workspace.run(arguments)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr == message)
            #expect(result.stdout == "")
        }
        #expect(try Data(contentsOf: workspace.catalog) == text, "the file is untouched")
    }

    @Test("read-only catalog file: reads work, writes are refused, nothing changes")
    func catalogReadOnly() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let before = try await workspace.snapshot()
        try workspace.write(Fixture.tamdakhtPath, Fixture.tamdakht)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: workspace.catalog.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: workspace.catalog.path) }

        let message = "error: the catalog \(workspace.catalog.path) is read-only; nothing was changed. Check its permissions.\n"
        for arguments in [
            ["import", Fixture.tamdakhtPath], ["product", "update", "TAF-ARG-250", "--stock-change", "1"],
            ["coop", "remove", "tafoukt-argan", "--with-products"], ["product", "remove", "TAF-ARG-250"],
            ["know-how", "link", "saffron-harvesting", "--coop", "tafoukt-argan"],
        ] {
            let result = try await workspace.run(arguments)
            #expect(result.status == 1, "\(arguments): \(result)")
            #expect(result.stderr == message, "\(arguments)")
        }
        let list = try await workspace.run("product", "list", "--coop", "tafoukt-argan")
        #expect(list.status == 0, "\(list)")
        #expect(Output.firstColumn(list.stdout).count == 4)
        #expect(try await workspace.snapshot() == before)
    }

    @Test("the catalog file and its folders are created on first use")
    func catalogCreated() async throws {
        let workspace = try Workspace()
        let deep = workspace.root.appendingPathComponent("a/b/catalog.sqlite")
        let result = try await workspace.run("import", Tiwizi.seedCatalog.path, environment: ["TIWIZI_CATALOG": deep.path])
        #expect(result.status == 0, "\(result)")
        #expect(FileManager.default.fileExists(atPath: deep.path))
    }
}

extension Data {
    /// The bytes with each `byte` replaced by `replacement` (to plant invalid UTF-8 in a fixture).
    fileprivate func replacingByte(_ byte: UInt8, with replacement: [UInt8]) -> Data {
        Data(flatMap { $0 == byte ? replacement : [$0] })
    }
}
