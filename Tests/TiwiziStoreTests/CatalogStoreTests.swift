import CatalogConformance
import Foundation
import GRDB
import Testing
import TiwiziCore

@testable import TiwiziStore

@Suite("Store: schema")
struct SchemaTests {
    @Test func migrationsCreateTheSchema() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        // The folder does not exist yet: the store creates it.
        let path = scratch.path("nested/deeper/catalog.sqlite")
        let store = try SQLiteCatalogStore(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(!store.isReadOnly)
        try store.read { (reader) throws in
            let tables = try String.fetchAll(
                reader.db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'products_fts_%'")
            #expect(
                Set(tables) == [
                    "grdb_migrations", "regions", "schemes", "know_how", "artisans", "cooperatives", "cooperative_know_how",
                    "products", "certificates", "product_know_how", "products_fts", "sqlite_sequence", "orders", "order_lines",
                    "coupon_redemptions", "events", "plugin_settings", "plugin_parameters", "catalog_settings",
                    "catalog_revision",
                ])
            #expect(try Int32.fetchOne(reader.db, sql: "PRAGMA application_id") == 0x5449_5749)
            #expect(
                try String.fetchAll(reader.db, sql: "SELECT identifier FROM grdb_migrations") == [
                    "v1-catalog", "v2-arabic-search", "v3-producer-floor", "v4-orders", "v5-plugins", "v6-revision",
                    "v7-search-index-by-writer",
                ])
            #expect(try String.fetchOne(reader.db, sql: "PRAGMA journal_mode") == "wal")
            #expect(try Int.fetchOne(reader.db, sql: "PRAGMA foreign_keys") == 1)
            let regions = try Row.fetchAll(reader.db, sql: "SELECT code, name_fr, name_ar FROM regions ORDER BY code")
            #expect(regions.count == 12)
            #expect(regions[8]["code"] == "MA-09")
            #expect(regions[8]["name_fr"] == "Souss-Massa")
            #expect(regions[8]["name_ar"] == "سوس ماسة")
            let indexed = try Row.fetchAll(
                reader.db, sql: "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            ).map { "\($0["tbl_name"] as String): \($0["sql"] as String)" }
            for (table, column) in [
                ("products", "category"), ("products", "region"), ("products", "cooperative_id"), ("cooperatives", "region"),
                ("certificates", "scheme_id"),
            ] {
                #expect(indexed.contains { $0.hasPrefix("\(table):") && $0.contains("(\"\(column)\")") }, "\(table).\(column)")
            }
        }
    }

    /// Migrations seed literal data: when `Region.all` or `Language` changes, a new migration must
    /// bring the catalog along, and these checks fail until one does.
    @Test func seededDataMatchesTheCode() throws {
        try withStore { (store, _) throws in
            try store.read { (reader) throws in
                let regions = try Row.fetchAll(reader.db, sql: "SELECT code, name_fr, name_ar FROM regions ORDER BY code")
                #expect(
                    regions.map { [$0["code"], $0["name_fr"], $0["name_ar"]] as [String?] }
                        == Region.all.map { [$0.code, $0.name.french, $0.name[.arabic]] })
                for table in ["products", "cooperatives", "schemes", "know_how"] {
                    let columns = Set(try reader.db.columns(in: table).map(\.name))
                    for language in Language.allCases {
                        #expect(columns.contains("name_\(language.rawValue)"), "\(table).name_\(language.rawValue)")
                    }
                }
            }
        }
    }

    @Test func reopeningKeepsTheDataAndMigratesNothing() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.path("catalog.sqlite")
        _ = try SQLiteCatalogStore(path: path).write { try $0.save(igpArgane) }
        let store = try SQLiteCatalogStore(path: path)
        #expect(try store.read { try $0.certificationScheme("igp-argane") } == igpArgane)
        #expect(try store.read { try Int.fetchOne($0.db, sql: "SELECT count(*) FROM grdb_migrations") } == 7)
    }

    @Test func anOlderCatalogGainsTheArabicSearchIndexWhenOpened() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.path("catalog.sqlite")
        // A catalog as the first schema left it, with names written with harakat and tatweel.
        let old = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(old, upTo: CatalogV1.identifier)
        try old.write { (db) throws in
            try insertFirstSchemaRecords(db, products: [("TAF-ZIT-1", "زَيْتُ الزَّيْتُون"), ("TAF-ZIT-2", "زيـــت أركان")])
        }
        let plain = "SELECT count(*) FROM products_fts WHERE products_fts MATCH '\"زيت\"*'"
        #expect(try old.read { try Int.fetchOne($0, sql: plain) } == 0)
        try old.close()

        let store = try SQLiteCatalogStore(path: path)
        try store.read { (reader) throws in
            #expect(
                try String.fetchAll(reader.db, sql: "SELECT identifier FROM grdb_migrations") == [
                    "v1-catalog", "v2-arabic-search", "v3-producer-floor", "v4-orders", "v5-plugins", "v6-revision",
                    "v7-search-index-by-writer",
                ])
            #expect(
                try String.fetchAll(reader.db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name") == [
                    "products_fts_delete"
                ])
            var found: [String] = []
            try reader.forEachProduct(ProductFilter(search: "زيت")) { found.append($0.sku) }
            #expect(found == ["TAF-ZIT-1", "TAF-ZIT-2"])
            #expect(try reader.countProducts(ProductFilter(search: "الزيتون")) == 1)
        }
        // From v7 the writer, not a trigger, keeps the index: a renamed product is found by its new name only.
        try store.write { (writer) throws in
            let stored = try #require(try writer.reader.product("TAF-ZIT-1"))
            var renamed = stored
            renamed.name[.arabic] = "عَسَل"
            try writer.save(renamed, replacing: stored)
        }
        #expect(try store.read { try $0.countProducts(ProductFilter(search: "عسل")) } == 1)
        #expect(try store.read { try $0.countProducts(ProductFilter(search: "زيت")) } == 1)
    }

    @Test func catalogPathComesFromTheEnvironmentThenXDGThenHome() {
        #expect(
            SQLiteCatalogStore.defaultPath(environment: ["TIWIZI_CATALOG": "/x/c.sqlite", "HOME": "/home/a"]) == "/x/c.sqlite")
        #expect(
            SQLiteCatalogStore.defaultPath(environment: ["TIWIZI_CATALOG": "", "XDG_DATA_HOME": "/data", "HOME": "/home/a"])
                == "/data/tiwizi/catalog.sqlite")
        #expect(
            SQLiteCatalogStore.defaultPath(environment: ["XDG_DATA_HOME": "", "HOME": "/home/a"])
                == "/home/a/.local/share/tiwizi/catalog.sqlite")
    }

    @Test func sqliteVersionIsReported() {
        let parts = SQLiteCatalogStore.sqliteVersion.split(separator: ".")
        #expect(parts.count == 3)
        #expect(parts.first == "3")
    }
}

/// What the SQLite store keeps beside the records: the stored region, child rows, constraints.
@Suite("Store: SQLite rows")
struct SQLiteRowTests {
    @Test func productsStoreTheRegionTheyAreListedBy() throws {
        try withStore { (store, _) throws in
            try store.write { (writer) throws in
                try writer.save(cooperative())
                try writer.save(product("TAF-ARG-250"))
                try writer.save(product("TAF-OLV-500", category: "food.oil.olive", origin: "MA-03"))
            }
            let regions = try store.read { (reader) throws in
                try String.fetchAll(reader.db, sql: "SELECT region FROM products ORDER BY sku")
            }
            #expect(regions == ["MA-09", "MA-03"])
        }
    }

    @Test func removalsLeaveNoChildRows() throws {
        try withStore { (store, _) throws in
            var coop = cooperative()
            coop.knowHowIDs = ["argan-oil-extraction"]
            var item = product("TAF-ARG-250", certificates: [certificate("igp-argane", "2023-01-01", "2027-12-31")])
            item.knowHowIDs = ["argan-oil-extraction"]
            try store.write { (writer) throws in
                try writer.save(igpArgane)
                try writer.save(arganKnowHow)
                try writer.save(coop)
                try writer.save(item)
            }
            #expect(try store.write { try $0.removeCooperative("tafoukt-argan", withProducts: true) })
            try store.read { (reader) throws in
                for table in ["certificates", "product_know_how", "cooperative_know_how", "products_fts"] {
                    #expect(try Int.fetchOne(reader.db, sql: "SELECT count(*) FROM \(table)") == 0, "\(table)")
                }
            }
        }
    }

    @Test func aRowTheSchemaRefusesRollsBackTheWholeWrite() throws {
        try withStore { (store, _) throws in
            #expect(throws: DatabaseError.self) {
                try store.write { (writer) throws in
                    try writer.save(cooperative())
                    try writer.save(product("TAF-ARG-250"))
                    // The CHECK constraint refuses a negative stock.
                    try writer.save(product("TAF-ARG-500", availability: .inStock(-1)))
                }
            }
            #expect(try store.read { try $0.cooperative("tafoukt-argan") } == nil)
            #expect(try store.read { try $0.countProducts() } == 0)
        }
    }
}

@Suite("Store: opening")
struct OpeningTests {
    private func openError(_ path: String, readOnly: Bool = false) -> CatalogError? {
        do throws(CatalogError) {
            _ = try SQLiteCatalogStore(path: path, readOnly: readOnly)
            return nil
        } catch {
            return error
        }
    }

    @Test func aDirectoryIsNotACatalog() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let error = try #require(openError(scratch.url.path))
        #expect(error == .isDirectory(path: scratch.url.path))
    }

    @Test func aTextFileIsNotACatalogAndIsLeftUntouched() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.path("notes.txt")
        try String(repeating: "cooperative;sku;price\n", count: 200).write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(openError(path))
        #expect(error == .notDatabase(path: path))
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("cooperative;sku;price\n"))
        #expect(openError(path, readOnly: true)?.code == "notDatabase")
    }

    @Test func otherApplicationsDatabase() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.path("other.sqlite")
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE notes (text TEXT)") }
        #expect(openError(path) == .notDatabase(path: path))
    }

    @Test func aCatalogFromANewerVersionIsRefused() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.path("catalog.sqlite")
        try SQLiteCatalogStore(path: path).write {
            try $0.db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')")
        }
        #expect(openError(path) == .tooNew(path: path, schema: "v9-future"))
    }

    @Test func aReadOnlyCatalogIsReadButNeverWritten() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.path("catalog.sqlite")
        try SQLiteCatalogStore(path: path).write { (writer) throws in
            try writer.save(cooperative())
            try writer.save(product("TAF-ARG-250", availability: .inStock(7)))
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let store = try SQLiteCatalogStore(path: path)
        #expect(store.isReadOnly)
        #expect(try store.read { try $0.product("TAF-ARG-250")?.availability } == .inStock(7))
        do {
            _ = try store.write { try $0.changeStock(sku: "TAF-ARG-250", by: 1) }
            Testing.Issue.record("a read-only catalog was written")
        } catch let error as CatalogError {
            #expect(error == .readOnly(path: path))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func folderThatCannotBeCreated() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        try "x".write(toFile: scratch.path("file"), atomically: true, encoding: .utf8)
        let path = scratch.path("file/catalog.sqlite")
        #expect(openError(path)?.code == "cannotOpen")
        #expect(openError(path)?.english.contains(path) == true)
    }

    @Test func emptyFileBecomesACatalog() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.path("catalog.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let store = try SQLiteCatalogStore(path: path)
        #expect(try store.write { try $0.save(igpArgane) } == .added)
    }

    @Test func readOnlyOpeningOfAMissingFile() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.path("missing.sqlite")
        #expect(
            openError(path, readOnly: true) == .cannotOpen(path: path, reason: "no such file"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}

@Suite("Store: concurrency")
struct ConcurrencyTests {
    @Test func twoStoresIncrementingTheSameStockLoseNothing() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.path("catalog.sqlite")
        try SQLiteCatalogStore(path: path).write { (writer) throws in
            try writer.save(cooperative())
            try writer.save(product("TAF-ARG-250", availability: .inStock(0)))
        }
        let stores = [try SQLiteCatalogStore(path: path), try SQLiteCatalogStore(path: path)]
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            for _ in 0..<200 {
                do {
                    _ = try stores[index].write { try $0.changeStock(sku: "TAF-ARG-250", by: 1) }
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        #expect(failures.all == [])
        #expect(try stores[0].read { try $0.product("TAF-ARG-250")?.availability } == .inStock(400))
    }

    @Test func twoStoresSavingDifferentRecordsAtOnce() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.path("catalog.sqlite")
        _ = try SQLiteCatalogStore(path: path).write { try $0.save(cooperative()) }
        let stores = [try SQLiteCatalogStore(path: path), try SQLiteCatalogStore(path: path)]
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            for n in 0..<50 {
                do {
                    _ = try stores[index].write { try $0.save(product("TAF-\(index)-\(n)")) }
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        #expect(failures.all == [])
        #expect(try stores[1].read { try $0.countProducts() } == 100)
    }

    @Test func twoStoresCreatingTheSameCatalogAtOnce() throws {
        for _ in 0..<5 {
            let scratch = Scratch()
            defer { scratch.remove() }
            let path = scratch.path("catalog.sqlite")
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                do {
                    _ = try SQLiteCatalogStore(path: path).write {
                        try $0.save(cooperative("coop-\(index)", ice: "00000000000000\(index)"))
                    }
                } catch {
                    failures.add("\(error)")
                }
            }
            #expect(failures.all == [])
            #expect(try SQLiteCatalogStore(path: path).read { try $0.cooperativeID(ice: "000000000000001") } == "coop-1")
        }
    }
}

/// Error descriptions collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
