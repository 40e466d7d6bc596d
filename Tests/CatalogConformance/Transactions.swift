import Testing
import TiwiziCore
import TiwiziStore

/// Transactions: all or nothing, rehearsals that never land, read-only stores.
extension CatalogConformance {
    static let transactions = [
        ConformanceCheck("an error inside write leaves the catalog as it was") { try aFailingWriteChangesNothing($0) },
        ConformanceCheck("a refused save rolls back the whole write") { try aRefusedSaveRollsBack($0) },
        ConformanceCheck("a write reads what it wrote; reads see what was committed") { try readsSeeCommits($0) },
        ConformanceCheck("rehearse sees its writes and never persists them") { try rehearsalsNeverLand($0) },
        ConformanceCheck("blocks return their body's value") { try blocksReturnValues($0) },
        ConformanceCheck("a read-only store reads but refuses writes", factory: { try readOnlyRefusesWrites($0) }),
    ]

    private struct Boom: Error {}

    private static func seedSmallCatalog(_ store: some CatalogStore) throws {
        try store.seed(
            schemes: [igpArgane], knowHow: [arganKnowHow], cooperatives: [cooperative()],
            products: [
                product("TAF-ARG-250", certificates: [certificate("igp-argane", "2023-01-01", "2027-12-31")]),
                product("TAF-AML-250", french: "Amlou", availability: .inStock(4)),
            ])
    }

    private static func aFailingWriteChangesNothing(_ store: some CatalogStore) throws {
        try seedSmallCatalog(store)
        let before = try Contents(store)
        #expect(throws: Boom.self) {
            try store.write { (writer) throws in
                var scheme = igpArgane
                scheme.area = []
                try writer.save(scheme)
                try writer.save(zelligeKnowHow)
                try writer.save(cooperative("maalem-fes", ice: "002478310000075", region: "MA-03"))
                try writer.save(product("MAL-ZEL-01", of: "maalem-fes", french: "Zellige"))
                _ = try writer.changeStock(sku: "TAF-AML-250", by: -3)
                _ = try writer.removeProduct("TAF-ARG-250")
                _ = try writer.removeCooperative("tafoukt-argan", withProducts: true)
                #expect(try writer.reader.cooperative("tafoukt-argan") == nil)
                throw Boom()
            }
        }
        #expect(try Contents(store) == before)
        try store.read { (reader) throws in
            #expect(try reader.countProducts(ProductFilter(search: "zellige")) == 0)
            #expect(try reader.countProducts(ProductFilter(search: "amlou")) == 1)
            #expect(try reader.cooperativeID(ice: "002478310000075") == nil)
        }
    }

    private static func aRefusedSaveRollsBack(_ store: some CatalogStore) throws {
        try seedSmallCatalog(store)
        let before = try Contents(store)
        #expect(throws: Refusal.unknownCooperative("nope")) {
            try store.write { (writer) throws in
                _ = try writer.changeStock(sku: "TAF-AML-250", by: 10)
                try writer.save(product("TAF-NEW-1"))
                try writer.save(product("TAF-NEW-2", of: "nope"))
            }
        }
        #expect(try Contents(store) == before)
    }

    private static func readsSeeCommits(_ store: some CatalogStore) throws {
        try store.write { (writer) throws in
            try writer.save(cooperative())
            #expect(try writer.reader.cooperative("tafoukt-argan") == cooperative())
            try writer.save(product("TAF-ARG-250"))
            #expect(try writer.reader.countProducts() == 1)
            #expect(try writer.changeStock(sku: "TAF-ARG-250", by: 2) == 12)
            #expect(try writer.reader.product("TAF-ARG-250")?.availability == .inStock(12))
        }
        try store.read { (reader) throws in
            #expect(try reader.cooperative("tafoukt-argan") == cooperative())
            #expect(try reader.product("TAF-ARG-250")?.availability == .inStock(12))
        }
    }

    private static func rehearsalsNeverLand(_ store: some CatalogStore) throws {
        try seedSmallCatalog(store)
        let before = try Contents(store)
        let outcome = try store.rehearse { (writer) throws in
            let outcome = try writer.save(cooperative("maalem-fes", ice: "002478310000075"))
            #expect(try writer.reader.cooperative("maalem-fes") != nil)
            #expect(try writer.changeStock(sku: "TAF-AML-250", by: -4) == 0)
            #expect(try writer.removeProduct("TAF-ARG-250"))
            return outcome
        }
        #expect(outcome == .added)
        #expect(try Contents(store) == before)
        #expect(throws: Boom.self) { try store.rehearse { _ -> Int in throw Boom() } }
        #expect(try Contents(store) == before)
        // The catalog still takes writes after rehearsals.
        #expect(try store.write { try $0.save(cooperative("maalem-fes", ice: "002478310000075")) } == .added)
    }

    private static func blocksReturnValues(_ store: some CatalogStore) throws {
        #expect(try store.write { _ in "written" } == "written")
        #expect(try store.read { _ in 42 } == 42)
        #expect(try store.rehearse { _ in [1, 2] } == [1, 2])
        #expect(!store.isReadOnly)
    }

    private static func readOnlyRefusesWrites(_ factory: CatalogFactory) throws {
        let store = try factory.empty()
        try seedSmallCatalog(store)
        let readOnly = try factory.readOnly(store)
        #expect(readOnly.isReadOnly)
        #expect(readOnly.location == store.location)
        let before = try Contents(store)
        #expect(try Contents(readOnly) == before)
        #expect(Refusal.isReadOnly(catalogError { _ = try readOnly.write { try $0.save(moroccoHandmade) } }))
        #expect(Refusal.isReadOnly(catalogError { _ = try readOnly.rehearse { try $0.save(moroccoHandmade) } }))
        #expect(Refusal.isReadOnly(catalogError { _ = try readOnly.write { try $0.changeStock(sku: "TAF-AML-250", by: 1) } }))
        #expect(try Contents(store) == before)
        // What the writable store commits afterwards, the read-only one reads.
        _ = try store.write { try $0.save(moroccoHandmade) }
        #expect(try readOnly.read { try $0.certificationScheme("morocco-handmade") } == moroccoHandmade)
    }
}
