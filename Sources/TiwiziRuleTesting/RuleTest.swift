import Foundation
import LuaHost
import TiwiziFormats
import TiwiziRules

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
    static let fields = [
        "name", "sku", "cart", "coupons", "customer", "redeemed", "at", "params", "matrix", "expect", "check",
    ]

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
    /// Lists of parameter values: the test runs once per combination (none: once).
    let matrix: ParameterMatrix
    /// The function called with the result and the parameter values, valid in the sandbox that
    /// ran the file.
    let check: LuaFunctionReference?

    /// The runs of the test: itself without a matrix, else one per combination of its matrix,
    /// named after it (`honey [honey-week discount=10]`), with the combination's values added to
    /// its `params`.
    /// - Throws: `RuleTestProblem.matrix` for a value that does not fit `sets`.
    func runs(checkedAgainst sets: [RuleSet], file: String) throws(RuleTestProblem) -> [RuleTest] {
        guard !matrix.axes.isEmpty else { return [self] }
        let combinations: [ParameterMatrix.Combination]
        do { combinations = try matrix.combinations(checkedAgainst: sets) } catch {
            throw .matrix(where: .test(file: file, name: name, table: "matrix"), problem: error)
        }
        return combinations.map { combination in
            RuleTest(
                name: "\(name) [\(combination.label)]", subject: subject, at: at,
                parameters: parameters.merging(combination.values) { $0.merging($1) { _, value in value } },
                matrix: ParameterMatrix(axes: []), check: check)
        }
    }
}
