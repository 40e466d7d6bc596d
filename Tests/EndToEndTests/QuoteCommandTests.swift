import Foundation
import Testing

/// `tiwizi quote` with the shipped rules on the seed catalog: tiers, bundles, coupons, order
/// discounts spread exactly, near misses, and carts that are wrong.
@Suite("tiwizi quote")
struct QuoteCommandTests {
    static let scripts = PriceCommandTests.scripts
    static let cart = """
        customer: amina
        lines:
          - {sku: TAM-THY-500, quantity: 2}
          - {sku: TAF-ARG-250, quantity: 1}
          - {sku: TAF-AML-250, quantity: 1}
          - {sku: TAM-EUP-500, quantity: 1}
        """

    private func seeded(language: String = "C") async throws -> Workspace {
        let workspace = try Workspace(language: language)
        try await workspace.importSeed()
        return workspace
    }

    @Test("a cart with a tier, a bundle and a coupon, explained")
    func tierBundleCoupon() async throws {
        let workspace = try await seeded()
        try workspace.write("cart.yaml", Self.cart)
        let result = try await workspace.run("quote", "cart.yaml", "--coupon", "ess2026", "--rules", Self.scripts, "--explain")
        #expect(result.status == 0, "\(result)")
        let text = Output.plain(result.stdout)
        #expect(text.contains("1. honey-tier (cart-promotions, promotions/cart.lua:"), "\(text)")
        #expect(text.contains("tier from 3 units of food.honey, 10 % off on every unit (3 units)"))
        // Each line says how many of its units the promotion took.
        #expect(Output.matches(text, #"\n +TAM-THY-500 \(2 units\): -MAD \d+\.\d\d\n"#), "\(text)")
        #expect(text.contains("bundle TAF-ARG-250 + TAF-AML-250 + TAM-THY-500 at MAD 349.00 (once)"))
        #expect(text.contains("10 % off the order from MAD 300.00"))
        #expect(text.contains("coupons redeemed: ESS2026"))
        let json = try Output.jsonRecord(
            try await workspace.run("quote", "cart.yaml", "--coupon", "ESS2026", "--rules", Self.scripts, "--json").stdout)
        /// `"169.90"` in centimes.
        func centimes(_ value: Any?) -> Int {
            (value as? String).flatMap { Int($0.replacingOccurrences(of: ".", with: "")) } ?? -1
        }
        let lines = try #require(json["lines"] as? [[String: Any]])
        #expect(lines.map { $0["sku"] as? String } == ["TAF-AML-250", "TAF-ARG-250", "TAM-EUP-500", "TAM-THY-500"])
        #expect(lines.map { centimes($0["total"]) }.reduce(0, +) == centimes(json["total"]))
        for line in lines {
            let discounts = (line["discounts"] as? [[String: Any]] ?? []).map { centimes($0["amount"]) }.reduce(0, +)
            #expect(centimes(line["subtotal"]) - discounts == centimes(line["total"]), "\(line)")
        }
        #expect((json["rule_set_hash"] as? String)?.count == 64)
        #expect(json["redeemed"] as? [String] == ["ESS2026"])
    }

    @Test("near misses say what is missing, and a coupon not given is not applied")
    func nearMisses() async throws {
        let workspace = try await seeded()
        try workspace.write("cart.yaml", "lines:\n  - {sku: TAM-THY-500, quantity: 2}\n  - {sku: TAF-ARG-250, quantity: 1}\n")
        let result = try await workspace.run("quote", "cart.yaml", "--rules", Self.scripts, "--explain")
        #expect(result.status == 0, "\(result)")
        let text = Output.plain(result.stdout)
        #expect(text.contains("not applied, 1 more unit of food.honey for the tier"), "\(text)")
        #expect(text.contains("not applied, add TAF-AML-250 to complete the bundle"))
        #expect(text.contains("not applied, coupon ESS2026 was not given"))
        let noCustomer = try await workspace.run(
            "quote", "cart.yaml", "--rules", Self.scripts, "--coupon", "ESS2026", "--explain")
        #expect(Output.plain(noCustomer.stdout).contains("coupon ESS2026 is limited per customer, and no customer was given"))
    }

    @Test("the order of a cart's lines changes nothing, byte for byte")
    func lineOrder() async throws {
        let workspace = try await seeded()
        try workspace.write("a.yaml", Self.cart)
        let reversed = Self.cart.split(separator: "\n").map(String.init)
        try workspace.write("b.yaml", (reversed.prefix(2) + reversed.dropFirst(2).reversed()).joined(separator: "\n"))
        let arguments = ["--rules", Self.scripts, "--json", "--explain", "--at", "2026-03-20T09:00", "--coupon", "ESS2026"]
        let first = try await workspace.run(["quote", "a.yaml"] + arguments)
        #expect(first.status == 0, "\(first)")
        #expect(try await workspace.run(["quote", "b.yaml"] + arguments).stdout == first.stdout)
    }

    @Test("a wrong cart names its file, line and field")
    func wrongCarts() async throws {
        let workspace = try await seeded()
        try workspace.write("bad.yaml", "lines:\n  - {sku: TAM-THY-500, quantity: 0}\n  - {sku: TAM-THY-500, qty: 2}\n")
        let bad = try await workspace.run("quote", "bad.yaml", "--rules", Self.scripts)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("bad.yaml:2"), "\(bad)")
        #expect(bad.stderr.contains("quantity"), "\(bad)")
        #expect(bad.stderr.contains("qty"), "\(bad)")
        try workspace.write("unknown.yaml", "lines:\n  - {sku: NOPE-1, quantity: 1}\n")
        let unknown = try await workspace.run("quote", "unknown.yaml", "--rules", Self.scripts)
        #expect(unknown.status != 0 && unknown.stderr.contains("NOPE-1"), "\(unknown)")
    }
}
