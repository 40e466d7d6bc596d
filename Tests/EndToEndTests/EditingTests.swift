import Foundation
import Testing

/// Registering and maintaining cooperatives, products and know-how one command at a time.
@Suite("Editing from the command line")
struct EditingTests {
    static let tamdakht = [
        "coop", "add", "tamdakht", "--name-fr", "Coopérative Tamdakht", "--name-ar", "تعاونية تامدخت", "--ice",
        "003456789000012", "--founded", "2020-05-04", "--region", "MA-08", "--members", "12", "--women", "9",
        "--registry-court", "Tribunal de première instance de Ouarzazate", "--registry-number", "2020/7", "--province",
        "Ouarzazate", "--commune", "Tamdakht", "--sector", "food.spice", "--phone", "+212524886611",
    ]

    static let cumin = [
        "product", "add", "TMD-CMN-100", "--coop", "tamdakht", "--name-fr", "Cumin de Tamdakht", "--name-ar", "كمون تامدخت",
        "--category", "food.spice.cumin", "--quantity", "100", "--unit", "g", "--price", "1 450,00", "--vat", "exempt",
        "--stock", "10",
    ]

    @Test("a cooperative's life: add, update, refuse removal while it has products, remove")
    func cooperativeLife() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()

        let added = try await workspace.run(Self.tamdakht)
        #expect(added.status == 0, "\(added)")
        #expect(added.stdout == "Added cooperative tamdakht.\n")
        var record = try Output.jsonRecord(try await workspace.run("coop", "show", "tamdakht", "--json").stdout)
        #expect(record["ice"] as? String == "003456789000012")
        #expect(record["members"] as? [String: Int] == ["total": 12, "women": 9, "youth": 0])
        #expect(record["legal_form"] as? String == "cooperative")

        let updated = try await workspace.run("coop", "update", "tamdakht", "--members", "14", "--women", "10", "--youth", "4")
        #expect(updated.status == 0, "\(updated)")
        #expect(
            updated.stdout == """
                Updated cooperative tamdakht.
                  members_total 12 → 14
                  members_women 9 → 10
                  members_youth 0 → 4

                """)
        record = try Output.jsonRecord(try await workspace.run("coop", "show", "tamdakht", "--json").stdout)
        #expect(record["members"] as? [String: Int] == ["total": 14, "women": 10, "youth": 4])
        #expect(record["phone"] as? String == "+212524886611", "fields not given are kept")
        let same = try await workspace.run("coop", "update", "tamdakht", "--members", "14")
        #expect(same.stdout == "Cooperative tamdakht is unchanged.\n")

        let product = try await workspace.run(Self.cumin)
        #expect(product.status == 0, "\(product)")
        let refused = try await workspace.run("coop", "remove", "tamdakht")
        #expect(refused.status == 1, "\(refused)")
        #expect(
            refused.stderr
                == "error: cooperative tamdakht still lists 1 product; remove it first. Pass --with-products to remove its products too.\n"
        )
        #expect(try await workspace.run("coop", "show", "tamdakht").status == 0)

        let removed = try await workspace.run("coop", "remove", "tamdakht", "--with-products")
        #expect(removed.status == 0, "\(removed)")
        #expect(removed.stdout == "Removed cooperative tamdakht.\n")
        #expect(try await workspace.run("coop", "show", "tamdakht").status == 1)
        #expect(try await workspace.run("product", "show", "TMD-CMN-100").status == 1)
        let list = try await workspace.run("coop", "list")
        #expect(Set(Output.firstColumn(list.stdout)) == Fixture.seedCooperatives)

        // The seed's cooperatives have products too.
        let seed = try await workspace.run("coop", "remove", "tafoukt-argan")
        #expect(seed.stderr.contains("still lists 4 products"), "\(seed)")
    }

    @Test("a product's life: add with a typed price, update price and stock, remove")
    func productLife() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try #require(try await workspace.run(Self.tamdakht).status == 0)

        let added = try await workspace.run(Self.cumin)
        #expect(added.status == 0, "\(added)")
        #expect(added.stdout == "Added product TMD-CMN-100.\n")
        var record = try Output.jsonRecord(try await workspace.run("product", "show", "TMD-CMN-100", "--json").stdout)
        #expect(record["price"] as? String == "1450.00")
        #expect(record["stock"] as? Int == 10)
        #expect(record["vat"] as? String == "exempt")

        for (typed, stored) in [("145,50 DH", "145.50"), ("145.5", "145.50"), ("1450", "1450.00"), ("0", "0.00")] {
            let result = try await workspace.run("product", "update", "TMD-CMN-100", "--price", typed)
            #expect(result.status == 0, "\(typed): \(result)")
            record = try Output.jsonRecord(try await workspace.run("product", "show", "TMD-CMN-100", "--json").stdout)
            #expect(record["price"] as? String == stored, "typed “\(typed)”")
        }

        let restocked = try await workspace.run("product", "update", "TMD-CMN-100", "--stock-change", "5")
        #expect(restocked.stdout == "Updated product TMD-CMN-100.\n  stock 10 → 15\n", "\(restocked)")
        let sold = try await workspace.run("product", "update", "TMD-CMN-100", "--stock-change", "-3")
        #expect(sold.status == 0, "a negative change is a sale, not an option: \(sold)")
        record = try Output.jsonRecord(try await workspace.run("product", "show", "TMD-CMN-100", "--json").stdout)
        #expect(record["stock"] as? Int == 12)

        let madeToOrder = try await workspace.run("product", "update", "TMD-CMN-100", "--stock", "", "--lead-days", "15")
        #expect(madeToOrder.status == 0, "\(madeToOrder)")
        record = try Output.jsonRecord(try await workspace.run("product", "show", "TMD-CMN-100", "--json").stdout)
        #expect(record["made_to_order"] as? [String: Int] == ["lead_days": 15])
        #expect(record["stock"] == nil)

        let search = try await workspace.run("product", "list", "--search", "كمون")
        #expect(Output.firstColumn(search.stdout) == ["TMD-CMN-100"])

        let removed = try await workspace.run("product", "remove", "TMD-CMN-100")
        #expect(removed.stdout == "Removed product TMD-CMN-100.\n", "\(removed)")
        #expect(try await workspace.run("product", "show", "TMD-CMN-100").status == 1)
        let again = try await workspace.run("product", "remove", "TMD-CMN-100")
        #expect(again.status == 1)
        #expect(again.stderr == "error: no product with SKU “TMD-CMN-100”. See `tiwizi product list`.\n")
    }

    @Test("know-how: add, link to a cooperative and a product, show the links")
    func knowHowAddLinkAndShow() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try #require(try await workspace.run(Self.tamdakht).status == 0)
        try #require(try await workspace.run(Self.cumin).status == 0)

        let added = try await workspace.run(
            "know-how", "add", "cumin-drying", "--name-fr", "Séchage du cumin", "--name-ar", "تجفيف الكمون",
            "--technique-fr", "Les graines sèchent à l'ombre sur des nattes.", "--technique-ar", "تجفف البذور في الظل.",
            "--craft-family", "plant-gathering", "--region", "MA-08", "--artisan", "Itto Aït Ali (fictional):yes",
            "--artisan", "Moha Oufkir (fictional):no")
        #expect(added.status == 0, "\(added)")
        #expect(added.stdout == "Added know-how cumin-drying.\n")

        let toProduct = try await workspace.run("know-how", "link", "cumin-drying", "--product", "TMD-CMN-100")
        #expect(toProduct.stdout == "Linked know-how cumin-drying to TMD-CMN-100.\n", "\(toProduct)")
        let toCooperative = try await workspace.run("know-how", "link", "cumin-drying", "--coop", "tamdakht")
        #expect(toCooperative.stdout == "Linked know-how cumin-drying to tamdakht.\n", "\(toCooperative)")
        let twice = try await workspace.run("know-how", "link", "cumin-drying", "--coop", "tamdakht")
        #expect(twice.status == 0, "linking again is harmless: \(twice)")
        #expect(twice.stdout == "Know-how cumin-drying is already linked to tamdakht.\n", "\(twice)")

        let show = try await workspace.run("know-how", "show", "cumin-drying")
        #expect(show.lines.contains { Output.matches($0, #"Products +TMD-CMN-100$"#) }, "\(show)")
        #expect(show.lines.contains { Output.matches($0, #"Artisans +Itto Aït Ali \(fictional\)$"#) }, "\(show)")
        #expect(!show.stdout.contains("Moha"), "an artisan without consent is never shown")
        let cooperative = try Output.jsonRecord(try await workspace.run("coop", "show", "tamdakht", "--json").stdout)
        #expect(cooperative["know_how"] as? [String] == ["cumin-drying"])
        let product = try Output.jsonRecord(try await workspace.run("product", "show", "TMD-CMN-100", "--json").stdout)
        #expect(product["know_how"] as? [String] == ["cumin-drying"])
        let list = try await workspace.run("know-how", "list")
        #expect(Output.firstColumn(list.stdout).count == 13)
    }

    /// A command that must fail with exit status 1 and a clear message, changing nothing.
    struct BadValue: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let message: String
        var testDescription: String { arguments.prefix(3).joined(separator: " ") + " … → " + message }
    }

    static func coop(_ changes: [String: String]) -> [String] {
        var arguments = tamdakht
        for (option, value) in changes {
            if let index = arguments.firstIndex(of: option) {
                arguments[index + 1] = value
            } else {
                arguments += [option, value]
            }
        }
        return arguments
    }

    static func product(_ changes: [String: String]) -> [String] {
        var arguments = cumin
        for (option, value) in changes {
            if let index = arguments.firstIndex(of: option) {
                arguments[index + 1] = value
            } else {
                arguments += [option, value]
            }
        }
        return arguments
    }

    static let badValues: [BadValue] = [
        BadValue(
            arguments: coop(["--ice": "00345678900001"]),
            message: "error: ice: an ICE is exactly 15 digits; “00345678900001” has 14 characters.\n"),
        BadValue(
            arguments: coop(["--women": "13"]),
            message: "error: members.women: women members (13) must be between 0 and the total (12).\n"),
        BadValue(
            arguments: coop(["--women": "-1"]),
            message: "error: members.women: women members (-1) must be between 0 and the total (12).\n"),
        BadValue(
            arguments: coop(["--founded": "2027-01-01"]),
            message: "error: founded: founding date 2027-01-01 is in the future (today is 2026-11-29).\n"),
        BadValue(
            arguments: coop(["--founded": "04/05/2020"]),
            message: "error: founded: “04/05/2020” is not a date; write YYYY-MM-DD (e.g. 2011-04-18).\n"),
        BadValue(
            arguments: coop(["--region": "MA-13"]),
            message: "error: region: unknown region “MA-13”; use a code from MA-01 to MA-12. See `tiwizi regions`.\n"),
        BadValue(
            arguments: coop(["--phone": "0661234567"]),
            message: "error: phone: “0661234567” is not a Moroccan phone number; write +212 then 5, 6 or 7 then 8 digits.\n"),
        BadValue(
            arguments: coop(["--legal-form": "company"]),
            message: "error: legal_form: “company” is not allowed; use one of: cooperative, union, association, gie.\n"),
        BadValue(
            arguments: ["coop", "add", "Tamdakht Coop"] + tamdakht.dropFirst(3),
            message: "error: id: “Tamdakht Coop” is not a valid identifier; use 2–64 lowercase letters, digits and single "
                + "hyphens (e.g. tafoukt-argan).\n"),
        BadValue(
            arguments: coop(["--ice": "002345678000091"]),
            message: "error: ice: ICE 002345678000091 is already used by cooperative tafoukt-argan.\n"),
        BadValue(
            arguments: ["coop", "update", "nope", "--members", "3"],
            message: "error: no cooperative “nope”. See `tiwizi coop list`.\n"),
        BadValue(
            arguments: ["coop", "update", "tafoukt-argan"],
            message: "error: Nothing to update: give at least one option to change (see --help).\n"),
        BadValue(
            arguments: ["coop", "remove", "nope"], message: "error: no cooperative “nope”. See `tiwizi coop list`.\n"),
        BadValue(
            arguments: product(["--coop": "tafoukt-argan", "--price": "-3"]),
            message: "error: price: “-3” is not a price: an amount cannot be negative (“-3”).\n"),
        BadValue(
            arguments: product(["--coop": "tafoukt-argan", "--price": "abc"]),
            message: "error: price: “abc” is not a price: "),
        BadValue(
            arguments: product(["--coop": "tafoukt-argan", "--price": "12,345"]),
            message: "error: price: “12,345” is not a price: at most 2 decimals for MAD.\n"),
        BadValue(
            arguments: product(["--coop": "tafoukt-argan", "--stock": "-2"]),
            message: "error: stock: stock is -2; it must be 0 or more (or mark the product made to order).\n"),
        BadValue(
            arguments: product(["--coop": "tafoukt-argan", "--lead-days": "5"]),
            message: "error: stock: give either a stock or made to order with a lead time, not both.\n"),
        BadValue(
            arguments: product(["--coop": "tafoukt-argan", "--quantity": "0"]),
            message: "error: quantity.amount: the net quantity must be greater than 0.\n"),
        BadValue(
            arguments: product(["--coop": "ghost"]),
            message:
                "error: cooperative: no cooperative “ghost” in the catalog or in this import; add it first. See `tiwizi coop list`.\n"
        ),
        BadValue(
            arguments: product(["--coop": "tafoukt-argan", "--certificate": "igp-cumin:X-1:2024-01-01:2027-01-01"]),
            message: "error: certificates[0].scheme: no certification scheme “igp-cumin”; add it to the schemes first. "
                + "See `tiwizi scheme list`.\n"),
        BadValue(
            arguments: product(["--coop": "tafoukt-argan", "--certificate": "igp-argane:X-1:2024-01-01:2027-01-01"]),
            message: "error: certificates[0].scheme: scheme igp-argane does not cover a food.spice.cumin product from MA-09; "
                + "check the category or the origin.\n"),
        BadValue(
            arguments: ["product", "add", "tmd-cmn-100"] + product(["--coop": "tafoukt-argan"]).dropFirst(3),
            message: "error: sku: “tmd-cmn-100” is not a valid SKU; use 3–32 uppercase letters, digits and hyphens "
                + "(e.g. TAF-ARG-250).\n"),
        BadValue(
            arguments: ["product", "add", "TAF-ARG-250"] + product(["--coop": "tafoukt-argan"]).dropFirst(3),
            message:
                "error: a product with SKU TAF-ARG-250 already exists (cooperative tafoukt-argan). Change it with `tiwizi product update`.\n"
        ),
        BadValue(
            arguments: ["product", "update", "TAF-ARG-250", "--stock-change", "-121"],
            message: "error: stock of TAF-ARG-250 is 120; removing 121 would make it negative.\n"),
        BadValue(
            arguments: ["product", "update", "TAF-ARG-250", "--price", "-1"],
            message: "error: price: “-1” is not a price: an amount cannot be negative (“-1”).\n"),
        BadValue(
            arguments: ["product", "update", "TAF-ARG-250", "--category", "Food.Oil"],
            message: "error: category: “Food.Oil” is not a category path; use lowercase words joined by dots "
                + "(e.g. food.oil.argan).\n"),
        BadValue(
            arguments: ["product", "update", "NOPE-1", "--stock", "3"],
            message: "error: no product with SKU “NOPE-1”. See `tiwizi product list`.\n"),
        BadValue(
            arguments: ["know-how", "link", "nope", "--coop", "tafoukt-argan"],
            message: "error: no know-how “nope”. See `tiwizi know-how list`.\n"),
        BadValue(
            arguments: ["know-how", "link", "saffron-harvesting", "--product", "NOPE-1"],
            message: "error: no product with SKU “NOPE-1”. See `tiwizi product list`.\n"),
        BadValue(
            arguments: ["product", "list", "--coop", "nope"], message: "error: no cooperative “nope”. See `tiwizi coop list`.\n"),
        BadValue(
            arguments: ["product", "list", "--certification", "igp-nope"],
            message: "error: no certification scheme “igp-nope”. See `tiwizi scheme list`.\n"),
        BadValue(
            arguments: ["product", "list", "--region", "MA-13"],
            message: "error: unknown region “MA-13”; use a code from MA-01 to MA-12. See `tiwizi regions`.\n"),
        BadValue(
            arguments: ["product", "list", "--stock", "sometimes"],
            message: "error: “sometimes” is not allowed; use one of: in-stock, out-of-stock, made-to-order.\n"),
    ]

    @Test("bad values exit with status 1, a clear message, and no change", arguments: badValues)
    func badValueExitsWithAMessageAndNoChange(_ bad: BadValue) async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let before = try await workspace.snapshot()
        let result = try await workspace.run(bad.arguments)
        #expect(result.status == 1, "\(result)")
        // A message ending in ": " is the beginning of the message (the reason's wording may change).
        if bad.message.hasSuffix(": ") {
            #expect(result.stderr.hasPrefix(bad.message) && result.errorLines.count == 1, "\(result.stderr)")
        } else {
            #expect(result.stderr == bad.message)
        }
        #expect(result.stdout == "")
        #expect(try await workspace.snapshot() == before)
    }
}
