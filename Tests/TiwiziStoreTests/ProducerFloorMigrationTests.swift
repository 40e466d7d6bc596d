import CatalogConformance
import Foundation
import GRDB
import Testing
import TiwiziCore

@testable import TiwiziStore

/// v3 adds `producer_floor` to cooperatives and products: an older catalog reads without it
/// while opened read-only (read-only commands never migrate), and gains it when opened to write.
@Suite("Store: the producer floor migration")
struct ProducerFloorMigrationTests {
    @Test func anOlderCatalogReadsWithoutFloorsThenGainsTheColumn() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.path("catalog.sqlite")
        let old = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(old, upTo: ArabicSearchV2.identifier)
        try old.write { try insertFirstSchemaRecords($0, products: [("TAF-ARG-250", "زيت أركان")]) }
        try old.close()

        try SQLiteCatalogStore(path: path, readOnly: true).read { (reader) throws in
            #expect(try !reader.db.columns(in: "products").contains { $0.name == "producer_floor" })
            #expect(try reader.cooperative("tafoukt-argan")?.producerFloor == nil)
            #expect(try reader.producerFloor(ofCooperative: "tafoukt-argan") == nil)
            #expect(try reader.product("TAF-ARG-250")?.producerFloor == nil)
            var skus: [String] = []
            try reader.forEachProduct { skus.append($0.sku) }
            #expect(skus == ["TAF-ARG-250"])
        }

        let store = try SQLiteCatalogStore(path: path)
        let share = ProducerFloor.share(Percentage(percent: 85))
        let amount = ProducerFloor.amount(mad(12_000))
        try store.write { (writer) throws in
            var coop = try #require(try writer.reader.cooperative("tafoukt-argan"))
            #expect(coop.producerFloor == nil)
            coop.producerFloor = share
            try writer.save(coop)
            var item = try #require(try writer.reader.product("TAF-ARG-250"))
            item.producerFloor = amount
            try writer.save(item)
        }
        try store.read { (reader) throws in
            #expect(try String.fetchAll(reader.db, sql: "SELECT identifier FROM grdb_migrations").contains("v3-producer-floor"))
            #expect(try reader.cooperative("tafoukt-argan")?.producerFloor == share)
            #expect(try reader.product("TAF-ARG-250")?.producerFloor == amount)
            #expect(try String.fetchOne(reader.db, sql: "SELECT producer_floor FROM cooperatives") == "85 %")
            #expect(try String.fetchOne(reader.db, sql: "SELECT producer_floor FROM products") == "120.00")
        }
    }
}
