import ArgumentParser
import TiwiziCore
import TiwiziInterchange
import TiwiziStore

struct ProductList: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List products, filtered and searched.",
        discussion: """
            Filters combine. --category matches a prefix (food.oil matches food.oil.argan);
            --search finds words in the French, Arabic, English and Tamazight names,
            ignoring accents and case (word prefixes match: "arg" finds "argan").
            An unknown --coop or --certification is an error, not an empty list.
            Examples:
              tiwizi product list --region MA-09 --category food.oil
              tiwizi product list --certification igp-argane --stock in-stock
              tiwizi product list --search "huile argan" --json
              tiwizi product list --search زيت
            """)

    @OptionGroup var catalog: CatalogOptions
    @Option(name: .customLong("coop"), help: "Only products of this cooperative.") var cooperative: String?
    @Option(help: "Only products from this region (their origin, else their cooperative's).") var region: String?
    @Option(help: "Only products in this category or below it.") var category: String?
    @Option(help: "Only products with a certificate of this scheme valid today.") var certification: String?
    @Option(help: "in-stock, out-of-stock or made-to-order.") var stock: String?
    @Option(help: "Words to find in the product names.") var search: String?
    @Option(help: "Show at most this many products.") var limit: Int?
    @Option(help: "Language of the names shown: fr, ar, en or zgh (falls back to French).") var lang: String = "fr"
    @Flag(help: "Print JSON records (the export format, see docs/catalog-format.md) instead of a table.") var json = false

    func execute() throws {
        let filter = try makeFilter()
        let language = try FieldParsing.choice(lang, as: Language.self)
        try catalog.open(readOnly: true).read { reader in
            // A mistyped id would otherwise list nothing, as if no product matched.
            if let cooperative, try reader.cooperative(cooperative) == nil {
                throw CatalogError(.cooperativeNotFound, ["value": cooperative])
            }
            if let certification, try reader.certificationScheme(certification) == nil {
                throw CatalogError(.schemeNotFound, ["value": certification])
            }
            if json {
                var list = JSONList()
                try reader.forEachProduct(filter) { list.add(RecordJSON.product($0)) }
                return list.finish()
            }
            var table = Table(
                headers: [
                    .headerSKU, .headerName, .headerCooperative, .headerRegion, .headerCategory,
                    .headerQuantity, .headerPrice, .headerStock,
                ].map { Console.text($0) },
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
            if table.count == 0 { Console.error(Console.text(.listEmpty, ["kind": "products"])) }
        }
    }

    private func makeFilter() throws(Issue) -> ProductFilter {
        ProductFilter(
            cooperativeID: cooperative,
            region: try region.map { text throws(Issue) in try FieldParsing.region(text) },
            category: try category.map { text throws(Issue) in try FieldParsing.category(text) },
            schemeID: certification,
            stockStatus: try stock.map { text throws(Issue) in try FieldParsing.choice(text, as: StockStatus.self) },
            search: search, day: today, limit: limit)
    }

    static func stockText(_ availability: Availability) -> String {
        switch availability {
        case .inStock(let units): return "\(units)"
        case .madeToOrder(let days): return Console.text(.stockMadeToOrder, ["days": "\(days)"])
        }
    }
}

struct ProductShow: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one product in full.", discussion: "Example:\n  tiwizi product show TAF-ARG-250")

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: "The product's SKU.") var sku: String
    @Flag(help: "Print the JSON record instead.") var json = false

    func execute() throws {
        try catalog.open(readOnly: true).read { reader in
            guard let p = try reader.product(sku) else { throw CatalogError(.productNotFound, ["value": sku]) }
            if json { return Console.out(RecordJSON.product(p)) }
            var sheet = Sheet(title: "\(p.sku)  \(p.name.french)", subtitle: p.name[.arabic])
            sheet.add(.headerCooperative, p.cooperativeID)
            sheet.add(.headerCategory, p.category.path)
            sheet.add(
                .headerQuantity,
                p.quantity.description
                    + (p.dimensions.map { "  (\($0.lengthCm) × \($0.widthCm) cm)" } ?? ""))
            sheet.add(.headerPrice, "\(p.price.formatted(for: .french))  ·  \(p.price.formatted(for: .arabic))")
            sheet.add(.labelVAT, "\(p.vat.rawValue) (\(p.vat.ratePercent) %)")
            sheet.add(.headerStock, ProductList.stockText(p.availability))
            sheet.add(
                .labelOrigin, p.origin.map { "\($0.region.code) \($0.region.name.french)" + ($0.place.map { ", \($0)" } ?? "") })
            sheet.add(.labelAllergens, p.allergens.joined(separator: ", "))
            sheet.add(
                .labelCertificates,
                p.certificates.map {
                    "\($0.schemeID) \($0.number) (\($0.validFrom) → \($0.validUntil))\($0.isValid(on: today) ? "" : " ✗")"
                }.joined(separator: "; "))
            sheet.add(.labelKnowHow, p.knowHowIDs.joined(separator: ", "))
            sheet.add(.labelDescription, p.description?.french)
            sheet.print()
        }
    }
}
