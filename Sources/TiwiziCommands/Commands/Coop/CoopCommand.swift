import ArgumentParser
import TiwiziCore
import TiwiziInterchange
import TiwiziStore

/// `tiwizi coop …`: register and maintain cooperatives.
struct CoopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: RecordKind.cooperatives.command, abstract: HelpText.coopAbstract.text,
        discussion: HelpText.coopDiscussion.text,
        subcommands: [
            AddCommand<CooperativeFields>.self, List.self, Show.self, UpdateCommand<CooperativeFields>.self, Remove.self,
        ])
}

extension CoopCommand {
    /// `tiwizi coop remove`.
    struct Remove: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: HelpText.coopRemoveAbstract.text,
            discussion: HelpText.coopRemoveDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentCooperativeID)) var id: String
        @Flag(help: ArgumentHelp(.flagWithProducts)) var withProducts = false

        func execute() throws {
            let removed = try catalog.open().write { try $0.removeCooperative(id, withProducts: withProducts) }
            guard removed else { throw CatalogError.notFound(.cooperatives, key: id) }
            Console.out(Console.say(CommandMessage.removed(.cooperatives, key: id)))
        }
    }
}
