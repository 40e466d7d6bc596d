import Foundation
import Testing
import TiwiziCore
import TiwiziStore

@testable import TiwiziFormats
@testable import TiwiziInterchange

@Suite("Interchange: exporter")
struct ExporterTests {
    /// Export `format` to a folder, import it into an empty catalog, export again: same bytes.
    @Test(arguments: Exporter.Format.allCases)
    func folderRoundTripIsIdentical(format: Exporter.Format) throws {
        try withWorkspace { (workspace) throws in
            let first = try workspace.store("first.sqlite")
            try runImport(first, [writeCatalog(in: workspace)])
            let counts = try Exporter(store: first).export(format, toFolder: workspace.path("export-1"))
            #expect(counts.cooperatives == 2)
            #expect(counts.products == 3)

            let second = try workspace.store("second.sqlite")
            let summary = try runImport(second, [workspace.path("export-1")])
            #expect(summary.counts[.products] == ImportSummary.Counts.added(3))
            _ = try Exporter(store: second).export(format, toFolder: workspace.path("export-2"))

            let one = files(in: workspace.path("export-1"))
            let two = files(in: workspace.path("export-2"))
            #expect(!one.isEmpty)
            #expect(one.keys.sorted() == two.keys.sorted())
            for name in one.keys.sorted() {
                #expect(one[name] == two[name], "\(name) differs")
            }
            #expect(try snapshot(second).products == snapshot(first).products)
            #expect(try snapshot(second).cooperatives == snapshot(first).cooperatives)
            #expect(try snapshot(second).knowHow == snapshot(first).knowHow)
            #expect(try second.read { try $0.allSchemes() } == first.read { try $0.allSchemes() })

            // Importing an export into the catalog it came from changes nothing.
            let again = try runImport(first, [workspace.path("export-1")])
            #expect(again.counts.values.allSatisfy { $0.added == 0 && $0.updated == 0 })
        }
    }

    @Test func exportFoldersHoldTheDocumentedFilesPerFormat() throws {
        try withWorkspace { (workspace) throws in
            let store = try workspace.store()
            try runImport(store, [writeCatalog(in: workspace)])
            _ = try Exporter(store: store).export(.yaml, toFolder: workspace.path("yaml"))
            #expect(
                files(in: workspace.path("yaml")).keys.sorted() == [
                    "cooperatives/maalem-fes.yaml", "cooperatives/tafoukt-argan.yaml", "know-how.yaml", "schemes.yaml",
                ])
            _ = try Exporter(store: store).export(.csv, toFolder: workspace.path("csv"))
            #expect(
                files(in: workspace.path("csv")).keys.sorted() == [
                    "cooperatives.csv", "know-how.csv", "products.csv", "schemes.csv",
                ])
            _ = try Exporter(store: store).export(.json, toFolder: workspace.path("json"))
            #expect(files(in: workspace.path("json")).keys.sorted() == ["catalog.json"])
        }
    }

    @Test func yamlExportQuotesPricesAndICEs() throws {
        try withWorkspace { (workspace) throws in
            let store = try workspace.store()
            try runImport(store, [writeCatalog(in: workspace)])
            _ = try Exporter(store: store).export(.yaml, toFolder: workspace.path("out"))
            let tafoukt = try String(contentsOfFile: workspace.path("out/cooperatives/tafoukt-argan.yaml"), encoding: .utf8)
            #expect(tafoukt.hasPrefix("cooperative:\n  id: tafoukt-argan\n"))
            #expect(tafoukt.contains("  ice: \"002345678000091\"\n"))
            #expect(tafoukt.contains("  phone: \"+212661234567\"\n"))
            #expect(tafoukt.contains("  founded: \"2011-04-18\"\n") || tafoukt.contains("  founded: 2011-04-18\n"))
            #expect(tafoukt.contains("  price: \"145.00\"\n"))
            #expect(tafoukt.contains("  price: \"58.50\"\n"))
            #expect(tafoukt.contains("    amount: 0.5\n"))
            #expect(tafoukt.contains("ⵜⴰⴼⵓⴽⵜ"))
            #expect(tafoukt.contains("زيت أركان غذائي"))
            // Products come in SKU order.
            let aml = try #require(tafoukt.range(of: "TAF-AML-250"))
            let arg = try #require(tafoukt.range(of: "TAF-ARG-250"))
            #expect(aml.lowerBound < arg.lowerBound)
        }
    }

    @Test func singleDocumentExportsRoundTrip() throws {
        for format in [Exporter.Format.yaml, .json] {
            try withWorkspace { (workspace) throws in
                let first = try workspace.store("first.sqlite")
                try runImport(first, [writeCatalog(in: workspace)])
                let text = try exportText(first, format)
                let file = workspace.write("catalog.\(format.rawValue)", text)
                let second = try workspace.store("second.sqlite")
                try runImport(second, [file])
                #expect(try exportText(second, format) == text, "\(format)")
                #expect(try snapshot(second).products == snapshot(first).products)
            }
        }
    }

    @Test func jsonExportIsValidJSON() throws {
        try withWorkspace { (workspace) throws in
            let store = try workspace.store()
            #expect(try JSONSerialization.jsonObject(with: Data(exportText(store, .json).utf8)) is [String: Any])
            try runImport(store, [writeCatalog(in: workspace)])
            let text = try exportText(store, .json)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(object.keys.sorted() == ["cooperatives", "know_how", "schemes"])
            let cooperatives = try #require(object["cooperatives"] as? [[String: Any]])
            #expect(cooperatives.map { $0["id"] as? String } == ["maalem-fes", "tafoukt-argan"])
            #expect(cooperatives[1]["ice"] as? String == "002345678000091")
            let products = try #require(cooperatives[1]["products"] as? [[String: Any]])
            #expect(products.map { $0["price"] as? String } == ["58.50", "145.00"])
            #expect(products.allSatisfy { $0["cooperative"] == nil })
        }
    }

    @Test func csvExportOfProducts() throws {
        try withWorkspace { (workspace) throws in
            let store = try workspace.store()
            try runImport(store, [writeCatalog(in: workspace)])
            let lines = try exportText(store, .csv).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.first?.hasPrefix("cooperative,sku,name_fr,name_ar,name_en,name_zgh,") == true)
            #expect(lines.count == 5)
            #expect(lines.last == "")
            #expect(lines[1].hasPrefix("maalem-fes,MAL-ZEL-TAB,\"Table en zellige, étoile à 8 branches\",طاولة زليج,"))
            #expect(lines[3].contains(",\"Pressée à froid, 250 ml ; « extra ».\","))
        }
    }

    @Test func emptyCatalogExports() throws {
        try withWorkspace { (workspace) throws in
            let store = try workspace.store()
            for format in Exporter.Format.allCases {
                let counts = try Exporter(store: store).export(format, toFolder: workspace.path(format.rawValue))
                #expect(counts.cooperatives == 0)
                #expect(counts.products == 0)
            }
            // An empty JSON export imports into an empty catalog, adding nothing.
            let summary = try runImport(try workspace.store("other.sqlite"), [workspace.path("json")])
            #expect(summary.total == 0)
        }
    }
}

@Suite("Interchange: the seed catalog")
struct SeedCatalogTests {
    @Test func seedCatalogImportsAndRoundTrips() throws {
        try withWorkspace { (workspace) throws in
            let first = try workspace.store("first.sqlite")
            let summary = try runImport(first, [seedCatalogPath])
            #expect(summary.counts[.cooperatives]?.added ?? 0 >= 10)
            #expect(summary.counts[.products]?.added ?? 0 >= 25)
            #expect(try runImport(first, [seedCatalogPath]).counts.values.allSatisfy { $0.added == 0 && $0.updated == 0 })
            for format in Exporter.Format.allCases {
                _ = try Exporter(store: first).export(format, toFolder: workspace.path("\(format)-1"))
                let second = try workspace.store("\(format).sqlite")
                try runImport(second, [workspace.path("\(format)-1")])
                _ = try Exporter(store: second).export(format, toFolder: workspace.path("\(format)-2"))
                #expect(files(in: workspace.path("\(format)-1")) == files(in: workspace.path("\(format)-2")), "\(format)")
            }
        }
    }
}

extension ImportSummary.Counts {
    static func added(_ count: Int) -> Self { counts(count, 0, 0) }
}
