import ArgumentParser
import TiwiziCore
import TiwiziRules

/// `tiwizi new`: starts something from a template.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: HelpText.newAbstract.text, discussion: HelpText.newDiscussion.text,
        subcommands: [Plugin.self])

    /// `tiwizi new plugin NAME [--in DIR] [--kind price|label|cart] [--author TEXT]`: a plugin
    /// folder whose tests pass as written (`PluginScaffold`).
    struct Plugin: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "plugin", abstract: HelpText.newPluginAbstract.text,
            discussion: HelpText.newPluginDiscussion.text)

        @Argument(help: ArgumentHelp(.argumentNewPluginName)) var name: String
        @Option(name: .customLong("in"), help: ArgumentHelp(.optionNewPluginIn, valueName: "dir")) var folder = "plugins"
        @Option(help: ArgumentHelp(.optionNewPluginKind)) var kind: Rule.Phase = .price
        @Option(help: ArgumentHelp(.optionNewPluginAuthor)) var author: String?

        func validate() throws {
            guard Identifier.isSlug(name) else { throw ValidationError(CommandProblem.pluginNameInvalid(name)) }
        }

        func execute() throws {
            let scaffold = PluginScaffold(name: name, kind: kind, author: author ?? PluginScaffold.unnamedAuthor)
            let written = try scaffold.write(in: folder)
            Console.out(
                Console.say(
                    CommandMessage.pluginCreated(folder: written, test: name + PluginDiscovery.testSuffix, plugins: folder)))
        }
    }
}

extension Rule.Phase: ExpressibleByArgument {}
