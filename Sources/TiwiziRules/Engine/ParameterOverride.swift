import LuaHost

/// The parameter values a run gives each rule set: the declared defaults, replaced by the
/// values a run sets (a rule-set test's `params` and `matrix`), each checked against its
/// parameter's type and bounds.
package enum ParameterOverride {
    /// The values by rule set, then parameter name.
    /// - Throws: `RuleProblem` for a rule set or a parameter that is not declared, or a value
    ///   not of its parameter's type.
    package static func values(
        of sets: [RuleSet], overriddenBy overrides: [String: [String: LuaValue]]
    ) throws(RuleProblem) -> [String: [String: ParameterValue]] {
        if let unknown = overrides.keys.sorted().first(where: { name in !sets.contains { $0.name == name } }) {
            throw .unknownRuleSet(unknown, loaded: sets.map(\.name).sorted())
        }
        var values: [String: [String: ParameterValue]] = [:]
        for set in sets {
            var setValues: [String: ParameterValue] = [:]
            for parameter in set.parameters { setValues[parameter.name] = parameter.defaultValue }
            for (name, value) in (overrides[set.name] ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard let parameter = set.parameters.first(where: { $0.name == name }) else {
                    throw .unknownParameter(set: set.name, name: name, known: set.parameters.map(\.name))
                }
                setValues[name] = try parameter.value(value, set: set.name)
            }
            values[set.name] = setValues
        }
        return values
    }
}

extension RuleEngine {
    /// The values its rules read with `ctx:param`, by rule set then parameter, as a read-only
    /// Lua table of the same types: what a rule-set test's `check` receives.
    package var parameterTable: LuaLibrary {
        LuaLibrary(
            members: parameters.sorted { $0.key < $1.key }.map { set, values in
                (set, LuaLibrary(members: values.sorted { $0.key < $1.key }.map { ($0.key, $0.value.pushable) }))
            })
    }
}
