import ArgumentParser
import TiwiziCore
import TiwiziInterchange
import TiwiziStore

/// `tiwizi coop …`: register and maintain cooperatives.
struct CoopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coop", abstract: HelpKey.coopAbstract.text,
        discussion: HelpKey.coopDiscussion.text,
        subcommands: [Add.self, List.self, Show.self, Update.self, Remove.self])
}

extension CoopCommand {
    /// `tiwizi coop add`.
    struct Add: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: HelpKey.coopAddAbstract.text,
            discussion: HelpKey.coopAddDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentNewCooperativeID)) var id: String
        @OptionGroup var fields: CooperativeFields

        func execute() throws {
            try RecordEdit.add(.cooperatives, key: id, cells: fields.cells, in: catalog)
        }
    }
}

extension CoopCommand {
    /// `tiwizi coop update`.
    struct Update: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "update", abstract: HelpKey.coopUpdateAbstract.text,
            discussion: HelpKey.coopUpdateDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentCooperativeID)) var id: String
        @OptionGroup var fields: CooperativeFields

        func execute() throws {
            try RecordEdit.update(.cooperatives, key: id, cells: fields.cells, in: catalog)
        }
    }
}

extension CoopCommand {
    /// `tiwizi coop remove`.
    struct Remove: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: HelpKey.coopRemoveAbstract.text,
            discussion: HelpKey.coopRemoveDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentCooperativeID)) var id: String
        @Flag(help: ArgumentHelp(.flagWithProducts)) var withProducts = false

        func execute() throws {
            let removed = try catalog.open().write { try $0.removeCooperative(id, withProducts: withProducts) }
            guard removed else { throw CatalogError(.cooperativeNotFound, ["value": id]) }
            Console.out(Console.text(.removed, ["kind": Console.text(.kindCooperative), "value": id]))
        }
    }
}
