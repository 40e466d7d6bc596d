import Foundation
import Testing
import TiwiziCore
import TiwiziStore

@testable import TiwiziFormats
@testable import TiwiziInterchange

/// `producer_floor` in documents and spreadsheets: read, written, kept when not mentioned,
/// cleared when emptied, reported when changed, and checked against the price.
@Suite("Interchange: producer floor")
struct ProducerFloorImportTests {
    static let share = ProducerFloor.share(Percentage(basisPoints: 8_750))
    static let amount = ProducerFloor.amount(Money(minorUnits: 200_000, currency: .mad))

    /// The fixture catalog: maalem-fes declares 87.5 %, its table 2000.00.
    private func withCatalog(_ body: (Workspace, SQLiteCatalogStore) throws -> Void) throws {
        try withWorkspace { (workspace) throws in
            let store = try workspace.store()
            try runImport(store, [writeCatalog(in: workspace)])
            try body(workspace, store)
        }
    }

    private func floors(_ store: SQLiteCatalogStore) throws -> (cooperative: ProducerFloor?, product: ProducerFloor?) {
        try store.read { (reader) throws in
            (try reader.cooperative("maalem-fes")?.producerFloor, try reader.product("MAL-ZEL-TAB")?.producerFloor)
        }
    }

    @Test func documentsDeclareAShareForACooperativeAndAnAmountForAProduct() throws {
        try withCatalog { (_, store) throws in
            #expect(try floors(store) == (Self.share, Self.amount))
            #expect(try store.read { try $0.product("TAF-ARG-250")?.producerFloor } == nil)
        }
    }

    @Test func aCSVWithoutTheColumnKeepsTheStoredFloor() throws {
        try withCatalog { (workspace, store) throws in
            let products = workspace.write("prix.csv", "sku;price;stock\nMAL-ZEL-TAB;2500,00;3\n")
            let coops = workspace.write("coops.csv", "id;phone\nmaalem-fes;+212535741287\n")
            let summary = try runImport(store, [products, coops])
            #expect(summary.counts[.products] == counts(0, 1, 0))
            #expect(summary.counts[.cooperatives] == counts(0, 1, 0))
            #expect(try floors(store) == (Self.share, Self.amount))
        }
    }

    @Test func aYAMLRecordWithoutTheFieldKeepsIt() throws {
        try withCatalog { (workspace, store) throws in
            let update = workspace.write(
                "update.yaml",
                """
                products:
                  - {sku: MAL-ZEL-TAB, cooperative: maalem-fes, name: "Table en zellige"}

                """)
            #expect(try runImport(store, [update]).counts[.products] == counts(0, 1, 0))
            #expect(try floors(store).product == Self.amount)
        }
    }

    @Test func aCellChangesTheFloorAndTheChangeIsReported() throws {
        try withCatalog { (workspace, store) throws in
            let products = workspace.write("floors.csv", "sku;producer_floor\nMAL-ZEL-TAB;90 %\n")
            let coops = workspace.write("coops.csv", "id;producer_floor\nmaalem-fes;\n")
            let summary = try runImport(store, [products, coops])
            #expect(try floors(store) == (nil, .share(Percentage(percent: 90))))
            let changes = summary.changes.flatMap { change in change.fields.map { "\(change.key) \($0.field)" } }
            #expect(changes.sorted() == ["MAL-ZEL-TAB producer_floor", "maalem-fes producer_floor"])
            let product = try #require(summary.changes.first { $0.key == "MAL-ZEL-TAB" }?.fields.first)
            #expect(product == FieldChange(field: "producer_floor", before: "2000.00", after: "90 %"))
        }
    }

    @Test func aFloorAboveThePriceIsRefusedWithItsPlace() throws {
        try withCatalog { (workspace, store) throws in
            let before = try snapshot(store)
            // The stored floor, 2000.00, stays: the new price falls below it.
            let products = workspace.write("prix.csv", "sku;price\nMAL-ZEL-TAB;1500\n")
            let issues = try #require(try importIssues(store, [products]))
            #expect(issues.map(\.field) == ["producer_floor"])
            #expect(issues.map { $0.problem as? ValueProblem } == [.producerFloorAbovePrice(floor: "2000.00", price: "1500.00")])
            #expect(issues.first?.location == SourceLocation(file: products, line: 2))
            #expect(try snapshot(store).products == before.products)
        }
    }

    @Test func aCooperativeAmountIsRefused() throws {
        try withCatalog { (workspace, store) throws in
            let coops = workspace.write("coops.csv", "id;producer_floor\nmaalem-fes;120\n")
            let issues = try #require(try importIssues(store, [coops]))
            #expect(issues.map { $0.problem as? ValueProblem } == [.producerFloorAmountForCooperative("120.00")])
            #expect(issues.map(\.field) == ["producer_floor"])
        }
    }

    /// A price that fails to decode is reported alone, not also as below the product's floor.
    @Test func aBadPriceIsNotAlsoReportedBelowTheFloor() throws {
        try withWorkspace { (workspace) throws in
            let folder = writeCatalog(in: workspace)
            workspace.write(
                "catalog/cooperatives/maalem-fes.yaml", maalemYAML.replacingOccurrences(of: "\"2400.00\"", with: "cheap"))
            let issues = try #require(try importIssues(try workspace.store(), [folder]))
            #expect(issues.map(\.problem.code) == ["priceInvalid"])
        }
    }

    @Test func aFrenchSpreadsheetWritesDecimalCommasAndReadsThemBack() throws {
        try withCatalog { (workspace, store) throws in
            _ = try store.write { (writer) throws in
                var amlou = try #require(try writer.reader.product("TAF-AML-250"))
                amlou.producerFloor = .share(Percentage(basisPoints: 1_250))
                return try writer.save(amlou)
            }
            _ = try Exporter(store: store, dialect: .excelFR).export(.csv, toFolder: workspace.path("excel"))
            let products = try String(contentsOfFile: workspace.path("excel/products.csv"), encoding: .utf8)
            let cooperatives = try String(contentsOfFile: workspace.path("excel/cooperatives.csv"), encoding: .utf8)
            #expect(products.contains(";2000,00\r\n"), "\(products)")
            #expect(products.contains(";12,5 %\r\n"), "\(products)")
            #expect(cooperatives.contains(";87,5 %\r\n"), "\(cooperatives)")
            let copy = try workspace.store("copy.sqlite")
            try runImport(copy, [workspace.path("excel")])
            #expect(try snapshot(copy).products == snapshot(store).products)
            #expect(try snapshot(copy).cooperatives == snapshot(store).cooperatives)
        }
    }
}
