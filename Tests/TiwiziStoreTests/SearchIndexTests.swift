import CatalogConformance
import Foundation
import GRDB
import Testing
import TiwiziCore

@testable import TiwiziStore

/// How the SQLite store searches: an FTS5 index over the names, queried with quoted prefixes.
/// What searches find is the conformance suite's business (`Listings.swift`).
@Suite("Store: SQLite search index")
struct SearchIndexTests {
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

    @Test func searchTermsBecomeQuotedPrefixMatches() {
        #expect(ProductFilter.matchPattern("huile arg") == "\"huile\"* \"arg\"*")
        #expect(ProductFilter.matchPattern("  ") == nil)
        #expect(ProductFilter.matchPattern("d'argan") == "\"d\"* \"argan\"*")
        #expect(ProductFilter.matchPattern("say \"hi\"") == "\"say\"* \"hi\"*")
        // A word of marks alone is no word.
        #expect(ProductFilter.matchPattern("\u{064E}\u{0640}") == nil)
    }
}
