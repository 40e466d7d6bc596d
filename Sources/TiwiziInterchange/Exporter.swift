import Foundation
import TiwiziCore
import TiwiziFormats
import TiwiziStore

/// Writes the catalog out in the import formats, in a stable order (ids and SKUs sorted), so that
/// export → import into an empty catalog → export gives identical files. Cooperatives and
/// products are streamed, never loaded all at once.
public struct Exporter {
    public enum Format: String, CaseIterable, Sendable { case yaml, json, csv }

    /// What was written.
    public struct Counts: Sendable { public var cooperatives = 0, products = 0 }

    let store: any CatalogStore

    /// How CSV files are written.
    let dialect: CSVDialect

    public init(store: any CatalogStore, dialect: CSVDialect = .standard) {
        self.store = store
        self.dialect = dialect
    }

    /// Writes one document (YAML or JSON; for CSV the products table) to `output`.
    public func export(_ format: Format, to output: @escaping (Data) throws -> Void) throws -> Counts {
        try store.read { reader in
            var counts = Counts()
            switch format {
            case .yaml:
                try output(Data(try YAMLDocument.render(referenceDocument(reader)).utf8))
                try output(Data("cooperatives:\n".utf8))
                try forEachCooperative(reader, &counts) { cooperative, products in
                    let node = Self.combined(cooperative, products)
                    try output(Data(try YAMLDocument.render(.list([node], line: nil)).utf8))
                }
            case .json:
                let head = JSONDocument.render(try referenceDocument(reader))
                try output(Data((head.dropLast(2) + ",\n  \"cooperatives\": [").utf8))
                var first = true
                try forEachCooperative(reader, &counts) { cooperative, products in
                    let node = Self.combined(cooperative, products)
                    try output(Data(((first ? "\n    " : ",\n    ") + JSONDocument.render(node, indent: 4)).utf8))
                    first = false
                }
                try output(Data((first ? "]\n}\n" : "\n  ]\n}\n").utf8))
            case .csv:
                var table = CSVRecordWriter(layout: .products, dialect: dialect, output: output)
                try reader.forEachProduct { product in
                    counts.products += 1
                    try table.write(ProductRecord.encode(product, includeCooperative: true))
                }
                try table.flush()
            }
            return counts
        }
    }

    /// Writes one document (as `export(_:to:)`) to the file at `path`, replacing it at once
    /// when complete: a failed export leaves the previous file as it was.
    public func export(_ format: Format, toFile path: String) throws -> Counts {
        let staging = ExportDestination.stagingPath(for: path)
        do {
            let counts = try FileOutput.writing(to: staging) { file in try export(format, to: file.write) }
            try ExportDestination.rename(staging, to: path)
            return counts
        } catch {
            unlink(staging)
            throw error
        }
    }

    /// Writes a folder: for YAML the seed layout (`schemes.yaml`, `know-how.yaml`,
    /// `cooperatives/<id>.yaml`); for CSV one file per kind; for JSON `catalog.json`. The folder
    /// is written complete beside `folder` and then put in its place, so it never holds stale
    /// or mixed files. A `folder` that exists and is not empty is refused unless `replacing`.
    public func export(_ format: Format, toFolder folder: String, replacing: Bool = false) throws -> Counts {
        try ExportDestination.writeFolder(folder, replacing: replacing) { staging in try writeFolder(format, staging) }
    }

    private func writeFolder(_ format: Format, _ url: URL) throws -> Counts {
        switch format {
        case .json:
            return try FileOutput.writing(to: url.appendingPathComponent("catalog.json").path) { file in
                try export(.json, to: file.write)
            }
        case .yaml:
            return try store.read { reader in
                let schemes = DocumentNode.record([
                    ("schemes", .list(try reader.allSchemes().map(SchemeRecord.encode), line: nil))
                ])
                let knowHow = DocumentNode.record([
                    ("know_how", .list(try reader.allKnowHow().map(KnowHowRecord.encode), line: nil))
                ])
                try Self.write(try YAMLDocument.render(schemes), to: url.appendingPathComponent("schemes.yaml"))
                try Self.write(try YAMLDocument.render(knowHow), to: url.appendingPathComponent("know-how.yaml"))
                let cooperatives = url.appendingPathComponent("cooperatives")
                try ExportDestination.makeFolder(cooperatives.path)
                var counts = Counts()
                try forEachCooperative(reader, &counts) { cooperative, products in
                    let node = DocumentNode.record([
                        ("cooperative", CooperativeRecord.encode(cooperative)),
                        ("products", .list(products, line: nil)),
                    ])
                    try Self.write(
                        try YAMLDocument.render(node), to: cooperatives.appendingPathComponent("\(cooperative.id).yaml"))
                }
                return counts
            }
        case .csv:
            return try store.read { reader in
                var counts = Counts()
                for layout in CSVLayout.allCases {
                    try FileOutput.writing(to: url.appendingPathComponent(layout.fileName).path) { file in
                        var table = CSVRecordWriter(layout: layout, dialect: dialect, output: file.write)
                        switch layout.kind {
                        case .schemes: for s in try reader.allSchemes() { try table.write(SchemeRecord.encode(s)) }
                        case .knowHow: for k in try reader.allKnowHow() { try table.write(KnowHowRecord.encode(k)) }
                        case .cooperatives:
                            try reader.forEachCooperative {
                                counts.cooperatives += 1
                                try table.write(CooperativeRecord.encode($0))
                            }
                        case .products:
                            try reader.forEachProduct {
                                counts.products += 1
                                try table.write(ProductRecord.encode($0, includeCooperative: true))
                            }
                        }
                        try table.flush()
                    }
                }
                return counts
            }
        }
    }

    /// Schemes and know-how: the first part of a single-document export.
    private func referenceDocument(_ reader: some CatalogReader) throws -> DocumentNode {
        .map(
            [
                (key: "schemes", value: .list(try reader.allSchemes().map(SchemeRecord.encode), line: nil)),
                (key: "know_how", value: .list(try reader.allKnowHow().map(KnowHowRecord.encode), line: nil)),
            ], line: nil)
    }

    /// Each cooperative with the records of its products (one cooperative's products at a time).
    private func forEachCooperative(
        _ reader: some CatalogReader, _ counts: inout Counts,
        _ body: (Cooperative, [DocumentNode]) throws -> Void
    ) throws {
        try reader.forEachCooperative { cooperative in
            counts.cooperatives += 1
            var products: [DocumentNode] = []
            try reader.forEachProduct(ProductFilter(cooperativeID: cooperative.id)) {
                products.append(ProductRecord.encode($0, includeCooperative: false))
            }
            counts.products += products.count
            try body(cooperative, products)
        }
    }

    /// A cooperative's record with its `products` inside, as in `cooperatives:` lists.
    private static func combined(_ cooperative: Cooperative, _ products: [DocumentNode]) -> DocumentNode {
        guard case .map(let pairs, _) = CooperativeRecord.encode(cooperative) else { return .null(line: nil) }
        return .record(pairs.map { ($0.key, $0.value) } + [("products", .list(products, line: nil))])
    }

    private static func write(_ text: String, to url: URL) throws {
        try FileOutput.writing(to: url.path) { try $0.write(Data(text.utf8)) }
    }
}
