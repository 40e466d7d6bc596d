import Foundation
import TiwiziCore

/// The records of one YAML or JSON document, decoded and located, not yet checked against the
/// catalog. Top-level keys: `schemes`, `know_how`, `cooperative` with `products` (one
/// cooperative per file), `cooperatives` (each with its `products`), or `products` alone (each
/// naming its `cooperative`).
struct CatalogDocument {
    struct Located<Record> {
        let record: Record
        let place: RecordPlace
    }

    var schemes: [Located<CertificationScheme>] = []
    var knowHow: [Located<KnowHow>] = []
    var cooperatives: [Located<Cooperative>] = []
    var products: [Located<Product>] = []

    static let topLevelKeys = ["schemes", "know_how", "cooperative", "cooperatives", "products"]

    init(_ node: DocumentNode, file: String, log: IssueLog) {
        if case .map(let pairs, _) = node, let odd = pairs.first(where: { !Self.topLevelKeys.contains($0.key) }) {
            log.add(Issue(.documentShape, ["value": odd.key], location: SourceLocation(file: file, line: odd.value.line)))
            return
        }
        guard let top = RecordReader(node, file: file, path: "", allowed: Self.topLevelKeys, log: log) else { return }
        schemes = top.children("schemes", allowed: SchemeRecord.fields).compactMap { located(SchemeRecord.decode($0), $0) }
        knowHow = top.children("know_how", allowed: KnowHowRecord.fields).compactMap { located(KnowHowRecord.decode($0), $0) }
        var owner: String?
        if let reader = top.child("cooperative", allowed: CooperativeRecord.fields) {
            owner = reader.text("id")
            let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            if let owner, stem != owner {
                log.add(
                    Issue(
                        .cooperativeFileName, ["file": file, "value": owner], severity: .warning,
                        location: reader.location))
            }
            if let cooperative = located(CooperativeRecord.decode(reader), reader) { cooperatives.append(cooperative) }
        }
        addProducts(top.children("products", allowed: ProductRecord.fields), owner: owner)
        for reader in top.children("cooperatives", allowed: CooperativeRecord.fields + ["products"]) {
            if let cooperative = located(CooperativeRecord.decode(reader), reader) { cooperatives.append(cooperative) }
            addProducts(reader.children("products", allowed: ProductRecord.fields), owner: reader.text("id"))
        }
    }

    private mutating func addProducts(_ readers: [RecordReader], owner: String?) {
        products += readers.compactMap { located(ProductRecord.decode($0, cooperativeID: owner), $0) }
    }

    private func located<Record>(_ record: Record?, _ reader: RecordReader) -> Located<Record>? {
        record.map { Located(record: $0, place: RecordPlace(reader)) }
    }
}
