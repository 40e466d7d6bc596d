import ArgumentParser
import Foundation
import TiwiziStore

/// `tiwizi plugins folder [DIR] [--clear]`: the plugins folder configured for the catalog,
/// searched after the rules folder by every command.
struct PluginsFolder: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "folder", abstract: HelpText.pluginsFolderAbstract.text, discussion: HelpText.pluginsFolderDiscussion.text)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: ArgumentHelp(.argumentPluginsFolder)) var folder: String?
    @Flag(help: ArgumentHelp(.flagClearPluginsFolder)) var clear = false

    func execute() throws {
        switch (folder, clear) {
        case (nil, false):
            let path = try catalog.open(readOnly: true).read { try $0.pluginsFolder() }
            Console.out(Console.say(path.map(PluginMessage.folder) ?? .noFolder))
        case (nil, true):
            try catalog.open().write { try $0.setPluginsFolder(nil) }
            Console.out(Console.say(PluginMessage.folderCleared))
        case (let folder?, false):
            try CommandProblem.requireFolder(folder)
            // Kept absolute: commands run from other folders find it all the same.
            let path = URL(fileURLWithPath: folder).standardizedFileURL.path
            try catalog.open().write { try $0.setPluginsFolder(path) }
            Console.out(Console.say(PluginMessage.folder(path)))
        case (_?, true):
            throw PluginCommandProblem.folderOrClear
        }
    }
}
