import Foundation
import Testing

/// CSV files as cooperatives' spreadsheets really save them.
@Suite("Spreadsheets")
struct SpreadsheetTests {
    /// Lines joined with CRLF, behind a UTF-8 byte order mark: a French-locale spreadsheet's "CSV UTF-8".
    static func frenchExport(_ lines: [String]) -> Data {
        Data([0xEF, 0xBB, 0xBF]) + Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    static let frenchProducts = frenchExport([
        "cooperative;sku;name_fr;name_ar;category;quantity;unit;price;currency;vat;stock;lead_days;allergens;certificates;know_how",
        "asafu-safran;ASF-SAF-0-25G;Safran de Taliouine, mini dosette;زعفران تالوين، علبة صغيرة جدا;food.spice.saffron;0,25;g;"
            + "145,50;MAD;exempt;;7;;;saffron-harvesting",
        "tafoukt-argan;TAF-ARG-1L;Huile d'argan, grand flacon;زيت أركان، قارورة كبيرة;food.oil.argan;1;l;1 450,00;MAD;"
            + "reduced-10;12;;argan;igp-argane:IGP-ARG-2025-0001:2025-01-01:2028-12-31;argan-oil-extraction",
    ])

    static let frenchCooperatives = frenchExport([
        "id;name_fr;name_ar;legal_form;registry_court;registry_number;ice;founded;region;province;commune;sector;"
            + "members_total;members_women;members_youth;phone;email;know_how",
        "tamdakht;Coopérative Tamdakht;تعاونية تامدخت;cooperative;Tribunal de première instance de Ouarzazate;2020/7;"
            + "003456789000012;2020-05-04;MA-08;Ouarzazate;Tamdakht;food.spice;12;9;3;+212524886611;tamdakht@example.org;"
            + "saffron-harvesting",
    ])

    @Test("French-locale export: `;`, decimal comma, BOM, CRLF")
    func frenchLocale() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write("cooperatives.csv", bytes: Self.frenchCooperatives)
        try workspace.write("produits.csv", bytes: Self.frenchProducts)

        let result = try await workspace.run("import", "cooperatives.csv", "produits.csv")
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout == """
                schemes: 0 added, 0 updated, 0 unchanged
                know-how: 0 added, 0 updated, 0 unchanged
                cooperatives: 1 added, 0 updated, 0 unchanged
                products: 2 added, 0 updated, 0 unchanged

                """)

        let saffron = try Output.jsonRecord(try await workspace.run("product", "show", "ASF-SAF-0-25G", "--json").stdout)
        #expect(saffron["price"] as? String == "145.50")
        #expect(saffron["cooperative"] as? String == "asafu-safran", "the BOM is not part of the first column's name")
        #expect((saffron["quantity"] as? [String: Any])?["amount"] as? Double == 0.25)
        #expect((saffron["made_to_order"] as? [String: Int])?["lead_days"] == 7)
        #expect(saffron["stock"] == nil)
        #expect((saffron["name"] as? [String: String])?["fr"] == "Safran de Taliouine, mini dosette")
        #expect((saffron["name"] as? [String: String])?["ar"] == "زعفران تالوين، علبة صغيرة جدا", "no \\r left at the end")

        let argan = try Output.jsonRecord(try await workspace.run("product", "show", "TAF-ARG-1L", "--json").stdout)
        #expect(argan["price"] as? String == "1450.00")
        #expect(argan["stock"] as? Int == 12)
        #expect(argan["allergens"] as? [String] == ["argan"])
        #expect(argan["know_how"] as? [String] == ["argan-oil-extraction"], "the last cell has no stray \\r")
        #expect(
            argan["certificates"] as? [[String: String]] == [
                ["scheme": "igp-argane", "number": "IGP-ARG-2025-0001", "valid_from": "2025-01-01", "valid_until": "2028-12-31"]
            ])
        let shown = try await workspace.run("product", "show", "ASF-SAF-0-25G", environment: ["LANG": "fr_FR.UTF-8"])
        #expect(Output.plain(shown.stdout).contains("145,50 DH"), "\(shown)")

        let cooperative = try Output.jsonRecord(try await workspace.run("coop", "show", "tamdakht", "--json").stdout)
        #expect(cooperative["ice"] as? String == "003456789000012")
        #expect(cooperative["know_how"] as? [String] == ["saffron-harvesting"])
        #expect(cooperative["email"] as? String == "tamdakht@example.org")

        let certified = try await workspace.run("product", "list", "--certification", "igp-argane")
        #expect(Set(Output.firstColumn(certified.stdout)) == ["CHB-ARG-500", "TAF-ARG-1L", "TAF-ARG-250", "TAF-ARG-COS-100"])

        // The same spreadsheet again: nothing changes.
        let again = try await workspace.run("import", "cooperatives.csv", "produits.csv")
        #expect(again.status == 0, "\(again)")
        #expect(again.stdout.contains("cooperatives: 0 added, 0 updated, 1 unchanged"))
        #expect(again.stdout.contains("products: 0 added, 0 updated, 2 unchanged"))
    }

    @Test("English-locale export: `,`, dot decimals, LF, no BOM, RFC 4180 quotes")
    func englishLocale() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write(
            "products.csv",
            """
            sku,cooperative,name_fr,name_ar,name_en,description_fr,category,quantity,unit,price,currency,vat,stock,lead_days,origin_region,origin_place
            ASF-SAF-0-25G,asafu-safran,"Safran ""extra"", mini dosette",زعفران,"Saffron, tiny",,food.spice.saffron,0.25,g,145.50,MAD,exempt,8,,MA-09,"Taliouine, Souss"
            TZB-CUS-60,tazerbit-beni-ouarain,Coussin grand format,وسادة,,"Laine tissée main.
            Garnissage en option.",craft.textile.cushion,1,piece,600,MAD,standard,,20,,

            """)
        let result = try await workspace.run("import", "products.csv")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("products: 2 added, 0 updated, 0 unchanged"), "\(result)")

        let saffron = try Output.jsonRecord(try await workspace.run("product", "show", "ASF-SAF-0-25G", "--json").stdout)
        #expect(saffron["price"] as? String == "145.50")
        #expect(saffron["stock"] as? Int == 8)
        #expect((saffron["name"] as? [String: String])?["fr"] == "Safran \"extra\", mini dosette")
        #expect((saffron["name"] as? [String: String])?["en"] == "Saffron, tiny")
        #expect(saffron["origin"] as? [String: String] == ["region": "MA-09", "place": "Taliouine, Souss"])

        let cushion = try Output.jsonRecord(try await workspace.run("product", "show", "TZB-CUS-60", "--json").stdout)
        #expect(cushion["price"] as? String == "600.00")
        #expect((cushion["description"] as? [String: String])?["fr"] == "Laine tissée main.\nGarnissage en option.")
        #expect((cushion["made_to_order"] as? [String: Int])?["lead_days"] == 20)
    }

    @Test("a bad cell in a French-locale file is reported at its row, with CRLF line ends")
    func frenchRowNumbers() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let before = try await workspace.snapshot()
        try workspace.write(
            "produits.csv",
            bytes: Self.frenchExport([
                "cooperative;sku;name_fr;name_ar;category;quantity;unit;price;currency;vat;stock",
                "tafoukt-argan;TAF-NEW-1;Amlou;أملو;food.spread.amlou;250;g;58,00;MAD;reduced-10;5",
                "tafoukt-argan;TAF-NEW-2;Amlou;أملو;food.spread.amlou;250;g;58,005;MAD;reduced-10;5",
                "tafoukt-argan;TAF-NEW-3;Amlou;أملو;food.spread.amlou;250;g;58,00;MAD;reduced-10;-2",
            ]))
        let result = try await workspace.run("import", "produits.csv")
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stderr == """
                produits.csv:3: price: “58,005” is not a price: at most 2 decimals for MAD.
                produits.csv:4: stock: stock is -2; it must be 0 or more (or mark the product made to order).
                Import failed with 2 problems; the catalog was not changed.

                """)
        #expect(try await workspace.snapshot() == before)
    }

    @Test("an unknown column is refused at the header, naming the columns expected")
    func unknownColumn() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let before = try await workspace.snapshot()
        try workspace.write(
            "products.csv",
            Fixture.productsCSV([Fixture.productRow(sku: "TAF-NEW-1")]).edited("lead_days", to: "lead_dayz"))
        let result = try await workspace.run("import", "products.csv")
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.hasPrefix("products.csv:1: unknown field “lead_dayz”; expected one of: cooperative, sku,"))
        #expect(result.stderr.contains("lead_days"))
        #expect(try await workspace.snapshot() == before)
    }
}
