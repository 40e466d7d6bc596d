import TiwiziCore

/// Where a record stands in its file — its first line, its field path in the document
/// (`cooperative`, `products[2]`), and the line of each of its fields — so that a problem found
/// on the whole record (`Cooperative.validate`) still points at the line of its field.
package struct RecordPlace {
    package let location: SourceLocation
    package let path: String
    /// Lines by field path relative to the record: `ice`, `members.women`, `certificates[0]`.
    package let fieldLines: [String: Int]

    /// A record of a CSV row: every field is on the row's line.
    package init(location: SourceLocation) {
        self.location = location
        path = ""
        fieldLines = [:]
    }

    package init(_ reader: RecordReader) {
        location = reader.location
        path = reader.path
        var lines: [String: Int] = [:]
        func walk(_ node: DocumentNode, _ path: String) {
            if let line = node.line { lines[path] = line }
            switch node {
            case .map(let pairs, _): for pair in pairs { walk(pair.value, "\(path).\(pair.key)") }
            case .list(let items, _): for (index, item) in items.enumerated() { walk(item, "\(path)[\(index)]") }
            default: break
            }
        }
        for pair in reader.pairs { walk(pair.value, pair.key) }
        fieldLines = lines
    }

    /// The issue at its field's line (or the record's), with its field below the record's path.
    package func locate(_ issue: Issue) -> Issue {
        let line = issue.field.flatMap { fieldLines[$0] } ?? location.line
        let placed = issue.located(at: SourceLocation(file: location.file, line: line))
        return path.isEmpty ? placed : placed.nested(under: path)
    }
}
