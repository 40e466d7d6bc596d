import Testing
import TiwiziCore
import TiwiziRules

@testable import TiwiziRuleTesting

/// A test's `matrix`: the test runs once per combination of parameter values, in a fixed order,
/// each run named after its combination; `check` receives the values; a matrix that does not fit
/// the rule sets makes the file invalid.
@Suite("Rule-set tests: parameter matrices")
struct ParameterMatrixTests {
    private let file = "pricing/base_test.lua"

    /// The folder's rule sets and `promotions/week.lua`: `week` takes `discount` (0 %..30 %, 0 by
    /// default) off after the margin; `tag` and `cap` are only read.
    private func folder() -> RuleTestFolder {
        let folder = RuleTestFolder()
        folder.folder.write(
            "promotions/week.lua",
            """
            return {
              name = "week", version = "1.0.0", api = "2.0", description = {fr = "d", ar = "د"},
              parameters = {
                discount = {type = "percentage", default = 0, min = 0, max = 30, description = {fr = "R", ar = "ر"}},
                tag = {type = "string", default = "x", description = {fr = "É", ar = "م"}},
                cap = {type = "money", default = "50.00", description = {fr = "P", ar = "س"}},
              },
              rules = {{name = "week", funded_by = "marketplace",
                        price = function(_, ctx) return {percent_off = ctx:param("discount")} end}},
            }
            """)
        return folder
    }

    @Test func aTestRunsOncePerCombinationInOrder() {
        let folder = folder()
        defer { folder.remove() }
        folder.writeTests(
            """
            {name = "m", sku = "OIL-1", matrix = {week = {tag = {"a", "b"}, discount = {5, 12.5}}, base = {margin = {10}}}},
            {name = "plain", sku = "OIL-1"},
            """)
        let results = folder.run().files[0].results
        #expect(
            results.map(\.name) == [
                "m [base margin=10 week discount=5 tag=a]", "m [base margin=10 week discount=5 tag=b]",
                "m [base margin=10 week discount=12.5 tag=a]", "m [base margin=10 week discount=12.5 tag=b]", "plain",
            ])
        #expect(results.allSatisfy { $0.passed }, "\(results)")
    }

    @Test func checkReceivesTheValuesOfTheRun() {
        let folder = folder()
        defer { folder.remove() }
        folder.writeTests(
            """
            {name = "m", sku = "OIL-1", params = {week = {tag = "t"}}, matrix = {week = {discount = {0, 10, 30}}},
             check = function(r, params)
               local after_margin = r.list_price + r.list_price:percent(params.base.margin)
               assert(r.price == after_margin - after_margin:percent(params.week.discount), tostring(r.price))
               assert(params.week.tag == "t" and params.week.cap == tiwizi.money("50.00"))
             end},
            {name = "plain", sku = "OIL-1", check = function(_, params) assert(params.week.discount == 0) end},
            """)
        let report = folder.run()
        #expect(report.passed == 4 && report.failed == 0, "\(report.files)")
    }

    @Test func aFailingCombinationIsNamed() {
        let folder = folder()
        defer { folder.remove() }
        folder.writeTests(#"{name = "m", sku = "OIL-1", matrix = {base = {margin = {10, 20}}}, expect = {price = "110.00"}},"#)
        let results = folder.run().files[0].results
        #expect(results.map(\.passed) == [true, false])
        #expect(results[1].name == "m [base margin=20]")
        #expect(
            results[1].failures.map { $0.text(in: .english) } == [
                "expected price 110.00, got 120.00 (rules applied: margin, week)"
            ])
    }

    @Test func aMatrixThatDoesNotFitNamesTheFileTheTestAndTheKey() {
        let folder = folder()
        defer { folder.remove() }
        let place = "\(file): test “m”"
        let seven = "{0, 1, 2, 3, 4, 5, 6}"
        let cases: [(String, String)] = [
            (
                "matrix = {other = {margin = {1}}}",
                "\(place), matrix: no rule set named other is loaded; the loaded ones are base, week."
            ),
            (
                "matrix = {base = {marg = {1}}}",
                "\(place), matrix: rule set base has no parameter marg; its parameters are margin."
            ),
            (
                #"matrix = {base = {margin = {10, "lots"}}}"#,
                "\(place), matrix: parameter margin of rule set base must be of type percentage (e.g. 15 or 12.5), not “lots”."
            ),
            (
                "matrix = {week = {discount = {10, 45}}}",
                "\(place), matrix: parameter discount of rule set week cannot be 45 %; allowed: 0 %..30 %."
            ),
            (
                "matrix = {base = {margin = {}}}",
                "\(place), matrix: base.margin must be a list of one value or more, {0, 10, 30}, not an empty list."
            ),
            (
                "matrix = {base = {margin = 10}}",
                "\(place), matrix: base.margin must be a list of one value or more, {0, 10, 30}, not number."
            ),
            (
                "matrix = {base = {10}}",
                "\(place): matrix must be parameter values by rule set, {[\"honey-week\"] = {discount = {0, 10, 30}}}, "
                    + "not table."
            ),
            (
                "params = {base = {margin = 5}}, matrix = {base = {margin = {1}}}",
                "\(place): base.margin is in both params and matrix; give it in one of them."
            ),
            (
                "matrix = {base = {margin = \(seven)}, week = {discount = \(seven), tag = {\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"}}}",
                "\(place), matrix: more than 256 combinations; give fewer values, or split the test."
            ),
            (
                "matrix = {base = {margin = {10, 10}}}",
                "\(file): two tests are named “m [base margin=10]”; names must be unique."
            ),
        ]
        for (matrix, message) in cases {
            let problems = folder.problems(
                "return {\n\(RuleTestFolder.fixtures)\ntests = {{name = \"m\", sku = \"OIL-1\", \(matrix)}}}")
            #expect(problems == [message], "\(matrix)")
        }
    }

    @Test func theProblemsAreInFrenchToo() {
        let place = RulePlace.test(file: file, name: "m", table: "matrix")
        #expect(
            RuleTestProblem.paramsAndMatrix(where: .test(file: file, name: "m"), parameter: "base.margin").french
                == "\(file) : test « m » : base.margin est à la fois dans params et dans matrix ; donnez-le dans l'un des deux.")
        #expect(
            RuleTestProblem.matrixTooLarge(where: place, limit: 256).french
                == "\(file) : test « m », matrix : plus de 256 combinaisons ; donnez moins de valeurs, ou divisez le test.")
    }
}
