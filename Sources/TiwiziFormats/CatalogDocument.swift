import Foundation
import TiwiziCore

/// The records of one YAML or JSON document, located, as written: each is decoded only once it
/// has been laid over what the catalog holds (see `RecordOverlay`). Top-level keys: `schemes`,
/// `know_how`, `cooperative` with `products` (one cooperative per file), `cooperatives` (each
/// with its `products`), or `products` alone (each naming its `cooperative`).
package struct CatalogDocument {
    /// A record as written and where it stands; `owner` is the enclosing cooperative of a
    /// product listed inside one.
    package struct Entry {
        package let node: DocumentNode
        package let place: RecordPlace
        package var owner: String? = nil
    }

    package private(set) var entries: [RecordKind: [Entry]] = [:]

    package static let topLevelKeys = ["schemes", "know_how", "cooperative", "cooperatives", "products"]

    package init(_ node: DocumentNode, file: String, log: IssueLog) {
        if case .map(let pairs, _) = node, let odd = pairs.first(where: { !Self.topLevelKeys.contains($0.key) }) {
            log.add(Issue(.documentShape(found: odd.key), location: SourceLocation(file: file, line: odd.value.line)))
            return
        }
        guard let top = RecordReader(node, file: file, path: "", allowed: Self.topLevelKeys, log: log) else { return }
        entries[.schemes] = top.children("schemes", allowed: nil).map { Entry(node: $0.node, place: RecordPlace($0)) }
        entries[.knowHow] = top.children("know_how", allowed: nil).map { Entry(node: $0.node, place: RecordPlace($0)) }
        if let reader = top.child("cooperative", allowed: nil) {
            let owner = reader.text("id")
            let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            if let owner, stem != owner {
                log.add(
                    Issue(
                        .cooperativeFileName(id: owner), severity: .warning,
                        location: reader.location))
            }
            entries[.cooperatives, default: []].append(Entry(node: reader.node, place: RecordPlace(reader)))
            addProducts(top.children("products", allowed: nil), owner: owner)
        } else {
            addProducts(top.children("products", allowed: nil), owner: nil)
        }
        for reader in top.children("cooperatives", allowed: nil) {
            let cooperative = reader.without("products")
            entries[.cooperatives, default: []].append(Entry(node: cooperative.node, place: RecordPlace(cooperative)))
            addProducts(reader.children("products", allowed: nil), owner: reader.text("id"))
        }
    }

    private mutating func addProducts(_ readers: [RecordReader], owner: String?) {
        entries[.products, default: []] += readers.map { Entry(node: $0.node, place: RecordPlace($0), owner: owner) }
    }
}
