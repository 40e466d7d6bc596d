import LuaHost
import TiwiziCore
import TiwiziRules

/// Reads a cart test's `expect` table as `ExpectationDecoding` reads a product's: amounts as
/// text or Money, each line's by SKU, lists of rule names and codes, skip reasons by code.
enum CartExpectationDecoding {
    /// `lines` are the SKUs of the test's cart, the only ones `expect.lines` may name.
    static func expectations(_ fields: Fields, lines: [String]) throws(RuleTestProblem) -> [CartExpectation] {
        try RuleTestDecoding.reading { () throws(RuleProblem) in try fields.check(allowed: CartExpectation.keys) }
        var expectations: [CartExpectation] = []
        for key in CartExpectation.keys where fields.table[key] != .nil {
            switch key {
            case "lines": expectations += try self.lines(fields, skus: lines)
            case "applied":
                expectations.append(
                    .applied(
                        try RuleTestDecoding.reading { () throws(RuleProblem) in
                            try ExpectationDecoding.names(fields, key)
                        }))
            case "redeemed":
                let codes = try RuleTestDecoding.reading { () throws(RuleProblem) in try ExpectationDecoding.names(fields, key) }
                expectations.append(.redeemed(codes.map { $0.uppercased() }))
            case "skipped":
                let skipped = try RuleTestDecoding.reading { () throws(RuleProblem) in
                    try ExpectationDecoding.skipped(fields, codes: SkipReason.codes + SkipReason.cartCodes)
                }
                expectations += skipped.map { .skipped(rule: $0.rule, code: $0.code) }
            default:
                guard let amount = CartExpectation.Amount(rawValue: key) else { continue }
                let money = try RuleTestDecoding.reading { () throws(RuleProblem) in try ExpectationDecoding.amount(fields, key) }
                expectations.append(.amount(amount, money))
            }
        }
        return expectations
    }

    /// `lines = {["TAF-ARG-250"] = "254.90", ["TAM-THY-500"] = {total = "…", discount = "…"}}`:
    /// a line's total, or some of its amounts.
    private static func lines(_ fields: Fields, skus: [String]) throws(RuleTestProblem) -> [CartExpectation] {
        let value = fields.table["lines"]
        guard case .table(let table) = value, table.array.isEmpty else {
            throw .invalid(fields.wrong("lines", "line amounts by SKU, {[\"TAF-ARG-250\"] = \"254.90\"}", value))
        }
        var expectations: [CartExpectation] = []
        for (key, amounts) in table.hash.sorted(by: { ($0.key.stringValue ?? "") < ($1.key.stringValue ?? "") }) {
            guard let sku = key.stringValue, skus.contains(sku) else {
                throw .notInCart(where: fields.place, sku: key.stringValue ?? key.typeName, lines: skus)
            }
            guard case .table(let named) = amounts else {
                let money = try RuleTestDecoding.reading { () throws(RuleProblem) in
                    try ExpectationDecoding.amount(Fields(table, place: fields.place), sku, field: "lines.\(sku)")
                }
                expectations.append(.line(sku: sku, .total, money))
                continue
            }
            let line = Fields(named, place: place(fields.place, "expect.lines.\(sku)"))
            let keys = CartExpectation.LineAmount.allCases.map(\.rawValue)
            try RuleTestDecoding.reading { () throws(RuleProblem) in try line.check(allowed: keys) }
            for amount in CartExpectation.LineAmount.allCases where named[amount.rawValue] != .nil {
                let money = try RuleTestDecoding.reading { () throws(RuleProblem) in
                    try ExpectationDecoding.amount(line, amount.rawValue)
                }
                expectations.append(.line(sku: sku, amount, money))
            }
        }
        return expectations
    }

    /// The place of a table inside the test of `place`.
    private static func place(_ place: RulePlace, _ table: String) -> RulePlace {
        guard case .test(let file, let name, _) = place else { return place }
        return .test(file: file, name: name, table: table)
    }
}
