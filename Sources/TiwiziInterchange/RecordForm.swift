import TiwiziCore
import TiwiziFormats
import TiwiziStore

/// Records as flat forms — named cells such as `name_fr`, `price`, `stock`, the CSV columns —
/// so that the command line's options are read by the same decoders as files, and `add` and
/// `update` follow the same rules as an import of a one-row spreadsheet.
public enum RecordForm {
    /// What `add` or `update` did to one record.
    public struct Outcome: Sendable {
        public let saved: SaveOutcome
        public let warnings: [Issue]
        /// The fields an update changed.
        public let changes: [FieldChange]

        /// The outcome with one more change made in the same transaction (a stock movement).
        public func adding(_ change: FieldChange) -> Outcome {
            Outcome(saved: .updated, warnings: warnings, changes: changes + [change])
        }
    }

    /// Adds the record that `cells` describe (its key included); refuses a key the catalog holds.
    public static func add(
        _ kind: RecordKind, _ cells: [String: String], today: CalendarDate, with writer: some CatalogWriter
    ) throws -> Outcome {
        try write(kind.codec, cells, key: nil, today: today, with: writer)
    }

    /// Changes the fields of the stored record `key` that `cells` name, and no other: an empty
    /// cell clears its field.
    public static func update(
        _ kind: RecordKind, key: String, _ cells: [String: String], today: CalendarDate, with writer: some CatalogWriter
    ) throws -> Outcome {
        try write(kind.codec, cells, key: key, today: today, with: writer)
    }

    private static func write<Codec: RecordCodec>(
        _ codec: Codec.Type, _ cells: [String: String], key: String?, today: CalendarDate, with writer: some CatalogWriter
    ) throws -> Outcome {
        var cells = cells
        if let key { cells[Codec.keyField] = key }
        let written: DocumentNode
        do throws(Issue) {
            written = try CSVRowMapping.node(cells: cells, layout: Codec.layout, line: 0)
        } catch {
            throw ValidationFailure([error])
        }
        let (node, existing) = try Codec.overlay(written, owner: nil, in: writer.reader)
        if let key, existing == nil { throw Codec.notFound(key) }
        if key == nil, let existing { throw Codec.alreadyExists(existing) }
        let record = try decode(node, fields: Codec.fields) { Codec.decode($0, owner: nil) }
        let warnings = try check(Codec.validate(record, today: today, in: writer.reader))
        let saved = try Codec.save(record, replacing: existing, with: writer)
        try check(try Codec.dependantIssues(of: record, replacing: existing, in: writer.reader, checked: []))
        return Outcome(saved: saved, warnings: warnings, changes: existing.map { Codec.changes(from: $0, to: record) } ?? [])
    }

    public static func cooperative(_ cells: [String: String]) throws(ValidationFailure) -> Cooperative {
        try decode(cells, layout: .cooperatives, CooperativeRecord.decode)
    }

    public static func product(_ cells: [String: String]) throws(ValidationFailure) -> Product {
        try decode(cells, layout: .products) { ProductRecord.decode($0, cooperativeID: nil) }
    }

    public static func knowHow(_ cells: [String: String]) throws(ValidationFailure) -> KnowHow {
        try decode(cells, layout: .knowHow, KnowHowRecord.decode)
    }

    public static func cells(of cooperative: Cooperative) -> [String: String] {
        cells(CooperativeRecord.encode(cooperative), layout: .cooperatives)
    }

    public static func cells(of product: Product) -> [String: String] {
        cells(ProductRecord.encode(product, includeCooperative: true), layout: .products)
    }

    /// The warnings (not errors) among `issues`, after throwing if there is any error.
    @discardableResult
    public static func check(_ issues: [Issue]) throws(ValidationFailure) -> [Issue] {
        if !issues.errors.isEmpty { throw ValidationFailure(issues.errors) }
        return issues.filter { $0.severity == .warning }
    }

    private static func decode<T>(
        _ cells: [String: String], layout: CSVLayout,
        _ decode: (RecordReader) -> T?
    ) throws(ValidationFailure) -> T {
        let node: DocumentNode
        do { node = try CSVRowMapping.node(cells: cells, layout: layout, line: 0) } catch { throw ValidationFailure([error]) }
        return try Self.decode(node, fields: layout.kind.codec.fields, decode)
    }

    /// Decodes a form's record; its issues carry no file position (a form has none).
    private static func decode<T>(
        _ node: DocumentNode, fields: [String], _ decode: (RecordReader) -> T?
    ) throws(ValidationFailure) -> T {
        let log = IssueLog()
        let record = RecordReader(node, file: "", path: "", allowed: fields, log: log).flatMap(decode)
        let issues = log.issues.map { issue -> Issue in
            var copy = issue
            copy.location = nil
            return copy
        }
        guard let record, issues.errors.isEmpty else { throw ValidationFailure(issues) }
        return record
    }

    private static func cells(_ node: DocumentNode, layout: CSVLayout) -> [String: String] {
        Dictionary(uniqueKeysWithValues: zip(layout.columns.map(\.name), CSVRowMapping.cells(of: node, layout: layout)))
            .filter { !$0.value.isEmpty }
    }
}
