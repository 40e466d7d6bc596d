import ArgumentParser
import Foundation
import TiwiziCore
import TiwiziFormats
import TiwiziRules
import TiwiziStore

/// `tiwizi quote CART`: a cart priced line by line, with its promotions, VAT, producers'
/// shares, totals and the hash of the rules that priced it.
struct QuoteCommand: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "quote", abstract: HelpText.quoteAbstract.text, discussion: HelpText.quoteDiscussion.text)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: ArgumentHelp(.argumentCart)) var cart: String
    @Option(name: .customLong("coupon"), help: ArgumentHelp(.optionCoupon)) var coupons: [String] = []
    @Option(help: ArgumentHelp(.optionCustomer)) var customer: String?
    @OptionGroup var pricing: PricingOptions
    @Flag(help: ArgumentHelp(.flagExplain)) var explain = false
    @Flag(help: ArgumentHelp(.flagJSONRecord)) var json = false

    func execute() throws {
        let given = try Cart.read(URL(fileURLWithPath: cart), displayName: cart)
        let request = Cart(
            lines: given.lines.map { ($0.sku, $0.quantity) }, coupons: Array(given.coupons) + coupons,
            customer: customer ?? given.customer)
        let quote = try pricing.withEngine(catalog: catalog) { engine, reader, _ in
            var products: [String: Product] = [:]
            var floors: [String: ProducerFloor] = [:]
            var lookup = FloorLookup(reader: reader)
            for line in request.lines {
                guard let product = try reader.product(line.sku) else { throw CatalogError.notFound(.products, key: line.sku) }
                products[line.sku] = product
                floors[line.sku] = try lookup.floor(of: product)
            }
            return try engine.quote(request, products: products, floors: floors, ledger: NoRedemptions())
        }
        if json { return Console.out(JSONDocument.render(quote.document(steps: explain, language: Console.language))) }
        Self.printLines(quote)
        if explain {
            for line in quote.lines {
                Console.out("")
                for (depth, text) in line.unit.explanation {
                    Console.out(String(repeating: "  ", count: depth) + Console.say(text))
                }
            }
            Console.out("")
            for (depth, text) in quote.explanation { Console.out(String(repeating: "  ", count: depth) + Console.say(text)) }
        } else {
            Console.out("")
            Console.out(
                Console.say(
                    QuoteExplanation.totals(
                        subtotal: quote.subtotal, total: quote.total, vat: quote.vat, producers: quote.producers)))
            Console.out(Console.say(QuoteExplanation.redeemed(quote.redeemed)))
            Console.out(Console.say(CommandMessage.ruleSetHash(quote.ruleSetHash)))
        }
    }

    static func printLines(_ quote: Quote) {
        let language = Console.displayLanguage
        var table = Table(
            headers: [.sku, .name, .quantity, .unitPrice, .subtotal, .discounts, .total, .vat, .producer],
            rightAligned: [2, 3, 4, 5, 6, 7, 8])
        for line in quote.lines {
            let discount = Money(
                minorUnits: line.subtotal.minorUnits - line.line.total.minorUnits, currency: line.subtotal.currency)
            table.add([
                line.sku, line.unit.name.text(in: language), "\(line.quantity)",
                line.unit.breakdown.price.formatted(for: language),
                line.subtotal.formatted(for: language), discount.isZero ? "" : "-" + discount.formatted(for: language),
                line.line.total.formatted(for: language), line.vat.formatted(for: language),
                line.line.cooperative.formatted(for: language),
            ])
        }
        table.finish()
    }
}
