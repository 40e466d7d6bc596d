import TiwiziCore

/// Records as flat forms — named cells such as `name_fr`, `price`, `stock`, the CSV columns —
/// so that the command line's options are read by the same decoders as files. Decoding checks
/// shapes and formats; the caller then validates the record (`validate`, `validateReferences`).
public enum RecordForm {
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
        let log = IssueLog()
        let node: DocumentNode
        do { node = try CSVRowMapping.node(cells: cells, layout: layout, line: 0) } catch { throw ValidationFailure([error]) }
        let record = RecordReader(node, file: "", path: "", allowed: layout.recordFields, log: log).flatMap(decode)
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
