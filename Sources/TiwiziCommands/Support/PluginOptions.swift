import ArgumentParser
import TiwiziRules

/// Where a command finds its plugins: the rules folder (`--rules`, `scripts` by default), then
/// each `--plugins` folder.
struct PluginOptions: ParsableArguments {
    @Option(help: ArgumentHelp(.optionRulesFolder)) var rules = "scripts"
    @Option(name: .customLong("plugins"), help: ArgumentHelp(.optionPluginsFolder)) var pluginFolders: [String] = []

    init() {}

    /// The options of a command that takes the rules folder as an argument (`tiwizi check DIR`).
    init(rules: String, pluginFolders: [String]) {
        self.rules = rules
        self.pluginFolders = pluginFolders
    }

    /// The folders to search, in order.
    /// - Throws: `CommandProblem.folderNotFound` for a folder that does not exist.
    func folders() throws -> [PluginDiscovery.Folder] {
        try CommandProblem.requireFolder(rules)
        for folder in pluginFolders { try CommandProblem.requireFolder(folder) }
        return [PluginDiscovery.Folder(rules, origin: .rules)] + pluginFolders.map { PluginDiscovery.Folder($0, origin: .option) }
    }
}
