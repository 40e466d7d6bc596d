import Foundation
import LuaHost
import TiwiziFormats

/// A rule-set test file as written (docs/rules.md, "Testing rule sets"): the catalog its tests
/// run on and the tests.
struct RuleTestFile {
    /// The top-level keys of the table a test file returns.
    static let fields = ["fixtures", "tests"]

    /// The fixtures as a catalog document, defaults filled in (`FixtureDocument`).
    let fixtures: DocumentNode
    let tests: [RuleTest]
}

/// One test: what it prices, at what moment and with which parameters, and what it expects.
struct RuleTest {
    /// The keys of a test; `coupons`, `customer` and `redeemed` are for cart tests.
    static let fields = ["name", "sku", "cart", "coupons", "customer", "redeemed", "at", "params", "expect", "check"]

    /// What a test prices, and what it expects of the result.
    enum Subject {
        case product(sku: String, expectations: [Expectation])
        case cart(CartTest)
    }

    let name: String
    let subject: Subject
    /// The moment of the run; nil: the runner's default.
    let at: Date?
    /// Values of rule-set parameters, by rule set then parameter, as a manifest writes them.
    let parameters: [String: [String: LuaValue]]
    /// The function called with the result, valid in the sandbox that ran the file.
    let check: LuaFunctionReference?
}
