import CatalogConformance
import Foundation
import Testing

@testable import TiwiziStore

/// The SQLite store passes the store conformance suite, each check on a new temporary file.
@Suite("Store: SQLite conformance")
struct SQLiteConformanceTests {
    @Test(arguments: CatalogConformance.checks)
    func conforms(to check: ConformanceCheck) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let factory = CatalogFactory(
            empty: { try SQLiteCatalogStore(path: scratch.path("catalog-\(UUID().uuidString).sqlite")) },
            readOnly: { try SQLiteCatalogStore(path: $0.location, readOnly: true) })
        try check.run(on: factory)
    }
}
