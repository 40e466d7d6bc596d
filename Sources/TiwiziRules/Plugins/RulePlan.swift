import Foundation
import TiwiziCore
import TiwiziStore

/// What a run loads and how the catalog configures it: the folders to search — the rules
/// folder, the catalog's plugins folder, then the other plugin folders — and the catalog's
/// plugin settings for the run's event.
public struct RulePlan: Sendable {
    public let folders: [PluginDiscovery.Folder]
    public let configuration: PluginConfiguration

    public init(folders: [PluginDiscovery.Folder], configuration: PluginConfiguration) {
        self.folders = folders
        self.configuration = configuration
    }

    /// The plan of a run over `reader`'s catalog: `rules` (if any), the catalog's plugins folder
    /// (if one is configured), then `plugins`; the settings of `event` (see
    /// `PluginConfiguration.read`).
    /// - Throws: `ConfigurationProblem` for a configured folder that does not exist, or an event
    ///   the catalog does not have or that is not open at `instant`.
    public static func read(
        from reader: some CatalogReader, rules: PluginDiscovery.Folder?, plugins: [PluginDiscovery.Folder],
        event: String?, at instant: Date? = nil
    ) throws -> RulePlan {
        let configuration = try PluginConfiguration.read(from: reader, event: event, at: instant)
        let configured = try configuration.folder.map { path in
            guard FileManager.default.isFolder(atPath: path) else { throw ConfigurationProblem.folderNotFound(path) }
            return PluginDiscovery.Folder(path, origin: .catalog)
        }
        return RulePlan(folders: [rules, configured].compactMap { $0 } + plugins, configuration: configuration)
    }

    /// What decides whether a reload has anything to compile: the plugins' files and the settings.
    func fingerprint() throws -> String {
        let files = try RuleSetHash.of(plugins: try PluginDiscovery.find(in: folders), parameters: [:])
        return ([files] + configuration.settings.map(\.fingerprint)).joined(separator: "\n")
    }
}

extension PluginSetting {
    /// The setting as one line of text, its parameters in name order.
    var fingerprint: String {
        let values = parameters.keys.sorted().map { "\($0)=\(parameters[$0] ?? "")" }
        return [plugin, event ?? "", enabled.map { "\($0)" } ?? "", onError?.rawValue ?? ""].joined(separator: "|") + "|"
            + values.joined(separator: ",")
    }
}
