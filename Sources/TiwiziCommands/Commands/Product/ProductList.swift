import ArgumentParser
import TiwiziCore
import TiwiziFormats
import TiwiziInterchange
import TiwiziStore

extension ProductCommand {
    /// `tiwizi product list`.
    struct List: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: HelpText.productListAbstract.text,
            discussion: HelpText.productListDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @OptionGroup var selection: ProductSelection
        @Option(help: ArgumentHelp(.optionProductListLang)) var lang: String = "fr"
        @Flag(help: ArgumentHelp(.flagJSONExport)) var json = false

        func execute() throws {
            let language = try FieldParsing.choice(lang, as: Language.self)
            try catalog.open(readOnly: true).read { reader in
                let filter = try selection.filter(reader, day: try Moment.current.today)
                if json {
                    let list = JSONList()
                    try reader.forEachProduct(filter) { list.add(RecordJSON.product($0)) }
                    return list.finish()
                }
                var table = Table(
                    headers: [
                        .sku, .name, .cooperative, .region, .category,
                        .quantity, .price, .stock,
                    ],
                    rightAligned: [5, 6, 7])
                try reader.forEachProduct(filter) { p in
                    table.add([
                        p.sku, p.name.text(in: language), p.cooperativeID,
                        (p.origin?.region ?? reader.cooperativeRegion(p.cooperativeID))?.code ?? "",
                        p.category.path, p.quantity.description, p.price.formatted(for: Console.displayLanguage),
                        Self.stockText(p.availability),
                    ])
                }
                table.finish()
                if table.count == 0 { Console.error(Console.say(CommandMessage.listEmpty(.products))) }
            }
        }

        static func stockText(_ availability: Availability) -> String {
            switch availability {
            case .inStock(let units): return "\(units)"
            case .madeToOrder(let days): return Console.say(CommandMessage.madeToOrder(days: days))
            }
        }
    }
}

extension ProductCommand {
    /// `tiwizi product show`.
    struct Show: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: HelpText.productShowAbstract.text, discussion: HelpText.productShowDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentSKU)) var sku: String
        @Flag(help: ArgumentHelp(.flagJSONRecord)) var json = false

        func execute() throws {
            let day = try Moment.current.today
            try catalog.open(readOnly: true).read { reader in
                guard let p = try reader.product(sku) else { throw CatalogError.notFound(.products, key: sku) }
                if json { return Console.out(JSONDocument.render(RecordJSON.product(p))) }
                var sheet = Sheet(title: "\(p.sku)  \(p.name.french)", subtitle: p.name[.arabic])
                sheet.add(.cooperative, p.cooperativeID)
                sheet.add(.category, p.category.path)
                sheet.add(
                    .quantity,
                    p.quantity.description
                        + (p.dimensions.map { "  (\($0.lengthCm) × \($0.widthCm) cm)" } ?? ""))
                // The listing's format first (the interface language's), then the Arabic one.
                sheet.add(
                    .price, "\(p.price.formatted(for: Console.displayLanguage))  ·  \(p.price.formatted(for: .arabic))")
                sheet.add(.producerFloor, try Self.floorText(p, in: reader))
                sheet.add(.vat, "\(p.vat.rawValue) (\(p.vat.ratePercent) %)")
                sheet.add(.stock, List.stockText(p.availability))
                sheet.add(
                    .origin,
                    p.origin.map {
                        [$0.region.map { "\($0.code) \($0.name.french)" }, $0.place].compactMap { $0 }.joined(separator: ", ")
                    })
                sheet.add(.allergens, p.allergens.joined(separator: ", "))
                sheet.add(
                    .certificates,
                    p.certificates.map {
                        "\($0.schemeID) \($0.number) (\($0.validFrom) → \($0.validUntil))\($0.isValid(on: day) ? "" : " ✗")"
                    }.joined(separator: "; "))
                sheet.add(.knowHow, p.knowHowIDs.joined(separator: ", "))
                sheet.add(.description, p.description?.french)
                sheet.print()
            }
        }
    }
}

extension ProductCommand.Show {
    /// The least the cooperative receives per unit, in the listing's format, with the share that
    /// gives it and, when the product has no floor of its own, the cooperative whose floor it is.
    static func floorText(_ product: Product, in reader: some CatalogReader) throws -> String? {
        let cooperative = product.producerFloor == nil ? try reader.cooperative(product.cooperativeID) : nil
        guard let floor = product.producerFloor(cooperative: cooperative),
            let minimum = try product.producerMinimum(cooperative: cooperative)
        else { return nil }
        let share: String? = if case .share = floor { floor.description } else { nil }
        return Console.say(
            CommandMessage.floorMinimum(
                minimum: minimum.formatted(for: Console.displayLanguage), share: share, cooperative: cooperative?.id))
    }
}
