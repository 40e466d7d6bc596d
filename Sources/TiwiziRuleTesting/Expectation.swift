import TiwiziCore
import TiwiziRules

/// One key of a test's `expect` table, checked against what the engine computed.
enum Expectation {
    /// `price`, `list_price`, `producer`, `floor`, `vat`; nil: none (`floor = false`).
    case amount(Amount, Money?)
    /// nil: none (a free product).
    case producerShare(Percentage?)
    /// The price rules applied, in order.
    case applied([String])
    /// A rule skipped for a reason, by its `SkipReason` code.
    case skipped(rule: String, code: String)
    /// The labels earned, in any order (they come in the order of the rules that give them).
    case labels([String])
    /// The rules the producer's floor clamped, in order.
    case clamped([String])

    enum Amount: String, CaseIterable {
        case price
        case listPrice = "list_price"
        case producer, floor, vat
    }

    /// The keys of `expect`, in the order they are checked.
    static let keys = [
        "price", "list_price", "producer", "producer_share", "floor", "vat", "applied", "skipped", "labels", "clamped",
    ]

    /// What differs between the expectation and `priced`, or nil when it holds.
    func failure(for priced: ProductPricing) -> RuleTestFailure? {
        let breakdown = priced.breakdown
        switch self {
        case .amount(let amount, let expected):
            let got: Money?
            switch amount {
            case .price: got = breakdown.price
            case .listPrice: got = breakdown.listPrice
            case .producer: got = breakdown.cooperative
            case .floor: got = breakdown.floor
            case .vat: got = priced.vat
            }
            guard got != expected else { return nil }
            let changed = amount == .price || amount == .producer || amount == .vat
            return .amount(key: amount.rawValue, expected: expected, got: got, applied: changed ? priced.rulesApplied : nil)
        case .producerShare(let expected):
            let got = breakdown.cooperativeShare
            return got == expected ? nil : .producerShare(expected: expected, got: got)
        case .applied(let expected):
            let got = priced.rulesApplied
            guard got != expected else { return nil }
            let because = expected.filter { !got.contains($0) }.compactMap { rule in
                Self.skipReason(of: rule, in: priced.unit.steps).map { RuleTestFailure.NotApplied(rule: rule, reason: $0) }
            }
            return .list(key: "applied", expected: expected, got: got, because: because)
        case .labels(let expected):
            let got = priced.labels.map(\.id)
            guard got.sorted() != expected.sorted() else { return nil }
            // A label named after its rule (women-led) says why that rule gave none.
            let because = expected.filter { !got.contains($0) }.compactMap { label in
                Self.skipReason(of: label, in: priced.labelSteps).map { RuleTestFailure.NotApplied(rule: label, reason: $0) }
            }
            return .list(key: "labels", expected: expected, got: got, because: because)
        case .clamped(let expected):
            let got = Self.clamped(priced)
            return got == expected ? nil : .list(key: "clamped", expected: expected, got: got, because: [])
        case .skipped(let rule, let code):
            // A rule's price step when it has one, else its label step.
            return Self.skipped(rule, code, in: priced.unit.steps + priced.labelSteps, unknown: .unknown)
        }
    }

    /// What differs when `rule` is expected skipped for `code`, its first step in `steps`
    /// deciding; `unknown` when no step is the rule's.
    static func skipped(
        _ rule: String, _ code: String, in steps: [RuleStep], unknown: RuleTestFailure.Outcome
    ) -> RuleTestFailure? {
        guard let step = steps.first(where: { $0.rule == rule }) else {
            return .skipped(rule: rule, expected: code, got: unknown)
        }
        guard case .skipped(let reason) = step.outcome else { return .skipped(rule: rule, expected: code, got: .applied) }
        return reason.code == code ? nil : .skipped(rule: rule, expected: code, got: .skipped(reason))
    }

    /// The rules whose effects the producer's floor clamped, in the order they applied.
    static func clamped(_ priced: ProductPricing) -> [String] {
        priced.unit.steps.compactMap { step in
            guard case .applied(let effects) = step.outcome, effects.contains(where: { $0.clamp != nil }) else { return nil }
            return step.rule
        }
    }

    /// Why `rule` did not apply, when its step in `steps` was skipped.
    static func skipReason(of rule: String, in steps: [RuleStep]) -> SkipReason? {
        guard case .skipped(let reason)? = steps.first(where: { $0.rule == rule })?.outcome else { return nil }
        return reason
    }
}
