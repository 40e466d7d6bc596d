import Foundation
import TiwiziCore
import TiwiziFormats
import TiwiziStore

/// Imports catalog files into the store, all or nothing: every record is checked (on its own,
/// against the catalog, and for duplicates within the import) inside one transaction, and one
/// error anywhere rolls the whole import back. Re-importing the same data changes nothing.
public struct Importer<Store: CatalogStore> {
    let store: Store
    let today: CalendarDate
    /// Called now and then with the number of records processed so far.
    var progress: ((Int) -> Void)?

    public init(store: Store, today: CalendarDate, progress: ((Int) -> Void)? = nil) {
        self.store = store
        self.today = today
        self.progress = progress
    }

    /// Imports the files and folders at `paths`. Throws `ImportFailure` (catalog unchanged) when
    /// any record is wrong. A `rehearsal` checks everything and reports what would change, then
    /// leaves the catalog as it was.
    public func run(paths: [String], rehearsal: Bool = false) throws -> ImportSummary {
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
                    guard let node else { throw Issue(.empty(path: file.name)) }
                    documents.append(CatalogDocument(node, file: file.name, log: log))
                case .csv:
                    try file.checkStreamedText()
                    tables.append(try CSVRecordStream(url: file.url, file: file.name))
                }
            } catch {
                log.add(error)
            }
        }
        return try write(documents: documents, tables: tables, log: log, rehearsal: rehearsal)
    }

    /// Imports the records of a document tree built in memory, as a YAML or JSON file would give
    /// them (the top-level keys of `CatalogDocument`), with every check of an import; `file` names
    /// the document in problems. Throws `ImportFailure` (catalog unchanged) when any record is wrong.
    public func run(document: DocumentNode, file: String) throws -> ImportSummary {
        let log = IssueLog()
        let parsed = CatalogDocument(document, file: file, log: log)
        return try write(documents: [parsed], tables: [], log: log, rehearsal: false)
    }

    private func write(
        documents: [CatalogDocument], tables: [CSVRecordStream], log: IssueLog, rehearsal: Bool
    ) throws -> ImportSummary {
        if log.errorCount > 0 { throw failure(log) }
        let body = { (writer: Store.Writer) throws -> ImportSummary in
            var run = ImportRun(writer: writer, today: today, log: log, progress: progress)
            try run.write(documents: documents, tables: tables)
            if log.errorCount > 0 { throw failure(log) }
            run.summary.warnings = log.warnings
            return run.summary
        }
        return rehearsal ? try store.rehearse(body) : try store.write(body)
    }

    private func failure(_ log: IssueLog) -> ImportFailure {
        ImportFailure(issues: log.issues.errors, errorCount: log.errorCount, omitted: log.omitted)
    }
}

/// One import inside its transaction: lays each record over the stored one, checks it and saves
/// it, kind by kind.
private struct ImportRun<Writer: CatalogWriter> {
    let writer: Writer
    let today: CalendarDate
    let log: IssueLog
    let progress: ((Int) -> Void)?
    var summary = ImportSummary()
    /// Where each key (id, SKU, ICE) was first seen in this import, to report duplicates.
    var seen: [String: SourceLocation] = [:]
    /// Cooperatives that failed their checks: their products' "unknown cooperative" is noise.
    var rejectedCooperatives: Set<String> = []
    /// The keys of the records this import has already written, by kind: a second record with
    /// the same key is a duplicate to report, not an update to lay over the first.
    var written: [RecordKind: Set<String>] = [:]
    /// Checks of the records that depend on updated ones, run when every record is written.
    var dependantChecks: [(ImportRun) throws -> [Issue]] = []
    var processed = 0
    /// The keys of the batch of rows being imported that the catalog did not hold before it.
    var newKeys: Set<String> = []

    /// Whether `key`, as written, is one of `newKeys`. A key that normalising would change is
    /// left to the record's own look-up, which uses the normalised key.
    func isNew(_ key: String) -> Bool {
        newKeys.contains(key) && LocalizedText.normalized(key) == key
    }

    init(writer: Writer, today: CalendarDate, log: IssueLog, progress: ((Int) -> Void)?) {
        self.writer = writer
        self.today = today
        self.log = log
        self.progress = progress
    }

    mutating func write(documents: [CatalogDocument], tables: [CSVRecordStream]) throws {
        for kind in RecordKind.allCases {
            for document in documents {
                for entry in document.entries[kind] ?? [] {
                    try add(kind.codec, entry.node, at: entry.place, owner: entry.owner)
                }
            }
            for table in tables where table.layout.kind == kind { try stream(table) }
        }
        for check in dependantChecks { try check(self).forEach(log.add) }
    }

    /// Rows of a CSV table read ahead at once, so that one query finds which of their keys the
    /// catalog holds (`CatalogReader.existingKeys`).
    static var batchSize: Int { 256 }

    /// Reads a CSV table row by row; a row is a partial record made of the header's columns.
    /// Rows are taken a batch at a time, and the problems of reading them are reported in
    /// their place among the problems of the records.
    private mutating func stream(_ table: CSVRecordStream) throws {
        var ended = false
        while !ended {
            var batch: [Result<(node: DocumentNode, line: Int), Issue>] = []
            while batch.count < Self.batchSize && !ended {
                do throws(Issue) {
                    guard let next = try table.next() else {
                        ended = true
                        break
                    }
                    batch.append(.success(next))
                } catch {
                    batch.append(.failure(error))
                    if case .unreadable = error.problem as? FileProblem { ended = true }
                }
            }
            let kind = table.layout.kind
            let keys = batch.compactMap { row in (try? row.get()).flatMap { kind.codec.key(in: $0.node) } }
            newKeys = Set(keys).subtracting(try writer.reader.existingKeys(kind, among: keys))
            for row in batch {
                switch row {
                case .success(let row):
                    let place = RecordPlace(location: SourceLocation(file: table.file, line: row.line))
                    try add(kind.codec, row.node, at: place, owner: nil)
                case .failure(let issue): log.add(issue)
                }
            }
            newKeys = []
        }
    }

    /// Lays `node` over the stored record of the same key, decodes and checks the result, and
    /// saves it when it has no error and no key already seen in this import.
    private mutating func add<Codec: RecordCodec>(
        _ codec: Codec.Type, _ node: DocumentNode, at place: RecordPlace, owner: String?
    ) throws {
        defer {
            processed += 1
            if processed % 1000 == 0 { progress?(processed) }
        }
        let key = Codec.key(in: node)
        let duplicate = key.map { written[Codec.kind, default: []].contains($0) } == true
        // A key this import already wrote is a duplicate: decoded as written, it is reported by
        // the unique-key check below and never saved. A key the catalog does not hold (asked
        // for the whole batch) has no stored record to lay the row over.
        let (merged, existing) =
            duplicate || key.map(isNew) == true
            ? (RecordOverlay.normalised(node, localized: Codec.localizedFields), nil)
            : try Codec.overlay(node, owner: owner, in: writer.reader)
        let decoding = IssueLog()
        let decoded = RecordReader(merged, file: place.location.file, path: place.path, allowed: Codec.fields, log: decoding)
            .flatMap { Codec.decode($0, owner: owner) }
        guard let record = decoded else {
            // A duplicate with too few columns to decode (`sku,price`) is still a duplicate.
            if duplicate, let key, let issue = try duplicateIssue(Codec.self, key) {
                log.add(place.locate(issue))
                return reject(node, Codec.self)
            }
            decoding.issues.forEach(log.add)
            decoding.warnings.forEach(log.add)
            // Report every problem in one round: check the rest of the record too.
            checkRest(Codec.self, merged, failed: decoding.issues, at: place, owner: owner)
            return reject(node, Codec.self)
        }
        decoding.issues.forEach(log.add)
        decoding.warnings.forEach(log.add)
        var issues = Codec.validate(record, today: today, in: writer.reader)
        // A record that refers to a cooperative refused by this import is checked on its own but
        // neither saved nor reported as referring to an unknown cooperative: the import fails anyway.
        let orphans = issues.filter {
            guard case .unknownCooperative(let id) = $0.problem as? ValueProblem else { return false }
            return rejectedCooperatives.contains(id)
        }
        issues.removeAll { orphans.contains($0) }
        for key in Codec.uniqueKeys(record) {
            if let first = seen[key] {
                issues.append(Issue(.duplicateKey(key, first: first)))
            } else {
                seen[key] = place.location
            }
        }
        let placed = issues.map(place.locate)
        placed.forEach(log.add)
        guard placed.errors.isEmpty, orphans.isEmpty else { return reject(node, Codec.self) }
        let outcome: SaveOutcome
        do {
            outcome = try Codec.save(record, replacing: existing, with: writer)
        } catch let issue as Issue {
            log.add(place.locate(issue))
            return reject(node, Codec.self)
        }
        if let key { written[Codec.kind, default: []].insert(key) }
        summary.record(outcome, kind: Codec.kind)
        guard outcome == .updated, let existing, let key else { return }
        summary.changes.append(RecordChange(kind: Codec.kind, key: key, fields: Codec.changes(from: existing, to: record)))
        // Checked once the whole import is written: it may fix the dependants too.
        dependantChecks.append { run in
            let checked = run.written[.products] ?? []
            return try Codec.dependantIssues(of: record, replacing: existing, in: run.writer.reader, checked: checked)
                .map(place.locate)
        }
    }
}

extension ImportRun {
    /// Checks the fields of a record that did decode, when others did not: the failed fields
    /// take a template's value, and only the record's own rules on the other fields are
    /// reported (references are checked once the record is fixed).
    fileprivate func checkRest<Codec: RecordCodec>(
        _: Codec.Type, _ node: DocumentNode, failed: [Issue], at place: RecordPlace, owner: String?
    ) {
        let prefix = place.path.isEmpty ? "" : place.path + "."
        let fields = Set(
            failed.compactMap { issue in
                issue.field.map { String($0.dropFirst(prefix.count).prefix { $0 != "." && $0 != "[" }) }
            })
        let patched = RecordOverlay.apply(Codec.template.filtering(fields), on: node)
        guard
            let reader = RecordReader(patched, file: place.location.file, path: "", allowed: nil, log: IssueLog()),
            let record = Codec.decode(reader, owner: owner)
        else { return }
        for issue in Codec.ownIssues(record, today: today) where issue.severity == .error {
            let field = issue.field.map { String($0.prefix { $0 != "." && $0 != "[" }) }
            if let field, !fields.contains(field) { log.add(place.locate(issue)) }
        }
    }

    /// The duplicate-key problem of a row whose key this import already wrote: the unique key
    /// of the record it wrote, where that record was.
    fileprivate func duplicateIssue<Codec: RecordCodec>(_: Codec.Type, _ key: String) throws -> Issue? {
        guard let first = try Codec.stored(key, in: writer.reader), let label = Codec.uniqueKeys(first).first,
            let location = seen[label]
        else { return nil }
        return Issue(.duplicateKey(label, first: location))
    }

    /// Notes a refused record, so that records referring to it are not also reported as orphans.
    fileprivate mutating func reject<Codec: RecordCodec>(_ node: DocumentNode, _: Codec.Type) {
        if Codec.kind == .cooperatives, let id = Codec.key(in: node) { rejectedCooperatives.insert(id) }
    }
}

extension RecordKind {
    /// How records of this kind are read, checked and saved.
    var codec: any RecordCodec.Type {
        switch self {
        case .schemes: return SchemeRecord.self
        case .knowHow: return KnowHowRecord.self
        case .cooperatives: return CooperativeRecord.self
        case .products: return ProductRecord.self
        }
    }
}
