import ArgumentParser
import Foundation
import TiwiziCore
import TiwiziFormats
import TiwiziRules
import TiwiziStore

/// A cart file and the options that complete it (`quote`, `order place`).
struct CartOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(.argumentCart)) var cart: String
    @Option(name: .customLong("coupon"), help: ArgumentHelp(.optionCoupon)) var coupons: [String] = []
    @Option(help: ArgumentHelp(.optionCustomer)) var customer: String?

    /// The cart file, with the codes and the customer of the options.
    func read() throws -> Cart { try Self.read(cart, coupons: coupons, customer: customer) }

    /// The cart file at `path`, with more codes and perhaps another customer.
    static func read(_ path: String, coupons: [String], customer: String?) throws -> Cart {
        let given = try Cart.read(URL(fileURLWithPath: path), displayName: path)
        return Cart(
            lines: given.lines.map { ($0.sku, $0.quantity) }, coupons: Array(given.coupons) + coupons,
            customer: customer ?? given.customer)
    }
}

/// `tiwizi quote CART`: a cart priced line by line, with its promotions, VAT, producers'
/// shares, totals and the hash of the rules that priced it; or, with `--replay ORDER`, a placed
/// order priced again with today's rules and compared line by line.
struct QuoteCommand: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "quote", abstract: HelpText.quoteAbstract.text, discussion: HelpText.quoteDiscussion.text)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: ArgumentHelp(.argumentCart)) var cart: String?
    @Option(name: .customLong("coupon"), help: ArgumentHelp(.optionCoupon)) var coupons: [String] = []
    @Option(help: ArgumentHelp(.optionCustomer)) var customer: String?
    @Option(help: ArgumentHelp(.optionReplay)) var replay: Int?
    @OptionGroup var pricing: PricingOptions
    @Flag(help: ArgumentHelp(.flagExplain)) var explain = false
    @Flag(help: ArgumentHelp(.flagJSONRecord)) var json = false

    func validate() throws {
        guard (cart == nil) != (replay == nil) else { throw ValidationError(.quoteNeedsCartOrReplay) }
    }

    func execute() throws {
        if let replay { return try Self.replay(replay, catalog: catalog, pricing: pricing, json: json) }
        let request = try CartOptions.read(cart ?? "", coupons: coupons, customer: customer)
        let quote = try pricing.withEngine(catalog: catalog) { engine, reader, _ in
            try engine.quote(request, reader: reader, ledger: CatalogLedger(reader: reader))
        }
        Self.show(quote, explain: explain, json: json)
    }

    /// Prints a quote: its lines, then its totals (or every rule's step with `explain`).
    static func show(_ quote: Quote, explain: Bool, json: Bool) {
        if json { return Console.out(JSONDocument.render(quote.document(steps: explain, language: Console.language))) }
        printLines(quote)
        if explain {
            for line in quote.lines {
                Console.out("")
                for (depth, text) in line.unit.explanation {
                    Console.out(String(repeating: "  ", count: depth) + Console.say(text))
                }
            }
            Console.out("")
            for (depth, text) in quote.explanation { Console.out(String(repeating: "  ", count: depth) + Console.say(text)) }
            return
        }
        Console.out("")
        Console.out(
            Console.say(
                QuoteExplanation.totals(subtotal: quote.subtotal, total: quote.total, vat: quote.vat, producers: quote.producers))
        )
        Console.out(Console.say(QuoteExplanation.redeemed(quote.redeemed)))
        Console.out(Console.say(CommandMessage.ruleSetHash(quote.ruleSetHash)))
    }

    static func printLines(_ quote: Quote) {
        let language = Console.displayLanguage
        var table = Table(
            headers: [.sku, .name, .quantity, .unitPrice, .subtotal, .discounts, .total, .vat, .producer],
            rightAligned: [2, 3, 4, 5, 6, 7, 8])
        for line in quote.lines {
            let discount = line.discount
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

    /// Prices order `id` again with today's rules, configured for the order's event, and shows
    /// what changed, line by line.
    static func replay(_ id: Int, catalog: CatalogOptions, pricing: PricingOptions, json: Bool) throws {
        try pricing.plugins.requireFolders()
        let order = try catalog.open(readOnly: true).read { reader in
            guard let order = try reader.order(id) else { throw CatalogError.orderNotFound(id: id) }
            return order
        }
        let quote = try pricing.withEngine(catalog: catalog, replaying: order) { engine, reader, _ in
            try engine.quote(Quote.cart(of: order), reader: reader, ledger: CatalogLedger(reader: reader, excluding: order))
        }
        let language = Console.displayLanguage
        var table = Table(headers: [.sku, .quantity, .then, .now, .difference], rightAligned: [1, 2, 3, 4])
        let list = JSONList()
        for line in order.lines {
            let now = quote.lines.first { $0.sku == line.sku }?.line.total ?? .zero(line.total.currency)
            let difference = Money(minorUnits: now.minorUnits - line.total.minorUnits, currency: now.currency)
            if json {
                list.add(
                    .record([
                        ("sku", .text(line.sku)), ("quantity", .number(line.quantity)),
                        ("then", .text(line.total.decimalString)),
                        ("now", .text(now.decimalString)), ("difference", .text(difference.decimalString)),
                    ]))
                continue
            }
            table.add([
                line.sku, "\(line.quantity)", line.total.formatted(for: language), now.formatted(for: language),
                difference.signed(for: language),
            ])
        }
        if json { return list.finish() }
        table.finish()
        Console.out("")
        Console.out(
            Console.say(
                CommandMessage.replayTotals(
                    then: order.total.formatted(for: language), now: quote.total.formatted(for: language),
                    sameRules: order.ruleSetHash == quote.ruleSetHash)))
    }
}
