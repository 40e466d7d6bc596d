import LuaHost
import TiwiziCore

/// What one rule did for one product or line, in the resolved order: the unit of `--explain`.
public struct RuleStep: Hashable, Sendable {
    public let rule: String
    public let set: String
    /// `pricing/base.lua:12`: where the phase's function is defined.
    public let location: String
    public let outcome: Outcome
    /// What running the rule's function cost; nil when it was not run (outside its window).
    public let usage: Usage?

    public enum Outcome: Hashable, Sendable {
        /// Price effects, in the order the rule returned them.
        case applied([AppliedEffect])
        /// Labels the product earned.
        case labelled([Label])
        /// Cart promotions, in the order the rule returned them.
        case cartApplied([AppliedCartEffect])
        case skipped(SkipReason)
    }

    /// The instructions a rule's function ran and the most memory the sandbox held meanwhile.
    public struct Usage: Hashable, Sendable {
        public let instructions: Int
        public let peakMemoryBytes: Int

        init(_ usage: LuaUsage) {
            instructions = usage.instructions
            peakMemoryBytes = usage.peakMemoryBytes
        }

        init(instructions: Int, peakMemoryBytes: Int) {
            self.instructions = instructions
            self.peakMemoryBytes = peakMemoryBytes
        }
    }

    public var isApplied: Bool {
        if case .skipped = outcome { return false }
        return true
    }
}

/// One price effect as the core applied it: the price before and after, whose share moved,
/// and what the producer's floor held back.
public struct AppliedEffect: Hashable, Sendable {
    public let effect: PriceEffect
    public let party: Rule.Funder
    public let before: Money
    public let after: Money
    /// The commission moved to the marketplace (a `commission_percent` effect).
    public let commission: Money?
    public let clamp: PriceBreakdown.Clamp?
    /// The rule's own words for the effect (`note = "Assises ESS"`).
    public let note: String?
}

/// A label a product earned, with its text in each language the rule set wrote.
public struct Label: Hashable, Sendable {
    /// The name the rule set declares it under (`women-led`).
    public let id: String
    public let text: LocalizedText
    public let rule: String
}

/// Why a rule did not apply: a typed reason, a code in JSON and a sentence on the terminal.
public enum SkipReason: Problem, Bilingual {
    /// The run's day is outside the rule's validity window.
    case outsideWindow(from: CalendarDate?, until: CalendarDate?, day: CalendarDate)
    /// The rule's function returned nothing; `because` is the reason it gave, if any.
    case declined(because: String?)
    /// A `stop` rule applied earlier and ended the discounts of the phase.
    case stoppedBy(String)
    /// An exclusive rule applied earlier: no other discount applies with it.
    case excludedBy(String)
    /// An exclusive rule comes after a discount that already applied.
    case exclusiveAfter(String)
    /// Another rule of its best-of group gave the buyer a lower price.
    case lostBestOf(group: String, winner: String, winnerPrice: Money, price: Money)
    /// An earlier rule of its best-of group already gave a label.
    case groupTakenBy(group: String, winner: String)
    /// The rule failed and the run skips failing rules (`--on-error skip`).
    case failed(FailureText)
    // Near misses of cart promotions: how far the cart is from them.
    /// `missing` more units of `items` would reach the tier.
    case tierShort(missing: Int, items: String)
    /// `missing` more units of `items` would reach the multi-buy.
    case multiBuyShort(missing: Int, items: String)
    /// The bundle lacks these SKUs.
    case bundleIncomplete(missing: [String])
    /// The bundle's price is not below what its items cost already.
    case bundleNoSaving
    /// The order lacks this amount to reach the discount's minimum.
    case orderShort(missing: Money)
    // Coupons
    case couponNotGiven(String)
    /// The code was redeemed `uses` times, its cap.
    case couponCapReached(code: String, cap: Int)
    case couponCustomerCapReached(code: String, customer: String, cap: Int)
    /// A code with a per-customer cap needs the customer (`--customer`).
    case couponNeedsCustomer(String)

    /// The codes (`code`, in JSON and in rule-set tests) of the cases every phase gives, in
    /// declaration order.
    public static let codes = [
        "outsideWindow", "declined", "stoppedBy", "excludedBy", "exclusiveAfter", "lostBestOf", "groupTakenBy", "failed",
    ]

    /// The codes of the cases only cart rules give (near misses, coupons), in declaration order.
    public static let cartCodes = [
        "tierShort", "multiBuyShort", "bundleIncomplete", "bundleNoSaving", "orderShort", "couponNotGiven",
        "couponCapReached", "couponCustomerCapReached", "couponNeedsCustomer",
    ]

    public var english: String {
        switch self {
        case .outsideWindow(let from, let until, let day):
            return "outside its validity window \(Self.window(from, until)) (the run's day is \(day))"
        case .declined(let because): return because.map { "condition false: \($0)" } ?? "returned no effect"
        case .stoppedBy(let rule): return "stopped by \(rule), which stops the discounts after it"
        case .excludedBy(let rule): return "excluded by \(rule), an exclusive discount"
        case .exclusiveAfter(let rule): return "exclusive, but \(rule) already gave a discount"
        case .lostBestOf(let group, let winner, let winnerPrice, let price):
            return
                "lost best-of group \(group) to \(winner) (\(winnerPrice.formatted(for: .english)) instead of \(price.formatted(for: .english)))"
        case .groupTakenBy(let group, let winner): return "best-of group \(group) already labelled by \(winner)"
        case .failed(let failure): return "failed and skipped: \(failure.english)"
        case .tierShort(let missing, let items):
            return "\(missing) more \(missing == 1 ? "unit" : "units") of \(items) for the tier"
        case .multiBuyShort(let missing, let items):
            return "\(missing) more \(missing == 1 ? "unit" : "units") of \(items) for the multi-buy"
        case .bundleIncomplete(let missing): return "add \(missing.joined(separator: ", ")) to complete the bundle"
        case .bundleNoSaving: return "the bundle's price is not below the price of its items"
        case .orderShort(let missing): return "\(missing.formatted(for: .english)) more for the order discount"
        case .couponNotGiven(let code): return "coupon \(code) was not given"
        case .couponCapReached(let code, let cap): return "coupon \(code) was already used \(cap) times, its limit"
        case .couponCustomerCapReached(let code, let customer, let cap):
            return "coupon \(code) was already used \(cap) \(cap == 1 ? "time" : "times") by \(customer), the limit per customer"
        case .couponNeedsCustomer(let code): return "coupon \(code) is limited per customer, and no customer was given"
        }
    }

    public var french: String {
        switch self {
        case .outsideWindow(let from, let until, let day):
            return "hors de sa période de validité \(Self.window(from, until)) (le jour du calcul est le \(day))"
        case .declined(let because): return because.map { "condition fausse : \($0)" } ?? "aucun effet renvoyé"
        case .stoppedBy(let rule): return "arrêtée par \(rule), qui arrête les remises suivantes"
        case .excludedBy(let rule): return "exclue par \(rule), une remise exclusive"
        case .exclusiveAfter(let rule): return "exclusive, mais \(rule) a déjà accordé une remise"
        case .lostBestOf(let group, let winner, let winnerPrice, let price):
            return
                "a perdu le groupe best-of \(group) face à \(winner) (\(winnerPrice.formatted(for: .french)) au lieu de \(price.formatted(for: .french)))"
        case .groupTakenBy(let group, let winner): return "le groupe best-of \(group) est déjà étiqueté par \(winner)"
        case .failed(let failure): return "en échec, ignorée : \(failure.french)"
        case .tierShort(let missing, let items):
            return "encore \(missing) \(missing <= 1 ? "unité" : "unités") de \(items) pour le palier"
        case .multiBuyShort(let missing, let items):
            return "encore \(missing) \(missing <= 1 ? "unité" : "unités") de \(items) pour l'offre par quantité"
        case .bundleIncomplete(let missing): return "ajoutez \(missing.joined(separator: ", ")) pour compléter le lot"
        case .bundleNoSaving: return "le prix du lot n'est pas inférieur au prix de ses articles"
        case .orderShort(let missing): return "encore \(missing.formatted(for: .french)) pour la remise sur la commande"
        case .couponNotGiven(let code): return "le code \(code) n'a pas été donné"
        case .couponCapReached(let code, let cap): return "le code \(code) a déjà servi \(cap) fois, sa limite"
        case .couponCustomerCapReached(let code, let customer, let cap):
            return "le code \(code) a déjà servi \(cap) fois à \(customer), la limite par client"
        case .couponNeedsCustomer(let code): return "le code \(code) est limité par client, et aucun client n'a été donné"
        }
    }

    private static func window(_ from: CalendarDate?, _ until: CalendarDate?) -> String {
        "\(from.map(\.description) ?? "…")..\(until.map(\.description) ?? "…")"
    }
}

/// A rule's failure as words, kept in each language for the trace of a run that skips failing
/// rules.
public struct FailureText: Hashable, Sendable, Bilingual {
    public let english: String
    public let french: String

    init(_ failure: RuleFailure) {
        english = failure.reason.text(in: .english)
        french = failure.reason.text(in: .french)
    }
}
