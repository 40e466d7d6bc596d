import ArgumentParser
import TiwiziCore
import TiwiziFormats
import TiwiziRules

/// `tiwizi price`: what each product costs after the rules, who receives what, and why.
struct PriceCommand: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "price", abstract: HelpText.priceAbstract.text, discussion: HelpText.priceDiscussion.text)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: ArgumentHelp(.argumentPricedSKUs)) var skus: [String] = []
    @OptionGroup var selection: ProductSelection
    @OptionGroup var pricing: PricingOptions
    @Flag(help: ArgumentHelp(.flagExplain)) var explain = false
    @Flag(help: ArgumentHelp(.flagJSONTable)) var json = false

    func execute() throws {
        var list = JSONList()
        var table = Table(
            headers: [.sku, .name, .listPrice, .price, .producer, .share, .rulesApplied], rightAligned: [2, 3, 4, 5])
        try pricing.run(catalog: catalog, skus: skus, selection: selection) { product, priced in
            if json {
                list.add(JSONDocument.render(priced.document(steps: explain, language: Console.language)))
            } else if explain {
                for (depth, line) in priced.explanation {
                    Console.out(String(repeating: "  ", count: depth) + Console.say(line))
                }
                Console.out("")
            } else {
                let breakdown = priced.breakdown
                table.add([
                    product.sku, product.name.text(in: Console.displayLanguage),
                    breakdown.listPrice.formatted(for: Console.displayLanguage),
                    breakdown.price.formatted(for: Console.displayLanguage),
                    breakdown.cooperative.formatted(for: Console.displayLanguage),
                    breakdown.cooperativeShare?.description ?? "",
                    priced.rulesApplied.joined(separator: " "),
                ])
            }
        }
        if json { return list.finish() }
        if !explain { table.finish() }
    }
}

/// `tiwizi labels`: the labels each product earns, from the same pass as its price.
struct LabelsCommand: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "labels", abstract: HelpText.labelsAbstract.text, discussion: HelpText.labelsDiscussion.text)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: ArgumentHelp(.argumentPricedSKUs)) var skus: [String] = []
    @OptionGroup var selection: ProductSelection
    @OptionGroup var pricing: PricingOptions
    @Option(help: ArgumentHelp(.optionProductListLang)) var lang: String = "fr"
    @Flag(help: ArgumentHelp(.flagJSONTable)) var json = false

    func execute() throws {
        let language = try FieldParsing.choice(lang, as: Language.self)
        var list = JSONList()
        var table = Table(headers: [.sku, .name, .price, .labels], rightAligned: [2])
        try pricing.run(catalog: catalog, skus: skus, selection: selection) { product, priced in
            if json {
                list.add(
                    JSONDocument.render(
                        .record([
                            ("sku", .text(product.sku)), ("price", .text(priced.breakdown.price.decimalString)),
                            ("labels", priced.labelsDocument),
                        ])))
                return
            }
            let texts = priced.labels.map { $0.text.text(in: language) }
            for (index, text) in (texts.isEmpty ? ["—"] : texts).enumerated() {
                let first = index == 0
                table.add([
                    first ? product.sku : "", first ? product.name.text(in: language) : "",
                    first ? priced.breakdown.price.formatted(for: language) : "", text,
                ])
            }
        }
        if json { return list.finish() }
        table.finish()
    }
}
