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
                    "products", "certificates", "product_know_how", "products_fts", "sqlite_sequence",
                ])
            #expect(try Int32.fetchOne(reader.db, sql: "PRAGMA application_id") == 0x5449_5749)
            #expect(
                try String.fetchAll(reader.db, sql: "SELECT identifier FROM grdb_migrations") == [
                    "v1-catalog", "v2-arabic-search",
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
        #expect(try store.read { try Int.fetchOne($0.db, sql: "SELECT count(*) FROM grdb_migrations") } == 2)
    }

    @Test func anOlderCatalogGainsTheArabicSearchIndexWhenOpened() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.path("catalog.sqlite")
        // A catalog as the first schema left it, with names written with harakat and tatweel.
        let old = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(old, upTo: CatalogV1.identifier)
        try old.write { (db) throws in
            let writer = SQLiteCatalogWriter(db)
            try writer.save(cooperative())
            try writer.save(product("TAF-ZIT-1", arabic: "زَيْتُ الزَّيْتُون"))
            try writer.save(product("TAF-ZIT-2", arabic: "زيـــت أركان"))
        }
        let plain = "SELECT count(*) FROM products_fts WHERE products_fts MATCH '\"زيت\"*'"
        #expect(try old.read { try Int.fetchOne($0, sql: plain) } == 0)
        try old.close()

        let store = try SQLiteCatalogStore(path: path)
        try store.read { (reader) throws in
            #expect(
                try String.fetchAll(reader.db, sql: "SELECT identifier FROM grdb_migrations") == [
                    "v1-catalog", "v2-arabic-search",
                ])
            #expect(
                try String.fetchAll(reader.db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name") == [
                    "products_fts_delete", "products_fts_insert", "products_fts_update",
                ])
            var found: [String] = []
            try reader.forEachProduct(ProductFilter(search: "زيت")) { found.append($0.sku) }
            #expect(found == ["TAF-ZIT-1", "TAF-ZIT-2"])
            #expect(try reader.countProducts(ProductFilter(search: "الزيتون")) == 1)
        }
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

@Suite("Store: saving and reading back")
struct RoundTripTests {
    @Test func schemeReadsBackAsSaved() throws {
        try withStore { (store, _) throws in
            let open = CertificationScheme(id: "fair-for-life", kind: .fairTrade, name: LocalizedText(french: "Fair for Life"))
            try store.write { (writer) throws in
                #expect(try writer.save(igpArgane) == .added)
                #expect(try writer.save(moroccoHandmade) == .added)
                #expect(try writer.save(open) == .added)
            }
            try store.read { (reader) throws in
                #expect(try reader.certificationScheme("igp-argane") == igpArgane)
                #expect(try reader.certificationScheme("fair-for-life") == open)
                #expect(try reader.certificationScheme("nope") == nil)
                #expect(try reader.allSchemes().map(\.id) == ["fair-for-life", "igp-argane", "morocco-handmade"])
                #expect(reader.scheme("morocco-handmade") == moroccoHandmade)
            }
        }
    }

    @Test func knowHowReadsBackAsSavedAndDropsRemovedArtisans() throws {
        try withStore { (store, _) throws in
            try store.write { (writer) throws in
                #expect(try writer.save(zelligeKnowHow) == .added)
                #expect(try writer.save(arganKnowHow) == .added)
            }
            try store.read { (reader) throws in
                #expect(try reader.knowHow("argan-oil-extraction") == arganKnowHow)
                #expect(try reader.knowHow("fes-zellige") == zelligeKnowHow)
                #expect(try reader.allKnowHow() == [arganKnowHow, zelligeKnowHow])
                #expect(reader.hasKnowHow("fes-zellige"))
                #expect(!reader.hasKnowHow("nope"))
            }
            // Fewer artisans: the extra row goes.
            var changed = arganKnowHow
            changed.artisans.removeLast()
            changed.heritage = nil
            #expect(try store.write { try $0.save(changed) } == .updated)
            #expect(try store.read { try $0.knowHow(changed.id) } == changed)
        }
    }

    @Test func cooperativeReadsBackAsSavedFullOrBare() throws {
        try withStore { (store, _) throws in
            var full = TiwiziStoreTests.cooperative()
            full.knowHowIDs = ["fes-zellige", "argan-oil-extraction"]
            full.name[.english] = "Tafoukt Women's Cooperative"
            var bare = Cooperative(
                id: "maalem-fes", name: LocalizedText(french: "Al Maâlem"), legalForm: .gie, ice: "002478310000075",
                founded: day("2019-11-04"), region: region("MA-03"), members: Members(total: 5))
            bare.registry = nil
            try store.write { (writer) throws in
                try writer.save(arganKnowHow)
                try writer.save(zelligeKnowHow)
                #expect(try writer.save(full) == .added)
                #expect(try writer.save(bare) == .added)
            }
            try store.read { (reader) throws in
                #expect(try reader.cooperative("tafoukt-argan") == full)
                #expect(try reader.cooperative("maalem-fes") == bare)
                #expect(try reader.cooperative("nope") == nil)
                #expect(try reader.cooperativeID(ice: "002478310000075") == "maalem-fes")
                #expect(try reader.cooperativeID(ice: "2478310000075") == nil)
                #expect(reader.cooperativeRegion("maalem-fes") == region("MA-03"))
                #expect(reader.cooperativeRegion("nope") == nil)
                var ids: [String] = []
                try reader.forEachCooperative { ids.append($0.id) }
                #expect(ids == ["maalem-fes", "tafoukt-argan"])
                ids = []
                try reader.forEachCooperative(region: region("MA-09")) { ids.append($0.id) }
                #expect(ids == ["tafoukt-argan"])
            }
        }
    }

    @Test func iceKeepsLeadingZeros() throws {
        try withStore { (store, _) throws in
            _ = try store.write { try $0.save(TiwiziStoreTests.cooperative(ice: "000000000000001")) }
            #expect(try store.read { try $0.cooperative("tafoukt-argan")?.ice } == "000000000000001")
        }
    }

    @Test func productReadsBackAsSavedFullOrBare() throws {
        try withStore { (store, _) throws in
            var full = TiwiziStoreTests.product(
                "TZB-BOU-200X150", french: "Tapis Beni Ouarain", arabic: "زربية بني وراين", category: "craft.textile.carpet",
                availability: .madeToOrder(leadDays: 45), origin: "MA-03",
                certificates: [certificate("morocco-handmade", "2025-03-01", "2028-02-29")])
            full.description = LocalizedText([.french: "Laine « naturelle »", .english: "Natural wool"])
            full.quantity = NetQuantity(thousandths: 1000, unit: .piece)
            full.dimensions = Dimensions(lengthCm: 200, widthCm: 150)
            full.price = Money(minorUnits: 650_000, currency: .mad)
            full.vat = .standard
            full.origin?.place = "Boulemane"
            full.allergens = ["wool", "dust"]
            full.knowHowIDs = ["fes-zellige", "argan-oil-extraction"]
            let eur = {
                var p = TiwiziStoreTests.product("TAF-ARG-EUR", availability: .inStock(0))
                p.price = Money(minorUnits: 1_999, currency: .eur)
                p.quantity = NetQuantity(thousandths: 500, unit: .kilogram)
                p.certificates = [
                    certificate("igp-argane", "2020-01-01", "2022-12-31"), certificate("igp-argane", "2023-01-01", "2027-12-31"),
                ]
                return p
            }()
            try store.write { (writer) throws in
                try writer.save(igpArgane)
                try writer.save(moroccoHandmade)
                try writer.save(arganKnowHow)
                try writer.save(zelligeKnowHow)
                try writer.save(TiwiziStoreTests.cooperative())
                #expect(try writer.save(full) == .added)
                #expect(try writer.save(eur) == .added)
            }
            try store.read { (reader) throws in
                #expect(try reader.product("TZB-BOU-200X150") == full)
                #expect(try reader.product("TAF-ARG-EUR") == eur)
                #expect(try reader.product("NOPE") == nil)
                #expect(try reader.productCount(cooperativeID: "tafoukt-argan") == 2)
                #expect(try reader.productSKUs(knowHowID: "fes-zellige") == ["TZB-BOU-200X150"])
                #expect(try reader.productSKUs(knowHowID: "nope") == [])
                let region: String? = try String.fetchOne(
                    reader.db, sql: "SELECT region FROM products WHERE sku = 'TAF-ARG-EUR'")
                #expect(region == "MA-09")
            }
        }
    }

    @Test func productOfAnUnknownCooperativeIsRefused() throws {
        try withStore { (store, _) throws in
            #expect(throws: Issue(.unknownCooperative, ["value": "tafoukt-argan"], field: "cooperative")) {
                _ = try store.write { try $0.save(TiwiziStoreTests.product("TAF-ARG-250")) }
            }
            #expect(try store.read { try $0.countProducts() } == 0)
        }
    }
}

@Suite("Store: save outcomes")
struct SaveOutcomeTests {
    @Test func addedUnchangedUpdated() throws {
        try withStore { (store, _) throws in
            try store.write { (writer) throws in
                #expect(try writer.save(igpArgane) == .added)
                #expect(try writer.save(igpArgane) == .unchanged)
                var scheme = igpArgane
                scheme.area.removeLast()
                #expect(try writer.save(scheme) == .updated)
                #expect(try writer.save(scheme) == .unchanged)

                #expect(try writer.save(arganKnowHow) == .added)
                #expect(try writer.save(arganKnowHow) == .unchanged)

                var coop = cooperative()
                #expect(try writer.save(coop) == .added)
                #expect(try writer.save(coop) == .unchanged)
                coop.members.women = 30
                #expect(try writer.save(coop) == .updated)

                var item = product("TAF-ARG-250", certificates: [certificate("igp-argane", "2023-01-01", "2027-12-31")])
                #expect(try writer.save(item) == .added)
                #expect(try writer.save(item) == .unchanged)
                item.price = mad(15_000)
                #expect(try writer.save(item) == .updated)
                item.certificates = []
                #expect(try writer.save(item) == .updated)
                #expect(try writer.save(item) == .unchanged)
            }
            // Across transactions too.
            #expect(try store.write { try $0.save(cooperative()) } == .updated)
            #expect(try store.write { try $0.save(cooperative()) } == .unchanged)
        }
    }

    @Test func decomposedTextIsUnchanged() throws {
        try withStore { (store, _) throws in
            _ = try store.write { try $0.save(cooperative(french: "Coopérative")) }
            #expect(try store.write { try $0.save(cooperative(french: "Coope\u{0301}rative")) } == .unchanged)
        }
    }
}

@Suite("Store: rules")
struct StoreRuleTests {
    @Test func iceIsUniqueAcrossCooperatives() throws {
        try withStore { (store, _) throws in
            _ = try store.write { try $0.save(cooperative()) }
            let thief = cooperative("maalem-fes", ice: "002345678000091", region: "MA-03")
            #expect(throws: Issue(.duplicateICE, ["value": "002345678000091", "other": "tafoukt-argan"], field: "ice")) {
                _ = try store.write { try $0.save(thief) }
            }
            #expect(try store.read { try $0.cooperative("maalem-fes") } == nil)
            // Once the first cooperative has a new ICE, the old one is free.
            try store.write { (writer) throws in
                try writer.save(cooperative(ice: "002345678000092"))
                #expect(try writer.save(thief) == .added)
            }
            #expect(try store.read { try $0.cooperativeID(ice: "002345678000091") } == "maalem-fes")
        }
    }

    @Test func removingACooperativeWithProductsIsRefused() throws {
        try withStore { (store, _) throws in
            try store.write { (writer) throws in
                try writer.save(igpArgane)
                try writer.save(cooperative())
                try writer.save(product("TAF-ARG-250", certificates: [certificate("igp-argane", "2023-01-01", "2027-12-31")]))
                try writer.save(product("TAF-AML-250", french: "Amlou"))
            }
            do {
                _ = try store.write { try $0.removeCooperative("tafoukt-argan", withProducts: false) }
                Testing.Issue.record("removal was not refused")
            } catch let error as CatalogError {
                #expect(error.message == Message(.cooperativeHasProducts, ["value": "tafoukt-argan", "count": "2"]))
            }
            #expect(try store.read { try $0.cooperative("tafoukt-argan") } != nil)
            #expect(try store.read { try $0.countProducts() } == 2)

            #expect(try store.write { try $0.removeCooperative("tafoukt-argan", withProducts: true) })
            try store.read { (reader) throws in
                #expect(try reader.cooperative("tafoukt-argan") == nil)
                #expect(try reader.countProducts() == 0)
                #expect(try Int.fetchOne(reader.db, sql: "SELECT count(*) FROM certificates") == 0)
                #expect(try reader.countProducts(ProductFilter(search: "amlou")) == 0)
            }
            #expect(try store.write { try $0.removeCooperative("tafoukt-argan", withProducts: false) } == false)
        }
    }

    @Test func removingACooperativeWithoutProducts() throws {
        try withStore { (store, _) throws in
            var coop = cooperative()
            coop.knowHowIDs = ["argan-oil-extraction"]
            try store.write { (writer) throws in
                try writer.save(arganKnowHow)
                try writer.save(coop)
            }
            #expect(try store.write { try $0.removeCooperative("tafoukt-argan", withProducts: false) })
            #expect(try store.read { try Int.fetchOne($0.db, sql: "SELECT count(*) FROM cooperative_know_how") } == 0)
        }
    }

    @Test func removingAProduct() throws {
        try withStore { (store, _) throws in
            try store.write { (writer) throws in
                try writer.save(cooperative())
                try writer.save(product("TAF-ARG-250"))
            }
            #expect(try store.write { try $0.removeProduct("TAF-ARG-250") })
            #expect(try store.write { try $0.removeProduct("TAF-ARG-250") } == false)
            #expect(try store.read { try $0.product("TAF-ARG-250") } == nil)
        }
    }

    @Test func changeStockAddsAndRemovesButNeverBelowZeroNorOnMadeToOrder() throws {
        try withStore { (store, _) throws in
            try store.write { (writer) throws in
                try writer.save(cooperative())
                try writer.save(product("TAF-ARG-250", availability: .inStock(120)))
                try writer.save(product("TZB-BOU-1", category: "craft.textile.carpet", availability: .madeToOrder(leadDays: 45)))
            }
            #expect(try store.write { try $0.changeStock(sku: "TAF-ARG-250", by: 5) } == 125)
            #expect(try store.write { try $0.changeStock(sku: "TAF-ARG-250", by: -125) } == 0)
            #expect(try store.read { try $0.product("TAF-ARG-250")?.availability } == .inStock(0))
            do {
                _ = try store.write { try $0.changeStock(sku: "TAF-ARG-250", by: -1) }
                Testing.Issue.record("negative stock was accepted")
            } catch let error as CatalogError {
                #expect(error.message == Message(.stockWouldGoNegative, ["value": "TAF-ARG-250", "stock": "0", "change": "1"]))
            }
            #expect(try store.read { try $0.product("TAF-ARG-250")?.availability } == .inStock(0))
            #expect(catalogErrorKey { _ = try store.write { try $0.changeStock(sku: "NOPE", by: 1) } } == .productNotFound)
            #expect(throws: Issue(.stockAndMadeToOrder, field: "stock")) {
                try store.write { try $0.changeStock(sku: "TZB-BOU-1", by: 1) }
            }
        }
    }

    @Test func changeStockIsPartOfTheTransaction() throws {
        try withStore { (store, _) throws in
            try store.write { (writer) throws in
                try writer.save(cooperative())
                try writer.save(product("TAF-ARG-250", availability: .inStock(10)))
            }
            // Two changes in one transaction: the second fails, so the first is undone too.
            var first: Int?
            let key = catalogErrorKey {
                try store.write { (writer) throws in
                    first = try writer.changeStock(sku: "TAF-ARG-250", by: -4)
                    _ = try writer.changeStock(sku: "TAF-ARG-250", by: -7)
                }
            }
            #expect(first == 6)
            #expect(key == .stockWouldGoNegative)
            #expect(try store.read { try $0.product("TAF-ARG-250")?.availability } == .inStock(10))
        }
    }

    @Test func aFailingWriteRollsBack() throws {
        struct Boom: Error {}
        try withStore { (store, _) throws in
            _ = try store.write { try $0.save(cooperative()) }
            #expect(throws: Boom.self) {
                try store.write { (writer) throws in
                    try writer.save(igpArgane)
                    try writer.save(cooperative("maalem-fes", ice: "002478310000075", region: "MA-03"))
                    try writer.save(product("TAF-ARG-250"))
                    _ = try writer.removeCooperative("tafoukt-argan", withProducts: true)
                    #expect(try writer.reader.cooperative("tafoukt-argan") == nil)
                    throw Boom()
                }
            }
            try store.read { (reader) throws in
                #expect(try reader.certificationScheme("igp-argane") == nil)
                #expect(try reader.cooperative("maalem-fes") == nil)
                #expect(try reader.cooperative("tafoukt-argan") == cooperative())
                #expect(try reader.countProducts() == 0)
                #expect(try reader.countProducts(ProductFilter(search: "huile")) == 0)
            }
        }
    }

    @Test func aRefusedRowRollsBackTheWholeWrite() throws {
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

    @Test func movingACooperativeMovesProductsWithoutOrigin() throws {
        try withStore { (store, _) throws in
            try store.write { (writer) throws in
                try writer.save(cooperative())
                try writer.save(product("TAF-ARG-250"))
                try writer.save(product("TAF-OLV-500", category: "food.oil.olive", origin: "MA-03"))
            }
            _ = try store.write { try $0.save(cooperative(region: "MA-07")) }
            try store.read { (reader) throws in
                var skus: [String] = []
                try reader.forEachProduct(ProductFilter(region: region("MA-07"))) { skus.append($0.sku) }
                #expect(skus == ["TAF-ARG-250"])
                #expect(try reader.countProducts(ProductFilter(region: region("MA-09"))) == 0)
                #expect(try reader.countProducts(ProductFilter(region: region("MA-03"))) == 1)
            }
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
        #expect(error.message == Message(.catalogIsDirectory, ["path": scratch.url.path]))
    }

    @Test func aTextFileIsNotACatalogAndIsLeftUntouched() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.path("notes.txt")
        try String(repeating: "cooperative;sku;price\n", count: 200).write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(openError(path))
        #expect(error.message == Message(.catalogNotDatabase, ["path": path]))
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("cooperative;sku;price\n"))
        #expect(openError(path, readOnly: true)?.message.key == .catalogNotDatabase)
    }

    @Test func otherApplicationsDatabase() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.path("other.sqlite")
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE notes (text TEXT)") }
        #expect(openError(path)?.message == Message(.catalogNotDatabase, ["path": path]))
    }

    @Test func aCatalogFromANewerVersionIsRefused() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.path("catalog.sqlite")
        try SQLiteCatalogStore(path: path).write {
            try $0.db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')")
        }
        #expect(openError(path)?.message == Message(.catalogTooNew, ["path": path, "found": "v9-future"]))
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
            #expect(error.message == Message(.catalogReadOnly, ["path": path]))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func folderThatCannotBeCreated() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        try "x".write(toFile: scratch.path("file"), atomically: true, encoding: .utf8)
        let path = scratch.path("file/catalog.sqlite")
        #expect(openError(path)?.message.key == .catalogCannotOpen)
        #expect(openError(path)?.message.arguments["path"] == path)
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
            openError(path, readOnly: true)?.message == Message(.catalogCannotOpen, ["path": path, "reason": "no such file"]))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func readOnlyStoreRefusesWrites() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.path("catalog.sqlite")
        _ = try SQLiteCatalogStore(path: path).write { try $0.save(cooperative()) }
        let store = try SQLiteCatalogStore(path: path, readOnly: true)
        #expect(try store.read { try $0.cooperative("tafoukt-argan") } == cooperative())
        #expect(catalogErrorKey { _ = try store.write { try $0.save(igpArgane) } } == .catalogReadOnly)
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
