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
        var cells = fields.cells
        cells["id"] = id
        let cooperative = try RecordForm.cooperative(cells)
        let store = try catalog.open()
        let warnings = try store.write { writer in
            if try writer.reader.cooperative(id) != nil { throw Issue(.cooperativeExists, ["value": id]) }
            let warnings = try RecordForm.check(
                cooperative.validate(today: today) + cooperative.validateReferences(in: writer.reader))
            try writer.save(cooperative)
            return warnings
        }
        printWarnings(warnings)
        Console.out(Console.text(.added, ["kind": Console.text(.kindCooperative), "value": id]))
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
        let store = try catalog.open()
        let (outcome, warnings) = try store.write { writer -> (SaveOutcome, [Issue]) in
            guard let existing = try writer.reader.cooperative(id) else {
                throw CatalogError(.cooperativeNotFound, ["value": id])
            }
            let cells = RecordForm.cells(of: existing).merging(fields.cells) { $1 }
            let cooperative = try RecordForm.cooperative(cells)
            let warnings = try RecordForm.check(
                cooperative.validate(today: today) + cooperative.validateReferences(in: writer.reader))
            return (try writer.save(cooperative), warnings)
        }
        printWarnings(warnings)
        Console.out(
            Console.text(outcome == .unchanged ? .unchanged : .updated, ["kind": Console.text(.kindCooperative), "value": id]))
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
