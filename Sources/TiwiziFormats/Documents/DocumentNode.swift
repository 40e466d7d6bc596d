/// A parsed YAML, JSON or CSV record before it becomes a domain value: scalars are kept as the
/// text the person typed (so `007` stays `007` and `145,50` reaches the money parser intact),
/// mappings keep their key order, and every node remembers its line.
public indirect enum DocumentNode: Sendable {
    case null(line: Int?)
    case scalar(String, ScalarKind, line: Int?)
    case list([DocumentNode], line: Int?)
    case map([(key: String, value: DocumentNode)], line: Int?)

    /// How a scalar is written out: quoted text, or a bare number or boolean.
    public enum ScalarKind: Sendable { case text, number, boolean }

    public var line: Int? {
        switch self {
        case .null(let line), .scalar(_, _, let line), .list(_, let line), .map(_, let line): return line
        }
    }

    package static func text(_ value: String?) -> DocumentNode { value.map { .scalar($0, .text, line: nil) } ?? .null(line: nil) }
    package static func number(_ value: Int?) -> DocumentNode {
        value.map { .scalar(String($0), .number, line: nil) } ?? .null(line: nil)
    }
    package static func boolean(_ value: Bool) -> DocumentNode { .scalar(value ? "true" : "false", .boolean, line: nil) }

    /// A mapping that leaves out absent (null) and empty-list values, so documents stay short.
    package static func record(_ pairs: [(String, DocumentNode)]) -> DocumentNode {
        .map(
            pairs.filter { _, node in
                switch node {
                case .null: return false
                case .list(let items, _): return !items.isEmpty
                case .map(let pairs, _): return !pairs.isEmpty
                default: return true
                }
            }.map { (key: $0.0, value: $0.1) }, line: nil)
    }

    package var isNull: Bool { if case .null = self { return true } else { return false } }
}
