import ArgumentParser
import TiwiziCore
import TiwiziFormats
import TiwiziInterchange
import TiwiziStore

/// `tiwizi product …`: list and maintain products.
struct ProductCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: RecordKind.products.command, abstract: HelpText.productAbstract.text,
        discussion: HelpText.productDiscussion.text,
        subcommands: [AddCommand<ProductFields>.self, List.self, Show.self, Update.self, Remove.self])
}

extension ProductCommand {
    /// `tiwizi product update`.
    struct Update: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "update", abstract: HelpText.productUpdateAbstract.text,
            discussion: HelpText.productUpdateDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentSKU)) var sku: String
        @OptionGroup var fields: ProductFields
        /// Unconditional, so that `--stock-change -3` reads -3 as the value, not as an option.
        @Option(parsing: .unconditional, help: ArgumentHelp(.optionStockChange)) var stockChange: Int?

        func execute() throws {
            let movement = stockChange.map { change in
                { (writer: any CatalogWriter, outcome: RecordForm.Outcome) throws -> RecordForm.Outcome in
                    guard change != 0 else { return outcome }
                    let stock = try writer.changeStock(sku: sku, by: change)
                    return outcome.adding(FieldChange(field: "stock", before: "\(stock - change)", after: "\(stock)"))
                }
            }
            try RecordEdit.update(.products, key: sku, cells: fields.cells, in: catalog, then: movement)
        }
    }
}

extension ProductCommand {
    /// `tiwizi product remove`.
    struct Remove: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: HelpText.productRemoveAbstract.text,
            discussion: HelpText.productRemoveDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentSKU)) var sku: String

        func execute() throws {
            guard try catalog.open().write({ try $0.removeProduct(sku) }) else {
                throw CatalogError.notFound(.products, key: sku)
            }
            Console.out(Console.say(CommandMessage.removed(.products, key: sku)))
        }
    }
}
