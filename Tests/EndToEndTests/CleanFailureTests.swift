import Foundation
import Testing

/// Numbers, text, output and paths at their limits: a clear message and exit status 1, never a
/// crash, an unbounded output or a catalog created by mistake.
@Suite("Clean failures")
struct CleanFailureTests {
    @Test("a stock at the top of Int is refused at input; a stock change past the limit fails cleanly")
    func stockLimits() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let huge = try await workspace.run("product", "update", "TAF-ARG-250", "--stock", "9223372036854775807")
        #expect(huge.status == 1)
        #expect(
            huge.stderr.contains("stock: 9223372036854775807 is out of range: write a whole number from 0 to 1000000000"),
            "\(huge)")
        let top = try await workspace.run("product", "update", "TAF-ARG-250", "--stock", "1000000000")
        #expect(top.status == 0, "\(top)")
        for change in ["1", "9223372036854775807"] {
            let past = try await workspace.run("product", "update", "TAF-ARG-250", "--stock-change", change)
            #expect(past.status == 1, "\(past)")
            #expect(past.stderr.contains("out of range"), "\(past)")
            #expect(!past.stderr.contains("Fatal error") && !past.stderr.contains("crashed"), "\(past)")
        }
        let lowest = try await workspace.run("product", "update", "TAF-ARG-250", "--stock-change", "-9223372036854775808")
        #expect(lowest.status == 1)
        #expect(lowest.stderr.contains("removing 9223372036854775808 would make it negative"), "\(lowest)")
        let record = try Output.jsonRecord(try await workspace.run("product", "show", "TAF-ARG-250", "--json").stdout)
        #expect(record["stock"] as? Int == 1_000_000_000)
    }

    @Test("a closed stdout and a full disk are messages, not crashes")
    func outputFailures() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let closed = try await workspace.shell(#""$TIWIZI" product list --json >&-"#)
        #expect(closed.status == 1, "\(closed)")
        #expect(closed.stderr == "error: cannot write to standard output: the output was closed.\n")
        let full = try await workspace.shell(#""$TIWIZI" export --format csv > /dev/full"#)
        #expect(full.status == 1, "\(full)")
        #expect(full.stderr.hasPrefix("error: cannot write to standard output: the disk is full."), "\(full)")
        let french = try await workspace.shell(#"LANG=fr_FR.UTF-8 "$TIWIZI" export --format json > /dev/full"#)
        #expect(french.stderr.hasPrefix("erreur : impossible d'écrire dans la sortie standard : le disque est plein."))
    }

    @Test("an export folder is written whole: never stale files, never two formats")
    func exportFolders() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        #expect(try await workspace.run("export", "--out", "out").status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.url("out/cooperatives/warda-dades.yaml").path))
        #expect(try await workspace.run("coop", "remove", "warda-dades", "--with-products").status == 0)

        let refused = try await workspace.run("export", "--format", "csv", "--out", "out")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("out is not empty"), "\(refused)")
        #expect(FileManager.default.fileExists(atPath: workspace.url("out/schemes.yaml").path), "left as it was")

        let replaced = try await workspace.run("export", "--out", "out", "--replace")
        #expect(replaced.status == 0, "\(replaced)")
        #expect(!FileManager.default.fileExists(atPath: workspace.url("out/cooperatives/warda-dades.yaml").path))
        let csv = try await workspace.run("export", "--format", "csv", "--out", "out", "--replace")
        #expect(csv.status == 0, "\(csv)")
        let files = try FileManager.default.contentsOfDirectory(atPath: workspace.url("out").path).sorted()
        #expect(files == ["cooperatives.csv", "know-how.csv", "products.csv", "schemes.csv"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.work.path).filter { $0.hasPrefix(".") }
        #expect(leftovers == [], "no staging folder is left behind")

        let fresh = try Workspace()
        for (path, data) in try workspace.files(under: "out") { try fresh.write("out/\(path)", bytes: data) }
        let reimport = try await fresh.run("import", "out")
        #expect(reimport.status == 0, "\(reimport)")
        #expect(try await fresh.run("coop", "show", "warda-dades").status == 1, "a removed cooperative stays removed")
    }

    @Test("read commands never create a catalog; a typo in its path is an error that names it")
    func readCommandsNeverCreate() async throws {
        let workspace = try Workspace()
        let missing = workspace.root.appendingPathComponent("no/such/dir/c.sqlite").path
        let list = try await workspace.run("product", "list", "--catalog", missing)
        #expect(list.status == 1)
        #expect(
            list.stderr
                == "error: there is no catalog at \(missing); check --catalog or TIWIZI_CATALOG, or create it with `tiwizi import`.\n"
        )
        #expect(!FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("no").path))

        let empty = try workspace.write("empty.sqlite", "")
        let zero = try await workspace.run("coop", "list", "--catalog", workspace.url(empty).path)
        #expect(zero.status == 1)
        #expect(zero.stderr.contains("is not a Tiwizi catalog"), "\(zero)")

        try await workspace.importSeed()
        let tilde = try await workspace.run("coop", "list", environment: ["TIWIZI_CATALOG": "~/catalog.sqlite"])
        #expect(tilde.status == 0, "~ is the home folder: \(tilde)")
        #expect(tilde.stdout.contains("tafoukt-argan"))
    }

    @Test("a malformed TIWIZI_TODAY is an error")
    func malformedToday() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let result = try await workspace.run("product", "list", environment: ["TIWIZI_TODAY": "29/11/2026"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: TIWIZI_TODAY is “29/11/2026”, not a date; write YYYY-MM-DD, or unset it to use today.\n")
    }

    @Test("every numeric field reads Arabic-Indic digits and grouped thousands")
    func numeralsEverywhere() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let stock = try await workspace.run("product", "update", "TAF-ARG-250", "--stock", "١ ٢٠٠")
        #expect(stock.status == 0, "\(stock)")
        let thin = try await workspace.run("coop", "update", "tafoukt-argan", "--members", "4\u{202F}100", "--women", "٤٠")
        #expect(thin.status == 0, "\(thin)")
        let ice = try await workspace.run("coop", "update", "tafoukt-argan", "--ice", "٠٠٢ ٣٤٥ ٦٧٨ ٠٠٠ ٠٩١")
        #expect(ice.status == 0, "\(ice)")
        let product = try Output.jsonRecord(try await workspace.run("product", "show", "TAF-ARG-250", "--json").stdout)
        #expect(product["stock"] as? Int == 1200)
        let coop = try Output.jsonRecord(try await workspace.run("coop", "show", "tafoukt-argan", "--json").stdout)
        #expect((coop["members"] as? [String: Int])?["total"] == 4100)
        #expect(coop["ice"] as? String == "002345678000091")
        let grouping = try await workspace.run("product", "update", "TAF-ARG-250", "--stock", "12 00")
        #expect(grouping.status == 1, "thousands come in groups of three")
    }

    @Test("text is bounded, on one line where it is a name, and free of direction overrides")
    func boundedText() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let long = String(repeating: "a", count: 900_000)  // under the 1 MB a CSV row may hold
        try workspace.write("long.csv", "sku;name_fr\nTAF-ARG-250;\(long)\n")
        let refused = try await workspace.run("import", "long.csv")
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains("long.csv:2: name.fr: this text has 900000 characters; at most 200 are allowed."),
            "\(refused.stderr.prefix(300))")

        for (name, code) in [("Huile\nd'argan", "U+000A"), ("Huile \u{202E}nagra", "U+202E"), ("Huile\u{0007}", "U+0007")] {
            let result = try await workspace.run("product", "update", "TAF-ARG-250", "--name-fr", name)
            #expect(result.status == 1, "\(name.debugDescription)")
            #expect(result.stderr.contains("invisible control character (\(code))"), "\(result)")
        }
        let wide = String(repeating: "Huile d'argan ", count: 14)
        #expect(try await workspace.run("product", "update", "TAF-ARG-250", "--name-fr", wide).status == 0)
        let list = try await workspace.run("product", "list", environment: ["COLUMNS": "100"])
        #expect(list.status == 0)
        #expect(list.lines.allSatisfy { $0.count <= 100 }, "\(list.stdout)")
        #expect(list.stdout.contains("…"))
    }

    @Test("YAML and CSV refuse the same values: allergens are slugs, certificate numbers carry no separators")
    func sameRulesInEveryFormat() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write(
            "p.yaml",
            """
            products:
              - sku: TAF-ARG-250
                cooperative: tafoukt-argan
                allergens: ["fruits à coque|arachide"]
                certificates:
                  - {scheme: igp-argane, number: "IGP:1|2", valid_from: 2023-01-01, valid_until: 2027-12-31}

            """)
        let result = try await workspace.run("import", "p.yaml")
        #expect(result.status == 1)
        #expect(result.stderr.contains("p.yaml:4: products[0].allergens[0]:"), "\(result)")
        #expect(result.stderr.contains("products[0].certificates[0].number: certificate number “IGP:1|2”"), "\(result)")
    }
}
