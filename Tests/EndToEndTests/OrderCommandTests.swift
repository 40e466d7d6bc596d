import Foundation
import Testing

/// `tiwizi order` and `tiwizi quote --replay`: orders keep their price, and coupon caps hold
/// even when processes place orders at the same moment.
@Suite("tiwizi order")
struct OrderCommandTests {
    static let cart = "customer: amina\nlines:\n  - {sku: TAM-THY-500, quantity: 2}\n  - {sku: TAF-ARG-250, quantity: 1}\n"

    /// A rules folder with one coupon rule: 10 % off, `cap` uses in all.
    static func couponRules(cap: Int, discount: Int = 10) -> String {
        """
        return {
          name = "coupons", version = "1.0.0", api = "2.0", description = {fr = "d", ar = "د"},
          rules = {
            {name = "fair", funded_by = "event", coupon = {code = "FAIR", max_uses = \(cap)},
             cart = function() return {order_percent_off = \(discount)} end},
          },
        }
        """
    }

    private func seeded() async throws -> Workspace {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write("cart.yaml", Self.cart)
        return workspace
    }

    @Test("an order is shown as it was priced, and replayed with today's rules")
    func placeShowReplay() async throws {
        let workspace = try await seeded()
        try workspace.write("rules/promotions/coupons.lua", Self.couponRules(cap: 5))
        let placed = try await workspace.run("order", "place", "cart.yaml", "--coupon", "fair", "--rules", "rules")
        #expect(placed.status == 0, "\(placed)")
        #expect(Output.plain(placed.stdout).contains("Order 1 placed: total MAD 400.50"), "\(placed)")
        let list = try Output.jsonRecords(try await workspace.run("order", "list", "--json").stdout)
        #expect(list.count == 1 && list[0]["redeemed"] as? [String] == ["FAIR"] && list[0]["total"] as? String == "400.50")
        let shown = try Output.jsonRecord(try await workspace.run("order", "show", "1", "--json").stdout)
        #expect(shown["total"] as? String == "400.50" && (shown["steps"] as? [Any])?.count == 1, "\(shown)")

        // The rules change: the order keeps its price; a replay shows the difference.
        try workspace.write("rules/promotions/coupons.lua", Self.couponRules(cap: 5, discount: 20))
        #expect(
            try Output.jsonRecord(try await workspace.run("order", "show", "1", "--json").stdout)["total"] as? String == "400.50")
        let replay = try await workspace.run("quote", "--replay", "1", "--rules", "rules")
        #expect(replay.status == 0, "\(replay)")
        let text = Output.plain(replay.stdout)
        #expect(text.contains("total then MAD 400.50, now MAD 356.00; the rules changed since."), "\(text)")
        #expect(Output.matches(text, #"TAM-THY-500 +2 +MAD 270\.00 +MAD 240\.00 +-MAD 30\.00"#), "\(text)")
        let missing = try await workspace.run("order", "show", "9")
        #expect(missing.status != 0 && missing.stderr == "error: no order 9.\n", "\(missing)")
    }

    @Test("concurrent orders never redeem a code more often than its cap")
    func concurrentCaps() async throws {
        let workspace = try await seeded()
        try workspace.write("rules/promotions/coupons.lua", Self.couponRules(cap: 3))
        // Eight processes at once (spawned from Swift: a shell's `wait` would inherit a blocked
        // SIGCHLD from the test runner's threads and never return).
        let results = try await withThrowingTaskGroup(of: Tiwizi.Result.self) { group in
            for _ in 1...8 {
                group.addTask { try await workspace.run("order", "place", "cart.yaml", "--coupon", "FAIR", "--rules", "rules") }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let orders = try Output.jsonRecords(try await workspace.run("order", "list", "--json").stdout)
        let redeemed = orders.filter { ($0["redeemed"] as? [String]) == ["FAIR"] }
        #expect(redeemed.count == 3, "\(orders)")
        // The others were priced without the code (its cap already reached when they read the
        // catalog) or refused when placing (reached in between): none got it past its cap.
        let refused = results.filter { $0.status != 0 }
        #expect(refused.allSatisfy { $0.stderr.contains("coupon FAIR was redeemed 3 times, its limit") }, "\(refused)")
        #expect(orders.count + refused.count == 8, "\(results)")
    }
}
