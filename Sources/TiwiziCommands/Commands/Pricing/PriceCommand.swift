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
    @OptionGroup var workers: WorkerOptions
    @Flag(help: ArgumentHelp(.flagExplain)) var explain = false
    @Flag(help: ArgumentHelp(.flagJSONTable)) var json = false

    func execute() throws {
        let list = JSONList()
        var table = Table(
            headers: [.sku, .name, .listPrice, .price, .producer, .share, .rulesApplied], rightAligned: [2, 3, 4, 5])
        let (json, explain) = (json, explain)
        // Each product is rendered by the worker that priced it: a JSON record, the lines of its
        // explanation, or its row. An explanation shows the memory each rule's sandbox held,
        // which depends on the products that sandbox priced before: one worker makes it the
        // same at every run.
        let workers = explain ? 1 : workers.count
        try pricing.run(catalog: catalog, skus: skus, selection: selection, workers: workers) { product, priced in
            if json { return [JSONList.element(priced.document(steps: explain, language: Console.language))] }
            if explain {
                return priced.explanation.map { depth, line in String(repeating: "  ", count: depth) + Console.say(line) }
            }
            let breakdown = priced.breakdown
            return [
                product.sku, product.name.text(in: Console.displayLanguage),
                breakdown.listPrice.formatted(for: Console.displayLanguage),
                breakdown.price.formatted(for: Console.displayLanguage),
                breakdown.cooperative.formatted(for: Console.displayLanguage),
                breakdown.cooperativeShare?.description ?? "", priced.rulesApplied.joined(separator: " "),
            ]
        } emit: { rendered in
            if json { return list.add(element: rendered[0]) }
            if !explain { return table.add(rendered) }
            rendered.forEach(Console.out)
            Console.out("")
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
    @OptionGroup var workers: WorkerOptions
    @Option(help: ArgumentHelp(.optionProductListLang)) var lang: String = "fr"
    @Flag(help: ArgumentHelp(.flagJSONTable)) var json = false

    func execute() throws {
        let language = try FieldParsing.choice(lang, as: Language.self)
        let list = JSONList()
        var table = Table(headers: [.sku, .name, .price, .labels], rightAligned: [2])
        let json = json
        // Each product is rendered by the worker that priced it: a JSON record, or its rows.
        try pricing.run(catalog: catalog, skus: skus, selection: selection, workers: workers.count) { product, priced in
            if json {
                let record = DocumentNode.record([
                    ("sku", .text(product.sku)), ("price", .text(priced.breakdown.price.decimalString)),
                    ("labels", priced.labelsDocument),
                ])
                return [[JSONList.element(record)]]
            }
            let texts = priced.labels.map { $0.text.text(in: language) }
            return (texts.isEmpty ? ["—"] : texts).enumerated().map { index, text in
                let first = index == 0
                return [
                    first ? product.sku : "", first ? product.name.text(in: language) : "",
                    first ? priced.breakdown.price.formatted(for: language) : "", text,
                ]
            }
        } emit: { rows in
            if json { return list.add(element: rows[0][0]) }
            for row in rows { table.add(row) }
        }
        if json { return list.finish() }
        table.finish()
    }
}
