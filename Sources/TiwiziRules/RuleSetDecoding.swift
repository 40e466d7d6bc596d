import LuaHost
import TiwiziCore

/// Reads the table a rule-set script returns into a `RuleSet`, checking every field: a typo
/// or a wrong type is an error that names the rule set, the rule and the field.
enum RuleSetDecoding {
    /// The fields of a rule set's manifest, of a rule, and of a parameter.
    static let manifestFields = ["name", "version", "api", "description", "parameters", "labels", "rules"]
    static let ruleFields =
        ["name", "priority", "before", "after", "stacking", "group", "valid_from", "valid_until", "funded_by", "coupon"]
        + Rule.Phase.allCases.map(\.rawValue)
    static let parameterFields = ["type", "default", "description"]
    static let couponFields = ["code", "max_uses", "max_per_customer"]

    static func ruleSet(
        _ value: LuaValue, file: String, api provided: (major: Int, minor: Int)
    ) throws(RuleProblem) -> RuleSet {
        guard case .table(let table) = value else { throw .notARuleSet(file: file, returned: value.typeName) }
        let fields = Fields(table, place: .file(file))
        let name = try fields.text("name", required: true) ?? ""
        let manifest = Fields(table, place: .ruleSet(file: file, name: name))
        try manifest.check(allowed: manifestFields)
        let version = try manifest.text("version", required: true) ?? ""
        let api = try apiVersion(try manifest.text("api", required: true) ?? "", at: manifest.place)
        guard api.major == provided.major, api.minor <= provided.minor else {
            throw .apiNotProvided(
                where: manifest.place, needs: "\(api.major).\(api.minor)", provided: "\(provided.major).\(provided.minor)")
        }
        let description = try manifest.localized("description") ?? LocalizedText([:])
        let parameters = try manifest.entries("parameters").map { key, value throws(RuleProblem) in
            try parameter(key, value, set: name, file: file)
        }
        var labels: [String: LocalizedText] = [:]
        for (key, value) in try manifest.entries("labels") {
            guard let name = key.stringValue, let text = try manifest.localized(value, field: "labels.\(name)") else {
                throw .wrongType(where: manifest.place, field: "labels", expected: "texts by label name", got: key.typeName)
            }
            labels[name] = text
        }
        let rules = try manifest.list("rules", required: true).map { value throws(RuleProblem) in
            try rule(value, set: name, file: file)
        }
        return RuleSet(
            name: name, version: version, api: api, description: description,
            parameters: parameters.sorted { $0.name < $1.name }, labels: labels, rules: rules, file: file)
    }

    private static func rule(_ value: LuaValue, set: String, file: String) throws(RuleProblem) -> Rule {
        guard case .table(let table) = value else {
            throw .wrongType(where: .ruleSet(file: file, name: set), field: "rules[…]", expected: "a table", got: value.typeName)
        }
        let name =
            try Fields(table, place: .ruleSet(file: file, name: set)).text("rules[…].name", key: "name", required: true) ?? ""
        let fields = Fields(table, place: .rule(file: file, name: name))
        try fields.check(allowed: ruleFields)
        let from = try fields.date("valid_from")
        let until = try fields.date("valid_until")
        if let from, let until, until < from { throw .windowReversed(where: fields.place, from: from, until: until) }
        var phases: [Rule.Phase: LuaFunctionReference] = [:]
        for phase in Rule.Phase.allCases {
            if let function = try fields.function(phase.rawValue) { phases[phase] = function }
        }
        if phases.isEmpty { throw .noPhase(where: fields.place) }
        var rule = Rule(
            name: name, set: set, priority: try fields.integer("priority") ?? 0, before: try fields.names("before"),
            after: try fields.names("after"), stacking: try stacking(fields), validFrom: from, validUntil: until,
            fundedBy: try fields.choice("funded_by", Rule.Funder.self), phases: phases, file: file)
        rule.coupon = try coupon(fields)
        if rule.coupon != nil, phases[.cart] == nil { throw .couponWithoutCart(where: fields.place) }
        return rule
    }

    /// `coupon = "ESS2026"` or `coupon = {code = "ESS2026", max_uses = 500, max_per_customer = 1}`.
    private static func coupon(_ fields: Fields) throws(RuleProblem) -> Coupon? {
        switch fields.table["coupon"] {
        case .nil: return nil
        case .string(let bytes):
            return Coupon(code: String(decoding: bytes, as: UTF8.self).uppercased(), maxUses: nil, maxPerCustomer: nil)
        case .table(let table):
            let coupon = Fields(table, place: fields.place)
            try coupon.check(allowed: couponFields)
            guard let code = try coupon.text("coupon.code", key: "code", required: true) else { return nil }
            let uses = try coupon.integer("max_uses")
            let perCustomer = try coupon.integer("max_per_customer")
            for (name, cap) in [("coupon.max_uses", uses), ("coupon.max_per_customer", perCustomer)] {
                if let cap, cap < 1 {
                    throw .wrongType(where: fields.place, field: name, expected: "a whole number from 1", got: "\(cap)")
                }
            }
            return Coupon(code: code.uppercased(), maxUses: uses, maxPerCustomer: perCustomer)
        case let other:
            throw .wrongType(
                where: fields.place, field: "coupon", expected: "a code or {code = …, max_uses = …}", got: other.typeName)
        }
    }

    private static func stacking(_ fields: Fields) throws(RuleProblem) -> Rule.Stacking {
        switch try fields.text("stacking") ?? "stack" {
        case "stack": return .stack
        case "exclusive": return .exclusive
        case "stop": return .stopAfter
        case "best_of":
            guard let group = try fields.text("group") else { throw .missingField(where: fields.place, field: "group") }
            return .bestOf(group: group)
        case let other: throw .notAllowed(where: fields.place, field: "stacking", value: other, allowed: Rule.Stacking.names)
        }
    }

    private static func parameter(
        _ key: LuaValue, _ value: LuaValue, set: String, file: String
    ) throws(RuleProblem) -> RuleSet.Parameter {
        guard let name = key.stringValue else {
            throw .wrongType(where: .ruleSet(file: file, name: set), field: "parameters", expected: "names", got: key.typeName)
        }
        guard case .table(let table) = value else {
            throw .wrongType(
                where: .ruleSet(file: file, name: set), field: "parameters.\(name)", expected: "a table", got: value.typeName)
        }
        let fields = Fields(table, place: .parameter(file: file, set: set, name: name))
        try fields.check(allowed: parameterFields)
        guard let kind = try fields.choice("type", RuleSet.Parameter.Kind.self) else {
            throw .missingField(where: fields.place, field: "type")
        }
        let given = fields.table["default"]
        var value: ParameterValue?
        if given != .nil {
            guard let typed = ParameterValue(given, as: kind) else {
                throw .wrongType(
                    where: fields.place, field: "default", expected: "a \(kind.rawValue)",
                    got: "“\(try fields.scalarText("default") ?? given.typeName)”")
            }
            value = typed
        }
        return RuleSet.Parameter(
            name: name, kind: kind, defaultValue: value, description: try fields.localized("description"))
    }

    /// `"2.0"` or `"2"` as a major and minor version.
    private static func apiVersion(_ text: String, at place: RulePlace) throws(RuleProblem) -> (major: Int, minor: Int) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...2).contains(parts.count), let major = parts[0], major >= 0 else {
            throw .apiUnreadable(where: place, value: text)
        }
        guard parts.count == 2 else { return (major, 0) }
        guard let minor = parts[1], minor >= 0 else { throw .apiUnreadable(where: place, value: text) }
        return (major, minor)
    }
}
