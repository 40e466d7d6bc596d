import ArgumentParser
import TiwiziRules

/// Where a command finds its plugins: the rules folder (`--rules`, `scripts` by default), then
/// each `--plugins` folder.
struct PluginOptions: ParsableArguments {
    @Option(help: ArgumentHelp(.optionRulesFolder)) var rules: String?
    @Option(name: .customLong("plugins"), help: ArgumentHelp(.optionPluginsFolder)) var pluginFolders: [String] = []

    init() {}

    /// The options of a command that takes the rules folder as an argument (`tiwizi check DIR`).
    init(rules: String?, pluginFolders: [String]) {
        self.rules = rules
        self.pluginFolders = pluginFolders
    }

    /// The rules folder: `--rules`, else `scripts`.
    var rulesFolder: String { rules ?? "scripts" }

    /// The folders to search, in order. Without `--rules`, a command given `--plugins` runs
    /// without a rules folder when there is no `scripts` folder.
    /// - Throws: `CommandProblem.folderNotFound` for a folder that does not exist.
    func folders() throws -> [PluginDiscovery.Folder] {
        for folder in pluginFolders { try CommandProblem.requireFolder(folder) }
        let plugins = pluginFolders.map { PluginDiscovery.Folder($0, origin: .option) }
        if rules == nil, !plugins.isEmpty, (try? CommandProblem.requireFolder(rulesFolder)) == nil { return plugins }
        try CommandProblem.requireFolder(rulesFolder)
        return [PluginDiscovery.Folder(rulesFolder, origin: .rules)] + plugins
    }
}
