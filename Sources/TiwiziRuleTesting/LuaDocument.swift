import LuaHost
import TiwiziCore
import TiwiziFormats
import TiwiziLua
import TiwiziRules

/// Lua values of a test file as catalog documents, for the importer and the cart reader to check
/// as they check a file: text, whole numbers, booleans, Money and Dates; lists and named fields.
enum LuaDocument {
    /// `value` as a document node; `field` (as Lua writes it) and `place` name it in problems.
    static func node(_ value: LuaValue, field: String, where place: RulePlace) throws(RuleTestProblem) -> DocumentNode {
        switch value {
        case .nil: return .null(line: nil)
        case .boolean(let flag): return .boolean(flag)
        case .integer(let number): return .scalar(String(number), .number, line: nil)
        case .number(let number): throw .float(where: place, field: field, value: number)
        case .string: return .text(value.stringValue)
        case .money(let given):
            guard let amount = try? Money(given) else { throw .formless(where: place, field: field, got: "Money") }
            return .text(amount.decimalString)
        case .userdata(let object):
            if let day = object.object(as: CalendarDate.self) { return .text(day.description) }
            throw .formless(where: place, field: field, got: object.typeName)
        case .table(let table):
            if table.hash.isEmpty {
                return .list(
                    try table.array.enumerated().map { index, item throws(RuleTestProblem) in
                        try node(item, field: "\(field)[\(index + 1)]", where: place)
                    }, line: nil)
            }
            guard table.array.isEmpty else { throw .mixedTable(where: place, field: field) }
            var pairs: [(key: String, value: DocumentNode)] = []
            for (key, item) in table.orderedHash {
                guard let name = key.stringValue else { throw .mixedTable(where: place, field: field) }
                pairs.append((name, try node(item, field: "\(field).\(name)", where: place)))
            }
            return .map(pairs.sorted { $0.key < $1.key }, line: nil)
        case .function: throw .formless(where: place, field: field, got: value.typeName)
        }
    }

    /// A document's field path (`products[0].certificates[1]`) counting from 1 as Lua does
    /// (`products[1].certificates[2]`).
    static func luaPath(_ field: String) -> String {
        var result = ""
        var rest = Substring(field)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]"),
            let index = Int(rest[rest.index(after: open)..<close])
        {
            result += rest[...open] + "\(index + 1)]"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
