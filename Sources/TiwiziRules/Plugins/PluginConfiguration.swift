import Foundation
import TiwiziCore
import TiwiziStore

/// What a catalog configures for a run: its plugin settings for the whole catalog and, when the
/// run is for an event, that event's, which win over the catalog's. A plugin runs unless a
/// setting disables it; parameter values and failure policies come from the settings, else
/// from the manifest's defaults and failing the run.
public struct PluginConfiguration: Sendable {
    public let settings: [PluginSetting]
    /// The event the run is for, if any.
    public let event: Event?
    /// The plugins folder configured for the catalog, if any.
    public let folder: String?

    public init(settings: [PluginSetting] = [], event: Event? = nil, folder: String? = nil) {
        self.settings = settings
        self.event = event
        self.folder = folder
    }

    /// The configuration of `reader`'s catalog for event `name` (none when nil).
    /// - Throws: `ConfigurationProblem` for an event the catalog does not have, or that is not
    ///   open at `instant` (when given).
    public static func read(
        from reader: some CatalogReader, event name: String?, at instant: Date? = nil
    ) throws -> PluginConfiguration {
        let event = try name.map { name in
            guard let event = try reader.event(name) else {
                throw ConfigurationProblem.unknownEvent(name, known: try reader.events().map(\.name))
            }
            return event
        }
        if let event, let instant, !event.isOpen(at: instant) {
            throw ConfigurationProblem.eventNotOpen(event: event.name, opens: event.opens, closes: event.closes, at: instant)
        }
        return PluginConfiguration(settings: try reader.pluginSettings(), event: event, folder: try reader.pluginsFolder())
    }

    /// The settings of `plugin` that apply: the catalog's, then the event's.
    func applying(to plugin: String) -> [PluginSetting] {
        settings.filter { $0.plugin == plugin && ($0.event == nil || $0.event == event?.name) }
            .sorted { ($0.event == nil ? 0 : 1) < ($1.event == nil ? 0 : 1) }
    }

    /// Whether `plugin` runs.
    public func isEnabled(_ plugin: String) -> Bool {
        applying(to: plugin).compactMap(\.enabled).last ?? true
    }

    /// What `plugin`'s failing rules do, when a setting says.
    public func policy(of plugin: String) -> FailurePolicy? {
        applying(to: plugin).compactMap(\.onError).last
    }

    /// `plugin`'s configured parameter values, by name, each with the setting that gives it.
    func values(of plugin: String) -> [String: (text: String, from: PluginSetting)] {
        var values: [String: (text: String, from: PluginSetting)] = [:]
        for setting in applying(to: plugin) {
            for (name, text) in setting.parameters { values[name] = (text, setting) }
        }
        return values
    }

    /// The settings that enable a plugin none of `loaded` is.
    func missing(among loaded: Set<String>) -> [PluginSetting] {
        settings.filter { setting in
            !loaded.contains(setting.plugin) && setting.enabled == true && isEnabled(setting.plugin)
                && (setting.event == nil || setting.event == event?.name)
        }
    }
}
