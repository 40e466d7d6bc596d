import ArgumentParser
import TiwiziCore
import TiwiziLua
import TiwiziRules
import TiwiziStore

/// The options of a pricing run (`price`, `labels`): which rules, at what moment, and what a
/// failing rule does.
struct PricingOptions: ParsableArguments {
    @OptionGroup var plugins: PluginOptions
    @Option(help: ArgumentHelp(.optionPricingAt)) var at: String?
    @Option(name: .customLong("on-error"), help: ArgumentHelp(.optionOnError)) var onError = FailurePolicy.fail

    /// Loads the plugins of `--rules` and `--plugins` over a read snapshot of the catalog, at
    /// `--at`, and gives the engine to `body` with the snapshot's reader and the moment.
    func withEngine<T>(catalog: CatalogOptions, _ body: (RuleEngine, any CatalogReader, Moment) throws -> T) throws -> T {
        let moment = try Moment.current(at: at)
        let context = RunContext(at: moment.instant, timeZone: moment.timeZone)
        let folders = try plugins.folders()
        let store = try catalog.open(readOnly: true)
        return try CatalogScripts.withSandboxes(store: store, context: context) { sandboxes, reader in
            try body(try RuleEngine(folders: folders, sandboxes: sandboxes, context: context, policy: onError), reader, moment)
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

extension FailurePolicy: ExpressibleByArgument {}
