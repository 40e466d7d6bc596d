import LuaHost
import TiwiziCore
import TiwiziLua
import TiwiziRules

/// Reads a test's `expect` table: amounts as text (`"169.90"`) or Money, the producer's share
/// as `"85.63"`, lists of names, and skip reasons by their `SkipReason` code.
enum ExpectationDecoding {
    static func expectations(_ fields: Fields) throws(RuleProblem) -> [Expectation] {
        try fields.check(allowed: Expectation.keys)
        var expectations: [Expectation] = []
        for key in Expectation.keys where fields.table[key] != .nil {
            let value = fields.table[key]
            switch key {
            case "producer_share":
                if value == .boolean(false) {
                    expectations.append(.producerShare(nil))
                    continue
                }
                guard let share = ScriptValues.percentage(value) else {
                    throw wrong(fields, key, "a percentage with at most two decimals, \"85.63\", or false", value)
                }
                expectations.append(.producerShare(share))
            case "applied": expectations.append(.applied(try names(fields, key)))
            case "labels": expectations.append(.labels(try names(fields, key)))
            case "clamped": expectations.append(.clamped(try names(fields, key)))
            case "skipped":
                expectations += try skipped(fields, codes: SkipReason.codes).map { .skipped(rule: $0.rule, code: $0.code) }
            default:
                guard let amount = Expectation.Amount(rawValue: key) else { continue }
                if amount == .floor, value == .boolean(false) {
                    expectations.append(.amount(.floor, nil))
                    continue
                }
                expectations.append(.amount(amount, try self.amount(fields, key, orFalse: amount == .floor)))
            }
        }
        return expectations
    }

    /// An amount as text (`"169.90"`) or Money; `orFalse` says that `false` is allowed too.
    static func amount(_ fields: Fields, _ key: String, field: String? = nil, orFalse: Bool = false) throws(RuleProblem)
        -> Money
    {
        let value = fields.table[key]
        guard case .success(let money) = ScriptValues.money(value, currency: .mad) else {
            throw wrong(
                fields, field ?? key, "an amount as text, \"169.90\", or Money" + (orFalse ? ", or false" : ""), value)
        }
        return money
    }

    /// `skipped = {["assises-15"] = "outsideWindow"}`: reason codes by rule, each one of `codes`.
    static func skipped(_ fields: Fields, codes: [String]) throws(RuleProblem) -> [(rule: String, code: String)] {
        let value = fields.table["skipped"]
        let shape = "reason codes by rule, {[\"assises-15\"] = \"outsideWindow\"}"
        guard case .table(let reasons) = value, reasons.array.isEmpty else { throw fields.wrong("skipped", shape, value) }
        return try reasons.hash.sorted(by: { ($0.key.stringValue ?? "") < ($1.key.stringValue ?? "") }).map {
            rule, code throws(RuleProblem) in
            guard let rule = rule.stringValue, let code = code.stringValue else { throw fields.wrong("skipped", shape, value) }
            guard codes.contains(code) else {
                throw .notAllowed(where: fields.place, field: "skipped.\(rule)", value: code, allowed: codes)
            }
            return (rule, code)
        }
    }

    /// The problem of a value that is not what `field` takes, showing text as written.
    static func wrong(_ fields: Fields, _ field: String, _ expected: String, _ value: LuaValue) -> RuleProblem {
        .wrongType(
            where: fields.place, field: field, expected: expected, got: value.stringValue.map { "“\($0)”" } ?? value.typeName)
    }

    /// A list of names (rules, labels, codes); `{}` is the empty list.
    static func names(_ fields: Fields, _ key: String) throws(RuleProblem) -> [String] {
        try fields.list(key).map { item throws(RuleProblem) in
            guard let name = item.stringValue else { throw fields.wrong("\(key)[…]", "a name", item) }
            return name
        }
    }
}
