import ArgumentParser
import TiwiziCore
import TiwiziInterchange
import TiwiziStore

/// `tiwizi product …`: list and maintain products.
struct ProductCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "product", abstract: HelpKey.productAbstract.text,
        discussion: HelpKey.productDiscussion.text,
        subcommands: [ProductAdd.self, ProductList.self, ProductShow.self, ProductUpdate.self, ProductRemove.self])
}

struct ProductAdd: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: HelpKey.productAddAbstract.text,
        discussion: HelpKey.productAddDiscussion.text)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: ArgumentHelp(.argumentNewSKU)) var sku: String
    @OptionGroup var fields: ProductFields

    func execute() throws {
        let cells = fields.cells.merging(["sku": sku]) { $1 }
        let outcome = try catalog.open().write { try RecordForm.add(.products, cells, today: try today, with: $0) }
        ChangeReport.print(outcome, kind: .kindProduct, key: sku)
    }
}

struct ProductUpdate: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: HelpKey.productUpdateAbstract.text,
        discussion: HelpKey.productUpdateDiscussion.text)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: ArgumentHelp(.argumentSKU)) var sku: String
    @OptionGroup var fields: ProductFields
    /// Unconditional, so that `--stock-change -3` reads -3 as the value, not as an option.
    @Option(parsing: .unconditional, help: ArgumentHelp(.optionStockChange)) var stockChange: Int?

    func execute() throws {
        guard !fields.cells.isEmpty || stockChange != nil else { throw ValidationFailure([Issue(.nothingToUpdate)]) }
        let outcome = try catalog.open().write { writer -> RecordForm.Outcome in
            var outcome = try RecordForm.update(.products, key: sku, fields.cells, today: try today, with: writer)
            if let stockChange, stockChange != 0 {
                let stock = try writer.changeStock(sku: sku, by: stockChange)
                outcome = outcome.adding(FieldChange(field: "stock", before: "\(stock - stockChange)", after: "\(stock)"))
            }
            return outcome
        }
        ChangeReport.print(outcome, kind: .kindProduct, key: sku)
    }
}

struct ProductRemove: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: HelpKey.productRemoveAbstract.text, discussion: HelpKey.productRemoveDiscussion.text)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: ArgumentHelp(.argumentSKU)) var sku: String

    func execute() throws {
        guard try catalog.open().write({ try $0.removeProduct(sku) }) else {
            throw CatalogError(.productNotFound, ["value": sku])
        }
        Console.out(Console.text(.removed, ["kind": Console.text(.kindProduct), "value": sku]))
    }
}
