import Foundation
import GRDB
import Testing
import TiwiziCore

@testable import TiwiziStore

/// A small catalog that exercises every filter: two cooperatives in two regions, products with
/// and without origin, valid and expired certificates, the three stock statuses.
private func withFilterCatalog(_ body: (SQLiteCatalogStore) throws -> Void) throws {
    try withStore { (store, _) throws in
        try store.write { (writer) throws in
            try writer.save(igpArgane)
            try writer.save(moroccoHandmade)
            try writer.save(cooperative())
            try writer.save(cooperative("maalem-fes", ice: "002478310000075", region: "MA-03"))
            try writer.save(
                product(
                    "TAF-ARG-250", french: "Huile d'argan alimentaire", arabic: "زيت أركان غذائي", availability: .inStock(120),
                    certificates: [certificate("igp-argane", "2023-01-01", "2027-12-31")]))
            try writer.save(
                product(
                    "TAF-AML-250", french: "Amlou aux amandes", arabic: "أملو باللوز", category: "food.spread.amlou",
                    availability: .inStock(0)))
            try writer.save(
                product("TAF-MIX-1", french: "Huiles du Souss", category: "food.oils", availability: .inStock(3)))
            try writer.save(
                product(
                    "TAF-OLV-500", french: "Huile d'olive de Fès", arabic: "زيت الزيتون", category: "food.oil.olive",
                    availability: .inStock(8), origin: "MA-03"))
            try writer.save(
                product(
                    "MAL-ZEL-01", of: "maalem-fes", french: "Zellige de Fès « étoile »", arabic: "زليج فاس",
                    category: "craft.zellige", availability: .madeToOrder(leadDays: 30),
                    certificates: [certificate("morocco-handmade", "2025-03-01", "2028-02-29")]))
            try writer.save(
                product(
                    "MAL-ARG-100", of: "maalem-fes", french: "Argan torréfié", category: "food.oil.argan",
                    availability: .inStock(2), origin: "MA-09",
                    certificates: [certificate("igp-argane", "2020-01-01", "2022-12-31")]))
        }
        try body(store)
    }
}

private func skus(_ store: SQLiteCatalogStore, _ filter: ProductFilter) throws -> [String] {
    try store.read { (reader) throws in
        var found: [String] = []
        try reader.forEachProduct(filter) { found.append($0.sku) }
        if filter.limit == nil { #expect(try reader.countProducts(filter) == found.count) }
        return found
    }
}

private let june2025 = day("2025-06-15")

@Suite("Store: product filters")
struct ProductFilterTests {
    @Test func noFilterListsEverythingInSKUOrder() throws {
        try withFilterCatalog { (store) throws in
            #expect(
                try skus(store, ProductFilter(day: june2025)) == [
                    "MAL-ARG-100", "MAL-ZEL-01", "TAF-AML-250", "TAF-ARG-250", "TAF-MIX-1", "TAF-OLV-500",
                ])
        }
    }

    @Test func byCooperativeKeepsOnlyItsProducts() throws {
        try withFilterCatalog { (store) throws in
            #expect(try skus(store, ProductFilter(cooperativeID: "maalem-fes")) == ["MAL-ARG-100", "MAL-ZEL-01"])
            #expect(try skus(store, ProductFilter(cooperativeID: "nope")) == [])
        }
    }

    @Test func byRegionUsesTheOriginElseTheSeat() throws {
        try withFilterCatalog { (store) throws in
            #expect(
                try skus(store, ProductFilter(region: region("MA-09"))) == [
                    "MAL-ARG-100", "TAF-AML-250", "TAF-ARG-250", "TAF-MIX-1",
                ])
            #expect(try skus(store, ProductFilter(region: region("MA-03"))) == ["MAL-ZEL-01", "TAF-OLV-500"])
            #expect(try skus(store, ProductFilter(region: region("MA-12"))) == [])
        }
    }

    @Test func byCategoryPrefix() throws {
        try withFilterCatalog { (store) throws in
            #expect(
                try skus(store, ProductFilter(category: Category("food.oil"))) == ["MAL-ARG-100", "TAF-ARG-250", "TAF-OLV-500"])
            #expect(try skus(store, ProductFilter(category: Category("food.oil.argan"))) == ["MAL-ARG-100", "TAF-ARG-250"])
            #expect(try skus(store, ProductFilter(category: Category("food.oils"))) == ["TAF-MIX-1"])
            #expect(try skus(store, ProductFilter(category: Category("food.oi"))) == [])
            #expect(try skus(store, ProductFilter(category: Category("food.oil.arg"))) == [])
            #expect(try skus(store, ProductFilter(category: Category("craft"))) == ["MAL-ZEL-01"])
            #expect(try skus(store, ProductFilter(category: Category("food"))).count == 5)
        }
    }

    @Test func categoryPrefixDoesNotMatchHyphenatedSibling() throws {
        try withFilterCatalog { (store) throws in
            _ = try store.write { try $0.save(product("TAF-OIL-PRESS", category: "food.oil-press")) }
            #expect(
                try skus(store, ProductFilter(category: Category("food.oil"))) == ["MAL-ARG-100", "TAF-ARG-250", "TAF-OLV-500"])
            #expect(try skus(store, ProductFilter(category: Category("food.oil-press"))) == ["TAF-OIL-PRESS"])
        }
    }

    @Test func bySchemeValidOnTheDay() throws {
        try withFilterCatalog { (store) throws in
            for (date, expected) in [
                ("2025-06-15", ["TAF-ARG-250"]), ("2021-06-01", ["MAL-ARG-100"]), ("2022-12-31", ["MAL-ARG-100"]),
                ("2023-01-01", ["TAF-ARG-250"]), ("2027-12-31", ["TAF-ARG-250"]), ("2028-01-01", []), ("2019-12-31", []),
            ] {
                #expect(try skus(store, ProductFilter(schemeID: "igp-argane", day: day(date))) == expected, "\(date)")
            }
            #expect(try skus(store, ProductFilter(schemeID: "morocco-handmade", day: june2025)) == ["MAL-ZEL-01"])
            #expect(try skus(store, ProductFilter(schemeID: "bio-maroc", day: june2025)) == [])
        }
    }

    @Test func byStockStatusSeparatesInStockOutOfStockAndMadeToOrder() throws {
        try withFilterCatalog { (store) throws in
            #expect(
                try skus(store, ProductFilter(stockStatus: .inStock)) == [
                    "MAL-ARG-100", "TAF-ARG-250", "TAF-MIX-1", "TAF-OLV-500",
                ])
            #expect(try skus(store, ProductFilter(stockStatus: .outOfStock)) == ["TAF-AML-250"])
            #expect(try skus(store, ProductFilter(stockStatus: .madeToOrder)) == ["MAL-ZEL-01"])
        }
    }

    @Test func searchIgnoresFrenchAccentsAndCase() throws {
        try withFilterCatalog { (store) throws in
            #expect(try skus(store, ProductFilter(search: "fes")) == ["MAL-ZEL-01", "TAF-OLV-500"])
            #expect(try skus(store, ProductFilter(search: "FÈS")) == ["MAL-ZEL-01", "TAF-OLV-500"])
            #expect(try skus(store, ProductFilter(search: "torrefie")) == ["MAL-ARG-100"])
            #expect(try skus(store, ProductFilter(search: "Etoile")) == ["MAL-ZEL-01"])
            #expect(try skus(store, ProductFilter(search: "Fe\u{0300}s zellige")) == ["MAL-ZEL-01"])
        }
    }

    @Test func searchFindsArabicWords() throws {
        try withFilterCatalog { (store) throws in
            #expect(try skus(store, ProductFilter(search: "زليج")) == ["MAL-ZEL-01"])
            #expect(try skus(store, ProductFilter(search: "زيت")) == ["TAF-ARG-250", "TAF-OLV-500"])
            #expect(try skus(store, ProductFilter(search: "أرك")) == ["TAF-ARG-250"])
            #expect(try skus(store, ProductFilter(search: "فاس")) == ["MAL-ZEL-01"])
        }
    }

    @Test func searchIgnoresArabicShortVowelsAndTatweel() throws {
        try withFilterCatalog { (store) throws in
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
            #expect(try skus(store, ProductFilter(search: "فَاس")) == ["MAL-ZEL-01"])
            // A word of marks alone is no word.
            #expect(ProductFilter.matchPattern("\u{064E}\u{0640}") == nil)
        }
    }

    /// `SearchText` (for what is typed) and the index's triggers (for what is stored) are written
    /// apart, the triggers frozen in their migration: they must drop the same marks.
    @Test func theIndexDropsEveryMarkThatSearchesIgnore() throws {
        try withStore { (store, _) throws in
            let marks = String(String.UnicodeScalarView(SearchText.ignored.sorted().compactMap(Unicode.Scalar.init)))
            try store.write { (writer) throws in
                try writer.save(cooperative())
                try writer.save(product("TAF-ZIT-1", arabic: "ز" + marks + "يت"))
            }
            #expect(try store.read { try String.fetchOne($0.db, sql: "SELECT name_ar FROM products_fts") } == "زيت")
            #expect(SearchText.plain("ز" + marks + "يت") == "زيت")
        }
    }

    @Test func searchMatchesWordPrefixesAndEveryWord() throws {
        try withFilterCatalog { (store) throws in
            #expect(try skus(store, ProductFilter(search: "arg")) == ["MAL-ARG-100", "TAF-ARG-250"])
            #expect(try skus(store, ProductFilter(search: "huile arg")) == ["TAF-ARG-250"])
            #expect(try skus(store, ProductFilter(search: "huile")) == ["TAF-ARG-250", "TAF-MIX-1", "TAF-OLV-500"])
            #expect(try skus(store, ProductFilter(search: "rgan")) == [])
            #expect(try skus(store, ProductFilter(search: "huile chocolat")) == [])
        }
    }

    @Test(arguments: [
        "\"", "huile \"d'argan", "\"huile\"", "d\"argan", "'; DROP TABLE products; --", "argan*", "NEAR(huile argan)",
        "huile AND", "OR", "-argan", "^huile", "huile:argan", "{name_fr}: argan", "()",
    ])
    func searchTextNeverBreaksTheQuery(text: String) throws {
        try withFilterCatalog { (store) throws in
            _ = try skus(store, ProductFilter(search: text))
            #expect(try store.read { try $0.countProducts() } == 6)
        }
    }

    @Test func quotedSearchStillFinds() throws {
        try withFilterCatalog { (store) throws in
            #expect(try skus(store, ProductFilter(search: "\"huile\" \"d'argan")) == ["TAF-ARG-250"])
            #expect(try skus(store, ProductFilter(search: "«étoile»")) == ["MAL-ZEL-01"])
        }
    }

    @Test func searchTermsBecomeQuotedPrefixMatches() {
        #expect(ProductFilter.matchPattern("huile arg") == "\"huile\"* \"arg\"*")
        #expect(ProductFilter.matchPattern("  ") == nil)
        #expect(ProductFilter.matchPattern("d'argan") == "\"d\"* \"argan\"*")
    }

    @Test func searchFollowsUpdatesAndRemovals() throws {
        try withFilterCatalog { (store) throws in
            _ = try store.write {
                try $0.save(product("TAF-AML-250", french: "Pâte de cacahuètes", category: "food.spread.amlou"))
            }
            #expect(try skus(store, ProductFilter(search: "amlou")) == [])
            #expect(try skus(store, ProductFilter(search: "cacahuetes")) == ["TAF-AML-250"])
            #expect(try store.write { try $0.removeProduct("TAF-AML-250") })
            #expect(try skus(store, ProductFilter(search: "cacahuetes")) == [])
        }
    }

    @Test func combinedFiltersAllApply() throws {
        try withFilterCatalog { (store) throws in
            let filter = ProductFilter(
                cooperativeID: "tafoukt-argan", region: region("MA-09"), category: Category("food"), stockStatus: .inStock,
                search: "huile")
            #expect(try skus(store, filter) == ["TAF-ARG-250", "TAF-MIX-1"])
        }
    }

    @Test func limitCapsTheListInSKUOrder() throws {
        try withFilterCatalog { (store) throws in
            #expect(try skus(store, ProductFilter(limit: 2)) == ["MAL-ARG-100", "MAL-ZEL-01"])
            #expect(try skus(store, ProductFilter(category: Category("food.oil"), limit: 1)) == ["MAL-ARG-100"])
            #expect(try skus(store, ProductFilter(limit: 0)) == [])
            #expect(try skus(store, ProductFilter(limit: 100)).count == 6)
        }
    }

    @Test func listingsReturnWholeProducts() throws {
        try withFilterCatalog { (store) throws in
            let found = try store.read { (reader) throws in
                var found: [Product] = []
                try reader.forEachProduct(ProductFilter(search: "zellige")) { found.append($0) }
                return found
            }
            #expect(found == [try store.read { try $0.product("MAL-ZEL-01") }])
            #expect(found.first?.certificates.map(\.schemeID) == ["morocco-handmade"])
        }
    }
}
