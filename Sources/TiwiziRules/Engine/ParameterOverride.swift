import LuaHost

/// The parameter values a run gives each rule set: the declared defaults, replaced by the
/// values the catalog configures (for the catalog, then for the run's event), then by those a
/// run sets (a rule-set test's `params` and `matrix`, an embedding host), each checked against its
/// parameter's type and bounds.
enum ParameterOverride {
    /// The values by rule set, then parameter name.
    /// - Throws: `ConfigurationProblem` for a configured value the manifest refuses;
    ///   `RuleProblem` for a rule set or a parameter a run sets that is not declared, or a value
    ///   not of its parameter's type.
    static func values(
        of sets: [RuleSet], configured configuration: PluginConfiguration,
        overriddenBy overrides: [String: [String: LuaValue]]
    ) throws -> [String: [String: ParameterValue]] {
        if let unknown = overrides.keys.sorted().first(where: { name in !sets.contains { $0.name == name } }) {
            throw RuleProblem.unknownRuleSet(unknown, loaded: sets.map(\.name).sorted())
        }
        var values: [String: [String: ParameterValue]] = [:]
        for set in sets {
            var setValues: [String: ParameterValue] = [:]
            for parameter in set.parameters { setValues[parameter.name] = parameter.defaultValue }
            for (name, stored) in configuration.values(of: set.name).sorted(by: { $0.key < $1.key }) {
                do {
                    setValues[name] = try set.value(of: name, given: .text(stored.text))
                } catch {
                    throw ConfigurationProblem.storedValue(plugin: set.name, event: stored.from.event, problem: error)
                }
            }
            for (name, value) in (overrides[set.name] ?? [:]).sorted(by: { $0.key < $1.key }) {
                setValues[name] = try set.value(of: name, given: value)
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
