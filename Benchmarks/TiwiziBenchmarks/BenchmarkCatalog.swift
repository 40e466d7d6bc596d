import Foundation
import TiwiziCore
import TiwiziStore

/// A catalog of `productCount` products in a temporary folder (removed by `remove()`), built
/// before anything is measured.
///
/// Ten cooperatives seated in ten regions; every fourth product has an origin region of its own
/// (the rest take their cooperative's seat), every tenth is made to order, categories vary.
struct BenchmarkCatalog {
    let folder: URL
    let store: SQLiteCatalogStore
    let productCount: Int

    init(productCount: Int) throws {
        self.productCount = productCount
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tiwizi-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try SQLiteCatalogStore(path: folder.appendingPathComponent("catalog.sqlite").path)
        try store.write { writer in
            for index in 0..<10 {
                try writer.save(Self.cooperative(index))
            }
            for index in 1...productCount {
                try writer.save(Self.product(index))
            }
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Every product, assembled in Swift (for the native floor).
    func products() throws -> [Product] {
        try store.read { reader in
            var products: [Product] = []
            products.reserveCapacity(productCount)
            try reader.forEachProduct { products.append($0) }
            return products
        }
    }

    /// Each cooperative's seat, by id (what the native floor looks a product's region up in).
    func seats() throws -> [String: Region] {
        try store.read { reader in
            var seats: [String: Region] = [:]
            try reader.forEachCooperative { seats[$0.id] = $0.region }
            return seats
        }
    }

    private static let categories = ["food.oil.argan", "food.dates.majhoul", "food.spread.amlou", "craft.zellige.table"]

    private static func cooperative(_ index: Int) -> Cooperative {
        Cooperative(
            id: "bench-coop-\(index)", name: LocalizedText(french: "Coopérative \(index)"),
            ice: String(format: "%015d", 100_000 + index), founded: CalendarDate("2010-01-01")!,
            region: Region.all[index], members: Members(total: 10 + index, women: 5))
    }

    private static func product(_ index: Int) -> Product {
        Product(
            sku: String(format: "BEN-%06d", index), cooperativeID: "bench-coop-\(index % 10)",
            name: LocalizedText(french: "Produit \(index)", arabic: "منتج \(index)"),
            category: Category(categories[index % categories.count])!,
            quantity: NetQuantity(thousandths: 250_000, unit: .millilitre),
            price: Money(minorUnits: Int64(1000 + index), currency: .mad), vat: .reduced10,
            availability: index % 10 == 0 ? .madeToOrder(leadDays: 14) : .inStock(index % 50),
            origin: index % 4 == 0 ? Origin(region: Region.all[(index / 4) % 12]) : nil)
    }
}
