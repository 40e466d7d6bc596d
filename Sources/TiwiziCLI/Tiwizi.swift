import ArgumentParser

/// `tiwizi`: the catalog of the social and solidarity economy, from the command line.
@main
struct Tiwizi: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tiwizi",
        abstract: "A scriptable catalog for cooperatives of the social and solidarity economy.",
        discussion: """
            Examples:
              tiwizi import catalog/
              tiwizi product list --region MA-09 --category food.oil
              tiwizi coop show tafoukt-argan
              tiwizi export --format yaml --out exported/

            The catalog lives in ~/.local/share/tiwizi/catalog.sqlite unless --catalog or
            TIWIZI_CATALOG names another file. Messages follow LANG (English or French).
            """,
        version: versionText,
        subcommands: [
            CoopCommand.self, ProductCommand.self, KnowHowCommand.self, SchemeCommand.self, RegionsCommand.self,
            ImportCommand.self, ExportCommand.self, RunCommand.self,
        ]
    )

    static var versionText: String { "tiwizi \(version) (\(EngineVersions.description))" }
}
