import TiwiziCore
import TiwiziStore

// Records the conformance checks save, also used by each store's own tests: every field set
// somewhere, names in French, Arabic and Tamazight.

public func day(_ text: String) -> CalendarDate { CalendarDate(text)! }
public func region(_ code: String) -> Region { Region(code: code)! }
public func mad(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .mad) }

public let igpArgane = CertificationScheme(
    id: "igp-argane", kind: .igp, name: LocalizedText([.french: "IGP Argane", .arabic: "أركان", .english: "PGI Argan"]),
    categories: [Category("food.oil.argan")!, Category("cosmetic.oil.argan")!],
    area: [region("MA-09"), region("MA-07"), region("MA-10")])

public let moroccoHandmade = CertificationScheme(
    id: "morocco-handmade", kind: .craftLabel, name: LocalizedText(french: "Morocco Handmade"),
    categories: [Category("craft")!])

public let arganKnowHow = KnowHow(
    id: "argan-oil-extraction",
    name: LocalizedText(french: "Extraction de l'huile d'argan", arabic: "استخراج زيت أركان"),
    technique: LocalizedText(french: "Les noix sont concassées à la main.", arabic: "تكسر الثمار يدويا."),
    craftFamily: "oil-extraction", regions: [region("MA-09"), region("MA-07")],
    heritage: Heritage(status: "unesco", year: 2014, title: "Argan, practices and know-how"),
    artisans: [
        Artisan(name: "Fadma Oubella (fictional)", consentToPublish: true),
        Artisan(name: "Itto (fictional)", consentToPublish: false),
    ])

public let zelligeKnowHow = KnowHow(
    id: "fes-zellige", name: LocalizedText(french: "Zellige de Fès", arabic: "زليج فاس"), craftFamily: "zellige")

public func cooperative(
    _ id: String = "tafoukt-argan", ice: String = "002345678000091", region code: String = "MA-09",
    french: String = "Coopérative féminine Tafoukt", arabic: String = "التعاونية النسوية تافوكت"
) -> Cooperative {
    Cooperative(
        id: id, name: LocalizedText([.french: french, .arabic: arabic, .tamazight: "ⵜⴰⴼⵓⴽⵜ"]), legalForm: .cooperative,
        registry: Registry(court: "Tribunal de première instance d'Inezgane", number: "2011/45"), ice: ice,
        founded: day("2011-04-18"), region: region(code), province: "Chtouka-Aït Baha", commune: "Aït Baha",
        sector: Category("food.oil"), members: Members(total: 38, women: 38, youth: 9), phone: "+212661234567",
        email: "tafoukt@example.org", knowHowIDs: [], producerFloor: .share(Percentage(percent: 85)))
}

public func product(
    _ sku: String, of cooperativeID: String = "tafoukt-argan", french: String = "Huile d'argan alimentaire",
    arabic: String? = nil, category: String = "food.oil.argan", availability: Availability = .inStock(10),
    origin: String? = nil, certificates: [Certificate] = []
) -> Product {
    Product(
        sku: sku, cooperativeID: cooperativeID, name: LocalizedText(french: french, arabic: arabic),
        category: Category(category)!, quantity: NetQuantity(thousandths: 250_000, unit: .millilitre), price: mad(14_500),
        vat: .reduced10, availability: availability, origin: origin.map { Origin(region: region($0)) },
        certificates: certificates)
}

public func certificate(_ scheme: String = "igp-argane", _ from: String, _ until: String) -> Certificate {
    Certificate(schemeID: scheme, number: "\(scheme.uppercased())-\(from)", validFrom: day(from), validUntil: day(until))
}
