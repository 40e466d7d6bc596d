import Foundation
import LuaHost
import TiwiziCore
import TiwiziLua
import TiwiziRules

/// Reads the table a test file returns, checking every key as `RuleSetDecoding` does: an
/// unknown key, a wrong type or a test of a product the fixtures lack is an error naming the
/// file, the test and the key. A cart test's keys are read by `CartTestDecoding`.
enum RuleTestDecoding {
    static func file(_ value: LuaValue, file: String, timeZone: TimeZone) throws(RuleTestProblem) -> RuleTestFile {
        guard case .table(let table) = value else { throw .notATestFile(file: file, returned: value.typeName) }
        let top = Fields(table, place: .file(file))
        let (fixtures, tests) = try reading { () throws(RuleProblem) in
            try top.check(allowed: RuleTestFile.fields)
            let fixtures = try top.table("fixtures", place: .section(file: file, path: "fixtures"))
            return (fixtures, try top.list("tests", required: true))
        }
        let document = try FixtureDocument(fixtures, file: file)
        guard !tests.isEmpty else { throw .noTests(file: file) }
        var names: Set<String> = []
        let decoded = try tests.enumerated().map { index, value throws(RuleTestProblem) in
            let test = try self.test(value, index: index, file: file, skus: document.skus, timeZone: timeZone)
            guard names.insert(test.name).inserted else { throw .duplicateTest(file: file, name: test.name) }
            return test
        }
        return RuleTestFile(fixtures: document.node, tests: decoded)
    }

    private static func test(
        _ value: LuaValue, index: Int, file: String, skus: [String], timeZone: TimeZone
    ) throws(RuleTestProblem) -> RuleTest {
        let section = RulePlace.section(file: file, path: "tests[\(index + 1)]")
        guard case .table(let table) = value else {
            throw .invalid(
                RuleProblem.wrongType(where: section, field: "tests[\(index + 1)]", expected: "a table", got: value.typeName))
        }
        let name = try reading { () throws(RuleProblem) in try Fields(table, place: section).text("name", required: true) ?? "" }
        let place = RulePlace.test(file: file, name: name)
        let fields = Fields(table, place: place)
        try reading { () throws(RuleProblem) in try fields.check(allowed: RuleTest.fields) }
        let sku = try reading { () throws(RuleProblem) in try fields.text("sku") }
        let subject: RuleTest.Subject
        switch (sku, table["cart"] != .nil) {
        case (nil, false): throw .noSubject(where: place)
        case (_?, true): throw .twoSubjects(where: place)
        case (nil, true): subject = .cart(try CartTestDecoding.test(fields, file: file, name: name, skus: skus))
        case (let sku?, false):
            guard skus.contains(sku) else { throw .unknownProduct(where: place, sku: sku, fixtures: skus) }
            if let field = CartTest.fields.first(where: { table[$0] != .nil }) { throw .cartOnly(where: place, field: field) }
            let expectations = try reading { () throws(RuleProblem) in
                let expect = try fields.table("expect", place: .test(file: file, name: name, table: "expect"))
                return try expect.map(ExpectationDecoding.expectations) ?? []
            }
            subject = .product(sku: sku, expectations: expectations)
        }
        var moment: Date?
        if let text = try reading({ () throws(RuleProblem) in try fields.text("at") }) {
            guard let instant = RunContext.parseInstant(text, timeZone: timeZone) else {
                throw .invalidMoment(where: place, text: text)
            }
            moment = instant
        }
        let (parameters, check) = try reading { () throws(RuleProblem) in
            (try bySet(fields, "params", shape: "{[\"assises-ess\"] = {discount = 10}}"), try fields.function("check"))
        }
        return RuleTest(
            name: name, subject: subject, at: moment, parameters: parameters,
            matrix: try matrix(fields, parameters: parameters, file: file, name: name), check: check)
    }

    /// `params = {["assises-ess"] = {discount = 10}}`, or a matrix's lists: values by rule set,
    /// then parameter; `shape` shows one in errors.
    private static func bySet(_ fields: Fields, _ key: String, shape: String) throws(RuleProblem)
        -> [String: [String: LuaValue]]
    {
        var sets: [String: [String: LuaValue]] = [:]
        let shape = "parameter values by rule set, " + shape
        for (set, value) in try fields.entries(key) {
            guard let set = set.stringValue, case .table(let table) = value, table.array.isEmpty else {
                throw fields.wrong(key, shape, value)
            }
            var values: [String: LuaValue] = [:]
            for (name, parameter) in table.hash {
                guard let name = name.stringValue else { throw fields.wrong("\(key).\(set)", shape, value) }
                values[name] = parameter
            }
            sets[set] = values
        }
        return sets
    }

    /// `matrix = {["honey-week"] = {discount = {0, 10, 30}}}`: a list of one value or more for
    /// each parameter, none also in `params`, and at most `ParameterMatrix.limit` combinations.
    private static func matrix(
        _ fields: Fields, parameters: [String: [String: LuaValue]], file: String, name: String
    ) throws(RuleTestProblem) -> ParameterMatrix {
        let place = RulePlace.test(file: file, name: name, table: "matrix")
        let lists = try reading { () throws(RuleProblem) in
            try bySet(fields, "matrix", shape: "{[\"honey-week\"] = {discount = {0, 10, 30}}}")
        }
        var axes: [ParameterMatrix.Axis] = []
        for set in lists.keys.sorted() {
            for (parameter, list) in (lists[set] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let field = "\(set).\(parameter)"
                guard case .table(let values) = list, values.hash.isEmpty, !values.array.isEmpty else {
                    let got = list.tableValue.map { $0.hash.isEmpty ? "an empty list" : "a table of named fields" }
                    throw .invalid(
                        RuleProblem.wrongType(
                            where: place, field: field, expected: "a list of one value or more, {0, 10, 30}",
                            got: got ?? list.typeName))
                }
                if parameters[set]?[parameter] != nil { throw .paramsAndMatrix(where: fields.place, parameter: field) }
                axes.append(ParameterMatrix.Axis(set: set, parameter: parameter, values: values.array))
            }
        }
        let matrix = ParameterMatrix(axes: axes)
        if matrix.count == nil { throw .matrixTooLarge(where: place, limit: ParameterMatrix.limit) }
        return matrix
    }

    /// Runs a read of `Fields`, its problem becoming the test file's.
    static func reading<T>(_ body: () throws(RuleProblem) -> T) throws(RuleTestProblem) -> T {
        do { return try body() } catch { throw .invalid(error) }
    }
}
