import Testing
import TiwiziCore
import TiwiziStore

/// The rules a store keeps itself: references, unique ICEs, removals, stock.
extension CatalogConformance {
    static let rules = [
        ConformanceCheck("a product of an unknown cooperative is refused") { try unknownCooperativeIsRefused($0) },
        ConformanceCheck("an ICE belongs to one cooperative") { try iceIsUnique($0) },
        ConformanceCheck("removing a product") { try removingAProduct($0) },
        ConformanceCheck("removing a cooperative that has products") { try removingACooperativeWithProducts($0) },
        ConformanceCheck("removing a cooperative without products") { try removingACooperativeWithoutProducts($0) },
        ConformanceCheck("stock changes, never below zero nor on made-to-order") { try changingStock($0) },
        ConformanceCheck("products without origin follow their cooperative's seat") { try movingACooperative($0) },
    ]

    private static func unknownCooperativeIsRefused(_ store: some CatalogStore) throws {
        #expect(throws: Refusal.unknownCooperative("tafoukt-argan")) {
            try store.write { try $0.save(product("TAF-ARG-250")) }
        }
        #expect(try store.read { try $0.countProducts() } == 0)
    }

    private static func iceIsUnique(_ store: some CatalogStore) throws {
        try store.seed(cooperatives: [cooperative()])
        let thief = cooperative("maalem-fes", ice: "002345678000091", region: "MA-03")
        #expect(throws: Refusal.duplicateICE("002345678000091", owner: "tafoukt-argan")) {
            try store.write { try $0.save(thief) }
        }
        #expect(try store.read { try $0.cooperative("maalem-fes") } == nil)
        // Once the first cooperative has a new ICE, the old one is free.
        try store.write { (writer) throws in
            try writer.save(cooperative(ice: "002345678000092"))
            #expect(try writer.save(thief) == .added)
        }
        #expect(try store.read { try $0.cooperativeID(ice: "002345678000091") } == "maalem-fes")
    }

    private static func removingAProduct(_ store: some CatalogStore) throws {
        try store.seed(
            schemes: [igpArgane], cooperatives: [cooperative()],
            products: [
                product("TAF-ARG-250", certificates: [certificate("igp-argane", "2023-01-01", "2027-12-31")]),
                product("TAF-AML-250", french: "Amlou"),
            ])
        #expect(try store.write { try $0.removeProduct("TAF-ARG-250") })
        #expect(try store.write { try $0.removeProduct("TAF-ARG-250") } == false)
        try store.read { (reader) throws in
            #expect(try reader.product("TAF-ARG-250") == nil)
            #expect(try reader.product("TAF-AML-250") != nil)
            #expect(try reader.productSKUs(schemeID: "igp-argane") == [])
            #expect(try reader.countProducts(ProductFilter(search: "huile")) == 0)
        }
    }

    private static func removingACooperativeWithProducts(_ store: some CatalogStore) throws {
        try store.seed(
            schemes: [igpArgane], cooperatives: [cooperative(), cooperative("maalem-fes", ice: "002478310000075")],
            products: [
                product("TAF-ARG-250", certificates: [certificate("igp-argane", "2023-01-01", "2027-12-31")]),
                product("TAF-AML-250", french: "Amlou"), product("MAL-ZEL-01", of: "maalem-fes", french: "Zellige"),
            ])
        let before = try Contents(store)
        let refusal = catalogError { _ = try store.write { try $0.removeCooperative("tafoukt-argan", withProducts: false) } }
        #expect(Refusal.isCooperativeHasProducts(refusal, id: "tafoukt-argan", count: 2))
        #expect(try Contents(store) == before)

        #expect(try store.write { try $0.removeCooperative("tafoukt-argan", withProducts: true) })
        try store.read { (reader) throws in
            #expect(try reader.cooperative("tafoukt-argan") == nil)
            #expect(try reader.product("TAF-ARG-250") == nil)
            #expect(try reader.countProducts() == 1)
            #expect(try reader.productSKUs(schemeID: "igp-argane") == [])
            #expect(try reader.countProducts(ProductFilter(search: "amlou")) == 0)
        }
        #expect(try store.write { try $0.removeCooperative("tafoukt-argan", withProducts: false) } == false)
    }

    private static func removingACooperativeWithoutProducts(_ store: some CatalogStore) throws {
        var coop = cooperative()
        coop.knowHowIDs = ["argan-oil-extraction"]
        try store.seed(knowHow: [arganKnowHow], cooperatives: [coop])
        #expect(try store.write { try $0.removeCooperative("tafoukt-argan", withProducts: false) })
        try store.read { (reader) throws in
            #expect(try reader.cooperative("tafoukt-argan") == nil)
            #expect(try reader.cooperativeID(ice: coop.ice) == nil)
            #expect(try reader.knowHow("argan-oil-extraction") == arganKnowHow)
        }
        // Its ICE is free again.
        #expect(try store.write { try $0.save(cooperative("other", ice: coop.ice)) } == .added)
    }

    private static func changingStock(_ store: some CatalogStore) throws {
        try store.seed(
            cooperatives: [cooperative()],
            products: [
                product("TAF-ARG-250", availability: .inStock(120)),
                product("TZB-BOU-1", category: "craft.textile.carpet", availability: .madeToOrder(leadDays: 45)),
            ])
        #expect(try store.write { try $0.changeStock(sku: "TAF-ARG-250", by: 5) } == 125)
        #expect(try store.write { try $0.changeStock(sku: "TAF-ARG-250", by: -125) } == 0)
        #expect(try store.read { try $0.product("TAF-ARG-250")?.availability } == .inStock(0))
        let negative = catalogError { _ = try store.write { try $0.changeStock(sku: "TAF-ARG-250", by: -1) } }
        #expect(Refusal.isStockWouldGoNegative(negative, sku: "TAF-ARG-250", stock: 0, change: -1))
        #expect(try store.read { try $0.product("TAF-ARG-250")?.availability } == .inStock(0))
        #expect(Refusal.isProductNotFound(catalogError { _ = try store.write { try $0.changeStock(sku: "NOPE", by: 1) } }))
        #expect(throws: Refusal.stockAndMadeToOrder) {
            try store.write { try $0.changeStock(sku: "TZB-BOU-1", by: 1) }
        }
        #expect(try store.read { try $0.product("TZB-BOU-1")?.availability } == .madeToOrder(leadDays: 45))
    }

    private static func movingACooperative(_ store: some CatalogStore) throws {
        try store.seed(
            cooperatives: [cooperative()],
            products: [product("TAF-ARG-250"), product("TAF-OLV-500", category: "food.oil.olive", origin: "MA-03")])
        _ = try store.write { try $0.save(cooperative(region: "MA-07")) }
        try store.read { (reader) throws in
            var skus: [String] = []
            try reader.forEachProduct(ProductFilter(region: region("MA-07"))) { skus.append($0.sku) }
            #expect(skus == ["TAF-ARG-250"])
            #expect(try reader.countProducts(ProductFilter(region: region("MA-09"))) == 0)
            #expect(try reader.countProducts(ProductFilter(region: region("MA-03"))) == 1)
            #expect(try reader.seat(ofCooperative: "tafoukt-argan") == region("MA-07"))
        }
    }
}
