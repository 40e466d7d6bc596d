import ArgumentParser
import TiwiziCore
import TiwiziLua
import TiwiziRules
import TiwiziStore

/// `tiwizi plugins enable NAME [--event E] [--on-error fail|skip]`.
struct PluginsEnable: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "enable", abstract: HelpText.pluginsEnableAbstract.text, discussion: HelpText.pluginsEnableDiscussion.text)

    @OptionGroup var target: PluginTarget
    @Option(name: .customLong("on-error"), help: ArgumentHelp(.optionPluginOnError)) var onError: FailurePolicy?

    func execute() throws {
        let setting = try target.apply { setting, _ in
            setting.enabled = true
            if let onError { setting.onError = onError }
        }
        Console.out(Console.say(PluginMessage.enabled(target.name, event: target.plugins.event, onError: setting.onError)))
    }
}

/// `tiwizi plugins disable NAME [--event E]`.
struct PluginsDisable: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable", abstract: HelpText.pluginsDisableAbstract.text,
        discussion: HelpText.pluginsDisableDiscussion.text)

    @OptionGroup var target: PluginTarget

    func execute() throws {
        try target.apply { setting, _ in setting.enabled = false }
        Console.out(Console.say(PluginMessage.disabled(target.name, event: target.plugins.event)))
    }
}

/// `tiwizi plugins set NAME key=value… [--event E]`: values checked against the manifest.
struct PluginsSet: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: HelpText.pluginsSetAbstract.text, discussion: HelpText.pluginsSetDiscussion.text)

    @OptionGroup var target: PluginTarget
    @Argument(help: ArgumentHelp(.argumentPluginValues)) var values: [String]

    func execute() throws {
        let pairs = try values.map { text throws(PluginCommandProblem) -> (String, String) in
            guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
                throw .invalidValue(text)
            }
            return (String(text[..<equals]), String(text[text.index(after: equals)...]))
        }
        guard !pairs.isEmpty else { throw PluginCommandProblem.invalidValue("") }
        var stored: [(String, String)] = []
        try target.apply { setting, set in
            guard let set else { throw PluginCommandProblem.pluginNotFound(target.name, found: []) }
            for (parameter, text) in pairs {
                // Kept in the form `tiwizi plugins` shows, which reads back as the same value.
                let value = try set.value(of: parameter, given: .text(text)).description
                setting.parameters[parameter] = value
                stored.append((parameter, value))
            }
        }
        for (parameter, value) in stored {
            Console.out(
                Console.say(PluginMessage.valueSet(target.name, parameter: parameter, value: value, event: target.plugins.event)))
        }
    }
}

/// `tiwizi plugins unset NAME key… [--event E]`: back to the value of the catalog or the default.
struct PluginsUnset: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "unset", abstract: HelpText.pluginsUnsetAbstract.text, discussion: HelpText.pluginsUnsetDiscussion.text)

    @OptionGroup var target: PluginTarget
    @Argument(help: ArgumentHelp(.argumentPluginParameters)) var parameters: [String]

    func execute() throws {
        var removed: [String] = []
        try target.apply(needsPlugin: false) { setting, _ in
            removed = parameters.filter { setting.parameters.removeValue(forKey: $0) != nil }
        }
        for parameter in parameters {
            let message =
                removed.contains(parameter)
                ? PluginMessage.valueUnset(target.name, parameter: parameter, event: target.plugins.event)
                : .valueNotSet(target.name, parameter: parameter, event: target.plugins.event)
            Console.out(Console.say(message))
        }
    }
}

/// `tiwizi plugins reset NAME [--event E]`: forgets every setting of the plugin for the scope.
struct PluginsReset: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset", abstract: HelpText.pluginsResetAbstract.text, discussion: HelpText.pluginsResetDiscussion.text)

    @OptionGroup var target: PluginTarget

    func execute() throws {
        try target.apply(needsPlugin: false) { setting, _ in
            setting = PluginSetting(plugin: setting.plugin, event: setting.event)
        }
        Console.out(Console.say(PluginMessage.reset(target.name, event: target.plugins.event)))
    }
}

/// The plugin a setting command changes, and where the catalog and the plugins are. A change
/// is made in one write transaction that reads the setting it changes, for the catalog or for
/// `--event`. The plugin must load (its manifest checks the change) unless `needsPlugin` is
/// false, which lets a setting of a removed plugin be cleaned up.
struct PluginTarget: ParsableArguments {
    @OptionGroup var catalog: CatalogOptions
    @OptionGroup var plugins: PluginOptions
    @Argument(help: ArgumentHelp(.argumentPluginName)) var name: String

    /// Applies `change` to the stored setting (or an empty one) and saves it; returns it.
    /// `change` receives the plugin's rule set (nil when it need not load and did not).
    @discardableResult
    func apply(needsPlugin: Bool = true, _ change: (inout PluginSetting, RuleSet?) throws -> Void) throws -> PluginSetting {
        let set = try ruleSet(needsPlugin: needsPlugin)
        return try catalog.open().write { writer in
            if let event = plugins.event, try writer.reader.event(event) == nil {
                throw ConfigurationProblem.unknownEvent(event, known: try writer.reader.events().map(\.name))
            }
            var setting =
                try writer.reader.pluginSettings().first { $0.plugin == name && $0.event == plugins.event }
                ?? PluginSetting(plugin: name, event: plugins.event)
            try change(&setting, set)
            try writer.save(setting)
            return setting
        }
    }

    /// The plugin's rule set, loaded as a run would find it.
    /// - Throws: `PluginCommandProblem.pluginNotFound`, or the plugin's refusal.
    private func ruleSet(needsPlugin: Bool) throws -> RuleSet? {
        let moment = try Moment.current
        let context = RunContext(at: moment.instant, timeZone: moment.timeZone)
        return try plugins.withPlan(catalog: catalog, context: context) { plan, sandboxes, _ in
            let load = try PluginLoader.load(from: plan.folders, sandboxes: sandboxes)
            if let plugin = load.loaded.first(where: { $0.set.name == name }) { return plugin.set }
            guard needsPlugin else { return nil }
            // A refused plugin whose file bears the name is most likely the one meant.
            if let refused = load.refused.first(where: { $0.package.file.contains(name) }) { throw refused.error }
            throw PluginCommandProblem.pluginNotFound(name, found: load.loaded.map(\.set.name))
        }
    }
}
