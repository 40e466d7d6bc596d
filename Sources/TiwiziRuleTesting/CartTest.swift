import TiwiziRules

/// What a cart test prices (docs/rules.md, "Testing rule sets"): a cart of fixture products with
/// its coupons and customer, the earlier redemptions of its codes, and what the quote must be.
struct CartTest {
    /// The keys only a cart test takes, besides `cart`.
    static let fields = ["coupons", "customer", "redeemed"]
    /// The keys of one code's redemptions.
    static let redeemedFields = ["total", "by_customer"]

    let cart: Cart
    let redeemed: Redemptions
    let expectations: [CartExpectation]
}

/// How often a cart test's coupon codes were redeemed before it, so that it can reach their caps
/// without orders: `redeemed = {ESS2026 = {total = 500, by_customer = 1}}`, `by_customer`
/// counting the test's customer's own redemptions among the `total`.
struct Redemptions: CouponLedger {
    struct Count {
        let total: Int
        let byCustomer: Int
    }

    /// By code, in upper case (codes are not case-sensitive).
    let counts: [String: Count]
    /// The test's customer, whose redemptions `byCustomer` counts.
    let customer: String?

    func uses(of code: String) -> Int { counts[code.uppercased()]?.total ?? 0 }

    func uses(of code: String, by customer: String) -> Int {
        customer == self.customer ? counts[code.uppercased()]?.byCustomer ?? 0 : 0
    }
}
