import LuaHost
import TiwiziCore

/// Reads a plugin's `parameters` entry: `{type = …, default = …, min = …, max = …, values = {…},
/// description = {fr = …, ar = …}}`, every field checked.
enum ParameterDecoding {
    static let fields = ["type", "default", "min", "max", "values", "description"]

    static func parameter(_ key: LuaValue, _ value: LuaValue, set: String, file: String) throws(RuleProblem)
        -> RuleSet.Parameter
    {
        guard let name = key.stringValue else {
            throw .wrongType(where: .ruleSet(file: file, name: set), field: "parameters", expected: "names", got: key.typeName)
        }
        guard case .table(let table) = value else {
            throw .wrongType(
                where: .ruleSet(file: file, name: set), field: "parameters.\(name)", expected: "a table", got: value.typeName)
        }
        let fields = Fields(table, place: .parameter(file: file, set: set, name: name))
        try fields.check(allowed: Self.fields)
        guard let kind = try fields.choice("type", RuleSet.Parameter.Kind.self) else {
            throw .missingField(where: fields.place, field: "type")
        }
        let choices = try fields.names("values")
        if kind == .enumeration, choices.isEmpty { throw .missingField(where: fields.place, field: "values") }
        if kind != .enumeration, !choices.isEmpty {
            throw .fieldNotForType(where: fields.place, field: "values", type: kind.rawValue)
        }
        func typed(_ field: String) throws(RuleProblem) -> ParameterValue? {
            let given = fields.table[field]
            if given == .nil { return nil }
            if field != "default", !kind.isOrdered {
                throw .fieldNotForType(where: fields.place, field: field, type: kind.rawValue)
            }
            guard let value = ParameterValue(given, as: kind) else {
                let shown = (try? fields.scalarText(field)).flatMap { $0 } ?? given.typeName
                throw .wrongType(where: fields.place, field: field, expected: "a \(kind.rawValue)", got: "“\(shown)”")
            }
            return value
        }
        let minimum = try typed("min")
        let maximum = try typed("max")
        if let minimum, let maximum, minimum.compare(maximum) == .orderedDescending {
            throw .boundsReversed(where: fields.place, min: minimum.description, max: maximum.description)
        }
        let parameter = RuleSet.Parameter(
            name: name, kind: kind, defaultValue: try typed("default"), description: try fields.bilingual("description"),
            minimum: minimum, maximum: maximum, choices: choices)
        if let value = parameter.defaultValue { try parameter.check(value, set: set) }
        return parameter
    }
}
