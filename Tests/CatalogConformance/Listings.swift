import Testing
import TiwiziCore
import TiwiziStore

/// Product listings: each filter criterion, search in any language, counts and limits.
extension CatalogConformance {
    static let listings = [
        ConformanceCheck("no filter lists every product in SKU order") { try noFilter($0) },
        ConformanceCheck("filter by cooperative") { try byCooperative($0) },
        ConformanceCheck("filter by region: the origin, else the seat") { try byRegion($0) },
        ConformanceCheck("filter by category prefix") { try byCategory($0) },
        ConformanceCheck("filter by scheme valid on the day") { try byScheme($0) },
        ConformanceCheck("filter by stock status") { try byStockStatus($0) },
        ConformanceCheck("search ignores French accents and case") { try searchInFrench($0) },
        ConformanceCheck("search finds Arabic words, harakat and tatweel aside") { try searchInArabic($0) },
        ConformanceCheck("search matches word prefixes, every word") { try searchByPrefixes($0) },
        ConformanceCheck("no search text breaks the query") { try searchSyntax($0) },
        ConformanceCheck("search follows updates and removals") { try searchFollowsChanges($0) },
        ConformanceCheck("filters combine; the limit caps the list, not the count") { try combinedAndLimited($0) },
        ConformanceCheck("cursors and listings return whole records") { try cursors($0) },
    ]

    /// Two cooperatives in two regions, products with and without origin, valid and expired
    /// certificates, the three stock statuses, names in French and Arabic.
    private static func seedFilterCatalog(_ store: some CatalogStore) throws {
        try store.seed(
            schemes: [igpArgane, moroccoHandmade],
            cooperatives: [cooperative(), cooperative("maalem-fes", ice: "002478310000075", region: "MA-03")],
            products: [
                product(
                    "TAF-ARG-250", french: "Huile d'argan alimentaire", arabic: "زيت أركان غذائي", availability: .inStock(120),
                    certificates: [certificate("igp-argane", "2023-01-01", "2027-12-31")]),
                product(
                    "TAF-AML-250", french: "Amlou aux amandes", arabic: "أملو باللوز", category: "food.spread.amlou",
                    availability: .inStock(0)),
                product("TAF-MIX-1", french: "Huiles du Souss", category: "food.oils", availability: .inStock(3)),
                product(
                    "TAF-OLV-500", french: "Huile d'olive de Fès", arabic: "زيت الزيتون", category: "food.oil.olive",
                    availability: .inStock(8), origin: "MA-03"),
                product(
                    "MAL-ZEL-01", of: "maalem-fes", french: "Zellige de Fès « étoile »", arabic: "زليج فاس",
                    category: "craft.zellige", availability: .madeToOrder(leadDays: 30),
                    certificates: [certificate("morocco-handmade", "2025-03-01", "2028-02-29")]),
                product(
                    "MAL-ARG-100", of: "maalem-fes", french: "Argan torréfié", category: "food.oil.argan",
                    availability: .inStock(2), origin: "MA-09",
                    certificates: [certificate("igp-argane", "2020-01-01", "2022-12-31")]),
            ])
    }

    /// The SKUs the filter lists, after checking that the count agrees.
    private static func skus(_ store: some CatalogStore, _ filter: ProductFilter) throws -> [String] {
        try store.read { (reader) throws in
            var found: [String] = []
            try reader.forEachProduct(filter) { found.append($0.sku) }
            if filter.limit == nil { #expect(try reader.countProducts(filter) == found.count, "count") }
            return found
        }
    }

    private static let june2025 = day("2025-06-15")

    private static func noFilter(_ store: some CatalogStore) throws {
        #expect(try skus(store, ProductFilter()) == [])
        try seedFilterCatalog(store)
        let all = ["MAL-ARG-100", "MAL-ZEL-01", "TAF-AML-250", "TAF-ARG-250", "TAF-MIX-1", "TAF-OLV-500"]
        #expect(try skus(store, ProductFilter(day: june2025)) == all)
        #expect(try store.read { try $0.countProducts() } == 6)
    }

    private static func byCooperative(_ store: some CatalogStore) throws {
        try seedFilterCatalog(store)
        #expect(try skus(store, ProductFilter(cooperativeID: "maalem-fes")) == ["MAL-ARG-100", "MAL-ZEL-01"])
        #expect(try skus(store, ProductFilter(cooperativeID: "nope")) == [])
        #expect(try store.read { try $0.productCount(cooperativeID: "tafoukt-argan") } == 4)
    }

    private static func byRegion(_ store: some CatalogStore) throws {
        try seedFilterCatalog(store)
        let souss = ["MAL-ARG-100", "TAF-AML-250", "TAF-ARG-250", "TAF-MIX-1"]
        #expect(try skus(store, ProductFilter(region: region("MA-09"))) == souss)
        #expect(try skus(store, ProductFilter(region: region("MA-03"))) == ["MAL-ZEL-01", "TAF-OLV-500"])
        #expect(try skus(store, ProductFilter(region: region("MA-12"))) == [])
    }

    private static func byCategory(_ store: some CatalogStore) throws {
        try seedFilterCatalog(store)
        _ = try store.write { try $0.save(product("TAF-OIL-PRESS", category: "food.oil-press")) }
        let oils = ["MAL-ARG-100", "TAF-ARG-250", "TAF-OLV-500"]
        #expect(try skus(store, ProductFilter(category: Category("food.oil"))) == oils)
        #expect(try skus(store, ProductFilter(category: Category("food.oil.argan"))) == ["MAL-ARG-100", "TAF-ARG-250"])
        #expect(try skus(store, ProductFilter(category: Category("food.oils"))) == ["TAF-MIX-1"])
        #expect(try skus(store, ProductFilter(category: Category("food.oil-press"))) == ["TAF-OIL-PRESS"])
        #expect(try skus(store, ProductFilter(category: Category("food.oi"))) == [])
        #expect(try skus(store, ProductFilter(category: Category("food.oil.arg"))) == [])
        #expect(try skus(store, ProductFilter(category: Category("craft"))) == ["MAL-ZEL-01"])
        #expect(try skus(store, ProductFilter(category: Category("food"))).count == 6)
    }

    private static func byScheme(_ store: some CatalogStore) throws {
        try seedFilterCatalog(store)
        for (date, expected) in [
            ("2025-06-15", ["TAF-ARG-250"]), ("2021-06-01", ["MAL-ARG-100"]), ("2022-12-31", ["MAL-ARG-100"]),
            ("2023-01-01", ["TAF-ARG-250"]), ("2027-12-31", ["TAF-ARG-250"]), ("2028-01-01", []), ("2019-12-31", []),
        ] {
            #expect(try skus(store, ProductFilter(schemeID: "igp-argane", day: day(date))) == expected, "\(date)")
        }
        #expect(try skus(store, ProductFilter(schemeID: "morocco-handmade", day: june2025)) == ["MAL-ZEL-01"])
        #expect(try skus(store, ProductFilter(schemeID: "bio-maroc", day: june2025)) == [])
    }

    private static func byStockStatus(_ store: some CatalogStore) throws {
        try seedFilterCatalog(store)
        let inStock = ["MAL-ARG-100", "TAF-ARG-250", "TAF-MIX-1", "TAF-OLV-500"]
        #expect(try skus(store, ProductFilter(stockStatus: .inStock)) == inStock)
        #expect(try skus(store, ProductFilter(stockStatus: .outOfStock)) == ["TAF-AML-250"])
        #expect(try skus(store, ProductFilter(stockStatus: .madeToOrder)) == ["MAL-ZEL-01"])
    }

    private static func searchInFrench(_ store: some CatalogStore) throws {
        try seedFilterCatalog(store)
        #expect(try skus(store, ProductFilter(search: "fes")) == ["MAL-ZEL-01", "TAF-OLV-500"])
        #expect(try skus(store, ProductFilter(search: "FÈS")) == ["MAL-ZEL-01", "TAF-OLV-500"])
        #expect(try skus(store, ProductFilter(search: "torrefie")) == ["MAL-ARG-100"])
        #expect(try skus(store, ProductFilter(search: "Etoile")) == ["MAL-ZEL-01"])
        #expect(try skus(store, ProductFilter(search: "Fe\u{0300}s zellige")) == ["MAL-ZEL-01"])
        #expect(try skus(store, ProductFilter(search: "«étoile»")) == ["MAL-ZEL-01"])
        #expect(try skus(store, ProductFilter(search: "\"huile\" \"d'argan")) == ["TAF-ARG-250"])
    }

    private static func searchInArabic(_ store: some CatalogStore) throws {
        try seedFilterCatalog(store)
        #expect(try skus(store, ProductFilter(search: "زليج")) == ["MAL-ZEL-01"])
        #expect(try skus(store, ProductFilter(search: "أرك")) == ["TAF-ARG-250"])
        #expect(try skus(store, ProductFilter(search: "فاس")) == ["MAL-ZEL-01"])
        try store.write { (writer) throws in
            try writer.save(product("TAF-ZIT-1", french: "Huile", arabic: "زَيْتُ الزَّيْتُون"))
            try writer.save(product("TAF-ZIT-2", french: "Huile", arabic: "زيـــت الأركـان"))
        }
        // Names stored with harakat or tatweel, searched without.
        #expect(try skus(store, ProductFilter(search: "زيت الزيتون")) == ["TAF-OLV-500", "TAF-ZIT-1"])
        #expect(try skus(store, ProductFilter(search: "زيت")) == ["TAF-ARG-250", "TAF-OLV-500", "TAF-ZIT-1", "TAF-ZIT-2"])
        #expect(try skus(store, ProductFilter(search: "الأركان")) == ["TAF-ZIT-2"])
        #expect(try skus(store, ProductFilter(search: "الزيت")) == ["TAF-OLV-500", "TAF-ZIT-1"])
        // Names stored plain, searched with harakat or tatweel.
        #expect(try skus(store, ProductFilter(search: "زَيْتُ الزَّيْتُون")) == ["TAF-OLV-500", "TAF-ZIT-1"])
        #expect(try skus(store, ProductFilter(search: "زلـيـج")) == ["MAL-ZEL-01"])
        #expect(try skus(store, ProductFilter(search: "أَرْك")) == ["TAF-ARG-250"])
        // A word of marks alone is no word: no criterion.
        #expect(try skus(store, ProductFilter(search: "\u{064E}\u{0640}")).count == 8)
    }

    private static func searchByPrefixes(_ store: some CatalogStore) throws {
        try seedFilterCatalog(store)
        #expect(try skus(store, ProductFilter(search: "arg")) == ["MAL-ARG-100", "TAF-ARG-250"])
        #expect(try skus(store, ProductFilter(search: "huile arg")) == ["TAF-ARG-250"])
        #expect(try skus(store, ProductFilter(search: "huile")) == ["TAF-ARG-250", "TAF-MIX-1", "TAF-OLV-500"])
        #expect(try skus(store, ProductFilter(search: "rgan")) == [])
        #expect(try skus(store, ProductFilter(search: "huile chocolat")) == [])
        #expect(try skus(store, ProductFilter(search: "  ")).count == 6)
    }

    private static func searchSyntax(_ store: some CatalogStore) throws {
        try seedFilterCatalog(store)
        for text in [
            "\"", "huile \"d'argan", "\"huile\"", "d\"argan", "'; DROP TABLE products; --", "argan*", "NEAR(huile argan)",
            "huile AND", "OR", "-argan", "^huile", "huile:argan", "{name_fr}: argan", "()",
        ] {
            #expect(throws: Never.self, "\(text)") { _ = try skus(store, ProductFilter(search: text)) }
        }
        #expect(try store.read { try $0.countProducts() } == 6)
    }

    private static func searchFollowsChanges(_ store: some CatalogStore) throws {
        try seedFilterCatalog(store)
        _ = try store.write { try $0.save(product("TAF-AML-250", french: "Pâte de cacahuètes", category: "food.spread.amlou")) }
        #expect(try skus(store, ProductFilter(search: "amlou")) == [])
        #expect(try skus(store, ProductFilter(search: "cacahuetes")) == ["TAF-AML-250"])
        #expect(try store.write { try $0.removeProduct("TAF-AML-250") })
        #expect(try skus(store, ProductFilter(search: "cacahuetes")) == [])
    }

    private static func combinedAndLimited(_ store: some CatalogStore) throws {
        try seedFilterCatalog(store)
        let filter = ProductFilter(
            cooperativeID: "tafoukt-argan", region: region("MA-09"), category: Category("food"), stockStatus: .inStock,
            search: "huile")
        #expect(try skus(store, filter) == ["TAF-ARG-250", "TAF-MIX-1"])
        #expect(try skus(store, ProductFilter(limit: 2)) == ["MAL-ARG-100", "MAL-ZEL-01"])
        #expect(try skus(store, ProductFilter(category: Category("food.oil"), limit: 1)) == ["MAL-ARG-100"])
        #expect(try skus(store, ProductFilter(limit: 0)) == [])
        #expect(try skus(store, ProductFilter(limit: 100)).count == 6)
        #expect(try store.read { try $0.countProducts(ProductFilter(limit: 2)) } == 6)
    }

    private static func cursors(_ store: some CatalogStore) throws {
        try seedFilterCatalog(store)
        try store.read { (reader) throws in
            let cursor = try reader.products(ProductFilter(search: "zellige"))
            #expect(try cursor.next() == (try reader.product("MAL-ZEL-01")))
            #expect(try cursor.next() == nil)
            let all = try reader.products()
            var count = 0
            while try all.next() != nil { count += 1 }
            #expect(count == 6)
            let cooperatives = try reader.cooperatives()
            #expect(try cooperatives.next() == (try reader.cooperative("maalem-fes")))
            #expect(try cooperatives.next()?.id == "tafoukt-argan")
            #expect(try cooperatives.next() == nil)
            let fes = try reader.cooperatives(region: region("MA-03"))
            #expect(try fes.next()?.id == "maalem-fes")
            #expect(try fes.next() == nil)
        }
    }
}
