import Foundation
import TiwiziCore

@testable import TiwiziGenerator

/// The catalog's issue, not Swift Testing's.
typealias Issue = TiwiziCore.Issue

/// A generator's four files, in memory.
struct GeneratedFiles: Equatable {
    var schemes = Data(), knowHow = Data(), cooperatives = Data(), products = Data()

    init(_ generator: CatalogGenerator) throws {
        var schemes = Data()
        var knowHow = Data()
        var cooperatives = Data()
        var products = Data()
        try generator.writeSchemes { schemes += $0 }
        try generator.writeKnowHow { knowHow += $0 }
        try generator.writeCooperatives(to: { cooperatives += $0 }, products: { products += $0 })
        (self.schemes, self.knowHow, self.cooperatives, self.products) = (schemes, knowHow, cooperatives, products)
    }

    /// The rows of a file, header excluded (no generated cell holds a line break).
    static func rows(_ data: Data) -> [Substring] {
        String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst().map { $0 }
    }

    /// Writes the files into `folder`.
    func write(to folder: URL) throws {
        for (name, data) in zip(CatalogGenerator.fileNames, [schemes, knowHow, cooperatives, products]) {
            try data.write(to: folder.appendingPathComponent(name))
        }
    }
}

/// A generated catalog held in memory as domain values, for the checks on its records.
struct GeneratedCatalog {
    var cooperatives: [Cooperative] = []
    var products: [Product] = []

    init(_ generator: CatalogGenerator) {
        var cooperatives: [Cooperative] = []
        var products: [Product] = []
        generator.generate(cooperative: { cooperatives.append($0) }, product: { products.append($0) })
        (self.cooperatives, self.products) = (cooperatives, products)
    }

    /// 3,000 cooperatives and 30,000 products, drawn once for all the tests that read them.
    static let sample = GeneratedCatalog(CatalogGenerator(cooperatives: 3_000, products: 30_000, seed: 1))
}

/// What the domain's reference checks ask, answered from the generated catalog.
struct References: CatalogReferences {
    let regions: [String: Region]
    let schemes: [String: CertificationScheme]
    let knowHow: Set<String>

    init(_ catalog: GeneratedCatalog) {
        regions = Dictionary(uniqueKeysWithValues: catalog.cooperatives.map { ($0.id, $0.region) })
        schemes = Dictionary(uniqueKeysWithValues: ReferenceData.schemes.map { ($0.id, $0) })
        knowHow = Set(ReferenceData.knowHow.map(\.id))
    }

    func cooperativeRegion(_ id: String) -> Region? { regions[id] }
    func scheme(_ id: String) -> CertificationScheme? { schemes[id] }
    func hasKnowHow(_ id: String) -> Bool { knowHow.contains(id) }
}

extension Collection {
    /// The share of the elements that satisfy `predicate`, in percent.
    func percent(where predicate: (Element) -> Bool) -> Double {
        isEmpty ? 0 : Double(filter(predicate).count) * 100 / Double(count)
    }
}
