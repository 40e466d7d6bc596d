import ArgumentParser
import TiwiziCore
import TiwiziInterchange
import TiwiziStore

/// `tiwizi product …`: list and maintain products.
struct ProductCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "product", abstract: "Add, list, show, update and remove products.",
        discussion: """
            Examples:
              tiwizi product list --category food.oil
              tiwizi product show TAF-ARG-250
              tiwizi product update TAF-ARG-250 --stock-change -3
            """,
        subcommands: [ProductAdd.self, ProductList.self, ProductShow.self, ProductUpdate.self, ProductRemove.self])
}

struct ProductAdd: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a product to a cooperative.",
        discussion: """
            Example:
              tiwizi product add TAF-ARG-250 --coop tafoukt-argan \\
                --name-fr "Huile d'argan alimentaire" --category food.oil.argan \\
                --quantity 250 --unit ml --price "145,00" --stock 120
            """)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: "The SKU: uppercase letters, digits and hyphens.") var sku: String
    @OptionGroup var fields: ProductFields

    func execute() throws {
        var cells = fields.cells
        cells["sku"] = sku
        let product = try RecordForm.product(cells)
        try catalog.open().write { writer in
            if try writer.reader.product(sku) != nil { throw Issue(.duplicateSKU, ["value": sku, "other": "catalog"]) }
            try RecordForm.check(product.validate() + product.validateReferences(in: writer.reader))
            try writer.save(product)
        }
        Console.out(Console.text(.added, ["kind": "product", "value": sku]))
    }
}

struct ProductUpdate: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "Change some fields of a product, or its stock.",
        discussion: """
            Only the options given change. --stock-change adds to (or, negative,
            removes from) the stock in one atomic step, so two people updating at
            once never lose a sale.
            Examples:
              tiwizi product update TAF-ARG-250 --price 150 --stock 80
              tiwizi product update TAF-ARG-250 --stock-change -3
            """)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: "The product's SKU.") var sku: String
    @OptionGroup var fields: ProductFields
    /// Unconditional, so that `--stock-change -3` reads -3 as the value, not as an option.
    @Option(parsing: .unconditional, help: "Add this many units to the stock (negative to remove).") var stockChange: Int?

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
        Console.out(Console.text(outcome == .unchanged ? .unchanged : .updated, ["kind": "product", "value": sku]))
    }
}

struct ProductRemove: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove a product.", discussion: "Example:\n  tiwizi product remove TAF-ARG-250")

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: "The product's SKU.") var sku: String

    func execute() throws {
        guard try catalog.open().write({ try $0.removeProduct(sku) }) else {
            throw CatalogError(.productNotFound, ["value": sku])
        }
        Console.out(Console.text(.removed, ["kind": "product", "value": sku]))
    }
}
