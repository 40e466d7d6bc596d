import TiwiziCore
import TiwiziRules

/// One key of a cart test's `expect` table, checked against the quote the engine computed.
enum CartExpectation {
    case amount(Amount, Money)
    /// An amount of the line of `sku`.
    case line(sku: String, LineAmount, Money)
    /// The cart rules applied, in order.
    case applied([String])
    /// A cart rule skipped for a reason, by its `SkipReason` code.
    case skipped(rule: String, code: String)
    /// The coupon codes redeemed, in any order.
    case redeemed([String])

    /// The cart's amounts: `vat` is the VAT the total includes, all rates together.
    enum Amount: String, CaseIterable {
        case subtotal, discount, total, vat, producers
    }

    /// A line's amounts: `total` after the cart rules, `producer` what its cooperative receives.
    enum LineAmount: String, CaseIterable {
        case unitPrice = "unit_price"
        case subtotal, discount, total, vat, producer
    }

    /// The keys of a cart test's `expect`, in the order they are checked.
    static let keys = ["subtotal", "discount", "total", "vat", "producers", "lines", "applied", "skipped", "redeemed"]

    /// What differs between the expectation and `quote`, or nil when it holds; `rules` are the
    /// cart rules, which say whose coupon a code is.
    func failure(for quote: Quote, rules: [Rule]) -> RuleTestFailure? {
        switch self {
        case .amount(let amount, let expected):
            let got: Money
            switch amount {
            case .subtotal: got = quote.subtotal
            case .discount: got = quote.discount
            case .total: got = quote.total
            case .vat: got = quote.vatIncluded
            case .producers: got = quote.producers
            }
            guard got != expected else { return nil }
            return .amount(
                key: amount.rawValue, expected: expected, got: got, applied: amount == .subtotal ? nil : Self.applied(quote))
        case .line(let sku, let amount, let expected):
            // Decoding checked that the cart has the line.
            guard let line = quote.lines.first(where: { $0.sku == sku }) else { return nil }
            let got: Money
            switch amount {
            case .unitPrice: got = line.unit.breakdown.price
            case .subtotal: got = line.subtotal
            case .discount: got = line.discount
            case .total: got = line.line.total
            case .vat: got = line.vat
            case .producer: got = line.line.cooperative
            }
            guard got != expected else { return nil }
            return .line(sku: sku, key: amount.rawValue, expected: expected, got: got, discounts: line.discounts)
        case .applied(let expected):
            let got = Self.applied(quote)
            guard got != expected else { return nil }
            let because = expected.filter { !got.contains($0) }.compactMap { rule in
                Expectation.skipReason(of: rule, in: quote.steps).map { RuleTestFailure.NotApplied(rule: rule, reason: $0) }
            }
            return .list(key: "applied", expected: expected, got: got, because: because)
        case .skipped(let rule, let code):
            return Expectation.skipped(rule, code, in: quote.steps, unknown: .noCartRule)
        case .redeemed(let expected):
            let got = quote.redeemed
            guard got != expected.sorted() else { return nil }
            // Why the rule of each code expected but not redeemed did not apply.
            let because = expected.filter { !got.contains($0) }.compactMap { code in
                rules.first { $0.coupon?.code == code }.flatMap { rule in
                    Expectation.skipReason(of: rule.name, in: quote.steps).map {
                        RuleTestFailure.NotApplied(rule: rule.name, reason: $0)
                    }
                }
            }
            return .list(key: "redeemed", expected: expected, got: got, because: because)
        }
    }

    /// The cart rules that applied, in order.
    static func applied(_ quote: Quote) -> [String] { quote.steps.filter(\.isApplied).map(\.rule) }
}
