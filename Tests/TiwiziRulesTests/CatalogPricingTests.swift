import Foundation
import LuaHost
import Synchronization
import Testing
import TiwiziCore
import TiwiziLua
import TiwiziStore

@testable import TiwiziRules

@Suite("Rules: pricing a selection on several workers (CatalogPricing)")
struct CatalogPricingTests {
    /// 1,000 products, and rules that draw random numbers, print, and fail on one SKU when told.
    struct Fixture {
        let folder = RuleFolder()
        let store: SQLiteCatalogStore
        static let count = 1_000
        static let moment = RunContext.parseInstant("2026-03-20T09:00")!
        static let skus = (1...count).map { String(format: "P-%04d", $0) }

        init(failing: String = "none") throws {
            store = try SQLiteCatalogStore(path: folder.root.appendingPathComponent("catalog.sqlite").path)
            try store.write { writer in
                _ = try writer.save(EngineFixture.cooperative)
                for (index, sku) in Self.skus.enumerated() {
                    _ = try writer.save(EmbeddedFixture.product(sku, minor: Int64(1_000 + index * 37)))
                }
            }
            folder.write(
                "pricing/random.lua",
                """
                return {
                  name = "random", version = "1.0.0", api = "2.0", description = {fr = "d", ar = "د"},
                  labels = {lucky = {fr = "Chanceux {n}"}},
                  rules = {
                    {name = "noise", funded_by = "marketplace", price = function(p)
                      if p.sku == "\(failing)" then error("no price for " .. p.sku) end
                      return {markup = string.format("%d.%02d", math.random(0, 9), math.random(0, 99))}
                    end},
                    {name = "lucky", label = function(p)
                      if p.sku:sub(-2) ~= "77" then return nil end
                      print("lucky " .. p.sku)
                      return {label = "lucky", values = {n = math.random(1, 1000)}}
                    end},
                  },
                }
                """)
        }

        /// What pricing the selection gave: each product's SKU and JSON, the lines printed, and
        /// the failure, if any.
        func run(
            workers: Int, filter: ProductFilter = ProductFilter(), batchSize: Int = 64
        ) -> (priced: [String], lines: [String], progress: [Int], failure: (any Error)?) {
            var pricing = CatalogPricing(workers: workers, context: RunContext(at: Self.moment))
            pricing.batchSize = batchSize
            var priced: [String] = []
            var progress: [Int] = []
            let lines = Mutex<[String]>([])
            let plan = RulePlan(folders: [.init(folder.root.path, origin: .rules)], configuration: PluginConfiguration())
            do {
                try pricing.run(
                    store: store, select: { _ in (plan, filter) },
                    render: { product, pricing in product.sku + " " + pricing.json },
                    output: { line in lines.withLock { $0.append(line) } }, progress: { done, _ in progress.append(done) },
                    emit: { priced.append($0) })
                return (priced, lines.withLock { $0 }, progress, nil)
            } catch {
                return (priced, lines.withLock { $0 }, progress, error)
            }
        }

        func remove() { folder.remove() }
    }

    @Test func theOutputIsTheSameForAnyNumberOfWorkersAndAsPricingOneByOne() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let one = fixture.run(workers: 1)
        #expect(one.failure == nil)
        #expect(one.priced.map { String($0.prefix(6)) } == Fixture.skus)
        for workers in [2, 3] {
            let many = fixture.run(workers: workers)
            #expect(many.failure == nil)
            #expect(many.priced == one.priced, "\(workers) workers")
            #expect(many.lines == one.lines, "\(workers) workers")
        }
        // Each product draws the same numbers priced alone as priced after its neighbours.
        for sku in ["P-0001", "P-0577", "P-1000"] {
            let alone = try priceAlone(sku, fixture: fixture)
            #expect(one.priced.contains(sku + " " + alone))
        }
        let lucky = Fixture.skus.filter { $0.hasSuffix("77") }
        #expect(one.lines == lucky.map { "pricing/random.lua: lucky \($0)" })
        #expect(one.progress == Array(stride(from: 64, to: Fixture.count, by: 64)) + [Fixture.count])
    }

    @Test func aFailureStopsTheRunAfterEveryProductBeforeIt() throws {
        let fixture = try Fixture(failing: "P-0613")
        defer { fixture.remove() }
        for workers in [1, 3] {
            let run = fixture.run(workers: workers)
            #expect((run.failure as? RuleFailure)?.subject == "P-0613", "\(workers) workers")
            #expect(run.priced.map { String($0.prefix(6)) } == Array(Fixture.skus.prefix(612)), "\(workers) workers")
        }
    }

    @Test func aSelectionAndItsLimitAreKept() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let all = fixture.run(workers: 1)
        let some = fixture.run(workers: 2, filter: ProductFilter(limit: 150), batchSize: 32)
        #expect(some.priced == Array(all.priced.prefix(150)))
        #expect(some.progress.last == 150)
        let none = fixture.run(workers: 2, filter: ProductFilter(search: "nothing matches this"))
        #expect(none.failure == nil && none.priced.isEmpty)
    }

    @Test func rulesThatDoNotLoadFailTheRunBeforeAnyProduct() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        fixture.folder.write("pricing/broken.lua", "return {")
        for workers in [1, 2] {
            let run = fixture.run(workers: workers)
            #expect(run.failure is LuaError)
            #expect(run.priced.isEmpty)
        }
    }

    @Test func productSeedsMixTheRunAndTheSKU() {
        #expect(RuleEngine.seed(1, sku: "A") != RuleEngine.seed(2, sku: "A"))
        #expect(RuleEngine.seed(1, sku: "A") != RuleEngine.seed(1, sku: "B"))
        #expect(RuleEngine.seed(7, sku: "P-0001") == RuleEngine.seed(7, sku: "P-0001"))
    }

    /// The JSON of `sku` priced as a command prices one SKU.
    private func priceAlone(_ sku: String, fixture: Fixture) throws -> String {
        let context = RunContext(at: Fixture.moment)
        return try CatalogScripts.withSandboxes(store: fixture.store, context: context) { sandboxes, reader in
            let engine = try RuleEngine(folder: fixture.folder.root, sandboxes: sandboxes, context: context)
            let product = try #require(try reader.product(sku))
            var floors = FloorLookup(reader: reader)
            return try engine.price(product, floor: try floors.floor(of: product)).json
        }
    }
}
