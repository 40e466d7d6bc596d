import ArgumentParser
import TiwiziCore
import TiwiziFormats
import TiwiziLua
import TiwiziRules

/// `tiwizi plugins`: the plugins found, their status and settings, and the catalog's
/// configuration of them (for the catalog and per event).
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins", abstract: HelpText.pluginsAbstract.text, discussion: HelpText.pluginsDiscussion.text,
        subcommands: [
            List.self, PluginsEnable.self, PluginsDisable.self, PluginsSet.self, PluginsUnset.self, PluginsReset.self,
            PluginsFolder.self,
        ],
        defaultSubcommand: List.self)

    /// `tiwizi plugins list`.
    struct List: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: HelpText.pluginsListAbstract.text, discussion: HelpText.pluginsListDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @OptionGroup var plugins: PluginOptions
        @Flag(help: ArgumentHelp(.flagJSONRecord)) var json = false

        func execute() throws {
            let moment = try Moment.current
            let context = RunContext(at: moment.instant, timeZone: moment.timeZone)
            let sound = try plugins.withPlan(catalog: catalog, context: context) { plan, sandboxes, _ in
                let load = try PluginLoader.load(from: plan.folders, sandboxes: sandboxes)
                let inventory = PluginInventory(load, configuration: plan.configuration, context: context)
                json ? Console.out(JSONDocument.render(inventory.document(event: plugins.event))) : PluginListing.print(inventory)
                return inventory.isSound
            }
            if !sound { throw ExitCode.failure }
        }
    }
}
