import Foundation
import Testing

/// The seed catalog in `catalog/`, imported and queried through the real `tiwizi` binary.
@Suite("Seed catalog")
struct SeedCatalogTests {
    @Test("import catalog/ adds everything once, and a second import changes nothing")
    func importTwice() async throws {
        let workspace = try Workspace()
        let first = try await workspace.run("import", Tiwizi.seedCatalog.path)
        #expect(first.status == 0, "\(first)")
        #expect(first.stdout == Fixture.seedAdded)
        #expect(first.stderr == "", "a seed import has no warnings and no progress in CI")
        let before = try await workspace.snapshot()

        let second = try await workspace.run("import", Tiwizi.seedCatalog.path)
        #expect(second.status == 0, "\(second)")
        #expect(second.stdout == Fixture.seedUnchanged)
        #expect(try await workspace.snapshot() == before)
    }

    @Test("product list shows all 37 products in an aligned table")
    func productTable() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let result = try await workspace.run("product", "list")
        #expect(result.status == 0, "\(result)")
        #expect(Set(Output.firstColumn(result.stdout)) == Fixture.seedSKUs)
        #expect(Output.firstColumn(result.stdout).count == 37)
        let lines = result.lines
        try #require(lines.count == 39)
        #expect(lines[0].hasPrefix("SKU"))
        for header in ["Name", "Cooperative", "Region", "Category", "Quantity", "Price", "Stock"] {
            #expect(lines[0].contains(header))
        }
        let argan = try #require(lines.first { $0.hasPrefix("TAF-ARG-250 ") })
        #expect(
            Output.matches(
                Output.plain(argan),
                #"TAF-ARG-250 +Huile d'argan alimentaire +tafoukt-argan +MA-09 +food\.oil\.argan +250 ml +MAD 145\.00 +120$"#))
        let carpet = try #require(lines.first { $0.hasPrefix("TZB-BOU-200X150 ") })
        #expect(carpet.hasSuffix("to order (45 d)"))
        // Aligned: in every row the cooperative starts in the column of its header.
        let header = Array(lines[0])
        let column = try #require(header.indices.first { String(header[$0...]).hasPrefix("Cooperative") })
        for row in lines.dropFirst(2).map(Array.init) {
            #expect(row.count > column && row[column - 1] == " " && row[column] != " ", "misaligned: \(String(row))")
        }
    }

    /// A filter and the SKUs it must list.
    struct Filter: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let skus: Set<String>
        var today = "2026-11-29"
        var testDescription: String { arguments.joined(separator: " ") + (today == "2026-11-29" ? "" : " on \(today)") }
    }

    static let filters: [Filter] = [
        Filter(
            arguments: ["--region", "MA-09"],
            skus: ["ASF-SAF-0-5G", "ASF-SAF-1G", "ASF-SAF-5G", "TAF-AMD-500", "TAF-AML-250", "TAF-ARG-250", "TAF-ARG-COS-100"]),
        Filter(arguments: ["--region", "MA-04"], skus: []),
        // A prefix of whole segments: olive and argan oils, not cosmetic argan oil, not the essential oil.
        Filter(arguments: ["--category", "food.oil"], skus: ["CHB-ARG-500", "CHB-OLV-TYT-1L", "TAF-ARG-250", "TIS-OLV-1L"]),
        Filter(arguments: ["--category", "food.oil.olive"], skus: ["CHB-OLV-TYT-1L", "TIS-OLV-1L"]),
        Filter(arguments: ["--category", "food.oi"], skus: []),
        Filter(
            arguments: ["--category", "craft.pottery"], skus: ["USM-POT-PLT30", "USM-POT-TAJ28"]),
        // Only certificates valid today: ASF-SAF-5G's AOP expired on 2025-06-30.
        Filter(arguments: ["--certification", "igp-argane"], skus: ["CHB-ARG-500", "TAF-ARG-250", "TAF-ARG-COS-100"]),
        Filter(arguments: ["--certification", "aop-safran-taliouine"], skus: ["ASF-SAF-0-5G", "ASF-SAF-1G"]),
        Filter(arguments: ["--certification", "fairtrade"], skus: ["ASF-SAF-5G"]),
        Filter(arguments: ["--certification", "igp-amande-tafraout"], skus: ["TAF-AMD-500"], today: "2026-12-31"),
        Filter(arguments: ["--certification", "igp-amande-tafraout"], skus: [], today: "2027-01-01"),
        Filter(arguments: ["--stock", "made-to-order"], skus: ["MLM-ZLG-TBL60", "TZB-BOU-200X150", "USM-THY-CHESS40"]),
        Filter(arguments: ["--stock", "out-of-stock"], skus: ["AKN-FBB-5KG", "WRD-SAV-100"]),
        Filter(
            arguments: ["--stock", "in-stock"],
            skus: Fixture.seedSKUs.subtracting([
                "MLM-ZLG-TBL60", "TZB-BOU-200X150", "USM-THY-CHESS40", "AKN-FBB-5KG", "WRD-SAV-100",
            ])),
        Filter(arguments: ["--search", "argan"], skus: ["CHB-ARG-500", "TAF-ARG-250", "TAF-ARG-COS-100"]),
        Filter(arguments: ["--search", "ARG"], skus: ["CHB-ARG-500", "TAF-ARG-250", "TAF-ARG-COS-100"]),
        Filter(arguments: ["--search", "huile argan"], skus: ["CHB-ARG-500", "TAF-ARG-250", "TAF-ARG-COS-100"]),
        // Accents ignored: "clementine" finds "Clémentines" and "clémentine".
        Filter(arguments: ["--search", "clementine"], skus: ["ZGZ-CFT-350", "ZGZ-CLM-5KG"]),
        // Arabic: زيت (oil) starts a word of seven product names.
        Filter(
            arguments: ["--search", "زيت"],
            skus: ["AKN-HPF-30", "CHB-ARG-500", "CHB-OLV-TYT-1L", "TAF-ARG-250", "TAF-ARG-COS-100", "TIS-OLV-1L", "ZGZ-RMR-10"]),
        Filter(arguments: ["--search", "زعفران"], skus: ["ASF-SAF-0-5G", "ASF-SAF-1G", "ASF-SAF-5G"]),
        Filter(arguments: ["--coop", "tafoukt-argan"], skus: ["TAF-AMD-500", "TAF-AML-250", "TAF-ARG-250", "TAF-ARG-COS-100"]),
        // Filters combine.
        Filter(arguments: ["--region", "MA-09", "--category", "food.oil"], skus: ["TAF-ARG-250"]),
        Filter(arguments: ["--search", "huile", "--region", "MA-01"], skus: ["TIS-OLV-1L"]),
        Filter(
            arguments: ["--coop", "tafoukt-argan", "--certification", "igp-argane"], skus: ["TAF-ARG-250", "TAF-ARG-COS-100"]),
    ]

    @Test("product list shows exactly the products each filter selects", arguments: filters)
    func productListFilter(_ filter: Filter) async throws {
        let workspace = try Workspace(today: filter.today)
        try await workspace.importSeed()
        let table = try await workspace.run(["product", "list"] + filter.arguments)
        #expect(table.status == 0, "\(table)")
        #expect(Set(Output.firstColumn(table.stdout)) == filter.skus)
        if filter.skus.isEmpty {
            #expect(table.stderr == "No products match.\n")
        }

        let json = try await workspace.run(["product", "list", "--json"] + filter.arguments)
        #expect(json.status == 0, "\(json)")
        let records = try Output.jsonRecords(json.stdout)
        #expect(Set(records.compactMap { $0["sku"] as? String }) == filter.skus)
        #expect(records.count == filter.skus.count)
    }

    /// The fields of a product record (docs/catalog-format.md, "products" table).
    static let productFields: Set<String> = [
        "cooperative", "sku", "name", "description", "category", "quantity", "dimensions", "price", "currency", "vat",
        "stock", "made_to_order", "origin", "allergens", "certificates", "know_how", "producer_floor",
    ]

    @Test("product list --json follows the documented record format")
    func productJSON() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let result = try await workspace.run("product", "list", "--json")
        #expect(result.status == 0, "\(result)")
        let records = try Output.jsonRecords(result.stdout)
        #expect(records.count == 37)
        for record in records {
            let sku = record["sku"] as? String ?? "?"
            #expect(Set(record.keys).isSubset(of: Self.productFields), "\(sku): \(record.keys.sorted())")
            for field in ["cooperative", "sku", "name", "category", "quantity", "price", "currency", "vat"] {
                #expect(record[field] != nil, "\(sku) lacks \(field)")
            }
            #expect((record["stock"] == nil) != (record["made_to_order"] == nil), "\(sku): stock or made_to_order")
            let name = record["name"] as? [String: String]
            #expect(name?["fr"]?.isEmpty == false, "\(sku) has a French name")
            let price = record["price"] as? String ?? ""
            #expect(Output.matches(price, #"^\d+\.\d\d$"#), "\(sku): price “\(price)” is a 2-decimal string")
            #expect(record["currency"] as? String == "MAD")
        }
        let argan = try #require(records.first { $0["sku"] as? String == "TAF-ARG-250" })
        #expect(argan["cooperative"] as? String == "tafoukt-argan")
        #expect(argan["price"] as? String == "145.00")
        #expect(argan["stock"] as? Int == 120)
        #expect((argan["quantity"] as? [String: Any])?["unit"] as? String == "ml")
        #expect((argan["quantity"] as? [String: Any])?["amount"] as? Int == 250)
        #expect((argan["name"] as? [String: String])?["ar"] == "زيت أركان غذائي")
        let certificate = try #require((argan["certificates"] as? [[String: String]])?.first)
        #expect(
            certificate == [
                "scheme": "igp-argane", "number": "IGP-ARG-2023-0142", "valid_from": "2023-01-01", "valid_until": "2027-12-31",
            ])
        let carpet = try #require(records.first { $0["sku"] as? String == "TZB-BOU-200X150" })
        #expect((carpet["made_to_order"] as? [String: Int])?["lead_days"] == 45)
        #expect(carpet["dimensions"] as? [String: Int] == ["length_cm": 200, "width_cm": 150])
        #expect(carpet["price"] as? String == "6500.00")
    }

    @Test("coop list, coop show and coop show --json")
    func coopListShowAndJSON() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let list = try await workspace.run("coop", "list")
        #expect(list.status == 0, "\(list)")
        #expect(Set(Output.firstColumn(list.stdout)) == Fixture.seedCooperatives)
        let souss = try await workspace.run("coop", "list", "--region", "MA-09")
        #expect(Set(Output.firstColumn(souss.stdout)) == ["asafu-safran", "tafoukt-argan"])

        let show = try await workspace.run("coop", "show", "tafoukt-argan")
        #expect(show.status == 0, "\(show)")
        #expect(show.lines.first == "Coopérative féminine Tafoukt")
        #expect(show.lines.dropFirst().first == "التعاونية النسوية تافوكت")
        for pattern in [
            #"ICE +002345678000091$"#, #"Founded +2011-04-18$"#, #"Region +MA-09 Souss-Massa$"#, #"Members +38$"#,
            #"Women +38 \(100 %\)$"#, #"Products +4$"#, #"Know-how +argan-oil-extraction$"#,
        ] {
            #expect(show.lines.contains { Output.matches($0, pattern) }, "coop show lacks \(pattern):\n\(show.stdout)")
        }

        let json = try Output.jsonRecord(try await workspace.run("coop", "show", "tafoukt-argan", "--json").stdout)
        #expect(json["id"] as? String == "tafoukt-argan")
        #expect(json["ice"] as? String == "002345678000091")
        #expect(json["founded"] as? String == "2011-04-18")
        #expect(json["members"] as? [String: Int] == ["total": 38, "women": 38, "youth": 9])
        #expect(json["phone"] as? String == "+212661234567")

        let all = try Output.jsonRecords(try await workspace.run("coop", "list", "--json").stdout)
        #expect(Set(all.compactMap { $0["id"] as? String }) == Fixture.seedCooperatives)
    }

    @Test("product show marks the expired certificate")
    func productShowMarksTheExpiredCertificate() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let show = try await workspace.run("product", "show", "ASF-SAF-5G")
        #expect(show.status == 0, "\(show)")
        #expect(show.lines.first == "ASF-SAF-5G  Safran de Taliouine, boîte de 5 g")
        #expect(Output.plain(show.stdout).contains("Price           MAD 185.00  ·  185,00 د.م."), "as product list shows it")
        let list = try await workspace.run("product", "list", "--search", "boîte de 5 g")
        #expect(Output.plain(list.stdout).contains("MAD 185.00"), "\(list)")
        let french = try await workspace.run("product", "show", "ASF-SAF-5G", environment: ["LANG": "fr_FR.UTF-8"])
        #expect(french.lines.contains { Output.matches(Output.plain($0), "^  Prix +185,00 DH  ·  185,00 د.م.$") }, "\(french)")
        let certificates = try #require(show.lines.first { $0.contains("Certificates") })
        #expect(certificates.contains("aop-safran-taliouine AOP-SAF-2022-0031 (2022-07-01 → 2025-06-30) ✗"))
        #expect(certificates.hasSuffix("fairtrade FT-MA-2024-0096 (2024-10-01 → 2027-09-30)"))

        let json = try Output.jsonRecord(try await workspace.run("product", "show", "ASF-SAF-0-5G", "--json").stdout)
        #expect(json["sku"] as? String == "ASF-SAF-0-5G")
        #expect((json["quantity"] as? [String: Any])?["amount"] as? Double == 0.5)
        #expect(json["price"] as? String == "22.00")

        let missing = try await workspace.run("product", "show", "NOPE-1")
        #expect(missing.status == 1)
        #expect(missing.stderr == "error: no product with SKU “NOPE-1”. See `tiwizi product list`.\n")
    }

    @Test("know-how list and show: linked products, and artisans who did not consent stay hidden")
    func knowHowListAndShowHideArtisansWithoutConsent() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let list = try await workspace.run("know-how", "list")
        #expect(list.status == 0, "\(list)")
        #expect(Output.firstColumn(list.stdout).count == 12)
        #expect(Output.firstColumn(list.stdout).contains("argan-oil-extraction"))

        let argan = try await workspace.run("know-how", "show", "argan-oil-extraction")
        #expect(argan.status == 0, "\(argan)")
        #expect(argan.lines.first == "Extraction de l'huile d'argan")
        #expect(
            argan.lines.contains { Output.matches($0, #"Products +CHB-ARG-500, TAF-AML-250, TAF-ARG-250, TAF-ARG-COS-100$"#) })
        #expect(argan.lines.contains { Output.matches($0, #"Heritage +unesco · 2014 · Argan"#) })
        #expect(argan.lines.contains { Output.matches($0, #"Artisans +Fadma Oubella \(fictional\)$"#) })

        let bees = try await workspace.run("know-how", "show", "beekeeping")
        #expect(bees.status == 0, "\(bees)")
        #expect(!bees.stdout.contains("Lahcen"), "consent: false must never be printed")

        let json = try Output.jsonRecords(try await workspace.run("know-how", "list", "--json").stdout)
        #expect(json.count == 12)
    }

    @Test("scheme list shows the seed's schemes and regions the twelve regions")
    func schemeListAndRegions() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let schemes = try await workspace.run("scheme", "list")
        #expect(schemes.status == 0, "\(schemes)")
        #expect(Output.firstColumn(schemes.stdout).count == 16)
        let argane = try #require(schemes.lines.first { $0.hasPrefix("igp-argane ") })
        #expect(Output.matches(argane, #"IGP Argane +food\.oil\.argan cosmetic\.oil\.argan +MA-09 MA-07 MA-10$"#))
        let json = try Output.jsonRecords(try await workspace.run("scheme", "list", "--json").stdout)
        #expect(json.count == 16)
        #expect(json.contains { $0["id"] as? String == "fair-for-life" && $0["kind"] as? String == "fair-trade" })

        let regions = try await workspace.run("regions")
        #expect(regions.status == 0, "\(regions)")
        #expect(Output.firstColumn(regions.stdout) == (1...12).map { String(format: "MA-%02d", $0) })
        #expect(regions.lines.contains { Output.matches($0, #"^MA-09 +Souss-Massa +سوس ماسة$"#) })
        #expect(Output.matches(regions.lines[0], #"^Id +Name \(French\) +Name \(Arabic\)$"#), "distinct headers: \(regions)")
    }

    @Test("listings of an empty catalog say so")
    func emptyListingsSaySo() async throws {
        let workspace = try Workspace()
        try workspace.write("empty.yaml", "schemes: []\n")
        #expect(try await workspace.run("import", "empty.yaml").status == 0)
        let list = try await workspace.run("product", "list")
        #expect(list.status == 0, "\(list)")
        #expect(list.stderr == "No products match.\n")
        let json = try await workspace.run("product", "list", "--json")
        #expect(json.stdout == "[]\n")
    }
}
