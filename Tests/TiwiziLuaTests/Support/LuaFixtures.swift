import Foundation
import LuaHost
import Testing
import TiwiziCore
import TiwiziLua
import TiwiziStore

/// A catalog in a folder of its own under the temporary directory (removed with the object),
/// and scripts run against it through `CatalogScripts.run`, as `tiwizi run` does.
final class LuaCatalog {
    /// The default run date-time: Monday 15 June 2026, 10:30 in Casablanca (UTC+01:00).
    static let defaultAt = "2026-06-15T10:30"

    let folder: URL
    let store: SQLiteCatalogStore

    /// A catalog holding the sample records (`sample`), or an empty one.
    init(sample: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tiwizi-lua-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try SQLiteCatalogStore(path: folder.appendingPathComponent("catalog.sqlite").path)
        if sample { try store.write { writer in try Sample.save(into: writer) } }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Adds `count` in-stock products of tafoukt-argan, `BULK-00001`…, priced 1.00 MAD, 2.00 MAD…
    func addBulkProducts(_ count: Int) throws {
        try store.write { writer in
            for index in 1...count {
                try writer.save(
                    Sample.product(
                        String(format: "BULK-%05d", index), of: "tafoukt-argan", french: "Produit \(index)",
                        category: "food.spread", price: Int64(index) * 100, availability: .inStock(index)))
            }
        }
    }

    /// Writes `source` as `name` in the catalog's folder and runs it.
    func run(
        _ source: String, at: String = defaultAt, parameters: [String: String] = [:], seed: Int64? = nil,
        limits: SandboxLimits = .default, name: String = "script.lua"
    ) throws -> ScriptResult {
        let url = folder.appendingPathComponent(name)
        try source.write(to: url, atomically: true, encoding: .utf8)
        let context = RunContext(at: RunContext.parseInstant(at)!, parameters: parameters, randomSeed: seed)
        let printed = Lines()
        let outcome = try CatalogScripts.run(
            CatalogScripts.Request(scriptPath: url.path, context: context, limits: limits), store: store
        ) { printed.items.append($0) }
        return ScriptResult(output: printed.items, values: outcome.values, log: outcome.log)
    }

    /// The lines the script prints.
    func output(_ source: String, at: String = defaultAt, parameters: [String: String] = [:]) throws -> [String] {
        try run(source, at: at, parameters: parameters).output
    }

    /// The one line the script prints (all its printed lines joined by newlines).
    func line(_ source: String, at: String = defaultAt) throws -> String {
        try output(source, at: at).joined(separator: "\n")
    }

    /// The LuaError the script fails with, or nil (recording an issue) when it does not fail so.
    func failure(
        _ source: String, limits: SandboxLimits = .default, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> LuaError? {
        do {
            _ = try run(source, limits: limits)
            Testing.Issue.record("the script did not fail", sourceLocation: sourceLocation)
        } catch let error as LuaError {
            return error
        } catch {
            Testing.Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }

    /// The message of the runtime error the script fails with (`script.lua:3: …`).
    func errorMessage(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
        guard let error = failure(source, sourceLocation: sourceLocation) else { return nil }
        guard case .runtime(let message, _) = error.kind else {
            Testing.Issue.record("expected a runtime error, got \(error)", sourceLocation: sourceLocation)
            return nil
        }
        return message
    }

    /// Every record of the catalog, to compare before and after scripts.
    func snapshot() throws -> CatalogSnapshot {
        try store.read { reader in
            var snapshot = CatalogSnapshot()
            try reader.forEachProduct { snapshot.products.append($0) }
            try reader.forEachCooperative { snapshot.cooperatives.append($0) }
            snapshot.knowHow = try reader.allKnowHow()
            snapshot.schemes = try reader.allSchemes()
            return snapshot
        }
    }
}

/// What a script printed, returned and logged.
struct ScriptResult {
    var output: [String]
    var values: [LuaValue]
    var log: [String]
}

struct CatalogSnapshot: Equatable {
    var products: [Product] = []
    var cooperatives: [Cooperative] = []
    var knowHow: [KnowHow] = []
    var schemes: [CertificationScheme] = []
}

/// Printed lines, appended by the run's output closure.
final class Lines {
    var items: [String] = []
}

/// The sample catalog: three cooperatives, five products, three schemes, two know-hows.
///
/// | SKU         | cooperative (seat)   | category           | price   | availability | region          |
/// |-------------|----------------------|--------------------|---------|--------------|-----------------|
/// | AGH-MJH-1KG | aghrem-dattes (08)   | food.dates.majhoul | 130.00  | stock 200    | MA-08 (seat)    |
/// | TAF-AML-200 | tafoukt-argan (09)   | food.spread.amlou  | 90.00   | stock 0      | MA-09 (seat; origin place only) |
/// | TAF-ARG-250 | tafoukt-argan (09)   | food.oil.argan     | 145.00  | stock 120    | MA-09 (seat)    |
/// | TAF-COS-100 | tafoukt-argan (09)   | cosmetic.oil.argan | 120.00  | stock 40     | MA-07 (origin)  |
/// | ZEL-TBL-60  | zellige-fes (03)     | craft.zellige.table| 2450.00 | 21 days      | MA-03 (seat)    |
///
/// Certificates: TAF-ARG-250 has igp-argane valid 2024-01-01…2026-06-30 and bio-maroc that
/// expired 2025-12-31; TAF-COS-100 has igp-argane valid from 2026-07-01; ZEL-TBL-60 has
/// morocco-handmade valid 2025-01-01…2027-12-31.
enum Sample {
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }
    static func region(_ code: String) -> Region { Region(code: code)! }
    static func mad(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .mad) }

    static func save(into writer: some CatalogWriter) throws {
        for scheme in schemes { try writer.save(scheme) }
        for knowHow in knowHows { try writer.save(knowHow) }
        for cooperative in cooperatives { try writer.save(cooperative) }
        for product in products { try writer.save(product) }
    }

    static let schemes = [
        CertificationScheme(
            id: "igp-argane", kind: .igp,
            name: LocalizedText([.french: "IGP Argane", .arabic: "أركان", .english: "PGI Argan"]),
            categories: [Category("food.oil.argan")!, Category("cosmetic.oil.argan")!],
            area: [region("MA-09"), region("MA-07"), region("MA-10")]),
        CertificationScheme(id: "bio-maroc", kind: .organic, name: LocalizedText(french: "Bio Maroc")),
        CertificationScheme(
            id: "morocco-handmade", kind: .craftLabel, name: LocalizedText(french: "Morocco Handmade"),
            categories: [Category("craft")!]),
    ]

    static let knowHows = [
        KnowHow(
            id: "argan-oil-extraction",
            name: LocalizedText(french: "Extraction de l'huile d'argan", arabic: "استخراج زيت أركان"),
            technique: LocalizedText(french: "Les noix sont concassées à la main."),
            craftFamily: "oil-extraction", regions: [region("MA-09"), region("MA-07")],
            heritage: Heritage(status: "unesco", year: 2014, title: "Argan, practices and know-how"),
            artisans: [
                Artisan(name: "Fadma Oubella (fictional)", consentToPublish: true),
                Artisan(name: "Itto (fictional)", consentToPublish: false),
            ]),
        KnowHow(id: "fes-zellige", name: LocalizedText(french: "Zellige de Fès", arabic: "زليج فاس"), craftFamily: "zellige"),
    ]

    static let cooperatives = [
        Cooperative(
            id: "tafoukt-argan",
            name: LocalizedText([
                .french: "Coopérative féminine Tafoukt", .arabic: "التعاونية النسوية تافوكت", .tamazight: "ⵜⴰⴼⵓⴽⵜ",
            ]),
            legalForm: .cooperative, ice: "002345678000091", founded: day("2011-04-18"), region: region("MA-09"),
            province: "Chtouka-Aït Baha", commune: "Aït Baha", sector: Category("food.oil"),
            members: Members(total: 38, women: 38, youth: 9), phone: "+212661234567", email: "tafoukt@example.org",
            knowHowIDs: ["argan-oil-extraction"], producerFloor: .share(Percentage(percent: 85))),
        Cooperative(
            id: "aghrem-dattes", name: LocalizedText(french: "Coopérative Aghrem", arabic: "تعاونية أغرم"),
            legalForm: .cooperative, ice: "001122334000055", founded: day("2016-09-01"), region: region("MA-08"),
            sector: Category("food.dates"), members: Members(total: 12, women: 5, youth: 2)),
        Cooperative(
            id: "zellige-fes", name: LocalizedText(french: "Association Zellige Fès"), legalForm: .association,
            ice: "009988776000011", founded: day("2005-02-14"), region: region("MA-03"),
            members: Members(total: 20), knowHowIDs: ["fes-zellige"]),
    ]

    static let products = [
        product(
            "TAF-ARG-250", of: "tafoukt-argan", french: "Huile d'argan alimentaire", arabic: "زيت أركان غذائي",
            english: "Culinary argan oil", tamazight: "ⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ", description: "Pressée à froid",
            category: "food.oil.argan", quantity: NetQuantity(thousandths: 250_000, unit: .millilitre), price: 14_500,
            vat: .reduced10, availability: .inStock(120), allergens: ["argan"],
            certificates: [
                Certificate(
                    schemeID: "igp-argane", number: "IGP-ARG-2024-0142", validFrom: day("2024-01-01"),
                    validUntil: day("2026-06-30")),
                Certificate(
                    schemeID: "bio-maroc", number: "BIO-2023-77", validFrom: day("2023-01-01"), validUntil: day("2025-12-31")),
            ],
            knowHowIDs: ["argan-oil-extraction"]),
        product(
            "TAF-AML-200", of: "tafoukt-argan", french: "Amlou aux amandes", category: "food.spread.amlou",
            quantity: NetQuantity(thousandths: 200_000, unit: .gram), price: 9_000, availability: .inStock(0),
            origin: Origin(region: nil, place: "Aït Baha")),
        product(
            "TAF-COS-100", of: "tafoukt-argan", french: "Huile d'argan cosmétique", category: "cosmetic.oil.argan",
            quantity: NetQuantity(thousandths: 100_000, unit: .millilitre), price: 12_000, availability: .inStock(40),
            origin: Origin(region: region("MA-07"), place: "Essaouira"), producerFloor: .amount(mad(10_000)),
            certificates: [
                Certificate(
                    schemeID: "igp-argane", number: "IGP-ARG-2026-0007", validFrom: day("2026-07-01"),
                    validUntil: day("2029-06-30"))
            ]),
        product(
            "AGH-MJH-1KG", of: "aghrem-dattes", french: "Dattes Majhoul", arabic: "تمر المجهول",
            category: "food.dates.majhoul", quantity: NetQuantity(thousandths: 1000, unit: .kilogram), price: 13_000,
            vat: .exempt, availability: .inStock(200)),
        product(
            "ZEL-TBL-60", of: "zellige-fes", french: "Table en zellige", category: "craft.zellige.table",
            quantity: NetQuantity(thousandths: 1000, unit: .piece), price: 245_000,
            availability: .madeToOrder(leadDays: 21), producerFloor: .share(Percentage(basisPoints: 3_333)),
            certificates: [
                Certificate(
                    schemeID: "morocco-handmade", number: "MH-0007", validFrom: day("2025-01-01"),
                    validUntil: day("2027-12-31"))
            ],
            knowHowIDs: ["fes-zellige"]),
    ]

    static func product(
        _ sku: String, of cooperativeID: String, french: String, arabic: String? = nil, english: String? = nil,
        tamazight: String? = nil, description: String? = nil, category: String,
        quantity: NetQuantity = NetQuantity(thousandths: 1000, unit: .piece), price: Int64,
        vat: VATRegime = .standard, availability: Availability, origin: Origin? = nil, allergens: [String] = [],
        producerFloor: ProducerFloor? = nil, certificates: [Certificate] = [], knowHowIDs: [String] = []
    ) -> Product {
        Product(
            sku: sku, cooperativeID: cooperativeID,
            name: LocalizedText(
                [.french: french, .arabic: arabic, .english: english, .tamazight: tamazight].compactMapValues { $0 }),
            description: description.map { LocalizedText(french: $0) }, category: Category(category)!, quantity: quantity,
            price: mad(price), vat: vat, availability: availability, origin: origin, allergens: allergens,
            certificates: certificates, knowHowIDs: knowHowIDs, producerFloor: producerFloor)
    }
}
