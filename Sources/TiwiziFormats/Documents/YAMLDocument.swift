import TiwiziCore
import Yams

/// Reads and writes YAML catalog documents through libyaml (Yams), keeping line numbers.
package enum YAMLDocument {
    /// Parses `text`; a syntax error becomes an issue at the line libyaml points to.
    package static func parse(_ text: String, file: String) throws(Issue) -> DocumentNode? {
        do {
            return try Yams.compose(yaml: text).map(convert)
        } catch let error as YamlError {
            let (detail, line) = describe(error)
            throw Issue(.yamlMalformed(detail: detail), location: SourceLocation(file: file, line: line))
        } catch {
            throw Issue(.yamlMalformed(detail: "\(error)"), location: SourceLocation(file: file))
        }
    }

    /// YAML text for `node`, keys in the node's order, text scalars quoted only when needed.
    package static func render(_ node: DocumentNode) throws -> String {
        try Yams.serialize(node: yamsNode(node), indent: 2, width: -1, allowUnicode: true, sortKeys: false)
    }

    private static func convert(_ node: Node) -> DocumentNode {
        let line = node.mark?.line
        switch node {
        case .scalar(let scalar):
            let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            return isNull ? .null(line: line) : .scalar(scalar.string, .text, line: line)
        case .sequence(let sequence):
            return .list(sequence.map(convert), line: line)
        case .mapping(let mapping):
            return .map(mapping.map { (key: $0.key.scalar?.string ?? "\($0.key)", value: convert($0.value)) }, line: line)
        case .alias:
            return .null(line: line)
        }
    }

    private static func yamsNode(_ node: DocumentNode) -> Node {
        switch node {
        case .null: return Node("~", Tag(.null))
        case .scalar(let text, let kind, _):
            switch kind {
            case .number, .boolean: return Node(text)
            case .text:
                // Quote text that YAML would otherwise read as a number, date, boolean or null.
                let plain = Node(text)
                let resolved = Resolver.default.resolveTag(of: plain)
                let style: Node.Scalar.Style = resolved == .str && !text.isEmpty ? .any : .doubleQuoted
                return Node(text, Tag(.str), style)
            }
        case .list(let items, _): return Node(items.map(yamsNode))
        case .map(let pairs, _): return Node(pairs.map { (Node($0.key), yamsNode($0.value)) })
        }
    }

    private static func describe(_ error: YamlError) -> (String, Int?) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return ("\(prefix)\(problem) (column \(mark.column))", mark.line)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ("duplicate key \(duplicates.joined(separator: ", "))", context.mark.line)
        case .reader(let problem, _, _, _): return (problem, nil)
        default: return ("\(error)", nil)
        }
    }
}
