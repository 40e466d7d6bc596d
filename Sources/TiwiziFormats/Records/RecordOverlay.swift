import TiwiziCore

/// How a full or partial record that a person wrote updates the record the catalog holds.
///
/// - A field the input does not mention keeps its stored value: a spreadsheet with five
///   columns changes five fields and nothing else.
/// - A field the input sets to nothing (an empty CSV cell, `null` in YAML or JSON, an empty
///   option value) is cleared.
/// - Mappings merge field by field (`name: {ar: …}` keeps the French name); lists and plain
///   values are replaced whole (a `certificates` list is the product's new list).
/// - Of fields that exclude each other (`stock`, `made_to_order`), setting one clears the other.
package enum RecordOverlay {
    /// `incoming` written over `base`.
    package static func apply(_ incoming: DocumentNode, on base: DocumentNode, exclusive: [[String]] = []) -> DocumentNode {
        guard case .map(let written, let line) = incoming, case .map(var pairs, _) = base else { return incoming }
        for group in exclusive {
            let set = group.filter { field in written.contains { $0.key == field && !$0.value.isNull } }
            if !set.isEmpty { pairs.removeAll { group.contains($0.key) && !set.contains($0.key) } }
        }
        for (key, value) in written {
            if let index = pairs.firstIndex(where: { $0.key == key }) {
                pairs[index].value = apply(value, on: pairs[index].value)
            } else {
                pairs.append((key: key, value: value))
            }
        }
        return .map(pairs, line: line)
    }

    /// `node` in the form `apply` expects: bare text in a multilingual field becomes its French
    /// text, and a mapping whose every field is empty (`quantity` with both cells left blank)
    /// becomes one empty value.
    package static func normalised(_ node: DocumentNode, localized: [String]) -> DocumentNode {
        guard case .map(let pairs, let line) = node else { return node }
        return .map(
            pairs.map { key, value in
                if localized.contains(key), case .scalar(_, _, let at) = value {
                    return (key: key, value: .map([(key: Language.french.rawValue, value: value)], line: at))
                }
                return (key: key, value: collapsed(value))
            }, line: line)
    }

    private static func collapsed(_ node: DocumentNode) -> DocumentNode {
        guard case .map(let pairs, let line) = node else { return node }
        let children = pairs.map { (key: $0.key, value: collapsed($0.value)) }
        return children.allSatisfy(\.value.isNull) && !children.isEmpty ? .null(line: line) : .map(children, line: line)
    }
}
