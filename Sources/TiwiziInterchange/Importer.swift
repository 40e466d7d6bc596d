import Foundation
import TiwiziCore
import TiwiziStore

/// Imports catalog files into the store, all or nothing: every record is checked (on its own,
/// against the catalog, and for duplicates within the import) inside one transaction, and one
/// error anywhere rolls the whole import back. Re-importing the same data changes nothing.
public struct Importer {
    let store: CatalogStore
    let today: CalendarDate
    /// Called now and then with the number of records processed so far.
    var progress: ((Int) -> Void)?

    public init(store: CatalogStore, today: CalendarDate = .today(), progress: ((Int) -> Void)? = nil) {
        self.store = store
        self.today = today
        self.progress = progress
    }

    /// Imports the files and folders at `paths`. Throws `ImportFailure` (catalog unchanged) when
    /// any record is wrong.
    public func run(paths: [String]) throws -> ImportSummary {
        let log = IssueLog()
        let files = SourceFile.discover(paths, log: log)
        var documents: [CatalogDocument] = []
        var tables: [CSVRecordStream] = []
        for file in files {
            do throws(Issue) {
                switch file.format {
                case .yaml, .json:
                    let (data, text) = try file.text()
                    let node =
                        file.format == .yaml
                        ? try YAMLDocument.parse(text, file: file.name)
                        : try JSONDocument.parse(data, text: text, file: file.name)
                    guard let node else { throw Issue(.fileEmpty, ["file": file.name]) }
                    documents.append(CatalogDocument(node, file: file.name, log: log))
                case .csv:
                    try file.checkStreamedText()
                    tables.append(try CSVRecordStream(url: file.url, file: file.name))
                }
            } catch {
                log.add(error)
            }
        }
        if log.errorCount > 0 { throw failure(log) }
        return try store.write { writer in
            var run = ImportRun(writer: writer, today: today, log: log, progress: progress)
            try run.write(documents: documents, tables: tables)
            if log.errorCount > 0 { throw failure(log) }
            run.summary.warnings = log.warnings
            return run.summary
        }
    }

    private func failure(_ log: IssueLog) -> ImportFailure {
        ImportFailure(issues: log.issues.errors, errorCount: log.errorCount, omitted: log.omitted)
    }
}

/// One import inside its transaction: checks and saves records kind by kind.
private struct ImportRun {
    let writer: CatalogWriter
    let today: CalendarDate
    let log: IssueLog
    let progress: ((Int) -> Void)?
    var summary = ImportSummary()
    /// Where each key (id, SKU, ICE) was first seen in this import, to report duplicates.
    var seen: [String: SourceLocation] = [:]
    /// Cooperatives that failed their checks: their products' "unknown cooperative" is noise.
    var rejectedCooperatives: Set<String> = []
    var processed = 0

    init(writer: CatalogWriter, today: CalendarDate, log: IssueLog, progress: ((Int) -> Void)?) {
        self.writer = writer
        self.today = today
        self.log = log
        self.progress = progress
    }

    mutating func write(documents: [CatalogDocument], tables: [CSVRecordStream]) throws {
        for kind in RecordKind.allCases {
            for document in documents {
                switch kind {
                case .schemes: for s in document.schemes { try save(s.record, at: s.place) }
                case .knowHow: for k in document.knowHow { try save(k.record, at: k.place) }
                case .cooperatives: for c in document.cooperatives { try save(c.record, at: c.place) }
                case .products: for p in document.products { try save(p.record, at: p.place) }
                }
            }
            for table in tables where table.layout.kind == kind { try stream(table) }
        }
    }

    /// Reads a CSV table row by row, decoding each row with the document decoders.
    private mutating func stream(_ table: CSVRecordStream) throws {
        while true {
            let row: (node: DocumentNode, line: Int)
            do throws(Issue) {
                guard let next = try table.next() else { return }
                row = next
            } catch {
                log.add(error)
                if error.message.key == .fileUnreadable { return }
                continue
            }
            let place = RecordPlace(location: SourceLocation(file: table.file, line: row.line))
            let allowed = table.layout.recordFields
            guard let reader = RecordReader(row.node, file: table.file, path: "", allowed: allowed, log: log) else { continue }
            switch table.layout {
            case .schemes: if let s = SchemeRecord.decode(reader) { try save(s, at: place) }
            case .knowHow: if let k = KnowHowRecord.decode(reader) { try save(k, at: place) }
            case .cooperatives: if let c = CooperativeRecord.decode(reader) { try save(c, at: place) }
            case .products: if let p = ProductRecord.decode(reader, cooperativeID: nil) { try save(p, at: place) }
            }
        }
    }

    private mutating func save(_ scheme: CertificationScheme, at place: RecordPlace) throws {
        let writer = self.writer
        try check(kind: .schemes, keys: ["scheme \(scheme.id)"], issues: scheme.validate(), at: place) {
            try writer.save(scheme)
        }
    }

    private mutating func save(_ knowHow: KnowHow, at place: RecordPlace) throws {
        let writer = self.writer
        try check(kind: .knowHow, keys: ["know-how \(knowHow.id)"], issues: knowHow.validate(), at: place) {
            try writer.save(knowHow)
        }
    }

    private mutating func save(_ cooperative: Cooperative, at place: RecordPlace) throws {
        let writer = self.writer
        let issues = cooperative.validate(today: today) + cooperative.validateReferences(in: writer.reader)
        let saved = try check(
            kind: .cooperatives, keys: ["cooperative \(cooperative.id)", "ICE \(cooperative.ice)"],
            issues: issues, at: place
        ) { try writer.save(cooperative) }
        if !saved { rejectedCooperatives.insert(cooperative.id) }
    }

    private mutating func save(_ product: Product, at place: RecordPlace) throws {
        let writer = self.writer
        // The cooperative was refused, so the import fails anyway: the product is checked on its
        // own but neither saved nor reported as belonging to an unknown cooperative.
        let orphan = rejectedCooperatives.contains(product.cooperativeID)
        let references = product.validateReferences(in: writer.reader).filter {
            !($0.message.key == .unknownCooperative && orphan)
        }
        try check(
            kind: .products, keys: ["SKU \(product.sku)"], issues: product.validate() + references, at: place
        ) { orphan ? .unchanged : try writer.save(product) }
    }

    /// Logs the issues; saves the record only when there are no errors and no duplicate key.
    @discardableResult
    private mutating func check(
        kind: RecordKind, keys: [String], issues: [Issue], at place: RecordPlace,
        save: () throws -> SaveOutcome
    ) throws -> Bool {
        var issues = issues
        for key in keys {
            if let first = seen[key] {
                issues.append(Issue(.duplicateID, ["value": key, "other": first.description]))
            } else {
                seen[key] = place.location
            }
        }
        let placed = issues.map(place.locate)
        placed.forEach(log.add)
        processed += 1
        if processed % 1000 == 0 { progress?(processed) }
        guard placed.errors.isEmpty else { return false }
        do {
            summary.record(try save(), kind: kind)
            return true
        } catch let issue as Issue {
            log.add(place.locate(issue))
            return false
        }
    }
}

extension CSVLayout {
    var kind: RecordKind {
        switch self {
        case .schemes: return .schemes
        case .knowHow: return .knowHow
        case .cooperatives: return .cooperatives
        case .products: return .products
        }
    }

    /// The document fields a row of this layout may fill.
    var recordFields: [String] {
        switch self {
        case .schemes: return SchemeRecord.fields
        case .knowHow: return KnowHowRecord.fields
        case .cooperatives: return CooperativeRecord.fields
        case .products: return ProductRecord.fields
        }
    }
}
