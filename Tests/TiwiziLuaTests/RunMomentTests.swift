import Foundation
import Testing
import TiwiziCore
import TiwiziLua
import TiwiziStore

/// The libraries take the moment they are given, never the machine's clock or `TIWIZI_TODAY`:
/// a run's day is its context's, and a product filter's day is the one it was built with.
@Suite struct RunMomentTests {
    /// One of the seed's two rose AOP certificates ends on 2026-12-31, the other on 2027-04-30.
    private static let scheme = "aop-rose-kelaat-mgouna-dades"
    private static let days = [("2026-11-29", 2), ("2027-01-15", 1), ("2027-05-01", 0)]

    @Test func aRunJudgesCertificatesOnTheDayItIsGiven() throws {
        let store = try SQLiteCatalogStore(path: try SeedCatalog.catalogPath.get(), readOnly: true)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tiwizi-moment-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("moment.lua")
        try "print(tiwizi.today, catalog.count{certification = '\(Self.scheme)'})".write(
            to: script, atomically: true, encoding: .utf8)
        for (day, count) in Self.days {
            let context = RunContext(at: try #require(RunContext.parseInstant(day + "T23:30")))
            let printed = Lines()
            _ = try CatalogScripts.run(CatalogScripts.Request(scriptPath: script.path, context: context), store: store) {
                printed.items.append($0)
            }
            #expect(printed.items == ["\(day)\t\(count)"])
        }
    }

    @Test func aProductFilterUsesTheDayItIsBuiltWith() throws {
        let store = try SQLiteCatalogStore(path: try SeedCatalog.catalogPath.get(), readOnly: true)
        try store.read { reader in
            for (text, count) in Self.days {
                let day = try #require(CalendarDate(text))
                let filter = ProductFilter(schemeID: Self.scheme, day: day)
                #expect(filter.day == day)
                #expect(try reader.countProducts(filter) == count, "\(text)")
            }
        }
    }
}
