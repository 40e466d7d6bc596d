import LuaHost
import TiwiziRules

/// A test's `matrix`: lists of values of rule-set parameters, by rule set then parameter
/// (`{["honey-week"] = {discount = {0, 10, 30}, region = {"MA-09", "MA-01"}}}`). The test runs
/// once per combination of one value of each parameter.
struct ParameterMatrix {
    /// The most combinations one test may have.
    static let limit = 256

    /// One parameter and the values it takes, in the order the test writes them.
    struct Axis {
        let set: String
        let parameter: String
        let values: [LuaValue]
    }

    /// One run of a matrix test: a value of each parameter, and how the report names it.
    struct Combination {
        /// By rule set, then parameter, as `params` gives them.
        let values: [String: [String: LuaValue]]
        /// `honey-week discount=10 region=MA-09`: each rule set, then its parameters.
        let label: String
    }

    /// By rule set, then parameter name; none for a test without a matrix.
    let axes: [Axis]

    /// How many runs the matrix makes (1 without axes), or nil when more than `limit`.
    var count: Int? {
        var count = 1
        for axis in axes {
            count *= axis.values.count
            if count > Self.limit { return nil }
        }
        return count
    }

    /// Every combination, the first axis varying slowest, each value checked against `sets` as
    /// the engine checks `params`: its rule set and parameter are declared, and it is of the
    /// parameter's type and within its bounds.
    /// - Throws: `RuleProblem` for the first value that does not fit.
    func combinations(checkedAgainst sets: [RuleSet]) throws(RuleProblem) -> [Combination] {
        var shown: [[String]] = []
        for axis in axes {
            shown.append(
                try axis.values.map { value throws(RuleProblem) in
                    guard let set = sets.first(where: { $0.name == axis.set }) else {
                        throw .unknownRuleSet(axis.set, loaded: sets.map(\.name).sorted())
                    }
                    let typed = try set.value(of: axis.parameter, given: value)
                    return Self.written(value) ?? typed.description
                })
        }
        var combinations: [(values: [String: [String: LuaValue]], words: [String])] = [([:], [])]
        for (axis, texts) in zip(axes, shown) {
            combinations = combinations.flatMap { done in
                zip(axis.values, texts).map { value, text in
                    var values = done.values
                    values[axis.set, default: [:]][axis.parameter] = value
                    let set = done.values[axis.set] == nil ? [axis.set] : []
                    return (values, done.words + set + ["\(axis.parameter)=\(text)"])
                }
            }
        }
        return combinations.map { Combination(values: $0.values, label: $0.words.joined(separator: " ")) }
    }

    /// A scalar as the test writes it (`10`, `12.5`, `MA-09`, `true`); nil for a list or Money,
    /// shown as its parameter shows it.
    private static func written(_ value: LuaValue) -> String? {
        switch value {
        case .integer(let number): return String(number)
        case .number(let number): return String(number)
        case .boolean(let flag): return String(flag)
        case .string: return value.stringValue
        default: return nil
        }
    }
}
