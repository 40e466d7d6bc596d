import Benchmark
import Foundation
import LuaHost
import TiwiziCore
import TiwiziLua
import TiwiziStore

// Run: swift run -c release tiwizi-benchmarks [swift-benchmark options]; see docs/benchmarks.md.
//
// Everything is set up before anything is measured: the catalog is built, the Lua script is
// compiled and run once to build its data sets, and one sandbox is kept across all iterations.
// Each iteration calls one Lua function (one loop over all products or operations) as one
// sandboxed run with the default limits: memory cap, instruction hook and deadline all on, as
// in `tiwizi run`. Ratios compare rows measured in this same run.

let settings = parseArguments()
let productCount = 10_000
let operationCount = 10_000

let loadBefore = Machine.loadAverage
FileHandle.standardError.write(Data("building a catalog of \(productCount) products…\n".utf8))
let catalog = try BenchmarkCatalog(productCount: productCount)
let products = try catalog.products()
let seats = try catalog.seats()
// A second connection for the native SQLite loop: the sandbox's snapshot keeps the first busy.
let nativeStore = try CatalogStore(path: catalog.store.path, readOnly: true)

let context = RunContext(at: RunContext.parseInstant("2026-06-15T10:30")!, randomSeed: 1)
let results = try CatalogScripts.withSandbox(store: catalog.store, context: context) { sandbox in
    let script = try sandbox.load(LuaLoops.source, name: "benchmarks.lua")
    let loops = try sandbox.run(script, arguments: [productCount]).value
    /// Loop `name` as a benchmark body, after checking once that it goes through `expected` items.
    func loop(_ name: String, expected: Int) throws -> () throws -> Void {
        guard case .function(let function) = loops.tableValue?[name] ?? .nil else {
            fatalError("benchmarks.lua returned no loop '\(name)'")
        }
        let check = try sandbox.call(function).value
        precondition(check == .integer(Int64(expected)), "loop '\(name)' returned \(check), expected \(expected)")
        return { _ = try sandbox.call(function) }
    }

    let fields = BenchmarkSuite(name: "fields")
    for (name, loopName) in [
        ("lua tables", "tables"), ("lua tables built per product", "tablesBuilt"),
        ("api views, prefetched", "views"), ("api views, for p in catalog.products{}", "query"),
    ] {
        fields.benchmark(name, function: try loop(loopName, expected: productCount))
    }
    fields.benchmark("native swift, [Product] in memory") {
        precondition(NativeLoops.read(products, seats: seats) == productCount)
    }
    fields.benchmark("native swift, forEachProduct from SQLite") {
        let count = try nativeStore.read { reader in
            var loaded: [Product] = []
            loaded.reserveCapacity(productCount)
            try reader.forEachProduct { loaded.append($0) }
            return NativeLoops.read(loaded, seats: seats)
        }
        precondition(count == productCount)
    }

    let oneField = BenchmarkSuite(name: "one field")
    for field in LuaLoops.fields {
        for set in ["tables", "views"] {
            oneField.benchmark("\(set) .\(field)", function: try loop(LuaLoops.fieldLoop(set, field), expected: productCount))
        }
    }

    let money = BenchmarkSuite(name: "money")
    for (name, loopName) in [
        ("integers: total + price * 3", "integerArithmetic"), ("Money: total + price * 3", "moneyArithmetic"),
        ("integers: (price * 15 + 50) // 100", "integerPercent"), ("Money: price:percent(15)", "moneyPercent"),
    ] {
        money.benchmark(name, function: try loop(loopName, expected: operationCount))
    }

    var runner = BenchmarkRunner(suites: [fields, oneField, money], settings: settings)
    try runner.run()
    return runner.results
}
catalog.remove()

let perProduct = { (name: String, baseline: String) in RatioTable.Row(name: name, baseline: baseline, items: productCount) }
let perOperation = { (name: String, baseline: String) in RatioTable.Row(name: name, baseline: baseline, items: operationCount) }
let tables = [
    RatioTable(
        title: "Reading sku, price, category, stock and region of \(productCount) products",
        rows: [
            "lua tables", "lua tables built per product", "api views, prefetched",
            "api views, for p in catalog.products{}", "native swift, [Product] in memory",
            "native swift, forEachProduct from SQLite",
        ].map { perProduct($0, "lua tables") }),
    RatioTable(
        title: "One field at a time, \(productCount) prefetched products",
        rows: LuaLoops.fields.flatMap {
            [perProduct("tables .\($0)", "tables .\($0)"), perProduct("views .\($0)", "tables .\($0)")]
        }
    ),
    RatioTable(
        title: "Money arithmetic, \(operationCount) operations",
        rows: [
            perOperation("integers: total + price * 3", "integers: total + price * 3"),
            perOperation("Money: total + price * 3", "integers: total + price * 3"),
            perOperation("integers: (price * 15 + 50) // 100", "integers: (price * 15 + 50) // 100"),
            perOperation("Money: price:percent(15)", "integers: (price * 15 + 50) // 100"),
        ]),
]
print("\nMachine: \(Machine.summary); load average \(loadBefore) before, \(Machine.loadAverage) after\n")
for table in tables {
    print(table.render(results))
    print()
}
