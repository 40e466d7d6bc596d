import LuaHost
import TiwiziCore
import TiwiziFormats
import TiwiziRules

/// Reads a cart test: `cart` (the lines of a cart file), `coupons` and `customer` are read by the
/// cart files' own reader (`Cart.decode`), so that a test's cart is checked as `tiwizi quote`
/// checks a file; then `redeemed` and `expect`.
enum CartTestDecoding {
    /// `fields` are those of test `name`; `skus` are the fixture products.
    static func test(_ fields: Fields, file: String, name: String, skus: [String]) throws(RuleTestProblem) -> CartTest {
        let place = fields.place
        let table = fields.table
        var pairs: [(key: String, value: DocumentNode)] = []
        for (key, field) in [("lines", "cart"), ("coupons", "coupons"), ("customer", "customer")] {
            pairs.append((key, try LuaDocument.node(table[field], field: field, where: place)))
        }
        let cart: Cart
        do throws(ValidationFailure) {
            cart = try Cart.decode(.map(pairs, line: nil), file: file)
        } catch {
            throw .cart(where: place, issues: error.issues.map(Self.luaIssue))
        }
        if let unknown = cart.lines.first(where: { !skus.contains($0.sku) }) {
            throw .unknownProduct(where: place, sku: unknown.sku, fixtures: skus)
        }
        let expectations = try RuleTestDecoding.reading { () throws(RuleProblem) in
            try fields.table("expect", place: .test(file: file, name: name, table: "expect"))
        }
        return CartTest(
            cart: cart, redeemed: try redemptions(fields, customer: cart.customer, file: file, name: name),
            expectations: try expectations.map { fields throws(RuleTestProblem) in
                try CartExpectationDecoding.expectations(fields, lines: cart.lines.map(\.sku))
            } ?? [])
    }

    /// `redeemed = {ESS2026 = {total = 3, by_customer = 1}}`: earlier redemptions by code.
    private static func redemptions(
        _ fields: Fields, customer: String?, file: String, name: String
    ) throws(RuleTestProblem) -> Redemptions {
        var counts: [String: Redemptions.Count] = [:]
        let shape = "redemptions by code, {ESS2026 = {total = 500, by_customer = 1}}"
        var entries: [(key: LuaValue, value: LuaValue)] = []
        switch fields.table["redeemed"] {
        case .nil: break
        case .table(let table) where table.array.isEmpty:
            entries = table.hash.sorted { ($0.key.stringValue ?? "") < ($1.key.stringValue ?? "") }
        case let other: throw .invalid(fields.wrong("redeemed", shape, other))
        }
        for (key, value) in entries {
            guard let code = key.stringValue, case .table(let table) = value else {
                throw .invalid(fields.wrong("redeemed", shape, value))
            }
            let place = RulePlace.test(file: file, name: name, table: "redeemed.\(code)")
            let count = Fields(table, place: place)
            let (total, byCustomer) = try RuleTestDecoding.reading { () throws(RuleProblem) in
                try count.check(allowed: CartTest.redeemedFields)
                return (try uses(count, "total"), try uses(count, "by_customer"))
            }
            if byCustomer != nil, customer == nil { throw .redeemedWithoutCustomer(where: fields.place, code: code) }
            if let total, let byCustomer, byCustomer > total {
                throw .redeemedAboveTotal(where: fields.place, code: code, byCustomer: byCustomer, total: total)
            }
            counts[code.uppercased()] = Redemptions.Count(total: total ?? byCustomer ?? 0, byCustomer: byCustomer ?? 0)
        }
        return Redemptions(counts: counts, customer: customer)
    }

    /// A number of redemptions: a whole number, 0 or more.
    private static func uses(_ fields: Fields, _ key: String) throws(RuleProblem) -> Int? {
        guard let count = try fields.integer(key) else { return nil }
        guard count >= 0 else { throw fields.wrong(key, "a whole number, 0 or more", fields.table[key]) }
        return count
    }

    /// An issue of the cart reader with its field as the test writes it (`lines[1].quantity` is
    /// `cart[2].quantity`), its place given by the problem.
    private static func luaIssue(_ issue: Issue) -> Issue {
        func lua(_ field: String) -> String {
            LuaDocument.luaPath(field.hasPrefix("lines") ? "cart" + field.dropFirst(5) : field)
        }
        var placed = issue
        placed.location = nil
        placed.field = issue.field.map(lua)
        if case .required(let field)? = issue.problem as? ValueProblem {
            placed.problem = ValueProblem.required(field: lua(field))
        }
        return placed
    }
}
