import CatalogConformance
import Foundation
import GRDB
import TiwiziCore

@testable import TiwiziStore

/// The catalog's issue, not Swift Testing's.
typealias Issue = TiwiziCore.Issue

/// A folder of its own under the system's temporary directory, removed by `remove()`.
struct Scratch {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tiwizi-store-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func remove() {
        // Make read-only files removable again first.
        if let names = FileManager.default.enumerator(atPath: url.path) {
            for case let name as String in names {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path(name))
            }
        }
        try? FileManager.default.removeItem(at: url)
    }
}

/// Runs `body` with a fresh catalog in a scratch folder, then removes the folder.
func withStore<T>(_ body: (SQLiteCatalogStore, Scratch) throws -> T) throws -> T {
    let scratch = Scratch()
    defer { scratch.remove() }
    let store = try SQLiteCatalogStore(path: scratch.path("catalog.sqlite"))
    return try body(store, scratch)
}

/// Writes a cooperative (tafoukt-argan) and its products with the first schema's columns only,
/// as an older catalog holds them: today's writer also writes the columns later migrations added.
func insertFirstSchemaRecords(_ db: Database, products: [(sku: String, arabic: String)]) throws {
    try db.execute(
        sql: """
            INSERT INTO cooperatives (id, name_fr, legal_form, ice, founded, region, members_total, members_women, members_youth)
            VALUES ('tafoukt-argan', 'Coopérative Tafoukt', 'cooperative', '002345678000091', '2011-04-18', 'MA-09', 38, 38, 9)
            """)
    for (sku, arabic) in products {
        try db.execute(
            literal: """
                INSERT INTO products (sku, cooperative_id, name_fr, name_ar, category, quantity_thousandths, unit, price_minor,
                    currency, vat, stock, region)
                VALUES (\(sku), 'tafoukt-argan', 'Huile', \(arabic), 'food.oil.argan', 250000, 'ml', 14500, 'MAD', 'reduced-10',
                    10, 'MA-09')
                """)
    }
}
