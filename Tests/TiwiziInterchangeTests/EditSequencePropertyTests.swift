import Foundation
import Testing
import TiwiziCore
import TiwiziStore
import TiwiziTestSupport

@testable import TiwiziFormats
@testable import TiwiziInterchange

/// Random sequences of edits through the paths the CLI takes — `add` and `update` forms,
/// partial spreadsheets, removals, know-how links, cooperative moves and scheme changes —
/// checked against a simple model of what each product should hold. After every step every
/// product passes the import's own checks; every few steps, and at the end, export → import
/// into an empty catalog → export gives the same bytes, in every format.
///
/// A short run is part of the suite. A longer one:
/// `TIWIZI_PROPERTY_STEPS=3000 TIWIZI_PROPERTY_SEED=7 swift test --filter EditSequence`.
@Suite("Interchange: random edit sequences")
struct EditSequencePropertyTests {
    static let environment = ProcessInfo.processInfo.environment
    static let steps = environment["TIWIZI_PROPERTY_STEPS"].flatMap { Int($0) } ?? 40
    static let seeds: [UInt64] = environment["TIWIZI_PROPERTY_SEED"].flatMap { UInt64($0) }.map { [$0] } ?? [1, 2]
    static let day = CalendarDate("2026-11-29")!

    @Test("invariants and round trips hold after every random edit", arguments: seeds)
    func randomEditsKeepTheCatalogConsistent(seed: UInt64) throws {
        try withWorkspace { (workspace) throws in
            let store = try workspace.store()
            _ = try Importer(store: store, today: Self.day).run(paths: [seedCatalogPath])
            var run = EditRun(store: store, workspace: workspace, random: SeededGenerator(seed: seed))
            try run.loadModel()
            for step in 1...Self.steps {
                let edit = try run.randomEdit()
                try run.checkInvariants(after: "step \(step) (\(edit)), seed \(seed)")
                if step % 20 == 0 || step == Self.steps { try run.checkRoundTrips(label: "step \(step), seed \(seed)") }
            }
        }
    }
}

/// What the model expects of a product: the fields the edits touch, as CSV cells.
private typealias ProductModel = [String: String]

private struct EditRun {
    let store: SQLiteCatalogStore
    let workspace: Workspace
    var random: SeededGenerator
    var model: [String: ProductModel] = [:]
    var fileCount = 0
    static let tracked = ["price", "stock", "allergens", "name_en", "name_ar", "know_how", "cooperative", "producer_floor"]

    init(store: SQLiteCatalogStore, workspace: Workspace, random: SeededGenerator) {
        self.store = store
        self.workspace = workspace
        self.random = random
    }

    mutating func loadModel() throws {
        model = [:]
        try store.read { reader in
            try reader.forEachProduct { product in
                self.model[product.sku] = Self.cells(of: product)
            }
        }
    }

    static func cells(of product: Product) -> ProductModel {
        RecordForm.cells(of: product).filter { tracked.contains($0.key) }
    }

    /// Makes one random edit, updates the model when it was accepted; returns what it did.
    mutating func randomEdit() throws -> String {
        let skus = model.keys.sorted()
        guard let sku = random.pick(skus) else { return "nothing" }
        switch random.below(10) {
        case 0: return try update(sku, ["price": random.price()])
        case 1: return try update(sku, ["stock": "\(random.below(500))"])
        case 2: return try update(sku, ["allergens": random.pick(["", "argan", "almonds|nuts", "gluten"]) ?? ""])
        case 3: return try update(sku, ["name_en": random.pick(["", "Argan oil", "Honey", "Saffron"]) ?? ""])
        case 4: return try update(sku, ["know_how": random.pick(["", "argan-oil-extraction", "saffron-harvesting"]) ?? ""])
        case 5: return try partialSpreadsheet(skus)
        case 6: return try addOrRemove(sku)
        case 7: return try moveCooperative()
        case 8: return try update(sku, ["producer_floor": random.pick(["", "85 %", "12.5 %", "100 %", "20.00"]) ?? ""])
        default: return try changeScheme()
        }
    }

    /// `product update SKU --field value`: applied, or refused with the catalog unchanged.
    mutating func update(_ sku: String, _ cells: [String: String]) throws -> String {
        let accepted = try attempt {
            _ = try store.write {
                try RecordForm.update(.products, key: sku, cells, today: EditSequencePropertyTests.day, with: $0)
            }
        }
        if accepted { model[sku]?.merge(cells.filter { !$0.value.isEmpty }) { $1 } }
        if accepted { for (key, value) in cells where value.isEmpty { model[sku]?[key] = nil } }
        return "update \(sku) \(cells) \(accepted ? "accepted" : "refused")"
    }

    /// A CSV with only `sku;price;name_ar` for a few products.
    mutating func partialSpreadsheet(_ skus: [String]) throws -> String {
        var rows: [(String, String, String)] = []
        for _ in 0..<(1 + random.below(3)) {
            guard let sku = random.pick(skus) else { continue }
            if rows.contains(where: { $0.0 == sku }) { continue }
            rows.append((sku, random.price().replacingOccurrences(of: ".", with: ","), random.pick(["زيت", "عسل", ""]) ?? ""))
        }
        fileCount += 1
        let text = (["sku;price;name_ar"] + rows.map { "\($0.0);\($0.1);\($0.2)" }).joined(separator: "\n") + "\n"
        let path = workspace.write("edits/\(fileCount).csv", text)
        let accepted = try attempt { _ = try Importer(store: store, today: EditSequencePropertyTests.day).run(paths: [path]) }
        if accepted {
            for (sku, price, arabic) in rows {
                model[sku]?["price"] = (try? Money.parse(price, currency: .mad))?.decimalString
                model[sku]?["name_ar"] = arabic.isEmpty ? nil : arabic
            }
        }
        return "spreadsheet \(rows.map(\.0)) \(accepted ? "accepted" : "refused")"
    }

    /// `product add` of a new product, or `product remove` of an existing one.
    mutating func addOrRemove(_ sku: String) throws -> String {
        if random.below(2) == 0 {
            let removed = try store.write { try $0.removeProduct(sku) }
            #expect(removed)
            model[sku] = nil
            return "remove \(sku)"
        }
        fileCount += 1
        let new = "NEW-\(fileCount)"
        let cooperative = random.pick(["tafoukt-argan", "asafu-safran", "tamment-miel"]) ?? "tafoukt-argan"
        let cells = [
            "sku": new, "cooperative": cooperative, "name_fr": "Produit \(fileCount)", "category": "food.spread.amlou",
            "quantity": "250", "unit": "g", "price": random.price(), "stock": "\(random.below(50))",
        ]
        let accepted = try attempt {
            _ = try store.write { try RecordForm.add(.products, cells, today: EditSequencePropertyTests.day, with: $0) }
        }
        #expect(accepted, "a valid new product is accepted")
        if accepted, let product = try store.read({ try $0.product(new) }) { model[new] = Self.cells(of: product) }
        return "add \(new)"
    }

    /// `coop update ID --region R`: refused when it would leave a certificate uncovered.
    mutating func moveCooperative() throws -> String {
        let id = random.pick(["tafoukt-argan", "chabab-chiadma", "asafu-safran", "tamment-miel"]) ?? "tafoukt-argan"
        let region = String(format: "MA-%02d", 1 + random.below(12))
        let accepted = try attempt {
            _ = try store.write {
                try RecordForm.update(.cooperatives, key: id, ["region": region], today: EditSequencePropertyTests.day, with: $0)
            }
        }
        return "move \(id) to \(region) \(accepted ? "accepted" : "refused")"
    }

    /// A schemes spreadsheet that renames a scheme or narrows its area.
    mutating func changeScheme() throws -> String {
        fileCount += 1
        let area = random.pick(["MA-09", "MA-09|MA-07|MA-10", "MA-07"]) ?? "MA-09"
        let path = workspace.write(
            "edits/\(fileCount).csv", "id;kind;name_en;area\nigp-argane;igp;PGI Argan \(fileCount);\(area)\n")
        let accepted = try attempt { _ = try Importer(store: store, today: EditSequencePropertyTests.day).run(paths: [path]) }
        return "scheme area \(area) \(accepted ? "accepted" : "refused")"
    }

    /// Runs `body`; a refusal (an import failure or a validation failure) must leave the
    /// catalog exactly as it was.
    func attempt(_ body: () throws -> Void) throws -> Bool {
        let before = try exportText(store, .json)
        do {
            try body()
            return true
        } catch is ImportFailure, is ValidationFailure, is Issue {
            #expect(try exportText(store, .json) == before, "a refused edit changed the catalog")
            return false
        }
    }

    /// Every product passes the import's checks, and holds what the model says.
    func checkInvariants(after label: String) throws {
        try store.read { reader in
            var seen: Set<String> = []
            try reader.forEachProduct { product in
                seen.insert(product.sku)
                let issues = (product.validate() + product.validateReferences(in: reader)).errors
                #expect(issues.isEmpty, "\(label): \(product.sku) breaks a rule: \(issues)")
                #expect(Self.cells(of: product) == model[product.sku], "\(label): \(product.sku) differs from the model")
            }
            #expect(seen == Set(model.keys), "\(label): products differ from the model")
            try reader.forEachCooperative { cooperative in
                let issues =
                    (cooperative.validate(today: EditSequencePropertyTests.day)
                    + cooperative.validateReferences(in: reader)).errors
                #expect(issues.isEmpty, "\(label): \(cooperative.id) breaks a rule: \(issues)")
            }
        }
    }

    /// export → import into an empty catalog → export is byte-identical, in every format.
    mutating func checkRoundTrips(label: String) throws {
        for format in Exporter.Format.allCases {
            fileCount += 1
            let first = workspace.path("round-\(fileCount)-a")
            _ = try Exporter(store: store).export(format, toFolder: first)
            let copy = try workspace.store("round-\(fileCount).sqlite")
            _ = try Importer(store: copy, today: EditSequencePropertyTests.day).run(paths: [first])
            let second = workspace.path("round-\(fileCount)-b")
            _ = try Exporter(store: copy).export(format, toFolder: second)
            #expect(
                TiwiziInterchangeTests.files(in: first) == TiwiziInterchangeTests.files(in: second),
                "\(label): \(format) round trip differs")
        }
    }
}

/// The draws an edit sequence makes.
extension SeededGenerator {
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[below(items.count)] }
    /// A price as a form carries it, `123.45`.
    mutating func price() -> String { "\(1 + below(2000)).\(String(format: "%02d", below(100)))" }
}
