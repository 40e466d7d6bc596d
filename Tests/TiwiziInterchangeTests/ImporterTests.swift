import Foundation
import Testing
import TiwiziCore
import TiwiziStore

@testable import TiwiziFormats
@testable import TiwiziInterchange

@Suite("Interchange: importer")
struct ImporterTests {
    @Test func importsACatalogFolder() throws {
        try withWorkspace { (workspace) throws in
            let folder = writeCatalog(in: workspace)
            let store = try workspace.store()
            let summary = try runImport(store, [folder])
            #expect(summary.counts[.schemes] == counts(2, 0, 0))
            #expect(summary.counts[.knowHow] == counts(2, 0, 0))
            #expect(summary.counts[.cooperatives] == counts(2, 0, 0))
            #expect(summary.counts[.products] == counts(3, 0, 0))
            #expect(summary.total == 9)
            #expect(summary.warnings == [])
            try store.read { (reader) throws in
                let amlou = try #require(try reader.product("TAF-AML-250"))
                #expect(amlou.price == Money(minorUnits: 5_850, currency: .mad))
                #expect(amlou.quantity == NetQuantity(thousandths: 500, unit: .kilogram))
                #expect(amlou.availability == .inStock(0))
                #expect(amlou.cooperativeID == "tafoukt-argan")
                let table = try #require(try reader.product("MAL-ZEL-TAB"))
                #expect(table.availability == .madeToOrder(leadDays: 30))
                #expect(table.dimensions == Dimensions(lengthCm: 60, widthCm: 60))
                #expect(try reader.cooperative("tafoukt-argan")?.ice == "002345678000091")
                #expect(try reader.knowHow("argan-oil-extraction")?.artisans.map(\.consentToPublish) == [true, false])
            }
        }
    }

    @Test func reimportingTheSameDataChangesNothing() throws {
        try withWorkspace { (workspace) throws in
            let folder = writeCatalog(in: workspace)
            let store = try workspace.store()
            try runImport(store, [folder])
            let before = try snapshot(store)
            let summary = try runImport(store, [folder])
            #expect(summary.counts[.schemes] == counts(0, 0, 2))
            #expect(summary.counts[.knowHow] == counts(0, 0, 2))
            #expect(summary.counts[.cooperatives] == counts(0, 0, 2))
            #expect(summary.counts[.products] == counts(0, 0, 3))
            let after = try snapshot(store)
            #expect(after.cooperatives == before.cooperatives)
            #expect(after.products == before.products)
        }
    }

    @Test func changedRecordsAreUpdatedOthersUnchanged() throws {
        try withWorkspace { (workspace) throws in
            let folder = writeCatalog(in: workspace)
            let store = try workspace.store()
            try runImport(store, [folder])
            workspace.write(
                "catalog/cooperatives/tafoukt-argan.yaml", tafouktYAML.replacingOccurrences(of: "price: 58,50", with: "price: 60")
            )
            let summary = try runImport(store, [folder])
            #expect(summary.counts[.products] == counts(0, 1, 2))
            #expect(summary.counts[.cooperatives] == counts(0, 0, 2))
            #expect(try store.read { try $0.product("TAF-AML-250")?.price } == Money(minorUnits: 6_000, currency: .mad))
        }
    }

    @Test func oneBadRecordInOneFileWritesNothingFromAnyFile() throws {
        try withWorkspace { (workspace) throws in
            let folder = writeCatalog(in: workspace)
            let bad = workspace.write(
                "extra.yaml",
                """
                products:
                  - cooperative: tafoukt-argan
                    sku: TAF-NEW-1
                    name: {fr: "Nouveau"}
                    category: food.oil.argan
                    quantity: {amount: 1, unit: l}
                    price: "-4.00"
                    stock: 1
                """)
            let store = try workspace.store()
            let issues = try #require(try importIssues(store, [folder, bad]))
            #expect(issues.map(\.problem.code) == ["priceInvalid"])
            #expect(issues[0].location == SourceLocation(file: bad, line: 7))
            #expect(issues[0].field == "products[0].price")
            let empty = try snapshot(store)
            #expect(empty.cooperatives == [])
            #expect(empty.products == [])
            #expect(empty.knowHow == [])
            #expect(try store.read { try $0.allSchemes() } == [])
        }
    }

    @Test func aRefusedImportLeavesEarlierContentExactlyAsItWas() throws {
        try withWorkspace { (workspace) throws in
            let folder = writeCatalog(in: workspace)
            let store = try workspace.store()
            try runImport(store, [folder])
            let before = try snapshot(store)
            // A valid change in one file, an invalid cooperative in another.
            workspace.write(
                "catalog/cooperatives/tafoukt-argan.yaml", tafouktYAML.replacingOccurrences(of: "stock: 120", with: "stock: 99"))
            workspace.write(
                "catalog/cooperatives/maalem-fes.yaml",
                maalemYAML.replacingOccurrences(
                    of: "members: {total: 5, women: 1, youth: 2}", with: "members: {total: 5, women: 6}"))
            let issues = try #require(try importIssues(store, [folder]))
            #expect(issues.map { $0.problem as? ValueProblem } == [.membersOutOfRange(group: "women", count: 6, total: 5)])
            #expect(issues.map(\.field) == ["cooperative.members.women"])
            let after = try snapshot(store)
            #expect(after.products == before.products)
            #expect(after.cooperatives == before.cooperatives)
        }
    }

    @Test func everyProblemIsReportedWithFileLineAndField() throws {
        try withWorkspace { (workspace) throws in
            let file = workspace.write(
                "coop.yaml",
                """
                cooperative:
                  id: tafoukt-argan
                  name: {fr: "Tafoukt"}
                  ice: "00234567800009"
                  founded: 2099-01-01
                  region: MA-13
                  members: {total: 10}
                products:
                  - sku: TAF-1
                    name: {fr: "Huile"}
                    category: food.oil
                    quantity: {amount: 1, unit: l}
                    price: "1.00"
                    stock: 1
                """)
            let store = try workspace.store()
            let issues = try #require(try importIssues(store, [file]))
            // One round: the field that does not decode, and every other problem of the record with it;
            // products of a refused cooperative stay quiet.
            #expect(
                issues.map { $0.text(in: .english) } == [
                    "\(file):6: cooperative.region: unknown region “MA-13”; use a code from MA-01 to MA-12.",
                    "\(file):4: cooperative.ice: an ICE is exactly 15 digits; “00234567800009” has 14 characters.",
                    "\(file):5: cooperative.founded: founding date 2099-01-01 is in the future (today is 2025-06-15).",
                ])
            workspace.write(
                "coop.yaml", try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "MA-13", with: "MA-09"))
            let more = try #require(try importIssues(store, [file]))
            #expect(
                more.map { $0.text(in: .english) } == [
                    "\(file):4: cooperative.ice: an ICE is exactly 15 digits; “00234567800009” has 14 characters.",
                    "\(file):5: cooperative.founded: founding date 2099-01-01 is in the future (today is 2025-06-15).",
                ])
        }
    }

    @Test func duplicateSKUIsReportedWithBothLocations() throws {
        try withWorkspace { (workspace) throws in
            let folder = writeCatalog(in: workspace)
            let copy = workspace.write(
                "more/products.yaml",
                """
                # Same SKU as in tafoukt-argan.yaml
                products:
                  - cooperative: maalem-fes
                    sku: TAF-ARG-250
                    name: {fr: "Doublon"}
                    category: craft.zellige
                    quantity: {amount: 1, unit: piece}
                    price: "1.00"
                    stock: 1
                """)
            let store = try workspace.store()
            let issues = try #require(try importIssues(store, [folder, copy]))
            let first = SourceLocation(file: "\(folder)/cooperatives/tafoukt-argan.yaml", line: 19)
            #expect(
                issues == [
                    Issue(
                        .duplicateKey("SKU TAF-ARG-250", first: first), field: "products[0]",
                        location: SourceLocation(file: copy, line: 3))
                ])
            #expect(
                issues[0].text(in: .english)
                    == "\(copy):3: products[0]: SKU TAF-ARG-250 appears more than once (also at \(first)).")
            #expect(try store.read { try $0.countProducts() } == 0)
        }
    }

    @Test func duplicateICEWithinAnImport() throws {
        try withWorkspace { (workspace) throws in
            let folder = writeCatalog(in: workspace)
            workspace.write(
                "catalog/cooperatives/maalem-fes.yaml",
                maalemYAML.replacingOccurrences(of: "002478310000075", with: "002345678000091"))
            let issues = try #require(try importIssues(try workspace.store(), [folder]))
            // Files are read in path order: maalem-fes.yaml comes first. The refused cooperative's
            // products are not reported as orphans.
            #expect(
                issues == [
                    Issue(
                        .duplicateKey(
                            "ICE 002345678000091",
                            first: SourceLocation(file: "\(folder)/cooperatives/maalem-fes.yaml", line: 2)),
                        field: "cooperative", location: SourceLocation(file: "\(folder)/cooperatives/tafoukt-argan.yaml", line: 3)
                    )
                ])
        }
    }

    @Test func iceOfAnotherCooperativeInTheCatalog() throws {
        try withWorkspace { (workspace) throws in
            let folder = writeCatalog(in: workspace)
            let store = try workspace.store()
            try runImport(store, [folder])
            let file = workspace.write(
                "new.yaml",
                maalemYAML.replacingOccurrences(of: "id: maalem-fes", with: "id: other-coop")
                    .replacingOccurrences(of: "MAL-ZEL-TAB", with: "OTH-ZEL-TAB"))
            let issues = try #require(try importIssues(store, [file]))
            #expect(
                issues == [
                    Issue(
                        .duplicateICE(ice: "002478310000075", owner: "maalem-fes"), field: "cooperative.ice",
                        location: SourceLocation(file: file, line: 6))
                ])
        }
    }

    @Test func productOfAnUnknownCooperative() throws {
        try withWorkspace { (workspace) throws in
            let file = workspace.write(
                "p.yaml",
                """
                products:
                  - cooperative: ghost-coop
                    sku: GHO-1
                    name: {fr: "Fantôme"}
                    category: food.honey
                    quantity: {amount: 1, unit: kg}
                    price: "10"
                    stock: 1
                """)
            let issues = try #require(try importIssues(try workspace.store(), [file]))
            #expect(
                issues == [
                    Issue(
                        .unknownCooperative("ghost-coop"), field: "products[0].cooperative",
                        location: SourceLocation(file: file, line: 2))
                ])
        }
    }

    @Test func unknownSchemeAndKnowHow() throws {
        try withWorkspace { (workspace) throws in
            let folder = writeCatalog(in: workspace)
            workspace.write(
                "catalog/cooperatives/tafoukt-argan.yaml",
                tafouktYAML.replacingOccurrences(of: "scheme: igp-argane", with: "scheme: igp-argan")
                    .replacingOccurrences(of: "    know_how: [argan-oil-extraction]", with: "    know_how: [argan-oil]"))
            let issues = try #require(try importIssues(try workspace.store(), [folder]))
            #expect(
                issues.map { $0.problem as? ValueProblem } == [
                    .unknownScheme("igp-argan"), .unknownKnowHow("argan-oil"),
                ])
            #expect(issues.map(\.field) == ["products[0].certificates[0].scheme", "products[0].know_how[0]"])
        }
    }

    @Test func warningsDoNotBlock() throws {
        try withWorkspace { (workspace) throws in
            let folder = writeCatalog(in: workspace)
            workspace.write(
                "catalog/cooperatives/maalem-fes.yaml",
                maalemYAML.replacingOccurrences(of: "members: {total: 5, women: 1, youth: 2}", with: "members: {total: 3}"))
            let summary = try runImport(try workspace.store(), [folder])
            #expect(
                summary.warnings == [
                    Issue(
                        .membersBelowMinimum(count: 3, minimum: 5), field: "cooperative.members.total",
                        severity: .warning, location: SourceLocation(file: "\(folder)/cooperatives/maalem-fes.yaml", line: 12))
                ])
            #expect(summary.counts[.cooperatives] == counts(2, 0, 0))
        }
    }

    @Test func missingOrEmptyFilesAreIssuesNamingTheFile() throws {
        try withWorkspace { (workspace) throws in
            let store = try workspace.store()
            let missing = workspace.path("nope.yaml")
            #expect(try importIssues(store, [missing]) == [Issue(FileProblem.missing(path: missing))])
            let empty = workspace.write("empty.yaml", "  \n\n")
            #expect(try importIssues(store, [empty]) == [Issue(FileProblem.empty(path: empty))])
            let comment = workspace.write("comment.yaml", "# nothing yet\n")
            #expect(try importIssues(store, [comment]) == [Issue(FileProblem.empty(path: comment))])
            let emptyCSV = workspace.write("empty.csv", "\u{FEFF}\r\n")
            #expect(try importIssues(store, [emptyCSV]) == [Issue(FileProblem.empty(path: emptyCSV))])
            let text = workspace.write("notes.txt", "hello")
            #expect(try importIssues(store, [text]) == [Issue(.fileTypeUnsupported(path: text))])
            let json = workspace.write("bad.json", "{\"schemes\": [}")
            #expect(try importIssues(store, [json])?.map(\.problem.code) == ["jsonMalformed"])
            var bytes = Data("schemes:\n  - id: igp-argane\n    name: {fr: \"IGP Arg".utf8)
            bytes.append(contentsOf: [0xE9, 0x22, 0x7D, 0x0A])
            let latin1 = workspace.write("latin1.yaml", bytes)
            #expect(try importIssues(store, [latin1]) == [Issue(.notUTF8(path: latin1, line: 3))])
            // Every file's problem is reported, not only the first.
            #expect(try importIssues(store, [missing, empty, text])?.count == 3)
            #expect(try store.read { try $0.allSchemes() } == [])
        }
    }

    @Test func symbolicLinksToFoldersAreFollowed() throws {
        try withWorkspace { (workspace) throws in
            let folder = writeCatalog(in: workspace)
            let link = workspace.path("link")
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder)
            let summary = try runImport(try workspace.store(), [link])
            #expect(summary.total == 9)
        }
    }

    @Test func foldersSkipOtherFiles() throws {
        try withWorkspace { (workspace) throws in
            let folder = writeCatalog(in: workspace)
            workspace.write("catalog/README.md", "# notes")
            workspace.write("catalog/cooperatives/.DS_Store", "junk")
            let summary = try runImport(try workspace.store(), [folder])
            #expect(summary.total == 9)
        }
    }

    @Test func jsonDocumentImports() throws {
        try withWorkspace { (workspace) throws in
            let file = workspace.write(
                "catalog.json",
                """
                {
                  "schemes": [{"id": "fair-for-life", "kind": "fair-trade", "name": {"fr": "Fair for Life"}}],
                  "cooperatives": [
                    {
                      "id": "tafoukt-argan", "name": {"fr": "Tafoukt"}, "ice": "002345678000091", "founded": "2011-04-18",
                      "region": "MA-09", "members": {"total": 38, "women": 38},
                      "products": [
                        {"sku": "TAF-1", "name": "Huile", "category": "food.oil.argan",
                         "quantity": {"amount": 0.25, "unit": "l"}, "price": 145.50, "stock": 3,
                         "certificates": [{"scheme": "fair-for-life", "number": "F-1", "valid_from": "2024-01-01", "valid_until": "2026-01-01"}]}
                      ]
                    }
                  ]
                }
                """)
            let store = try workspace.store()
            let summary = try runImport(store, [file])
            #expect(summary.counts[.products] == counts(1, 0, 0))
            let product = try #require(try store.read { try $0.product("TAF-1") })
            #expect(product.price == Money(minorUnits: 14_550, currency: .mad))
            #expect(product.quantity == NetQuantity(thousandths: 250, unit: .litre))
            #expect(product.cooperativeID == "tafoukt-argan")
        }
    }

    @Test func emptyOptionalTextIsAbsentSoReimportIsUnchanged() throws {
        try withWorkspace { (workspace) throws in
            let folder = writeCatalog(in: workspace)
            workspace.write(
                "catalog/cooperatives/tafoukt-argan.yaml",
                tafouktYAML.replacingOccurrences(
                    of: "description: {fr: \"Pressée à froid, 250 ml ; « extra ».\", ar: \"معصور على البارد.\"}",
                    with: "description: {fr: \"\"}"))
            let store = try workspace.store()
            try runImport(store, [folder])
            #expect(try store.read { try $0.product("TAF-ARG-250")?.description } == nil)
            #expect(try runImport(store, [folder]).counts[.products] == counts(0, 0, 3))
            workspace.write(
                "catalog/cooperatives/tafoukt-argan.yaml",
                tafouktYAML.replacingOccurrences(
                    of: "description: {fr: \"Pressée à froid, 250 ml ; « extra ».\", ar: \"معصور على البارد.\"}",
                    with: "description: \" \""))
            #expect(try runImport(store, [folder]).counts[.products] == counts(0, 0, 3))
        }
    }
}

@Suite("Interchange: importing spreadsheets")
struct CSVImportTests {
    private let cooperativesCSV = """
        id,name_fr,name_ar,legal_form,registry_court,registry_number,ice,founded,region,province,commune,sector,members_total,members_women,members_youth,phone,email,know_how
        tafoukt-argan,Coopérative Tafoukt,تعاونية تافوكت,cooperative,"Tribunal de première instance d'Inezgane",2011/45,002345678000091,2011-04-18,MA-09,Chtouka-Aït Baha,Aït Baha,food.oil,38,38,9,+212661234567,tafoukt@example.org,

        """

    /// French-locale export: `;`, decimal comma, CRLF, byte order mark.
    private let productsCSV =
        "\u{FEFF}cooperative;sku;name_fr;name_ar;category;quantity;unit;price;currency;vat;stock;lead_days;origin_region;allergens;certificates\r\n"
        + "tafoukt-argan;TAF-ARG-250;Huile d'argan, alimentaire;زيت أركان;food.oil.argan;0,25;l;145,50;MAD;reduced-10;120;;MA-09;argan;\r\n"
        + "tafoukt-argan;TAF-AML-250;\"Amlou \"\"maison\"\"\";أملو;food.spread.amlou;250;g;58;MAD;reduced-10;60;;;almonds|nuts;\r\n"
        + "tafoukt-argan;TAF-CAR-1;Tapis;زربية;craft.textile.carpet;1;piece;1 450,00;;standard;;30;;;\r\n"

    @Test func frenchLocaleSpreadsheetImports() throws {
        try withWorkspace { (workspace) throws in
            let coops = workspace.write("cooperatives.csv", cooperativesCSV)
            let products = workspace.write("products.csv", productsCSV.replacingOccurrences(of: ";58;", with: ";58,00;"))
            let store = try workspace.store()
            // Products are named first: kinds are imported in dependency order whatever the file order.
            let summary = try runImport(store, [products, coops])
            #expect(summary.counts[.cooperatives] == counts(1, 0, 0))
            #expect(summary.counts[.products] == counts(3, 0, 0))
            try store.read { (reader) throws in
                let oil = try #require(try reader.product("TAF-ARG-250"))
                #expect(oil.name.french == "Huile d'argan, alimentaire")
                #expect(oil.quantity == NetQuantity(thousandths: 250, unit: .litre))
                #expect(oil.price == Money(minorUnits: 14_550, currency: .mad))
                #expect(oil.origin == Origin(region: Region(code: "MA-09")!))
                #expect(try reader.product("TAF-AML-250")?.name.french == "Amlou \"maison\"")
                #expect(try reader.product("TAF-AML-250")?.allergens == ["almonds", "nuts"])
                #expect(try reader.product("TAF-CAR-1")?.price == Money(minorUnits: 145_000, currency: .mad))
                #expect(try reader.product("TAF-CAR-1")?.availability == .madeToOrder(leadDays: 30))
                #expect(try reader.cooperative("tafoukt-argan")?.registry?.court == "Tribunal de première instance d'Inezgane")
            }
            #expect(try runImport(store, [workspace.url.path]).counts[.products] == counts(0, 0, 3))
        }
    }

    @Test func badRowsAreAllReportedAndNothingIsWritten() throws {
        try withWorkspace { (workspace) throws in
            let coops = workspace.write("cooperatives.csv", cooperativesCSV)
            let broken = productsCSV.replacingOccurrences(of: ";reduced-10;120;;MA-09;", with: ";reduced-10;120;MA-09;")
                .replacingOccurrences(of: ";1 450,00;", with: ";-1 450,00;")
            let products = workspace.write("products.csv", broken)
            let store = try workspace.store()
            let issues = try #require(try importIssues(store, [coops, products]))
            #expect(
                issues.first?.text(in: .english)
                    == "\(products):2: this row has 14 columns but the header has 15; check for a stray separator or quote.")
            #expect(issues.map(\.location?.line) == [2, 4])
            #expect(issues.map(\.problem.code) == ["csvColumnCount", "priceInvalid"])
            #expect(issues[1].field == "price")
            #expect(try store.read { try $0.cooperative("tafoukt-argan") } == nil)
        }
    }

    /// Rows are read a batch at a time (`ImportRun.batchSize`) and the catalog asked once per
    /// batch which of their SKUs it holds: across batches, updates still keep what a row does not
    /// mention, new rows are added, and a duplicate names both of its lines.
    @Test func batchesOfRowsKeepUpdatesNewRowsAndDuplicates() throws {
        try withWorkspace { (workspace) throws in
            let count = 2 * 256 + 44
            let header = "cooperative,sku,name_fr,name_ar,category,quantity,unit,price,vat,stock\n"
            let row = { (index: Int, price: String) in
                "tafoukt-argan,TAF-\(index),Huile \(index),زيت,food.oil.argan,0.25,l,\(price),reduced-10,\(index)\n"
            }
            let coops = workspace.write("cooperatives.csv", cooperativesCSV)
            let evens = stride(from: 0, to: count, by: 2)
            let first = workspace.write("first/products.csv", header + evens.map { row($0, "145.50") }.joined())
            let store = try workspace.store()
            _ = try runImport(store, [coops, first])
            // Prices alone: the even SKUs are updates that keep their names and stock; the odd ones
            // are new, and refused without their other fields (line 3 is TAF-1).
            let prices = workspace.write("prices/products.csv", "sku,price\n" + (0..<count).map { "TAF-\($0),150.00\n" }.joined())
            let refused = try #require(try importIssues(store, [prices]))
            #expect(refused.first?.location?.line == 3)
            #expect(try store.read { try $0.product("TAF-510")?.price } == Money(minorUnits: 14_550, currency: .mad))
            // The same prices for the even SKUs, and the odd ones whole, in a second file.
            let even = workspace.write("even/products.csv", "sku,price\n" + evens.map { "TAF-\($0),150.00\n" }.joined())
            let odd = workspace.write(
                "odd/products.csv", header + stride(from: 1, to: count, by: 2).map { row($0, "99.00") }.joined())
            let summary = try runImport(store, [even, odd])
            #expect(summary.counts[.products] == counts(count / 2, count / 2, 0))
            try store.read { (reader) throws in
                for index in [0, 254, 256, 510, 512, count - 2] {
                    let product = try #require(try reader.product("TAF-\(index)"))
                    #expect(product.price == Money(minorUnits: 15_000, currency: .mad))
                    #expect(product.name.french == "Huile \(index)" && product.availability == .inStock(index))
                }
                #expect(try reader.product("TAF-513")?.price == Money(minorUnits: 9_900, currency: .mad))
                #expect(try reader.countProducts() == count)
            }
            // A SKU in two batches (lines 4 and 262): the second names the first; nothing written.
            let skus = (0..<270).map { $0 == 260 ? 4 : $0 * 2 }
            // Whole rows or prices alone, the second is reported as what it is.
            for (folder, content) in [
                ("twice", header + skus.map { row($0, "1.00") }.joined()),
                ("twice-prices", "sku,price\n" + skus.map { "TAF-\($0),1.00\n" }.joined()),
            ] {
                let twice = workspace.write("\(folder)/products.csv", content)
                let duplicate = try #require(try importIssues(store, [twice]))
                #expect(duplicate.map(\.location?.line) == [262])
                #expect(duplicate.map(\.problem.code) == ["duplicateKey"])
                #expect(duplicate.first?.text(in: .english).contains("\(twice):4") == true)
            }
            #expect(try store.read { try $0.product("TAF-4")?.price } == Money(minorUnits: 15_000, currency: .mad))
        }
    }

    @Test func unknownCooperativeInARow() throws {
        try withWorkspace { (workspace) throws in
            let products = workspace.write("products.csv", productsCSV)
            let issues = try #require(try importIssues(try workspace.store(), [products]))
            #expect(issues.map(\.location?.line) == [2, 3, 4])
            #expect(issues.allSatisfy { $0.problem as? ValueProblem == .unknownCooperative("tafoukt-argan") })
            #expect(issues.allSatisfy { $0.field == "cooperative" })
        }
    }

    @Test func quoteLeftOpenRefusesTheImport() throws {
        try withWorkspace { (workspace) throws in
            let coops = workspace.write("cooperatives.csv", cooperativesCSV)
            let products = workspace.write(
                "products.csv", productsCSV.replacingOccurrences(of: ";\"Amlou \"\"maison\"\"\";", with: ";\"Amlou maison;"))
            let store = try workspace.store()
            let issues = try #require(try importIssues(store, [coops, products]))
            // The open cell swallowed the end of the file: the row is that error, and no other.
            #expect(issues.map(\.problem.code) == ["csvQuoteUnclosed"])
            #expect(issues.map(\.location) == [SourceLocation(file: products, line: 3)])
            #expect(try store.read { try $0.countProducts() } == 0)
        }
    }

    @Test func invalidUTF8InACSVNamesTheRow() throws {
        try withWorkspace { (workspace) throws in
            var bytes = Data(cooperativesCSV.utf8)
            bytes.append(Data("maalem-fes,Coop".utf8))
            bytes.append(0xE9)  // Latin-1 é
            bytes.append(Data(",x\n".utf8))
            let file = workspace.write("cooperatives.csv", bytes)
            #expect(try importIssues(try workspace.store(), [file]) == [Issue(.notUTF8(path: file, line: 3))])
        }
    }
}
