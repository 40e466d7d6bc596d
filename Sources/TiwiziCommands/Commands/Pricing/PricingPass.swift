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
        let (moment, context) = try moment()
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

    /// Prices each selected product with the rules and renders it with `render`, then hands
    /// each rendering to `emit` in SKU order (or the order of `skus`). Without SKUs, `workers`
    /// price and render the selection (`CatalogPricing`), with a progress bar; the
    /// output is the same for any number of workers.
    func run<Rendered: Sendable>(
        catalog: CatalogOptions, skus: [String], selection: ProductSelection, workers: Int,
        render: @escaping @Sendable (Product, ProductPricing) throws -> Rendered, emit: @escaping (Rendered) throws -> Void
    ) throws {
        guard skus.isEmpty else {
            return try withEngine(catalog: catalog) { engine, reader, moment in
                var floors = FloorLookup(reader: reader)
                try selection.forEach(skus, in: reader, day: moment.today) { product in
                    try emit(try render(product, try engine.price(product, floor: try floors.floor(of: product))))
                }
            }
        }
        try plugins.requireFolders()
        let (moment, context) = try moment()
        let pricing = CatalogPricing(workers: workers, context: context, policy: onError)
        var bar: ProgressBar?
        defer { bar?.finish() }
        try pricing.run(
            store: try catalog.open(readOnly: true),
            select: { reader in
                (try plugins.plan(reading: reader, at: moment.instant), try selection.filter(reader, day: moment.today))
            },
            render: render, output: Console.error,
            progress: { done, total in
                if bar == nil { bar = ProgressBar(total: total, unit: .products) }
                bar?.update(done: done)
            }, emit: emit)
    }

    /// The run's moment (`--at`, else today) and the context scripts run in at that moment.
    private func moment() throws -> (Moment, RunContext) {
        let moment = try Moment.current(at: at)
        return (moment, RunContext(at: moment.instant, timeZone: moment.timeZone))
    }
}

extension FailurePolicy: ExpressibleByArgument {}
