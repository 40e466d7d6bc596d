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

    /// Prices each selected product with the rules of `--rules`, at `--at`, and hands each result
    /// to `body` with its product, in SKU order (or the order of `skus`).
    func run(
        catalog: CatalogOptions, skus: [String], selection: ProductSelection,
        _ body: (Product, ProductPricing) throws -> Void
    ) throws {
        let moment = try Moment.current(at: at)
        let context = RunContext(at: moment.instant, timeZone: moment.timeZone)
        let folder = URL(fileURLWithPath: rules)
        let store = try catalog.open(readOnly: true)
        try CatalogScripts.withSandbox(store: store, context: context, scriptsFolder: folder) { sandbox, reader in
            let engine = try RuleEngine(folder: folder, sandbox: sandbox, context: context, policy: onError)
            var cooperatives: [String: Cooperative] = [:]
            try selection.forEach(skus, in: reader, day: moment.today) { product in
                if cooperatives[product.cooperativeID] == nil {
                    cooperatives[product.cooperativeID] = try reader.cooperative(product.cooperativeID)
                }
                let floor = product.producerFloor(cooperative: cooperatives[product.cooperativeID])
                try body(product, try engine.price(product, floor: floor))
            }
        }
    }
}

extension FailurePolicy: ExpressibleByArgument {}
