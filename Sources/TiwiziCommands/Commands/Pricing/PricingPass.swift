import ArgumentParser
import TiwiziCore
import TiwiziLua
import TiwiziRules
import TiwiziStore

/// The options of a pricing run (`price`, `labels`, `quote`, `order place`): which plugins, for
/// which event, at what moment, and what a failing rule does.
struct PricingOptions: ParsableArguments {
    @OptionGroup var plugins: PluginOptions
    @Option(help: ArgumentHelp(.optionPricingAt)) var at: String?
    @Option(name: .customLong("on-error"), help: ArgumentHelp(.optionOnError)) var onError: FailurePolicy?

    /// Loads the plugins (see `PluginOptions.plan`) over a read snapshot of the catalog, at
    /// `--at`, configured as the catalog says for `--event`, and gives the engine to `body` with
    /// the snapshot's reader and the moment. `--on-error`, when given, is every plugin's policy.
    ///
    /// Replaying an order, the configuration is its event's unless `--event` names another, even
    /// when the event is over.
    func withEngine<T>(
        catalog: CatalogOptions, replaying order: Order? = nil, _ body: (RuleEngine, any CatalogReader, Moment) throws -> T
    ) throws -> T {
        try withEngine(catalog: catalog, replaying: order) { engine, reader, moment, _ in try body(engine, reader, moment) }
    }

    /// `withEngine`, with the factory of sandboxes over the same snapshot, for a script that
    /// runs beside the rules (a showcase's curation).
    func withEngine<T>(
        catalog: CatalogOptions, replaying order: Order? = nil,
        _ body: (RuleEngine, any CatalogReader, Moment, CatalogScripts.SandboxFactory) throws -> T
    ) throws -> T {
        let moment = try Moment.current(at: at)
        let context = RunContext(at: moment.instant, timeZone: moment.timeZone)
        var plugins = plugins
        if let order, plugins.event == nil { plugins.event = order.event }
        return try plugins.withPlan(catalog: catalog, context: context, at: order == nil ? moment.instant : nil) {
            plan, sandboxes, reader in
            let engine = try RuleEngine(
                folders: plan.folders, sandboxes: sandboxes, context: context, policy: onError,
                configuration: plan.configuration)
            return try body(engine, reader, moment, sandboxes)
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
