import Foundation
import TiwiziCore
import TiwiziStore

@testable import TiwiziFormats
@testable import TiwiziInterchange

/// The catalog's issue, not Swift Testing's.
typealias Issue = TiwiziCore.Issue

/// A scratch folder for input files and catalogs, removed by `remove()`.
struct Workspace {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tiwizi-interchange-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` (UTF-8) to `name`, creating folders as needed; returns the path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, Data(text.utf8)) }

    @discardableResult
    func write(_ name: String, _ data: Data) -> String {
        let target = url.appendingPathComponent(name)
        try! FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: target)
        return target.path
    }

    func store(_ name: String = "catalog.sqlite") throws -> SQLiteCatalogStore { try SQLiteCatalogStore(path: path(name)) }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

func withWorkspace<T>(_ body: (Workspace) throws -> T) rethrows -> T {
    let workspace = Workspace()
    defer { workspace.remove() }
    return try body(workspace)
}

let referenceDay = CalendarDate("2025-06-15")!

/// Imports `paths` into `store` as of `referenceDay`.
@discardableResult
func runImport(_ store: SQLiteCatalogStore, _ paths: [String]) throws -> ImportSummary {
    try Importer(store: store, today: referenceDay).run(paths: paths)
}

/// The issues of a refused import, or nil when the import succeeded.
func importIssues(_ store: SQLiteCatalogStore, _ paths: [String]) throws -> [Issue]? {
    do {
        try runImport(store, paths)
        return nil
    } catch let failure as ImportFailure {
        return failure.issues
    }
}

func counts(_ added: Int, _ updated: Int, _ unchanged: Int) -> ImportSummary.Counts {
    var counts = ImportSummary.Counts()
    counts.added = added
    counts.updated = updated
    counts.unchanged = unchanged
    return counts
}

/// Every product and cooperative of a store, for before/after comparisons.
func snapshot(_ store: SQLiteCatalogStore) throws -> (cooperatives: [Cooperative], products: [Product], knowHow: [KnowHow]) {
    try store.read { (reader) throws in
        var cooperatives: [Cooperative] = []
        var products: [Product] = []
        try reader.forEachCooperative { cooperatives.append($0) }
        try reader.forEachProduct { products.append($0) }
        return (cooperatives, products, try reader.allKnowHow())
    }
}

let schemesYAML = """
    schemes:
      - id: igp-argane
        kind: igp
        name: {fr: "IGP Argane", ar: "البيان الجغرافي المحمي أركان", en: "PGI Argan"}
        categories: [food.oil.argan, cosmetic.oil.argan]
        area: [MA-09, MA-07, MA-10]
      - id: morocco-handmade
        kind: craft-label
        name: {fr: "Morocco Handmade"}
        categories: [craft]

    """

let knowHowYAML = """
    know_how:
      - id: argan-oil-extraction
        name: {fr: "Extraction de l'huile d'argan", ar: "استخراج زيت أركان"}
        technique:
          fr: "Les noix sont concassées à la main : « entre deux pierres »."
          ar: "تُكسَّر ثمار أركان يدويًا بين حجرين."
        craft_family: oil-extraction
        regions: [MA-09, MA-07]
        heritage: {status: unesco, year: 2014, title: "Argan, practices and know-how concerning the argan tree"}
        artisans:
          - {name: "Fadma Oubella (fictional)", consent: true}
          - {name: "Itto: la doyenne (fictional)", consent: false}
      - id: fes-zellige
        name: {fr: "Zellige de Fès", ar: "زليج فاس"}
        craft_family: zellige
        regions: [MA-03]

    """

/// Line 1 is a comment; `products:` is on line 18, TAF-ARG-250 starts on line 19, TAF-AML-250 on line 34.
let tafouktYAML = """
    # Fictional cooperative.
    cooperative:
      id: tafoukt-argan
      name: {fr: "Coopérative féminine Tafoukt", ar: "التعاونية النسوية تافوكت", zgh: "ⵜⴰⴼⵓⴽⵜ"}
      legal_form: cooperative
      registry: {court: "Tribunal de première instance d'Inezgane", number: "2011/45"}
      ice: "002345678000091"
      founded: 2011-04-18
      region: MA-09
      province: Chtouka-Aït Baha
      commune: Aït Baha
      sector: food.oil
      members: {total: 38, women: 38, youth: 9}
      phone: "+212661234567"
      email: tafoukt@example.org
      know_how: [argan-oil-extraction]

    products:
      - sku: TAF-ARG-250
        name: {fr: "Huile d'argan alimentaire", ar: "زيت أركان غذائي"}
        description: {fr: "Pressée à froid, 250 ml ; « extra ».", ar: "معصور على البارد."}
        category: food.oil.argan
        quantity: {amount: 250, unit: ml}
        price: "145.00"
        currency: MAD
        vat: reduced-10
        stock: 120
        origin: {region: MA-09, place: "Aït Baha"}
        allergens: [argan]
        certificates:
          - {scheme: igp-argane, number: "IGP-ARG-2023-0142", valid_from: 2023-01-01, valid_until: 2027-12-31}
        know_how: [argan-oil-extraction]

      - sku: TAF-AML-250
        name: {fr: "Amlou aux amandes", ar: "أملو باللوز"}
        category: food.spread.amlou
        quantity: {amount: 0.5, unit: kg}
        price: 58,50
        vat: reduced-10
        stock: 0
        allergens: [almonds, nuts, argan]

    """

let maalemYAML = """
    cooperative:
      id: maalem-fes
      name: {fr: "Coopérative artisanale Al Maâlem", ar: "التعاونية الحرفية المعلم"}
      legal_form: cooperative
      registry: {court: "Tribunal de première instance de Fès", number: "2019/203"}
      ice: "002478310000075"
      founded: 2019-11-04
      region: MA-03
      province: Fès
      commune: Fès
      sector: craft
      members: {total: 5, women: 1, youth: 2}
      phone: "+212535741286"
      know_how: [fes-zellige]
      producer_floor: 87.5 %
    products:
      - sku: MAL-ZEL-TAB
        name: {fr: "Table en zellige, étoile à 8 branches", ar: "طاولة زليج"}
        category: craft.zellige
        quantity: {amount: 1, unit: piece}
        dimensions: {length_cm: 60, width_cm: 60}
        price: "2400.00"
        vat: standard
        made_to_order: {lead_days: 30}
        certificates:
          - {scheme: morocco-handmade, number: "MHM-2025-0042", valid_from: 2025-01-01, valid_until: 2027-12-31}
        know_how: [fes-zellige]
        producer_floor: "2000.00"

    """

/// A small catalog folder in the seed layout.
func writeCatalog(in workspace: Workspace, folder: String = "catalog") -> String {
    workspace.write("\(folder)/schemes.yaml", schemesYAML)
    workspace.write("\(folder)/know-how.yaml", knowHowYAML)
    workspace.write("\(folder)/cooperatives/tafoukt-argan.yaml", tafouktYAML)
    workspace.write("\(folder)/cooperatives/maalem-fes.yaml", maalemYAML)
    return workspace.path(folder)
}

/// The seed catalog shipped in the repository.
let seedCatalogPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("catalog").resolvingSymlinksInPath().path

/// Every file below `folder`, relative path → bytes.
func files(in folder: String) -> [String: Data] {
    var result: [String: Data] = [:]
    for name in FileManager.default.subpaths(atPath: folder) ?? [] {
        let path = (folder as NSString).appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            result[name] = FileManager.default.contents(atPath: path)
        }
    }
    return result
}

/// The text exported by a single-document export.
func exportText(_ store: SQLiteCatalogStore, _ format: Exporter.Format) throws -> String {
    var data = Data()
    _ = try Exporter(store: store).export(format) { data.append($0) }
    return String(decoding: data, as: UTF8.self)
}
