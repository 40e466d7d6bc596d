import CatalogConformance
import Foundation
import GRDB
import Testing
import TiwiziCore

@testable import TiwiziStore

/// A catalog with one record of each kind: scheme, know-how, cooperative, product (id 1, with a
/// certificate and a know-how link).
private func withSmallCatalog(_ body: (SQLiteCatalogStore) throws -> Void) throws {
    try withStore { (store, _) throws in
        try store.write { (writer) throws in
            try writer.save(igpArgane)
            try writer.save(arganKnowHow)
            try writer.save(cooperative())
            var item = product("TAF-ARG-250", certificates: [certificate("igp-argane", "2023-01-01", "2027-12-31")])
            item.knowHowIDs = ["argan-oil-extraction"]
            try writer.save(item)
        }
        try body(store)
    }
}

/// Runs `sql` on the catalog file the way another program could damage it: on a connection of
/// its own, without the store's foreign-key checks.
private func tamper(with store: SQLiteCatalogStore, _ sql: String) throws {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    try DatabaseQueue(path: store.path, configuration: configuration).write { try $0.execute(sql: sql) }
}

/// Reads every record of the small catalog.
private func readEverything(_ store: SQLiteCatalogStore) throws {
    try store.read { (reader) throws in
        _ = try reader.certificationScheme("igp-argane")
        _ = try reader.knowHow("argan-oil-extraction")
        _ = try reader.cooperative("tafoukt-argan")
        _ = try reader.product("TAF-ARG-250")
    }
}

/// A value written into the catalog behind the store's back, and where the error must say it is.
struct Damage: Sendable, CustomTestStringConvertible {
    let sql: String
    let table: String
    let row: String
    let column: String
    let value: String

    var message: CatalogError { .damaged(table: table, row: row, column: column, value: value) }

    var testDescription: String { "\(table).\(column) = \(value)" }

    static let product = "sku = TAF-ARG-250"

    static let all = [
        Damage(sql: "UPDATE products SET currency = 'XYZ'", table: "products", row: product, column: "currency", value: "XYZ"),
        Damage(
            sql: "UPDATE products SET vat = 'reduced-12'", table: "products", row: product, column: "vat", value: "reduced-12"),
        Damage(sql: "UPDATE products SET unit = 'cup'", table: "products", row: product, column: "unit", value: "cup"),
        Damage(sql: "UPDATE products SET category = 'Food'", table: "products", row: product, column: "category", value: "Food"),
        Damage(sql: "UPDATE products SET region = 'MA-13'", table: "products", row: product, column: "region", value: "MA-13"),
        Damage(
            sql: "UPDATE products SET price_minor = 'cheap'", table: "products", row: product, column: "price_minor",
            value: "cheap"),
        Damage(sql: "UPDATE products SET stock = 'lots'", table: "products", row: product, column: "stock", value: "lots"),
        Damage(
            sql: "UPDATE products SET producer_floor = '101 %'", table: "products", row: product, column: "producer_floor",
            value: "101 %"),
        Damage(
            sql: "UPDATE cooperatives SET producer_floor = 'most'", table: "cooperatives", row: "id = tafoukt-argan",
            column: "producer_floor", value: "most"),
        Damage(
            sql: "UPDATE certificates SET valid_until = '2027-02-30'", table: "certificates",
            row: "product_id = 1, position = 0", column: "valid_until", value: "2027-02-30"),
        Damage(
            sql: "UPDATE schemes SET kind = 'medal'", table: "schemes", row: "id = igp-argane", column: "kind", value: "medal"),
        Damage(
            sql: "UPDATE schemes SET area = 'MA-09|Souss'", table: "schemes", row: "id = igp-argane", column: "area",
            value: "Souss"),
        Damage(
            sql: "UPDATE cooperatives SET legal_form = 'company'", table: "cooperatives", row: "id = tafoukt-argan",
            column: "legal_form", value: "company"),
        Damage(
            sql: "UPDATE cooperatives SET founded = '18/04/2011'", table: "cooperatives", row: "id = tafoukt-argan",
            column: "founded", value: "18/04/2011"),
        Damage(
            sql: "UPDATE cooperatives SET registry_number = NULL", table: "cooperatives", row: "id = tafoukt-argan",
            column: "registry_number", value: "NULL"),
        Damage(
            sql: "UPDATE know_how SET regions = 'MA-09|MA-00'", table: "know_how", row: "id = argan-oil-extraction",
            column: "regions", value: "MA-00"),
        Damage(
            sql: "UPDATE artisans SET consent = 'maybe' WHERE position = 1", table: "artisans",
            row: "know_how_id = argan-oil-extraction, position = 1", column: "consent", value: "maybe"),
    ]
}

@Suite("Store: a damaged catalog")
struct DamagedCatalogTests {
    @Test(arguments: Damage.all)
    func aValueTheStoreNeverWritesNamesTableRowAndColumn(damage: Damage) throws {
        try withSmallCatalog { (store) throws in
            try tamper(with: store, damage.sql)
            #expect(catalogError { try readEverything(store) } == damage.message)
        }
    }

    /// Listings read their rows by position with SQLite's own calls (`StoredRow.ColumnIndex`):
    /// as strict as a lookup by key, with the same message.
    @Test(arguments: Damage.all.filter { ["products", "certificates"].contains($0.table) })
    func listingsReportDamageAsLookupsDo(damage: Damage) throws {
        try withSmallCatalog { (store) throws in
            try tamper(with: store, damage.sql)
            #expect(catalogError { try store.read { try $0.forEachProduct { _ in } } } == damage.message)
        }
    }

    @Test func listingsStopAtTheDamagedRow() throws {
        try withSmallCatalog { (store) throws in
            try tamper(with: store, "UPDATE products SET currency = 'XYZ'; UPDATE schemes SET kind = 'medal'")
            let listing = catalogError { try store.read { try $0.forEachProduct { _ in } } }
            #expect(listing?.english.contains("column currency") == true)
            #expect(catalogError { _ = try store.read { try $0.allSchemes() } }?.english.contains("column kind") == true)
            // Counting reads no record: it still works.
            #expect(try store.read { try $0.countProducts() } == 1)
        }
    }

    @Test func theMessageSaysWhereInEveryLanguage() {
        let message = Damage.all[0].message
        for language in [InterfaceLanguage.english, .french] {
            let text = message.text(in: language)
            for part in ["products", "sku = TAF-ARG-250", "currency", "XYZ"] { #expect(text.contains(part), "\(language)") }
        }
    }

    @Test func aDamagedSeatIsNotAnUnknownCooperative() throws {
        try withSmallCatalog { (store) throws in
            try tamper(with: store, "UPDATE cooperatives SET region = 'MA-13'")
            let damaged = CatalogError.damaged(
                table: "cooperatives", row: "id = tafoukt-argan", column: "region", value: "MA-13")
            #expect(catalogError { _ = try store.read { try $0.seat(ofCooperative: "tafoukt-argan") } } == damaged)
            // Through CatalogReferences, which cannot throw: the block fails with the damage.
            #expect(catalogError { _ = try store.read { $0.cooperativeRegion("tafoukt-argan") } } == damaged)
            #expect(catalogError { _ = try store.read { product("TAF-NEW-1").validateReferences(in: $0) } } == damaged)
            #expect(catalogError { _ = try store.write { try $0.save(product("TAF-NEW-1")) } } == damaged)
            #expect(try store.read { try $0.product("TAF-NEW-1") } == nil)
        }
    }

    @Test func aDamagedSchemeIsNotAnUnknownScheme() throws {
        try withSmallCatalog { (store) throws in
            try tamper(with: store, "UPDATE schemes SET kind = 'medal'")
            let checked = product("TAF-NEW-1", certificates: [certificate("igp-argane", "2023-01-01", "2027-12-31")])
            let error = catalogError { _ = try store.read { checked.validateReferences(in: $0) } }
            #expect(error?.code == "damaged")
            #expect(error?.english.contains("column kind") == true)
        }
    }

    @Test func aDatabaseErrorIsNotAnUnknownRecord() throws {
        try withSmallCatalog { (store) throws in
            try tamper(with: store, "DROP TABLE cooperative_know_how; DROP TABLE artisans; DROP TABLE know_how")
            #expect(throws: DatabaseError.self) { try store.read { $0.hasKnowHow("argan-oil-extraction") } }
            var coop = cooperative()
            coop.knowHowIDs = ["argan-oil-extraction"]
            #expect(throws: DatabaseError.self) { try store.read { coop.validateReferences(in: $0) } }
            // What the block concluded from the empty answer gives way to the database error.
            #expect(throws: DatabaseError.self) {
                try store.read { (reader) throws in
                    guard reader.hasKnowHow("argan-oil-extraction") else {
                        throw CatalogError.notFound(.knowHow, key: "argan-oil-extraction")
                    }
                }
            }
        }
    }

    @Test func aDatabaseErrorIsNotAnUnknownCooperative() throws {
        try withSmallCatalog { (store) throws in
            try tamper(with: store, "DROP TABLE cooperative_know_how; DROP TABLE cooperatives")
            #expect(throws: DatabaseError.self) { try store.read { product("TAF-NEW-1").validateReferences(in: $0) } }
            #expect(throws: DatabaseError.self) { try store.write { try $0.save(product("TAF-NEW-1")) } }
            #expect(throws: DatabaseError.self) { try store.rehearse { try $0.save(product("TAF-NEW-1")) } }
        }
    }
}
