import Foundation
import Testing
import TiwiziCore
import TiwiziInterchange
import TiwiziStore

@testable import TiwiziGenerator

@Suite("Generator: the importer accepts it")
struct ImportTests {
    @Test("The real importer takes every record without a warning, and a second import changes nothing")
    func imports() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tiwizi-generator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try GeneratedFiles(CatalogGenerator(cooperatives: 40, products: 400, seed: 5)).write(to: folder)
        let store = try SQLiteCatalogStore(path: folder.appendingPathComponent("catalog.sqlite").path)
        let importer = Importer(store: store, today: CalendarDate("2026-12-01")!)

        let summary = try importer.run(paths: [folder.path])
        #expect(summary.warnings.isEmpty, "\(summary.warnings)")
        #expect(summary.counts[.schemes]?.added == 16)
        #expect(summary.counts[.knowHow]?.added == 17)
        #expect(summary.counts[.cooperatives]?.added == 40)
        #expect(summary.counts[.products]?.added == 400)
        #expect(try store.read { try $0.countProducts() } == 400)

        let again = try importer.run(paths: [folder.path])
        #expect(again.counts[.products]?.unchanged == 400 && again.changes.isEmpty)
    }
}
