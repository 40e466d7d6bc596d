import ArgumentParser
import TiwiziCore
import TiwiziInterchange
import TiwiziStore

/// `tiwizi coop …`: register and maintain cooperatives.
struct CoopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coop", abstract: HelpKey.coopAbstract.text,
        discussion: HelpKey.coopDiscussion.text,
        subcommands: [CoopAdd.self, CoopList.self, CoopShow.self, CoopUpdate.self, CoopRemove.self])
}

struct CoopAdd: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: HelpKey.coopAddAbstract.text,
        discussion: HelpKey.coopAddDiscussion.text)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: ArgumentHelp(.argumentNewCooperativeID)) var id: String
    @OptionGroup var fields: CooperativeFields

    func execute() throws {
        let cells = fields.cells.merging(["id": id]) { $1 }
        let outcome = try catalog.open().write { try RecordForm.add(.cooperatives, cells, today: try today, with: $0) }
        ChangeReport.print(outcome, kind: .kindCooperative, key: id)
    }
}

struct CoopUpdate: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: HelpKey.coopUpdateAbstract.text,
        discussion: HelpKey.coopUpdateDiscussion.text)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: ArgumentHelp(.argumentCooperativeID)) var id: String
    @OptionGroup var fields: CooperativeFields

    func execute() throws {
        guard !fields.cells.isEmpty else { throw ValidationFailure([Issue(.nothingToUpdate)]) }
        let outcome = try catalog.open().write {
            try RecordForm.update(.cooperatives, key: id, fields.cells, today: try today, with: $0)
        }
        ChangeReport.print(outcome, kind: .kindCooperative, key: id)
    }
}

struct CoopRemove: CatalogCommand {
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
