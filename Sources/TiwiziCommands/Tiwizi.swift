import ArgumentParser
import TiwiziCore

/// `tiwizi`: the catalog of the social and solidarity economy, from the command line.
///
/// The command tree lives in this library so that tests parse the help's examples with the real
/// commands (`Tiwizi.parseAsRoot`); the `tiwizi` executable (TiwiziCLI) only calls `main()`.
public struct Tiwizi: AsyncParsableCommand {
    static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "tiwizi",
        abstract: HelpText.rootAbstract.text,
        discussion: HelpText.rootDiscussion.text,
        version: versionText,
        subcommands: [
            CoopCommand.self, ProductCommand.self, KnowHowCommand.self, SchemeCommand.self, RegionsCommand.self,
            ImportCommand.self, ExportCommand.self, GenerateCommand.self, RunCommand.self, RulesCommand.self,
            PriceCommand.self, LabelsCommand.self, QuoteCommand.self, OrderCommand.self, TestCommand.self,
            CheckCommand.self, PluginsCommand.self, EventCommand.self, NewCommand.self,
            ShowcaseCommand.self,
        ]
    )

    static var versionText: String { "tiwizi \(version) (\(EngineVersions.description))" }

    public init() {}
}
