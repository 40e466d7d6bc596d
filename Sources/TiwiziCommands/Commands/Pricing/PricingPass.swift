import ArgumentParser
import Foundation
import TiwiziCore
import TiwiziLua
import TiwiziRules
import TiwiziStore

/// The options of a pricing run (`price`, `labels`): which rules, at what moment, and what a
/// failing rule does.
struct PricingOptions: ParsableArguments {
    @Option(help: ArgumentHelp(.optionRulesFolder)) var rules = "scripts"
    @Option(help: ArgumentHelp(.optionPricingAt)) var at: String?
    @Option(name: .customLong("on-error"), help: ArgumentHelp(.optionOnError)) var onError = FailurePolicy.fail

    /// Loads the rules of `--rules` over a read snapshot of the catalog, at `--at`, and gives
    /// the engine to `body` with the snapshot's reader and the moment.
    func withEngine<T>(catalog: CatalogOptions, _ body: (RuleEngine, any CatalogReader, Moment) throws -> T) throws -> T {
        let moment = try Moment.current(at: at)
        let context = RunContext(at: moment.instant, timeZone: moment.timeZone)
        let folder = URL(fileURLWithPath: rules)
        let store = try catalog.open(readOnly: true)
        return try CatalogScripts.withSandbox(store: store, context: context, scriptsFolder: folder) { sandbox, reader in
            try body(try RuleEngine(folder: folder, sandbox: sandbox, context: context, policy: onError), reader, moment)
        }
    }

    /// Prices each selected product with the rules, and hands each result to `body` with its
    /// product, in SKU order (or the order of `skus`).
    func run(
        catalog: CatalogOptions, skus: [String], selection: ProductSelection,
        _ body: (Product, ProductPricing) throws -> Void
    ) throws {
        try withEngine(catalog: catalog) { engine, reader, moment in
            var floors = FloorLookup(reader: reader)
            try selection.forEach(skus, in: reader, day: moment.today) { product in
                try body(product, try engine.price(product, floor: try floors.floor(of: product)))
            }
        }
    }
}

extension RuleEngine {
    /// Prices `cart` with the catalog's products, floors and recorded coupon redemptions.
    func quote(_ cart: Cart, reader: any CatalogReader, ledger: some CouponLedger) throws -> Quote {
        var products: [String: Product] = [:]
        var floors: [String: ProducerFloor] = [:]
        var lookup = FloorLookup(reader: reader)
        for line in cart.lines {
            guard let product = try reader.product(line.sku) else { throw CatalogError.notFound(.products, key: line.sku) }
            products[line.sku] = product
            floors[line.sku] = try lookup.floor(of: product)
        }
        return try quote(cart, products: products, floors: floors, ledger: ledger)
    }
}

/// The producer's floor of each product: its own, else its cooperative's (each read once).
struct FloorLookup {
    let reader: any CatalogReader
    private var cooperatives: [String: Cooperative?] = [:]

    init(reader: any CatalogReader) { self.reader = reader }

    mutating func floor(of product: Product) throws -> ProducerFloor? {
        if cooperatives[product.cooperativeID] == nil {
            cooperatives[product.cooperativeID] = .some(try reader.cooperative(product.cooperativeID))
        }
        return product.producerFloor(cooperative: cooperatives[product.cooperativeID] ?? nil)
    }
}

extension FailurePolicy: ExpressibleByArgument {}
