import Testing
import TiwiziCore
import TiwiziStore

@testable import TiwiziFormats
@testable import TiwiziInterchange

/// `Importer.run(document:file:)`: records built in memory go through every check of an import.
@Suite("Interchange: importing a document built in memory")
struct DocumentImportTests {
    private func cooperative(ice: String) -> DocumentNode {
        .record([
            ("id", .text("coop-a")), ("name", .record([("fr", .text("Coopérative A"))])), ("ice", .text(ice)),
            ("founded", .text("2000-01-01")), ("region", .text("MA-09")),
            ("members", .record([("total", .number(10)), ("women", .number(5))])),
        ])
    }

    private func document(ice: String) -> DocumentNode {
        .record([
            ("cooperatives", .list([cooperative(ice: ice)], line: nil)),
            (
                "products",
                .list(
                    [
                        .record([
                            ("cooperative", .text("coop-a")), ("sku", .text("T-OIL")),
                            ("name", .record([("fr", .text("Huile"))])), ("category", .text("food.oil")),
                            ("quantity", .record([("amount", .number(1)), ("unit", .text("piece"))])),
                            ("price", .text("145.00")), ("stock", .number(120)),
                        ])
                    ], line: nil)
            ),
        ])
    }

    @Test func importsTheRecordsOfTheDocument() throws {
        try withWorkspace { workspace in
            let store = try workspace.store()
            let summary = try Importer(store: store, today: referenceDay).run(
                document: document(ice: "900000000000001"), file: "t.lua")
            #expect(summary.counts[.cooperatives]?.added == 1 && summary.counts[.products]?.added == 1)
            #expect(try store.read { try $0.product("T-OIL")?.price } == Money(minorUnits: 14_500, currency: .mad))
        }
    }

    @Test func anInvalidRecordIsRefusedWithItsFileAndField() throws {
        try withWorkspace { workspace in
            let store = try workspace.store()
            do {
                _ = try Importer(store: store, today: referenceDay).run(document: document(ice: "12"), file: "t.lua")
                Testing.Issue.record("the import should have failed")
            } catch let failure as ImportFailure {
                #expect(failure.issues.map(\.field) == ["cooperatives[0].ice"])
                #expect(failure.issues.first?.location?.file == "t.lua")
                #expect(try store.read { try $0.countProducts() } == 0)
            }
        }
    }
}
