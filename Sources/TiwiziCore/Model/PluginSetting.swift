/// What a run does with a rule that fails: fail the whole run (the default), or record the
/// failure in the rule's step and go on (`--on-error skip`).
public enum FailurePolicy: String, Sendable, CaseIterable {
    case fail, skip
}

/// What the catalog says of one plugin, for the whole catalog or for one event: whether it
/// runs, what its failing rules do, and values of its parameters. Values are kept as the text
/// `tiwizi plugins set` was given; the plugin's manifest checks them when they are set and
/// again when a run uses them.
public struct PluginSetting: Hashable, Sendable {
    public let plugin: String
    /// The event it applies to; nil for the whole catalog.
    public let event: String?
    /// Whether the plugin runs; nil when not said here (a plugin runs unless the catalog
    /// disables it; an event follows the catalog unless it says otherwise).
    public var enabled: Bool?
    /// What the plugin's failing rules do; nil when not said here.
    public var onError: FailurePolicy?
    /// Parameter values by name, as text.
    public var parameters: [String: String]

    public init(
        plugin: String, event: String? = nil, enabled: Bool? = nil, onError: FailurePolicy? = nil,
        parameters: [String: String] = [:]
    ) {
        self.plugin = plugin
        self.event = event
        self.enabled = enabled
        self.onError = onError
        self.parameters = parameters
    }

    /// Whether it says nothing (the store keeps no such setting).
    public var isEmpty: Bool { enabled == nil && onError == nil && parameters.isEmpty }
}

/// What a failing rule does, plugin by plugin: what the plugin's settings say, else `fallback`.
public struct FailurePolicies: Sendable, Hashable {
    public let byPlugin: [String: FailurePolicy]
    public let fallback: FailurePolicy

    public init(byPlugin: [String: FailurePolicy] = [:], fallback: FailurePolicy = .fail) {
        self.byPlugin = byPlugin
        self.fallback = fallback
    }

    /// One policy for every plugin.
    public static func uniform(_ policy: FailurePolicy) -> FailurePolicies { FailurePolicies(fallback: policy) }

    public subscript(plugin: String) -> FailurePolicy { byPlugin[plugin] ?? fallback }
}
