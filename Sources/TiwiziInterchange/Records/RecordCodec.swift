import TiwiziCore
import TiwiziFormats
import TiwiziStore

/// One kind of catalog record as documents, CSV rows and command-line forms carry it: its
/// fields, its key, how it decodes from and encodes to a `DocumentNode`, how it is checked and
/// where the catalog keeps it. The importer and the command line drive every kind through this
/// one shape, so adding, updating and describing changes is written once.
protocol RecordCodec {
    associatedtype Record: Equatable

    static var kind: RecordKind { get }

    /// Decodes a record; `owner` is the enclosing cooperative of a product listed inside one.
    static func decode(_ reader: RecordReader, owner: String?) -> Record?
    /// The record as a document node; `owner` as in `decode` (then left out of the node).
    static func encode(_ record: Record, owner: String?) -> DocumentNode
    /// The record the catalog holds under `key`, if any.
    static func stored(_ key: String, in reader: some CatalogReader) throws -> Record?
    /// The keys no two records of one import may share (`SKU TAF-ARG-250`, `ICE 0023…`).
    static func uniqueKeys(_ record: Record) -> [String]
    /// Every problem of the record, on its own and against the catalog.
    static func validate(_ record: Record, today: CalendarDate, in reader: some CatalogReader) -> [Issue]
    /// The problems of the record on its own.
    static func ownIssues(_ record: Record, today: CalendarDate) -> [Issue]
    /// A record with a valid value in every required field, to check a record some of whose
    /// fields failed to decode (see `ImportRun.checkRest`).
    static var template: DocumentNode { get }
    /// Saves the record whole in place of `existing`, the version the same transaction read.
    static func save(_ record: Record, replacing existing: Record?, with writer: some CatalogWriter) throws -> SaveOutcome
    /// Once `record` is saved in place of `existing` (in the same transaction), the problems it
    /// causes in records that depend on it: the products of a cooperative that moved, the
    /// products certified by a scheme whose area or categories narrowed. Products whose SKU is
    /// in `checked` were already checked against the new state.
    static func dependantIssues(
        of record: Record, replacing existing: Record?, in reader: some CatalogReader, checked: Set<String>
    ) throws -> [Issue]
    /// The error for adding a record whose key the catalog already holds.
    static func alreadyExists(_ stored: Record) -> Issue
    /// The error for updating a key the catalog does not hold.
    static func notFound(_ key: String) -> CatalogError
}

extension RecordCodec {
    static func dependantIssues(
        of record: Record, replacing existing: Record?, in reader: some CatalogReader, checked: Set<String>
    ) throws -> [Issue] { [] }

    /// The reference problems of the products with these SKUs, each under `product SKU`.
    static func productIssues(_ skus: [String], in reader: some CatalogReader) throws -> [Issue] {
        try skus.flatMap { sku -> [Issue] in
            guard let product = try reader.product(sku) else { return [] }
            return product.validateReferences(in: reader).map { $0.nested(under: "product \(sku)") }
        }
    }

    /// The CSV columns of the kind.
    static var layout: CSVLayout { CSVLayout.of(kind) }
    /// The record's fields, declared once (`RecordShape`).
    static var shape: RecordShape { layout.shape }
    /// The fields a record may have, in the order documents write them.
    static var fields: [String] { shape.names }
    /// Multilingual fields: bare text in them is the French text.
    static var localizedFields: [String] { shape.localized }
    /// Groups of fields of which a record holds one: writing one clears the others.
    static var exclusiveFields: [[String]] { shape.exclusive }
    /// The field that identifies a record: `id` or `sku`.
    static var keyField: String { kind.keyField }
    static func notFound(_ key: String) -> CatalogError { .notFound(kind, key: key) }

    /// The key written in `node`, when it has one.
    static func key(in node: DocumentNode) -> String? {
        guard case .map(let pairs, _) = node, case .scalar(let text, _, _)? = pairs.first(where: { $0.key == keyField })?.value
        else { return nil }
        let key = text.trimmingSpaces
        return key.isEmpty ? nil : key
    }

    /// What a person wrote (`incoming`, a full or partial record) applied to what the catalog
    /// holds under its key: the record to decode and the stored record it replaces, if any.
    static func overlay(_ incoming: DocumentNode, owner: String?, in reader: some CatalogReader) throws -> (
        node: DocumentNode, existing: Record?
    ) {
        let written = RecordOverlay.normalised(incoming, localized: localizedFields)
        guard let key = key(in: written), let existing = try stored(key, in: reader) else { return (written, nil) }
        let base = encode(existing, owner: owner)
        return (RecordOverlay.apply(written, on: base, exclusive: exclusiveFields), existing)
    }

    /// The fields that differ between two versions of a record, as their CSV columns.
    static func changes(from old: Record, to new: Record) -> [FieldChange] {
        FieldChange.between(encode(old, owner: nil), encode(new, owner: nil), layout: layout)
    }
}

extension SchemeRecord: RecordCodec {
    static let kind = RecordKind.schemes
    static func decode(_ reader: RecordReader, owner: String?) -> CertificationScheme? { decode(reader) }
    static func encode(_ record: CertificationScheme, owner: String?) -> DocumentNode { encode(record) }
    static func stored(_ key: String, in reader: some CatalogReader) throws -> CertificationScheme? {
        try reader.certificationScheme(key)
    }
    static func uniqueKeys(_ record: CertificationScheme) -> [String] { ["scheme \(record.id)"] }
    static func ownIssues(_ record: CertificationScheme, today: CalendarDate) -> [Issue] { record.validate() }
    static var template: DocumentNode { .template(["id": "scheme", "kind": "organic", "name": "x"]) }
    static func validate(_ record: CertificationScheme, today: CalendarDate, in reader: some CatalogReader) -> [Issue] {
        record.validate()
    }
    static func save(_ record: CertificationScheme, replacing existing: CertificationScheme?, with writer: some CatalogWriter)
        throws
        -> SaveOutcome
    {
        try writer.save(record, replacing: existing)
    }
    static func dependantIssues(
        of record: CertificationScheme, replacing existing: CertificationScheme?, in reader: some CatalogReader,
        checked: Set<String>
    ) throws -> [Issue] {
        guard let existing, existing.area != record.area || existing.categories != record.categories else { return [] }
        return try productIssues(try reader.productSKUs(schemeID: record.id).filter { !checked.contains($0) }, in: reader)
    }
    static func alreadyExists(_ stored: CertificationScheme) -> Issue { Issue(.alreadyExists(.schemes, key: stored.id)) }
}

extension KnowHowRecord: RecordCodec {
    static let kind = RecordKind.knowHow
    static func decode(_ reader: RecordReader, owner: String?) -> KnowHow? { decode(reader) }
    static func encode(_ record: KnowHow, owner: String?) -> DocumentNode { encode(record) }
    static func stored(_ key: String, in reader: some CatalogReader) throws -> KnowHow? { try reader.knowHow(key) }
    static func uniqueKeys(_ record: KnowHow) -> [String] { ["know-how \(record.id)"] }
    static func ownIssues(_ record: KnowHow, today: CalendarDate) -> [Issue] { record.validate() }
    static var template: DocumentNode { .template(["id": "know-how", "name": "x", "craft_family": "x"]) }
    static func validate(_ record: KnowHow, today: CalendarDate, in reader: some CatalogReader) -> [Issue] {
        record.validate()
    }
    static func save(_ record: KnowHow, replacing existing: KnowHow?, with writer: some CatalogWriter) throws -> SaveOutcome {
        try writer.save(record, replacing: existing)
    }
    static func alreadyExists(_ stored: KnowHow) -> Issue { Issue(.alreadyExists(.knowHow, key: stored.id)) }
}

extension CooperativeRecord: RecordCodec {
    static let kind = RecordKind.cooperatives
    static func decode(_ reader: RecordReader, owner: String?) -> Cooperative? { decode(reader) }
    static func encode(_ record: Cooperative, owner: String?) -> DocumentNode { encode(record) }
    static func stored(_ key: String, in reader: some CatalogReader) throws -> Cooperative? { try reader.cooperative(key) }
    static func uniqueKeys(_ record: Cooperative) -> [String] { ["cooperative \(record.id)", "ICE \(record.ice)"] }
    static func ownIssues(_ record: Cooperative, today: CalendarDate) -> [Issue] { record.validate(today: today) }
    static var template: DocumentNode {
        .template(
            ["id": "cooperative", "name": "x", "ice": "000000000000000", "founded": "2000-01-01", "region": "MA-01"],
            members: ["total": "5"])
    }
    static func validate(_ record: Cooperative, today: CalendarDate, in reader: some CatalogReader) -> [Issue] {
        record.validate(today: today) + record.validateReferences(in: reader)
    }
    static func save(_ record: Cooperative, replacing existing: Cooperative?, with writer: some CatalogWriter) throws
        -> SaveOutcome
    {
        try writer.save(record, replacing: existing)
    }
    static func dependantIssues(
        of record: Cooperative, replacing existing: Cooperative?, in reader: some CatalogReader, checked: Set<String>
    ) throws -> [Issue] {
        guard let existing, existing.region != record.region else { return [] }
        var skus: [String] = []
        try reader.forEachProduct(ProductFilter(cooperativeID: record.id)) {
            if !checked.contains($0.sku) { skus.append($0.sku) }
        }
        return try productIssues(skus, in: reader)
    }
    static func alreadyExists(_ stored: Cooperative) -> Issue { Issue(.alreadyExists(.cooperatives, key: stored.id)) }
}

extension ProductRecord: RecordCodec {
    static let kind = RecordKind.products
    static func decode(_ reader: RecordReader, owner: String?) -> Product? { decode(reader, cooperativeID: owner) }
    static func encode(_ record: Product, owner: String?) -> DocumentNode { encode(record, includeCooperative: owner == nil) }
    static func stored(_ key: String, in reader: some CatalogReader) throws -> Product? { try reader.product(key) }
    static func uniqueKeys(_ record: Product) -> [String] { ["SKU \(record.sku)"] }
    static func ownIssues(_ record: Product, today: CalendarDate) -> [Issue] { record.validate() }
    /// The largest price stands in for one that failed to decode, so that the product's floor
    /// is not also reported above it.
    static var template: DocumentNode {
        let price = String(repeating: "9", count: Money.maximumParsedIntegerDigits)
        return .template(
            ["cooperative": "cooperative", "sku": "SKU", "name": "x", "category": "x", "price": price, "stock": "0"],
            quantity: ["amount": "1", "unit": "g"])
    }
    static func validate(_ record: Product, today: CalendarDate, in reader: some CatalogReader) -> [Issue] {
        record.validate() + record.validateReferences(in: reader)
    }
    static func save(_ record: Product, replacing existing: Product?, with writer: some CatalogWriter) throws -> SaveOutcome {
        try writer.save(record, replacing: existing)
    }
    static func alreadyExists(_ stored: Product) -> Issue {
        Issue(.alreadyExists(.products, key: stored.sku, cooperative: stored.cooperativeID))
    }
}

extension DocumentNode {
    /// A record of plain values, with nested mappings (`members`, `quantity`).
    fileprivate static func template(
        _ values: [String: String], members: [String: String]? = nil, quantity: [String: String]? = nil
    )
        -> DocumentNode
    {
        func map(_ values: [String: String]) -> DocumentNode {
            .map(values.sorted { $0.key < $1.key }.map { (key: $0.key, value: .scalar($0.value, .text, line: nil)) }, line: nil)
        }
        guard case .map(var pairs, _) = map(values) else { return map(values) }
        if let members { pairs.append((key: "members", value: map(members))) }
        if let quantity { pairs.append((key: "quantity", value: map(quantity))) }
        return .map(pairs, line: nil)
    }

    /// The fields of this mapping named in `keys`.
    func filtering(_ keys: Set<String>) -> DocumentNode {
        guard case .map(let pairs, let line) = self else { return self }
        return .map(pairs.filter { keys.contains($0.key) }, line: line)
    }
}
