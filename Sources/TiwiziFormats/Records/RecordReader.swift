import TiwiziCore

/// Reads the fields of one mapping in a document, reporting each problem once with its file,
/// line and field path, and refusing unknown fields (a typo must not silently drop data).
package struct RecordReader {
    package let pairs: [(key: String, value: DocumentNode)]
    package let file: String
    package let line: Int?
    /// The field path of this mapping, e.g. `products[2]`; empty at the top.
    package let path: String
    package let log: IssueLog

    /// A reader over `node`, or nil (with an issue) when it is not a mapping. Keys not in
    /// `allowed` are reported (nil: not checked here, the record's own reader checks them).
    package init?(_ node: DocumentNode, file: String, path: String, allowed: [String]?, log: IssueLog) {
        guard case .map(let pairs, let line) = node else {
            log.add(
                Issue(
                    .expectedMapping, field: path.isEmpty ? nil : path,
                    location: SourceLocation(file: file, line: node.line)))
            return nil
        }
        self.pairs = pairs
        self.file = file
        self.line = line
        self.path = path
        self.log = log
        guard let allowed else { return }
        for pair in pairs where !allowed.contains(pair.key) {
            report(
                Issue(.fieldUnknown(name: pair.key, expected: allowed)), key: pair.key,
                at: pair.value.line)
        }
    }

    package func node(_ key: String) -> DocumentNode? {
        pairs.first { $0.key == key }.map(\.value).flatMap { $0.isNull ? nil : $0 }
    }

    package func fieldPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    package func report(_ issue: Issue, key: String? = nil, at line: Int? = nil) {
        var issue = issue
        if issue.field == nil, let key { issue.field = fieldPath(key) }
        log.add(issue.located(at: SourceLocation(file: file, line: line ?? self.line)))
    }

    /// The text of a scalar field, trimmed and in NFC, whatever the format it came in; nil when
    /// absent or blank (or, with an issue, when not a scalar).
    package func text(_ key: String, required: Bool = false) -> String? {
        guard let node = node(key) else {
            if required { report(Issue(.required(field: fieldPath(key))), key: key) }
            return nil
        }
        guard case .scalar(let text, _, _) = node else {
            report(Issue(.expectedText), key: key, at: node.line)
            return nil
        }
        guard let normalized = LocalizedText.normalized(text) else {
            if required { report(Issue(.required(field: fieldPath(key))), key: key, at: node.line) }
            return nil
        }
        return normalized
    }

    /// A field converted by `parse`; a failure becomes an issue on that field.
    package func value<T>(_ key: String, required: Bool = false, _ parse: (String) throws(Issue) -> T) -> T? {
        guard let text = text(key, required: required) else { return nil }
        do { return try parse(text) } catch { report(error, key: key, at: node(key)?.line) }
        return nil
    }

    /// The items of a list field (empty when absent).
    package func list(_ key: String) -> [DocumentNode] {
        guard let node = node(key) else { return [] }
        guard case .list(let items, _) = node else {
            report(Issue(.expectedList), key: key, at: node.line)
            return []
        }
        return items
    }

    /// A list of scalars, each converted by `parse`.
    package func values<T>(_ key: String, _ parse: (String) throws(Issue) -> T) -> [T] {
        list(key).enumerated().compactMap { index, item -> T? in
            guard case .scalar(let text, _, let line) = item else {
                report(Issue(.expectedText, field: "\(fieldPath(key))[\(index)]"), at: item.line)
                return nil
            }
            do throws(Issue) { return try parse(LocalizedText.normalized(text) ?? text) } catch {
                report(error.nested(under: "\(fieldPath(key))[\(index)]"), at: line)
            }
            return nil
        }
    }

    /// A nested mapping field.
    package func child(_ key: String, allowed: [String]?) -> RecordReader? {
        node(key).flatMap { RecordReader($0, file: file, path: fieldPath(key), allowed: allowed, log: log) }
    }

    /// The mappings of a list field, each with its own reader.
    package func children(_ key: String, allowed: [String]?) -> [RecordReader] {
        list(key).enumerated().compactMap { index, item in
            RecordReader(item, file: file, path: "\(fieldPath(key))[\(index)]", allowed: allowed, log: log)
        }
    }

    /// Multilingual text written `{fr: …, ar: …}` (or a bare string, taken as French).
    package func localized(_ key: String, required: Bool = false) -> LocalizedText? {
        guard let node = node(key) else {
            if required { report(Issue(.required(field: fieldPath(key))), key: key) }
            return nil
        }
        let text: LocalizedText
        if case .scalar(let french, _, _) = node {
            text = LocalizedText(french: french)
        } else {
            guard let reader = child(key, allowed: Language.allCases.map(\.rawValue)) else { return nil }
            var values: [Language: String] = [:]
            for language in Language.allCases { values[language] = reader.text(language.rawValue) }
            text = LocalizedText(values)
        }
        // Optional text left empty (`description: ""`, `{fr: ""}`) is absent, as the store reads it back.
        return text.languages.isEmpty && !required ? nil : text
    }

    package var location: SourceLocation { SourceLocation(file: file, line: line) }

    /// The mapping this reader reads.
    package var node: DocumentNode { .map(pairs, line: line) }

    /// The same mapping without the field `key` (a cooperative without its `products`).
    package func without(_ key: String) -> RecordReader {
        RecordReader(pairs: pairs.filter { $0.key != key }, file: file, line: line, path: path, log: log)
    }

    private init(pairs: [(key: String, value: DocumentNode)], file: String, line: Int?, path: String, log: IssueLog) {
        self.pairs = pairs
        self.file = file
        self.line = line
        self.path = path
        self.log = log
    }
}
