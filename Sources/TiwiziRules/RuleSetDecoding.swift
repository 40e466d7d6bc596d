import LuaHost
import TiwiziCore
import Version

/// Reads the table a rule-set script returns into a `RuleSet`, checking every field: a typo
/// or a wrong type is an error that names the rule set, the rule and the field.
enum RuleSetDecoding {
    /// The fields of a rule set's manifest, of a rule, and of a parameter.
    static let manifestFields = [
        "name", "version", "api", "description", "author", "phases", "parameters", "labels", "rules",
    ]
    static let ruleFields =
        ["name", "priority", "before", "after", "stacking", "group", "valid_from", "valid_until", "funded_by", "coupon"]
        + Rule.Phase.allCases.map(\.rawValue)
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
        guard Version(version) != nil else { throw .versionNotSemantic(where: manifest.place, value: version) }
        let apiText = try manifest.text("api", required: true) ?? ""
        guard let api = APIRequirement(apiText) else { throw .apiUnreadable(where: manifest.place, value: apiText) }
        guard api.isSatisfied(by: provided) else {
            throw .apiNotProvided(where: manifest.place, needs: api.description, provided: "\(provided.major).\(provided.minor)")
        }
        let description = try manifest.bilingual("description")
        let author = try manifest.text("author")
        let parameters = try manifest.entries("parameters").map { key, value throws(RuleProblem) in
            try ParameterDecoding.parameter(key, value, set: name, file: file)
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
        let used = Set(rules.flatMap(\.phases.keys)).sorted()
        let declared = try manifest.table["phases"] == .nil ? used : phases(manifest)
        if declared != used {
            throw .phasesDisagree(where: manifest.place, declared: declared.map(\.rawValue), used: used.map(\.rawValue))
        }
        return RuleSet(
            name: name, version: version, api: api, description: description, author: author, phases: used,
            parameters: parameters.sorted { $0.name < $1.name }, labels: labels, rules: rules, file: file)
    }

    /// `phases = {"price", "label"}`: each a phase, in any order.
    private static func phases(_ fields: Fields) throws(RuleProblem) -> [Rule.Phase] {
        try fields.names("phases").map { name throws(RuleProblem) in
            guard let phase = Rule.Phase(rawValue: name) else {
                throw .notAllowed(where: fields.place, field: "phases", value: name, allowed: Rule.Phase.allCases.map(\.rawValue))
            }
            return phase
        }.sorted()
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
}
