import LuaHost
import TiwiziCore
import TiwiziFormats
import TiwiziRules

/// A test file's `fixtures` as a catalog document, for the importer to check as it checks a
/// file: `schemes`, `know_how`, `cooperatives` and `products`, each a list of records with the
/// catalog's document fields (docs/catalog-format.md), and defaults for the fields a test does
/// not care about. A cooperative may write `members = 12, women = 8` for
/// `members = {total = 12, women = 8}`.
struct FixtureDocument {
    static let kinds = ["schemes", "know_how", "cooperatives", "products"]

    let node: DocumentNode
    /// The fixture products' SKUs, in order.
    let skus: [String]

    init(_ fixtures: Fields?, file: String) throws(RuleTestProblem) {
        try RuleTestDecoding.reading { () throws(RuleProblem) in try fixtures?.check(allowed: Self.kinds) }
        var lists: [String: [[(key: String, value: DocumentNode)]]] = [:]
        for kind in Self.kinds {
            let items = try RuleTestDecoding.reading { () throws(RuleProblem) in try fixtures?.list(kind) ?? [] }
            lists[kind] = try items.enumerated().map { index, item throws(RuleTestProblem) in
                let field = "fixtures.\(kind)[\(index + 1)]"
                guard case .map(let pairs, _) = try LuaDocument.node(item, field: field, where: .file(file)) else {
                    throw .invalid(
                        RuleProblem.wrongType(where: .file(file), field: field, expected: "a table of fields", got: item.typeName)
                    )
                }
                return pairs
            }
        }
        let firstCooperative = lists["cooperatives"]?.first.flatMap { Self.scalar("id", in: $0) }
        let records: [(String, DocumentNode)] = Self.kinds.map { kind in
            let items = (lists[kind] ?? []).enumerated().map { index, pairs in
                DocumentNode.map(Self.defaults(kind, pairs, index: index, cooperative: firstCooperative), line: nil)
            }
            return (kind, .list(items, line: nil))
        }
        node = .map(records.map { (key: $0.0, value: $0.1) }, line: nil)
        skus = (lists["products"] ?? []).compactMap { Self.scalar("sku", in: $0) }
    }

    /// An importer's field path (`products[0].certificates[1]`) as a test file writes it, below
    /// `fixtures` and counting from 1 as Lua does (`fixtures.products[1].certificates[2]`).
    static func luaField(_ field: String) -> String { "fixtures." + LuaDocument.luaPath(field) }

    /// The record with the defaults of its kind for the fields it does not give.
    private static func defaults(
        _ kind: String, _ given: [(key: String, value: DocumentNode)], index: Int, cooperative: String?
    ) -> [(key: String, value: DocumentNode)] {
        var pairs = given
        func fill(_ key: String, _ value: @autoclosure () -> DocumentNode?) {
            guard !pairs.contains(where: { $0.key == key }), let value = value() else { return }
            pairs.append((key, value))
        }
        let key = scalar(kind == "products" ? "sku" : "id", in: given)
        fill("name", key.map { .text($0) })
        switch kind {
        case "schemes": fill("kind", .text("collective-mark"))
        case "know_how":
            fill("craft_family", .text("food-processing"))
            fill("regions", .list([.text("MA-09")], line: nil))
        case "cooperatives":
            fill("ice", .text(String(format: "9%014d", index + 1)))
            fill("founded", .text("2000-01-01"))
            fill("region", .text("MA-09"))
            fill("legal_form", .text("cooperative"))
            pairs = members(pairs)
        default:
            fill("cooperative", cooperative.map { .text($0) })
            fill("category", .text("food"))
            fill("quantity", .record([("amount", .number(1)), ("unit", .text("piece"))]))
            fill("price", .text("100.00"))
            if !pairs.contains(where: { $0.key == "made_to_order" }) { fill("stock", .number(10)) }
        }
        return pairs
    }

    /// `members = 12, women = 8` as `members = {total = 12, women = 8}`; 10 members, no women,
    /// when the test says nothing.
    private static func members(_ given: [(key: String, value: DocumentNode)]) -> [(key: String, value: DocumentNode)] {
        let shortcuts = ["women", "youth"]
        var members: [(key: String, value: DocumentNode)]
        switch given.first(where: { $0.key == "members" })?.value {
        case .map(let pairs, _)?: members = pairs
        case let total?: members = [("total", total)]
        case nil: members = [("total", .number(10))]
        }
        for (key, value) in given where shortcuts.contains(key) {
            members.removeAll { $0.key == key }
            members.append((key, value))
        }
        return given.filter { $0.key != "members" && !shortcuts.contains($0.key) } + [("members", .map(members, line: nil))]
    }

    /// The text of a scalar field.
    private static func scalar(_ key: String, in pairs: [(key: String, value: DocumentNode)]) -> String? {
        guard case .scalar(let text, _, _)? = pairs.first(where: { $0.key == key })?.value else { return nil }
        return text
    }
}
