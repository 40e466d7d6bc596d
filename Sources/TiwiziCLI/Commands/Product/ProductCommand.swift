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
        var cells = fields.cells
        cells["sku"] = sku
        let product = try RecordForm.product(cells)
        try catalog.open().write { writer in
            if let existing = try writer.reader.product(sku) {
                throw Issue(.productExists, ["value": sku, "other": existing.cooperativeID])
            }
            try RecordForm.check(product.validate() + product.validateReferences(in: writer.reader))
            try writer.save(product)
        }
        Console.out(Console.text(.added, ["kind": Console.text(.kindProduct), "value": sku]))
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
        let outcome = try catalog.open().write { writer -> SaveOutcome in
            guard let existing = try writer.reader.product(sku) else { throw CatalogError(.productNotFound, ["value": sku]) }
            var outcome = SaveOutcome.unchanged
            if !fields.cells.isEmpty {
                let product = try RecordForm.product(RecordForm.cells(of: existing).merging(fields.cells) { $1 })
                try RecordForm.check(product.validate() + product.validateReferences(in: writer.reader))
                outcome = try writer.save(product)
            }
            if let stockChange, stockChange != 0 {
                _ = try writer.changeStock(sku: sku, by: stockChange)
                outcome = .updated
            }
            return outcome
        }
        Console.out(
            Console.text(outcome == .unchanged ? .unchanged : .updated, ["kind": Console.text(.kindProduct), "value": sku]))
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
