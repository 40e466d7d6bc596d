import ArgumentParser
import TiwiziCore
import TiwiziStore

/// The options that select products (`product list`, `price`, `labels`): by cooperative,
/// region, category, certification, stock or text, at most `--limit` of them.
struct ProductSelection: ParsableArguments {
    @Option(name: .customLong("coop"), help: ArgumentHelp(.optionProductListCoop)) var cooperative: String?
    @Option(help: ArgumentHelp(.optionProductListRegion)) var region: String?
    @Option(help: ArgumentHelp(.optionProductListCategory)) var category: String?
    @Option(help: ArgumentHelp(.optionProductListCertification)) var certification: String?
    @Option(help: ArgumentHelp(.optionProductListStock)) var stock: String?
    @Option(help: ArgumentHelp(.optionProductListSearch)) var search: String?
    @Option(help: ArgumentHelp(.optionProductListLimit)) var limit: Int?

    /// Whether any selection option is given.
    var isGiven: Bool {
        [cooperative, region, category, certification, stock, search].contains { $0 != nil } || limit != nil
    }

    /// The filter the options describe, checked against the catalog: a mistyped cooperative or
    /// scheme would otherwise select nothing, as if no product matched.
    func filter(_ reader: any CatalogReader, day: CalendarDate) throws -> ProductFilter {
        if let cooperative, try reader.cooperative(cooperative) == nil {
            throw CatalogError.notFound(.cooperatives, key: cooperative)
        }
        if let certification, try reader.certificationScheme(certification) == nil {
            throw CatalogError.notFound(.schemes, key: certification)
        }
        return ProductFilter(
            cooperativeID: cooperative,
            region: try region.map { text throws(Issue) in try FieldParsing.region(text) },
            category: try category.map { text throws(Issue) in try FieldParsing.category(text) },
            schemeID: certification,
            stockStatus: try stock.map { text throws(Issue) in try FieldParsing.choice(text, as: StockStatus.self) },
            search: try search.map { text throws(Issue) in try FieldParsing.search(text) }, day: day, limit: limit)
    }

    /// The products named by `skus` (each must exist), else those the filter selects, in SKU
    /// order; `body` sees each one.
    func forEach(
        _ skus: [String], in reader: any CatalogReader, day: CalendarDate, _ body: (Product) throws -> Void
    ) throws {
        guard skus.isEmpty else {
            for sku in skus {
                guard let product = try reader.product(sku) else { throw CatalogError.notFound(.products, key: sku) }
                try body(product)
            }
            return
        }
        try reader.forEachProduct(try filter(reader, day: day), body)
    }
}
