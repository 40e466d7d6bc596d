import Testing
import TiwiziCore
import TiwiziStore

/// Orders: kept as priced, numbered, and coupon caps that hold inside the write.
extension CatalogConformance {
    static let orders = [
        ConformanceCheck("an order reads back as it was placed, numbered from 1") { try ordersReadBack($0) },
        ConformanceCheck("coupon caps are counted in all and per customer, and refuse the order") { try capsHold($0) },
        ConformanceCheck("a refused order leaves nothing behind") { try refusedOrdersLeaveNothing($0) },
    ]

    static func order(customer: String? = "amina", redeemed: [String] = ["ESS2026"], total: Int64 = 62_984) -> Order {
        let mad = { (minor: Int64) in Money(minorUnits: minor, currency: .mad) }
        return Order(
            placedAt: "2026-06-15T10:00:00+01:00", customer: customer, coupons: redeemed, redeemed: redeemed,
            lines: [
                Order.Line(
                    sku: "TAM-THY-500", quantity: 2, unitPrice: mad(16_990), subtotal: mad(33_980), total: mad(26_767),
                    vat: mad(0), producer: mad(30_000)),
                Order.Line(
                    sku: "TAF-ARG-250", quantity: 1, unitPrice: mad(14_990), subtotal: mad(14_990), total: mad(12_749),
                    vat: mad(1_159), producer: mad(12_325)),
            ],
            subtotal: mad(48_970), total: mad(total), ruleSetHash: String(repeating: "ab", count: 32), event: "assises-ess-2026",
            document: "{\"total\": \"629.84\"}")
    }

    private static func ordersReadBack(_ store: some CatalogStore) throws {
        #expect(try store.read { try $0.orders() }.isEmpty)
        let first = try store.write { try $0.place(order(), caps: []) }
        let second = try store.write { try $0.place(order(customer: nil, redeemed: []), caps: []) }
        #expect(first == 1 && second == 2)
        var expected = order()
        expected.id = 1
        #expect(try store.read { try $0.order(1) } == expected)
        #expect(try store.read { try $0.order(3) } == nil)
        let listed = try store.read { try $0.orders() }
        #expect(listed.map(\.id) == [2, 1] && listed.allSatisfy { $0.document.isEmpty })
    }

    private static func capsHold(_ store: some CatalogStore) throws {
        let cap = CouponCap(code: "ESS2026", maxUses: 2, maxPerCustomer: 1)
        _ = try store.write { try $0.place(order(customer: "amina"), caps: [cap]) }
        #expect(throws: CatalogError.couponCustomerCapReached(code: "ESS2026", customer: "amina", cap: 1)) {
            try store.write { try $0.place(order(customer: "amina"), caps: [cap]) }
        }
        _ = try store.write { try $0.place(order(customer: "youssef"), caps: [cap]) }
        #expect(throws: CatalogError.couponCapReached(code: "ESS2026", cap: 2)) {
            try store.write { try $0.place(order(customer: "salma"), caps: [cap]) }
        }
        try store.read { (reader) throws in
            #expect(try reader.redemptions(of: "ESS2026", by: nil) == 2)
            #expect(try reader.redemptions(of: "ESS2026", by: "amina") == 1)
            #expect(try reader.redemptions(of: "OTHER", by: nil) == 0)
        }
    }

    private static func refusedOrdersLeaveNothing(_ store: some CatalogStore) throws {
        let cap = CouponCap(code: "ESS2026", maxUses: 1, maxPerCustomer: nil)
        _ = try store.write { try $0.place(order(), caps: [cap]) }
        #expect(throws: CatalogError.self) { try store.write { try $0.place(order(customer: "salma"), caps: [cap]) } }
        #expect(try store.read { try $0.orders() }.count == 1)
    }
}
