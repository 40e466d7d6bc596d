import Benchmark
import Foundation
import LuaHost
import TiwiziCore
import TiwiziLua
import TiwiziRules
import TiwiziStore

/// The rules suites: the rule engine pricing every product and quoting `BenchmarkCart`, against
/// the same logic in plain Lua (`PlainLuaRules`), run in the full engine's sandbox with the same
/// limits. Each engine's plugins have sandboxes of their own; plain Lua runs in another.
struct RuleBenchmarks {
    /// The rows of the engines, each with its rule folder; the first also quotes the cart.
    static let engineRows: [(name: String, rules: BenchmarkRules.Folder)] = [
        ("engine, 5 rules (3 pricing, a promotion, a label)", BenchmarkRules.full),
        ("engine, 5 rules, the label with no value to fill in", BenchmarkRules.unfilledLabel),
        ("engine, the 4 price rules (no label)", BenchmarkRules.priceOnly),
        ("engine, 1 rule (the margin)", BenchmarkRules.oneRule),
        ("engine, 1 rule that declines", BenchmarkRules.declining),
        ("engine, no rules", BenchmarkRules.none),
        (HostOverhead.engineRow, HostOverhead.folder),
    ]
    static let plainTables = "plain lua, tables", plainBuilt = "plain lua, a table built per product"
    static let emptyCall = "sandbox.call of function() end with a product view"
    static let plainCart = "plain lua, cart of tables", quote = "engine, quote", linesOnly = "engine, price() of each line only"

    let engines: [RuleEngine]
    /// The host-overhead suite's baseline, over the same products.
    let naiveHost: HostOverhead.NaiveHost
    /// Where the plain Lua loops run.
    let lua: LuaSandbox
    let loops: LuaTable
    let products: [Product]
    let cartProducts: [String: Product]
    /// The snapshot the engines read (for the showcase suite), and the factory of their sandboxes.
    let reader: any CatalogReader
    let sandboxes: CatalogScripts.SandboxFactory

    /// Loads each rule folder into an engine, and the plain Lua script into a sandbox of its
    /// own, checks once that the engine and plain Lua price alike, and calls `body`.
    static func with<T>(
        catalog: BenchmarkCatalog, products: [Product], seats: [String: Region], context: RunContext,
        _ body: (RuleBenchmarks) throws -> T
    ) throws -> T {
        let folders = try engineRows.map { try BenchmarkRules.write($0.rules) }
        defer { for folder in folders { try? FileManager.default.removeItem(at: folder) } }
        return try CatalogScripts.withSandboxes(store: catalog.store, context: context) { sandboxes, reader in
            let engines = try folders.map { try RuleEngine(folder: $0, sandboxes: sandboxes, context: context) }
            let lua = try sandboxes.make(scriptsFolder: nil)
            let script = try lua.load(PlainLuaRules.source, name: "plain-rules.lua")
            guard let loops = try lua.run(script, arguments: [products.count]).value.tableValue else {
                fatalError("plain-rules.lua returned no loops")
            }
            let skus = Set(BenchmarkCart.lines.map(\.sku))
            let benchmarks = RuleBenchmarks(
                engines: engines,
                naiveHost: HostOverhead.NaiveHost(products: products) { $0.origin?.region ?? seats[$0.cooperativeID] },
                lua: lua, loops: loops, products: products,
                cartProducts: Dictionary(uniqueKeysWithValues: products.filter { skus.contains($0.sku) }.map { ($0.sku, $0) }),
                reader: reader, sandboxes: sandboxes)
            try benchmarks.check()
            return try body(benchmarks)
        }
    }

    /// This round's suites: per product, and per cart line.
    func suites(round: Int) throws -> [BenchmarkSuite] {
        let perProduct = BenchmarkSuite(name: "rules #\(round)")
        let (lua, engine, products) = (lua, engines[0], products)
        for (name, loop) in [(Self.plainTables, PlainLuaRules.Name.tables), (Self.plainBuilt, .tablesBuilt)] {
            let function = try function(loop)
            perProduct.benchmark(name, function: fromCollectedHeap(lua.collectGarbage) { _ = try lua.call(function) })
        }
        for ((name, _), engine) in zip(Self.engineRows, engines) {
            perProduct.benchmark(
                name,
                function: fromCollectedHeap(engine.collectGarbage) {
                    for product in products { _ = try engine.price(product, floor: nil) }
                })
        }
        let empty = try function(.empty)
        perProduct.benchmark(
            Self.emptyCall,
            function: fromCollectedHeap(lua.collectGarbage) {
                for product in products { _ = try lua.call(empty, arguments: [LuaObject(product)]) }
            })
        let naiveHost = naiveHost
        perProduct.benchmark(HostOverhead.naiveRow) { _ = naiveHost.priceAll() }

        let perLine = BenchmarkSuite(name: "cart #\(round)")
        let plainCart = try function(.cart)
        let (cart, cartProducts) = (BenchmarkCart.cart, cartProducts)
        perLine.benchmark(Self.plainCart, function: fromCollectedHeap(lua.collectGarbage) { _ = try lua.call(plainCart) })
        perLine.benchmark(
            Self.quote,
            function: fromCollectedHeap(lua.collectGarbage) {
                _ = try engine.quote(cart, products: cartProducts, floors: [:], ledger: NoRedemptions())
            })
        perLine.benchmark(
            Self.linesOnly,
            function: fromCollectedHeap(lua.collectGarbage) {
                for line in cart.lines { _ = try engine.price(cartProducts[line.sku]!, floor: nil) }
            })
        return [perProduct, perLine]
    }

    /// The ratio tables of the suites.
    static func tables(productCount: Int) -> [RatioTable] {
        let perProduct = [plainTables, plainBuilt] + engineRows.map(\.name) + [emptyCall, HostOverhead.naiveRow]
        return [
            RatioTable(
                title: "Host overhead: one pricing rule over \(productCount) products (per product)",
                rows: [HostOverhead.naiveRow, HostOverhead.engineRow, plainBuilt].map {
                    RatioTable.Row(name: $0, baseline: HostOverhead.naiveRow, items: productCount)
                }),
            RatioTable(
                title: "Pricing \(productCount) products with rules (per product)",
                rows: perProduct.map { RatioTable.Row(name: $0, baseline: plainTables, items: productCount) }),
            RatioTable(
                title: "Quoting a cart of \(BenchmarkCart.lineCount) lines (per cart line)",
                rows: [plainCart, quote, linesOnly].map {
                    RatioTable.Row(name: $0, baseline: plainCart, items: BenchmarkCart.lineCount)
                }),
        ]
    }

    /// Checks once that plain Lua gives the engine's prices, label values and cart totals, and
    /// that every cart rule applied (the benchmark measures what it says).
    private func check() throws {
        var total: Int64 = 0
        var shares: Int64 = 0
        for product in products {
            let pricing = try engines[0].price(product, floor: nil)
            total += pricing.breakdown.price.minorUnits
            shares += pricing.labels.first.flatMap { Int64($0.text.french.prefix { $0.isNumber }) } ?? -1
        }
        for loop in [PlainLuaRules.Name.tables, .tablesBuilt] {
            let values = try lua.call(try function(loop)).values
            precondition(values == [.integer(total), .integer(shares)], "\(loop): \(values), the engine: \(total), \(shares)")
        }
        let hostEngine = engines[Self.engineRows.firstIndex { $0.name == HostOverhead.engineRow }!]
        let engineTotal = try products.reduce(Int64(0)) { $0 + (try hostEngine.price($1, floor: nil)).breakdown.price.minorUnits }
        let naiveTotal = naiveHost.priceAll()
        precondition(engineTotal == naiveTotal, "host overhead: the engine priced \(engineTotal), the C host \(naiveTotal)")
        let quote = try engines[0].quote(BenchmarkCart.cart, products: cartProducts, floors: [:], ledger: NoRedemptions())
        precondition(quote.steps.filter(\.isApplied).count == 3, "not every cart rule applied: \(quote.steps)")
        let weighted = quote.lines.enumerated().reduce(Int64(0)) { $0 + Int64($1.offset + 1) * $1.element.line.total.minorUnits }
        let values = try lua.call(try function(.cart)).values
        precondition(
            values == [.integer(quote.total.minorUnits), .integer(weighted)],
            "cart: \(values), the engine: \(quote.total.minorUnits), \(weighted)")
    }

    private func function(_ name: PlainLuaRules.Name) throws -> LuaFunctionReference {
        guard case .function(let function) = loops[name.rawValue] else {
            fatalError("plain-rules.lua returned no loop '\(name)'")
        }
        return function
    }
}
