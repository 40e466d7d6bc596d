@testable import TiwiziCore

/// The catalog's issue, not Swift Testing's.
typealias Issue = TiwiziCore.Issue

/// A well-formed cooperative that passes every check; tests change one field at a time.
func sampleCooperative(
    id: String = "tafoukt-argan", ice: String = "002345678000091", region: String = "MA-09",
    members: Members = Members(total: 38, women: 38, youth: 9), legalForm: LegalForm = .cooperative
) -> Cooperative {
    Cooperative(
        id: id, name: LocalizedText(french: "Coopérative Tafoukt", arabic: "تعاونية تافوكت"), legalForm: legalForm,
        registry: Registry(court: "Tribunal de première instance d'Inezgane", number: "2011/45"), ice: ice,
        founded: CalendarDate("2011-04-18")!, region: Region(code: region)!, province: "Chtouka-Aït Baha",
        commune: "Aït Baha", sector: Category("food.oil"), members: members, phone: "+212661234567",
        email: "tafoukt@example.org", knowHowIDs: ["argan-oil-extraction"])
}

/// A well-formed product of `sampleCooperative()`.
func sampleProduct(
    sku: String = "TAF-ARG-250", category: String = "food.oil.argan", availability: Availability = .inStock(120),
    origin: Origin? = nil, certificates: [Certificate] = [], knowHowIDs: [String] = []
) -> Product {
    Product(
        sku: sku, cooperativeID: "tafoukt-argan",
        name: LocalizedText(french: "Huile d'argan alimentaire", arabic: "زيت أركان غذائي"),
        category: Category(category)!, quantity: NetQuantity(thousandths: 250_000, unit: .millilitre),
        price: Money(minorUnits: 14_500, currency: .mad), vat: .reduced10, availability: availability, origin: origin,
        certificates: certificates, knowHowIDs: knowHowIDs)
}

func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

func region(_ code: String) -> Region { Region(code: code)! }

/// IGP Argane as the seed catalog defines it.
let igpArgane = CertificationScheme(
    id: "igp-argane", kind: .igp, name: LocalizedText(french: "IGP Argane"),
    categories: [Category("food.oil.argan")!, Category("cosmetic.oil.argan")!],
    area: [region("MA-09"), region("MA-07"), region("MA-10")])

/// A catalog held in memory, standing in for the store.
struct FakeCatalog: CatalogReferences {
    var cooperatives: [String: Region] = ["tafoukt-argan": region("MA-09")]
    var schemes: [String: CertificationScheme] = ["igp-argane": igpArgane]
    var knowHow: Set<String> = ["argan-oil-extraction"]

    func cooperativeRegion(_ id: String) -> Region? { cooperatives[id] }
    func scheme(_ id: String) -> CertificationScheme? { schemes[id] }
    func hasKnowHow(_ id: String) -> Bool { knowHow.contains(id) }
}
