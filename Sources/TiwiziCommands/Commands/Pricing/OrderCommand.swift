import ArgumentParser
import TiwiziCore
import TiwiziFormats
import TiwiziRules
import TiwiziStore

/// `tiwizi order`: orders placed from carts, kept as they were priced.
struct OrderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "order", abstract: HelpText.orderAbstract.text, discussion: HelpText.orderDiscussion.text,
        subcommands: [Place.self, Show.self, List.self])

    /// `tiwizi order place CART`.
    struct Place: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "place", abstract: HelpText.orderPlaceAbstract.text, discussion: HelpText.orderPlaceDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @OptionGroup var cart: CartOptions
        @OptionGroup var pricing: PricingOptions
        @Flag(help: ArgumentHelp(.flagJSONRecord)) var json = false

        func execute() throws {
            let request = try cart.read()
            let (quote, caps) = try pricing.withEngine(catalog: catalog) { engine, reader, _ in
                let quote = try engine.quote(request, reader: reader, ledger: CatalogLedger(reader: reader))
                return (quote, quote.caps(in: engine))
            }
            let order = quote.order
            // The caps are checked again inside the write: another process may have redeemed the
            // code since the quote was read.
            let id = try catalog.open().write { writer in try writer.place(order, caps: caps) }
            if json { return Console.out(order.document) }
            QuoteCommand.printLines(quote)
            Console.out("")
            Console.out(
                Console.say(
                    CommandMessage.orderPlaced(
                        id: id, total: quote.total.formatted(for: Console.displayLanguage), hash: quote.ruleSetHash)))
        }
    }

    /// `tiwizi order show ID`.
    struct Show: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: HelpText.orderShowAbstract.text, discussion: HelpText.orderShowDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentOrderID)) var id: Int
        @Flag(help: ArgumentHelp(.flagJSONRecord)) var json = false

        func execute() throws {
            let order = try catalog.open(readOnly: true).read { reader in
                guard let order = try reader.order(id) else { throw CatalogError.orderNotFound(id: id) }
                return order
            }
            if json { return Console.out(order.document) }
            let language = Console.displayLanguage
            var table = Table(
                headers: [.sku, .quantity, .unitPrice, .subtotal, .total, .vat, .producer], rightAligned: [1, 2, 3, 4, 5, 6])
            for line in order.lines {
                table.add([
                    line.sku, "\(line.quantity)", line.unitPrice.formatted(for: language), line.subtotal.formatted(for: language),
                    line.total.formatted(for: language), line.vat.formatted(for: language),
                    line.producer.formatted(for: language),
                ])
            }
            table.finish()
            Console.out("")
            Console.out(
                Console.say(
                    CommandMessage.orderSummary(
                        id: id, placedAt: order.placedAt, customer: order.customer, total: order.total.formatted(for: language),
                        redeemed: order.redeemed, hash: order.ruleSetHash)))
        }
    }

    /// `tiwizi order list`.
    struct List: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: HelpText.orderListAbstract.text, discussion: HelpText.orderListDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Flag(help: ArgumentHelp(.flagJSONTable)) var json = false

        func execute() throws {
            let orders = try catalog.open(readOnly: true).read { try $0.orders() }
            let language = Console.displayLanguage
            if json {
                let list = JSONList()
                for order in orders {
                    list.add(
                        .record([
                            ("id", .number(order.id)), ("placed_at", .text(order.placedAt)),
                            ("customer", .text(order.customer)),
                            ("lines", .number(order.lines.count)), ("total", .text(order.total.decimalString)),
                            ("redeemed", .list(order.redeemed.map { .text($0) }, line: nil)),
                            ("rule_set_hash", .text(order.ruleSetHash)),
                        ]))
                }
                return list.finish()
            }
            var table = Table(headers: [.id, .placedAt, .customer, .lines, .total, .coupons, .ruleSet], rightAligned: [0, 3, 4])
            for order in orders {
                table.add([
                    order.id.map(String.init) ?? "", order.placedAt, order.customer ?? "", "\(order.lines.count)",
                    order.total.formatted(for: language), order.redeemed.joined(separator: " "),
                    String(order.ruleSetHash.prefix(12)),
                ])
            }
            table.finish()
            if orders.isEmpty { Console.error(Console.say(CommandMessage.noOrders)) }
        }
    }
}
