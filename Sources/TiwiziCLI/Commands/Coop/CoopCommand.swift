import ArgumentParser
import TiwiziCore
import TiwiziInterchange
import TiwiziStore

/// `tiwizi coop …`: register and maintain cooperatives.
struct CoopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coop", abstract: "Register, list, show, update and remove cooperatives.",
        discussion: """
            Examples:
              tiwizi coop list --region MA-09
              tiwizi coop show tafoukt-argan
              tiwizi coop update tafoukt-argan --members 41 --women 41
            """,
        subcommands: [CoopAdd.self, CoopList.self, CoopShow.self, CoopUpdate.self, CoopRemove.self])
}

struct CoopAdd: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Register a cooperative.",
        discussion: """
            Example:
              tiwizi coop add tafoukt-argan --name-fr "Coopérative Tafoukt" \\
                --name-ar "تعاونية تافوكت" --ice 002345678000091 --founded 2011-04-18 \\
                --region MA-09 --members 38 --women 38
            """)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: "The cooperative's id: lowercase letters, digits and hyphens.") var id: String
    @OptionGroup var fields: CooperativeFields

    func execute() throws {
        var cells = fields.cells
        cells["id"] = id
        let cooperative = try RecordForm.cooperative(cells)
        let store = try catalog.open()
        let warnings = try store.write { writer in
            if try writer.reader.cooperative(id) != nil { throw Issue(.duplicateID, ["value": id, "other": store.path]) }
            let warnings = try RecordForm.check(
                cooperative.validate(today: today) + cooperative.validateReferences(in: writer.reader))
            try writer.save(cooperative)
            return warnings
        }
        printWarnings(warnings)
        Console.out(Console.text(.added, ["kind": "cooperative", "value": id]))
    }
}

struct CoopUpdate: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "Change some fields of a cooperative.",
        discussion: """
            Only the options given change. Example:
              tiwizi coop update tafoukt-argan --members 41 --women 41 --phone +212661234567
            """)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: "The cooperative's id.") var id: String
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
        Console.out(Console.text(outcome == .unchanged ? .unchanged : .updated, ["kind": "cooperative", "value": id]))
    }
}

struct CoopRemove: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove a cooperative.",
        discussion: "Example:\n  tiwizi coop remove tafoukt-argan --with-products")

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: "The cooperative's id.") var id: String
    @Flag(help: "Also remove the cooperative's products.") var withProducts = false

    func execute() throws {
        let removed = try catalog.open().write { try $0.removeCooperative(id, withProducts: withProducts) }
        guard removed else { throw CatalogError(.cooperativeNotFound, ["value": id]) }
        Console.out(Console.text(.removed, ["kind": "cooperative", "value": id]))
    }
}
