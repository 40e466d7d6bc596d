import Testing
import TiwiziCore
import TiwiziStore

/// The store conformance suite: what every `CatalogStore` must do, written against the
/// protocols only. A store's tests run each check on catalogs of their own making:
///
/// ```swift
/// @Test(arguments: CatalogConformance.checks)
/// func conforms(to check: ConformanceCheck) throws { try check.run(on: factory) }
/// ```
public enum CatalogConformance {
    public static let checks: [ConformanceCheck] =
        records + outcomes + rules + listings + lookups + transactions + orders
        + pluginSettings + parallelReads
}

/// How the suite reaches the store under test.
public struct CatalogFactory {
    /// A new, empty, writable catalog.
    public var empty: () throws -> any CatalogStore
    /// The catalog that a store of `empty` holds, opened once more, read-only.
    public var readOnly: (any CatalogStore) throws -> any CatalogStore

    public init(
        empty: @escaping () throws -> any CatalogStore, readOnly: @escaping (any CatalogStore) throws -> any CatalogStore
    ) {
        self.empty = empty
        self.readOnly = readOnly
    }
}

/// One behaviour of a catalog, checked with `#expect` on catalogs from a factory.
public struct ConformanceCheck: Sendable, CustomTestStringConvertible {
    public let name: String
    private let body: @Sendable (CatalogFactory) throws -> Void

    public var testDescription: String { name }

    /// Runs the check on a new, empty catalog of `factory`.
    public func run(on factory: CatalogFactory) throws { try body(factory) }

    /// A check of one empty store.
    init(_ name: String, _ body: @escaping @Sendable (any CatalogStore) throws -> Void) {
        self.name = name
        self.body = { factory in try body(try factory.empty()) }
    }

    /// A check that also opens the catalog read-only.
    init(_ name: String, factory body: @escaping @Sendable (CatalogFactory) throws -> Void) {
        self.name = name
        self.body = body
    }
}

/// The catalog's issue, not Swift Testing's.
typealias Issue = TiwiziCore.Issue

/// Everything a catalog holds, read through the protocol: what "unchanged" is checked against.
struct Contents: Equatable {
    var schemes: [CertificationScheme]
    var knowHow: [KnowHow]
    var cooperatives: [Cooperative]
    var products: [Product]

    init(_ store: some CatalogStore) throws {
        (schemes, knowHow, cooperatives, products) = try store.read { (reader) throws in
            var cooperatives: [Cooperative] = []
            var products: [Product] = []
            try reader.forEachCooperative { cooperatives.append($0) }
            try reader.forEachProduct { products.append($0) }
            return (try reader.allSchemes(), try reader.allKnowHow(), cooperatives, products)
        }
    }
}

extension CatalogStore {
    /// Saves the records in one transaction, references first.
    func seed(
        schemes: [CertificationScheme] = [], knowHow: [KnowHow] = [], cooperatives: [Cooperative] = [],
        products: [Product] = []
    ) throws {
        try write { (writer) throws in
            for scheme in schemes { try writer.save(scheme) }
            for item in knowHow { try writer.save(item) }
            for cooperative in cooperatives { try writer.save(cooperative) }
            for product in products { try writer.save(product) }
        }
    }
}
