import ArgumentParser
import Foundation
import TiwiziLua
import TiwiziRules
import TiwiziStore

/// Where a command finds its plugins — the rules folder (`--rules`, `scripts` by default), the
/// catalog's plugins folder, then each `--plugins` folder — and the event whose configuration
/// it runs (`--event`).
struct PluginOptions: ParsableArguments {
    @Option(help: ArgumentHelp(.optionRulesFolder)) var rules: String?
    @Option(name: .customLong("plugins"), help: ArgumentHelp(.optionPluginsFolder)) var pluginFolders: [String] = []
    @Option(help: ArgumentHelp(.optionEvent)) var event: String?

    init() {}

    /// The options of a command that takes the rules folder as an argument (`tiwizi check DIR`).
    init(rules: String?, pluginFolders: [String]) {
        self.rules = rules
        self.pluginFolders = pluginFolders
    }

    /// The rules folder: `--rules`, else `scripts`.
    var rulesFolder: String { rules ?? "scripts" }

    /// The folders of `--rules` and `--plugins`, in order, without the catalog's.
    /// - Throws: `CommandProblem.folderNotFound` for a folder that does not exist.
    func folders() throws -> [PluginDiscovery.Folder] {
        let (rules, plugins) = try search(otherFolders: !pluginFolders.isEmpty)
        return [rules].compactMap { $0 } + plugins
    }

    /// Opens the catalog read-only and calls `body` over one snapshot with what the run loads
    /// (`plan(reading:at:)`), the factory of its plugins' sandboxes, and the snapshot's reader.
    /// Folders named by options are checked before the catalog is opened.
    func withPlan<T>(
        catalog: CatalogOptions, context: RunContext, at instant: Date? = nil,
        _ body: (RulePlan, CatalogScripts.SandboxFactory, any CatalogReader) throws -> T
    ) throws -> T {
        try requireFolders()
        let store = try catalog.open(readOnly: true)
        // What plugins print goes to standard error, each line after the plugin's file.
        return try CatalogScripts.withSandboxes(store: store, context: context, output: Console.error) { sandboxes, reader in
            try body(try plan(reading: reader, at: instant), sandboxes, reader)
        }
    }

    /// Checks that the folders the options name exist.
    /// - Throws: `CommandProblem.folderNotFound`.
    func requireFolders() throws {
        for folder in pluginFolders + [rules].compactMap({ $0 }) { try CommandProblem.requireFolder(folder) }
    }

    /// What a run over `reader`'s catalog loads: the folders, the catalog's plugins folder among
    /// them, and the catalog's settings for `--event` (which must be open at `instant`, when given).
    /// - Throws: `CommandProblem.folderNotFound`, or `ConfigurationProblem`.
    func plan(reading reader: some CatalogReader, at instant: Date? = nil) throws -> RulePlan {
        let (rules, plugins) = try search(otherFolders: !pluginFolders.isEmpty || (try reader.pluginsFolder()) != nil)
        return try RulePlan.read(from: reader, rules: rules, plugins: plugins, event: event, at: instant)
    }

    /// The rules folder and the `--plugins` folders. Without `--rules`, a command that has other
    /// folders to search runs without a rules folder when there is no `scripts` folder.
    private func search(otherFolders: Bool) throws -> (PluginDiscovery.Folder?, [PluginDiscovery.Folder]) {
        for folder in pluginFolders { try CommandProblem.requireFolder(folder) }
        let plugins = pluginFolders.map { PluginDiscovery.Folder($0, origin: .option) }
        if rules == nil, otherFolders, (try? CommandProblem.requireFolder(rulesFolder)) == nil { return (nil, plugins) }
        try CommandProblem.requireFolder(rulesFolder)
        return (PluginDiscovery.Folder(rulesFolder, origin: .rules), plugins)
    }
}
