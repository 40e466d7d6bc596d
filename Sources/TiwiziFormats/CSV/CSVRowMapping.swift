import TiwiziCore

/// Turns CSV cells into document records and back, following a `CSVLayout`.
package enum CSVRowMapping {
    /// The record for one row: a column not among `cells` is a field the row does not mention,
    /// an empty cell a field set to nothing (`.null`, see `RecordOverlay`); list cells split on `|`.
    package static func node(cells: [String: String], layout: CSVLayout, line: Int) throws(Issue) -> DocumentNode {
        var root: [(key: String, value: DocumentNode)] = []
        for column in layout.columns {
            guard let cell = cells[column.name]?.trimmingSpaces else { continue }
            let node: DocumentNode
            switch column.codec {
            case _ where cell.isEmpty: node = .null(line: line)
            case .value: node = .scalar(cell, .text, line: line)
            case .list: node = .list(FieldParsing.list(cell).map { .scalar($0, .text, line: line) }, line: line)
            case .records(let keys, .certificates):
                var items: [DocumentNode] = []
                for item in FieldParsing.list(cell) { items.append(try certificate(item, keys: keys, line: line)) }
                node = .list(items, line: line)
            case .records(let keys, .artisans):
                node = .list(FieldParsing.list(cell).map { artisan($0, keys: keys, line: line) }, line: line)
            }
            insert(node, at: column.path[...], into: &root, line: line)
        }
        return .map(root, line: line)
    }

    /// The cells of one record, in the layout's column order.
    package static func cells(of node: DocumentNode, layout: CSVLayout) -> [String] {
        layout.columns.map { column in
            guard let value = lookup(column.path[...], in: node) else { return "" }
            switch (column.codec, value) {
            case (.value, .scalar(let text, _, _)): return text
            case (.list, .list(let items, _)): return items.compactMap(scalarText).joined(separator: "|")
            case (.records(let keys, .certificates), .list(let items, _)):
                return items.map { item in
                    keys.map { lookup([$0][...], in: item).flatMap(scalarText) ?? "" }.joined(separator: ":")
                }.joined(separator: "|")
            case (.records(let keys, .artisans), .list(let items, _)):
                return items.map { item in
                    let name = lookup([keys[0]][...], in: item).flatMap(scalarText) ?? ""
                    let consent = lookup([keys[1]][...], in: item).flatMap(scalarText) == "true" ? "yes" : "no"
                    return "\(name):\(consent)"
                }.joined(separator: "|")
            default: return ""
            }
        }
    }

    /// `scheme:number:valid_from:valid_until`, its parts under `keys` in that order.
    private static func certificate(_ text: String, keys: [String], line: Int) throws(Issue) -> DocumentNode {
        let c = try FieldParsing.certificate(text)
        let parts = [c.schemeID, c.number, c.validFrom.description, c.validUntil.description]
        return .map(zip(keys, parts).map { (key: $0, value: .scalar($1, .text, line: line)) }, line: line)
    }

    /// `Name:yes` — the consent after the last colon, so names may contain colons; `keys` names
    /// the name and the consent.
    private static func artisan(_ text: String, keys: [String], line: Int) -> DocumentNode {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        let hasConsent = parts.count > 1
        let name = hasConsent ? parts.dropLast().joined(separator: ":") : text
        var pairs: [(key: String, value: DocumentNode)] = [(key: keys[0], value: .scalar(name, .text, line: line))]
        if hasConsent { pairs.append((key: keys[1], value: .scalar(String(parts.last!), .text, line: line))) }
        return .map(pairs, line: line)
    }

    private static func insert(
        _ node: DocumentNode, at path: ArraySlice<String>, into pairs: inout [(key: String, value: DocumentNode)],
        line: Int
    ) {
        let key = path.first!
        guard path.count > 1 else { return pairs.append((key: key, value: node)) }
        var children: [(key: String, value: DocumentNode)] = []
        let index = pairs.firstIndex { $0.key == key }
        if let index, case .map(let existing, _) = pairs[index].value { children = existing }
        insert(node, at: path.dropFirst(), into: &children, line: line)
        if let index {
            pairs[index].value = .map(children, line: line)
        } else {
            pairs.append((key: key, value: .map(children, line: line)))
        }
    }

    private static func lookup(_ path: ArraySlice<String>, in node: DocumentNode) -> DocumentNode? {
        guard let key = path.first else { return node }
        guard case .map(let pairs, _) = node, let child = pairs.first(where: { $0.key == key })?.value else { return nil }
        return lookup(path.dropFirst(), in: child)
    }

    private static func scalarText(_ node: DocumentNode) -> String? {
        if case .scalar(let text, _, _) = node { return text }
        return nil
    }
}
