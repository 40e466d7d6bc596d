import TiwiziCore
import TiwiziLua

/// Every plugin a run finds, with its status under the catalog's configuration, the source of
/// each parameter's value, and the order of the rules that run (`tiwizi plugins`).
public struct PluginInventory {
    public enum Status {
        case enabled, disabled
        /// It did not load (see `PluginLoader`).
        case refused(any Error)
        /// A setting names it, but no folder holds it.
        case notFound
    }

    /// Where a parameter's value comes from.
    public enum Source: Equatable, Sendable {
        case manifest
        case catalog
        case event(String)
    }

    public struct Value {
        public let parameter: RuleSet.Parameter
        /// The configured text, or the default's.
        public let text: String?
        public let source: Source
    }

    public struct Entry {
        /// The plugin's name: its manifest's, a setting's, or (refused) its file's.
        public let name: String
        public let package: PluginPackage?
        public let set: RuleSet?
        public let status: Status
        /// What its failing rules do, when a setting says.
        public let policy: FailurePolicy?
        public let values: [Value]
    }

    public let entries: [Entry]
    /// The rules that run, in order; or why no engine can be made of the enabled plugins.
    public let order: Result<[Rule], any Error>

    /// The inventory of `load` under `configuration`, at `context`'s moment.
    public init(_ load: PluginLoad, configuration: PluginConfiguration, context: RunContext) {
        var entries = load.loaded.map { plugin in
            let name = plugin.set.name
            return Entry(
                name: name, package: plugin.package, set: plugin.set,
                status: configuration.isEnabled(name) ? .enabled : .disabled, policy: configuration.policy(of: name),
                values: Self.values(of: plugin.set, configuration: configuration))
        }
        entries += load.refused.map { refused in
            Entry(
                name: refused.package.file, package: refused.package, set: nil, status: .refused(refused.error), policy: nil,
                values: [])
        }
        let names = Set(load.loaded.map(\.set.name))
        var unknown = Set<String>()
        for setting in configuration.settings where !names.contains(setting.plugin) && unknown.insert(setting.plugin).inserted {
            entries.append(
                Entry(
                    name: setting.plugin, package: nil, set: nil, status: .notFound,
                    policy: configuration.policy(of: setting.plugin), values: []))
        }
        self.entries = entries
        order = Result { try RuleEngine(plugins: load.loaded, context: context, configuration: configuration).order }
    }

    /// Whether everything loads and the enabled plugins make an engine.
    public var isSound: Bool {
        guard case .success = order else { return false }
        return !entries.contains { if case .refused = $0.status { true } else { false } }
    }

    private static func values(of set: RuleSet, configuration: PluginConfiguration) -> [Value] {
        let configured = configuration.values(of: set.name)
        return set.parameters.map { parameter in
            guard let stored = configured[parameter.name] else {
                return Value(parameter: parameter, text: parameter.defaultValue?.description, source: .manifest)
            }
            return Value(parameter: parameter, text: stored.text, source: stored.from.event.map(Source.event) ?? .catalog)
        }
    }
}
