import Foundation
import TiwiziCore
import TiwiziStore

/// The rule engine embedded in a long-running host (a server, an app): a catalog and its
/// plugins (a rules folder, the catalog's plugins folder, other plugin folders), with calls that price products, quote carts and place orders from any number of
/// tasks at once.
///
/// A pool of workers runs the calls, each on a thread of its own with its own Lua sandbox and
/// its own compiled copy of the rules (a sandbox is never shared between threads). Each call
/// reads a new read snapshot of the catalog, so that it sees what the catalog holds when it
/// starts, and runs at its own moment (`at:`), without compiling anything again.
///
/// The catalog's plugin settings (which plugins run, their parameters, their failure policies,
/// for the catalog and for `Configuration.event`) are read when the rules load. `reload()`
/// reads them and compiles the plugins again into every worker and switches to them only when
/// every copy loaded and checked; otherwise nothing changes. Calls running meanwhile finish on
/// the rules they started with.
public final class TiwiziEngine: Sendable {
    /// The rules folder: rule sets under `pricing/`, `labels/` and `promotions/`, modules in `lib/`.
    public let rulesFolder: URL
    public let configuration: Configuration
    let pool: WorkerPool
    let store: any CatalogStore
    let generations = RuleGenerations()

    /// Opens an engine over `store` with the rules of `folder`, compiled into every worker.
    /// - Throws: `RuleProblem` for an invalid rule set, `LuaError` for a script that does not
    ///   load, or a catalog error.
    public init(store: some CatalogStore, rules folder: URL, configuration: Configuration = Configuration()) async throws {
        rulesFolder = folder
        self.configuration = configuration
        self.store = store
        pool = WorkerPool(store: store, configuration: configuration, generations: generations)
        do {
            try await reload()
        } catch {
            pool.close()
            throw error
        }
    }

    deinit { pool.close() }

    /// The rule-set hash of the rules in use: what a quote and an order record.
    public var ruleSetHash: String { generations.committed?.ruleSetHash ?? "" }

    /// How many times a worker compiled the rules: the workers' count at start, and again at
    /// each reload that found different files or settings.
    public var compilations: Int { generations.compilations }

    /// Prices one unit of the product `sku` at `moment`, with its labels; its `steps` say what
    /// every rule did.
    /// - Throws: `CatalogError.notFound` for an unknown SKU, `RuleFailure` for a failing rule.
    public func price(sku: String, at moment: Date = Date()) async throws -> ProductPricing {
        try await price(skus: [sku], at: moment)[0]
    }

    /// Prices the products `skus`, in that order, over one snapshot of the catalog.
    /// - Throws: `CatalogError.notFound` for an unknown SKU, `RuleFailure` for a failing rule.
    public func price(skus: [String], at moment: Date = Date()) async throws -> [ProductPricing] {
        try await pool.run { worker in
            try worker.run(at: moment) { engine, reader in
                var floors = FloorLookup(reader: reader)
                return try skus.map { sku in
                    guard let product = try reader.product(sku) else { throw CatalogError.notFound(.products, key: sku) }
                    return try engine.price(product, floor: try floors.floor(of: product))
                }
            }
        }
    }

    /// Prices `cart` at `moment`, as `tiwizi quote` does: coupon caps counted from the orders
    /// the catalog records. The quote's `steps` and each line's `unit.steps` are its trace.
    /// - Throws: `CatalogError.notFound` for an unknown SKU, `RuleFailure`, or `MoneyError` for
    ///   a cart mixing currencies.
    public func quote(_ cart: Cart, at moment: Date = Date()) async throws -> Quote {
        try await pool.run { worker in
            try worker.run(at: moment) { engine, reader in
                try engine.quote(cart, reader: reader, ledger: CatalogLedger(reader: reader))
            }
        }
    }

    /// Prices `cart` at `moment` and records the order in the catalog, as `tiwizi order place`
    /// does: the coupon caps are checked again inside the write, so concurrent orders never
    /// redeem a code beyond its cap.
    /// - Throws: what `quote` throws, or `CatalogError` for a cap reached meanwhile (nothing is
    ///   recorded then).
    public func placeOrder(_ cart: Cart, at moment: Date = Date()) async throws -> PlacedOrder {
        try await pool.run { worker in
            let (quote, caps) = try worker.run(at: moment) { engine, reader in
                let quote = try engine.quote(cart, reader: reader, ledger: CatalogLedger(reader: reader))
                return (quote, quote.caps(in: engine))
            }
            var order = quote.order
            order.id = try worker.write { writer in try writer.place(order, caps: caps) }
            return PlacedOrder(order: order, quote: quote)
        }
    }
}
