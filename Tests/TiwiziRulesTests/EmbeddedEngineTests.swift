import Foundation
import LuaHost
import Testing
import TiwiziCore
import TiwiziLua
import TiwiziStore

@testable import TiwiziRules

@Suite("Rules: the embedded engine (TiwiziEngine)")
struct EmbeddedEngineTests {
    @Test func concurrentCallsPriceAsOneCommandAtATimeDoes() async throws {
        let fixture = try EmbeddedFixture()
        defer { fixture.remove() }
        let engine = try await fixture.engine(workers: 4)
        // 8 tasks × 50 prices, each of a product at a moment, inside and outside the fair.
        let calls = (0..<400).map { (EmbeddedFixture.skus[$0 % 5], EmbeddedFixture.moments[$0 / 5 % 4]) }
        let concurrent = try await withThrowingTaskGroup(of: [(Int, String)].self) { group in
            for task in 0..<8 {
                group.addTask {
                    var results: [(Int, String)] = []
                    for index in stride(from: task, to: calls.count, by: 8) {
                        results.append((index, try await engine.price(sku: calls[index].0, at: calls[index].1).json))
                    }
                    return results
                }
            }
            return try await group.reduce(into: [Int: String]()) { all, results in
                for (index, json) in results { all[index] = json }
            }
        }
        let sequential = try calls.map { try fixture.priceAsACommandDoes($0.0, at: $0.1).json }
        #expect(concurrent.count == calls.count)
        #expect(calls.indices.map { concurrent[$0] ?? "" } == sequential)
        // The moment of each call is its own: the fair's 20 % applies only during the fair.
        let during = try await engine.price(sku: "OIL-1", at: EmbeddedFixture.moments[2])
        let after = try await engine.price(sku: "OIL-1", at: EmbeddedFixture.moments[3])
        #expect(during.rulesApplied == ["margin", "fair"] && after.rulesApplied == ["margin"])
        #expect(after.breakdown.price == .mad(4_400) && during.breakdown.price == .mad(3_520))
    }

    @Test func aQuoteAndAListOfPricesAreThoseOfTheRuleEngine() async throws {
        let fixture = try EmbeddedFixture()
        defer { fixture.remove() }
        let engine = try await fixture.engine(workers: 2)
        let moment = EmbeddedFixture.moments[2]
        let cart = Cart(lines: [("OIL-2", 2), ("OIL-1", 1)], coupons: ["save"], customer: "amina")
        let quote = try await engine.quote(cart, at: moment)
        let expected = try CatalogScripts.withSandboxes(store: fixture.store, context: RunContext(at: moment)) {
            sandboxes, reader in
            try RuleEngine(folder: fixture.folder.root, sandboxes: sandboxes, context: RunContext(at: moment))
                .quote(cart, reader: reader, ledger: CatalogLedger(reader: reader))
        }
        #expect(quote.total == expected.total && quote.redeemed == ["SAVE"] && quote.ruleSetHash == expected.ruleSetHash)
        #expect(quote.ruleSetHash == engine.ruleSetHash)
        #expect(quote.steps.map(\.rule) == ["coupon"])
        let prices = try await engine.price(skus: ["SAFFRON-1", "OIL-1"], at: moment)
        #expect(prices.map(\.sku) == ["SAFFRON-1", "OIL-1"])
        await #expect(throws: CatalogError.notFound(.products, key: "NOPE")) {
            try await engine.price(sku: "NOPE")
        }
    }

    @Test func aFailingReloadKeepsTheRulesInUseAndSaysWhy() async throws {
        let fixture = try EmbeddedFixture()
        defer { fixture.remove() }
        let engine = try await fixture.engine(workers: 3)
        let moment = EmbeddedFixture.moments[3]
        let before = try await engine.price(sku: "OIL-1", at: moment)
        let hash = engine.ruleSetHash
        fixture.folder.write("pricing/margin.lua", EmbeddedFixture.margin(percent: 50) + "\nthis is not Lua")
        await #expect {
            try await engine.reload()
        } throws: { error in
            guard case .syntax = (error as? LuaError)?.kind else { return false }
            return (error as? LuaError)?.script == "pricing/margin.lua"
        }
        #expect(engine.ruleSetHash == hash)
        #expect(try await engine.price(sku: "OIL-1", at: moment).json == before.json)
        // A rule set that loads but fails the engine's checks is refused the same way.
        fixture.folder.write("promotions/twin.lua", EmbeddedFixture.margin(percent: 50))
        fixture.folder.write("pricing/margin.lua", EmbeddedFixture.margin(percent: 50))
        await #expect(throws: RuleProblem.self) { try await engine.reload() }
        #expect(try await engine.price(sku: "OIL-1", at: moment).breakdown.price == .mad(4_400))
        // Fixed, the new rules apply.
        try FileManager.default.removeItem(at: fixture.folder.root.appendingPathComponent("promotions/twin.lua"))
        #expect(try await engine.reload() == .reloaded)
        #expect(try await engine.price(sku: "OIL-1", at: moment).breakdown.price == .mad(6_000))
        #expect(engine.ruleSetHash != hash)
    }

    @Test func aReloadOfTheSameFilesCompilesNothing() async throws {
        let fixture = try EmbeddedFixture()
        defer { fixture.remove() }
        let engine = try await fixture.engine(workers: 3)
        #expect(engine.compilations == 3)
        let hash = engine.ruleSetHash
        #expect(try await engine.reload() == .unchanged)
        #expect(try await engine.reload() == .unchanged)
        #expect(engine.compilations == 3 && engine.ruleSetHash == hash)
        fixture.folder.write("pricing/margin.lua", EmbeddedFixture.margin(percent: 20))
        #expect(try await engine.reload() == .reloaded)
        #expect(engine.compilations == 6)
        #expect(try await engine.reload() == .unchanged)
        #expect(engine.compilations == 6)
    }

    @Test func aCallSeesTheCatalogAsItIsWhenItStarts() async throws {
        let fixture = try EmbeddedFixture()
        defer { fixture.remove() }
        let engine = try await fixture.engine(workers: 2)
        let moment = EmbeddedFixture.moments[3]
        #expect(try await engine.price(sku: "OIL-1", at: moment).breakdown.price == .mad(4_400))
        try fixture.store.write { writer in
            _ = try writer.save(EmbeddedFixture.product("OIL-1", minor: 10_000))
            _ = try writer.save(EmbeddedFixture.product("NEW-1", minor: 2_000))
        }
        // Every worker sees the change, and the product added after the engine started.
        for _ in 0..<4 {
            #expect(try await engine.price(sku: "OIL-1", at: moment).breakdown.price == .mad(11_000))
            #expect(try await engine.price(sku: "NEW-1", at: moment).labels.map(\.id) == ["cheap"])
        }
    }

    @Test func concurrentOrdersNeverRedeemACodeBeyondItsCap() async throws {
        let fixture = try EmbeddedFixture()
        defer { fixture.remove() }
        let engine = try await fixture.engine(workers: 4)
        let outcomes = await withTaskGroup(of: Result<PlacedOrder, any Error>.self) { group in
            for index in 0..<6 {
                group.addTask {
                    await Result {
                        try await engine.placeOrder(Cart(lines: [("OIL-1", 1)], coupons: ["SAVE"], customer: "c\(index)"))
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        // An order quoted before two others redeemed the code is refused; one quoted after is
        // placed without it.
        let placed = outcomes.compactMap { try? $0.get() }
        let redeeming = placed.filter { $0.order.redeemed == ["SAVE"] }
        #expect(redeeming.count == 2)
        #expect(placed.allSatisfy { $0.order.redeemed.isEmpty || $0.order.redeemed == ["SAVE"] })
        #expect(placed.allSatisfy { $0.order.ruleSetHash == engine.ruleSetHash && $0.quote.redeemed == $0.order.redeemed })
        #expect(Set(placed.map(\.id)) == Set(1...placed.count))
        let stored = try fixture.store.read { try $0.order(redeeming[0].id) }
        #expect(stored?.total == redeeming[0].order.total && stored?.document == redeeming[0].order.document)
        for case .failure(let error) in outcomes {
            #expect(error as? CatalogError == .couponCapReached(code: "SAVE", cap: 2))
        }
    }
}

extension Result where Failure == any Error {
    fileprivate init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}
