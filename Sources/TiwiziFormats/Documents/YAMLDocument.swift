import TiwiziCore
import Yams

/// Reads and writes YAML catalog documents through libyaml (Yams), keeping line numbers.
package enum YAMLDocument {
    /// Parses `text`; a syntax error becomes an issue at the line libyaml points to.
    package static func parse(_ text: String, file: String) throws(Issue) -> DocumentNode? {
        do {
            guard let root = try Yams.compose(yaml: text) else { return nil }
            var converter = Converter(file: file)
            return try converter.convert(root)
        } catch let error as Issue {
            throw error
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

    /// Turns composed nodes into document nodes, refusing aliases: libyaml resolves an alias to
    /// the anchored node itself, so a node met a second time at the same place of the text is
    /// one. (Converting them would write the value out again for each alias: nine lines of
    /// aliases make billions of values.)
    private struct Converter {
        let file: String
        /// The places (line and column) of the nodes converted so far.
        private var seen: Set<Int> = []

        init(file: String) { self.file = file }

        /// Refuses a node met before: an alias. (A block mapping starts where its first key does:
        /// places are told apart by kind of node too.)
        private mutating func first(_ node: Node) throws(Issue) {
            let kind: Int
            switch node {
            case .scalar: kind = 0
            case .sequence: kind = 1
            case .mapping: kind = 2
            case .alias: kind = 3
            }
            guard let mark = node.mark, !seen.insert(mark.line << 26 | mark.column << 2 | kind).inserted else { return }
            throw Issue(DocumentProblem.yamlAlias, location: SourceLocation(file: file, line: mark.line))
        }

        mutating func convert(_ node: Node) throws(Issue) -> DocumentNode {
            let line = node.mark?.line
            try first(node)
            switch node {
            case .scalar(let scalar):
                let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
                return isNull ? .null(line: line) : .scalar(scalar.string, .text, line: line)
            case .sequence(let sequence):
                var items: [DocumentNode] = []
                for item in sequence { items.append(try convert(item)) }
                return .list(items, line: line)
            case .mapping(let mapping):
                var pairs: [(key: String, value: DocumentNode)] = []
                for (key, value) in mapping {
                    try first(key)
                    pairs.append((key: key.scalar?.string ?? "\(key)", value: try convert(value)))
                }
                return .map(pairs, line: line)
            case .alias:
                throw Issue(DocumentProblem.yamlAlias, location: SourceLocation(file: file, line: line))
            }
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
            // libyaml's words name its C function: say what it means for the file instead.
            if problem.hasPrefix("Maximum nesting level reached") {
                return (
                    "lists and mappings nested too deeply (catalog files nest a few levels) (column \(mark.column))", mark.line
                )
            }
            let prefix = context.map { "\($0.text) " } ?? ""
            return ("\(prefix)\(problem) (column \(mark.column))", mark.line)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ("duplicate key \(duplicates.joined(separator: ", "))", context.mark.line)
        case .reader(let problem, _, _, _): return (problem, nil)
        default: return ("\(error)", nil)
        }
    }
}
