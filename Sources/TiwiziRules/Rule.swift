import LuaHost
import TiwiziCore

/// One rule of a rule set: when it applies, in which order, how it combines with the others,
/// who pays for what it takes off, and the Lua function of each phase it takes part in.
public struct Rule: Sendable {
    /// How a rule combines with the rules applied before it.
    public enum Stacking: Sendable, Equatable, CustomStringConvertible {
        /// Applies on the amount the rules before it left (the default).
        case stack
        /// Applies alone: when it applies, no other rule of the phase does.
        case exclusive
        /// Only the rule of `group` that gives the buyer the most applies.
        case bestOf(group: String)
        /// Applies, then no later rule of the phase does.
        case stopAfter

        /// The names a rule set writes, in the order documents list them.
        public static let names = ["stack", "exclusive", "best_of", "stop"]

        /// The name a rule set writes: `stack`, `exclusive`, `best_of` or `stop`.
        public var name: String {
            switch self {
            case .stack: return "stack"
            case .exclusive: return "exclusive"
            case .bestOf: return "best_of"
            case .stopAfter: return "stop"
            }
        }

        /// The group of a `best_of` rule.
        public var group: String? {
            if case .bestOf(let group) = self { return group }
            return nil
        }

        /// `stack`, or `best_of event` with the group.
        public var description: String { group.map { "\(name) \($0)" } ?? name }
    }

    /// Who pays for what a rule takes off a price.
    public enum Funder: String, Sendable, CaseIterable {
        case cooperative, marketplace, event
    }

    /// The passes in which rules run, in the order they run.
    public enum Phase: String, Sendable, CaseIterable, Comparable {
        case price, label, cart

        private var rank: Int {
            switch self {
            case .price: return 0
            case .label: return 1
            case .cart: return 2
            }
        }

        public static func < (left: Phase, right: Phase) -> Bool { left.rank < right.rank }
    }

    public let name: String
    /// The rule set it comes from.
    public let set: String
    /// Higher priorities apply first (0 by default).
    public let priority: Int
    /// Rules this one must apply before, and after, whatever their priorities.
    public let before: [String]
    public let after: [String]
    public let stacking: Stacking
    /// The first and last day the rule applies (inclusive); nil: no bound.
    public let validFrom: CalendarDate?
    public let validUntil: CalendarDate?
    public let fundedBy: Funder?
    /// The function of each phase the rule takes part in.
    public let phases: [Phase: LuaFunctionReference]
    /// The script that declares it.
    public let file: String
    /// The coupon code a buyer must give for the rule to apply, and its usage caps.
    public internal(set) var coupon: Coupon? = nil
    /// The line where each phase's function is defined (set when the rule set loads).
    public internal(set) var lines: [Phase: Int] = [:]

    /// `pricing/base.lua:12`, where the function of `phase` is defined (the file alone when the
    /// line is unknown).
    public func location(of phase: Phase) -> String {
        lines[phase].map { "\(file):\($0)" } ?? file
    }

    /// Whether the rule applies on `day`.
    public func isValid(on day: CalendarDate) -> Bool {
        (validFrom.map { $0 <= day } ?? true) && (validUntil.map { day <= $0 } ?? true)
    }
}

/// A coupon code and how often it may be redeemed: in all, and by one customer (nil: no cap).
public struct Coupon: Hashable, Sendable {
    /// The code, in upper case: codes are not case-sensitive.
    public let code: String
    public let maxUses: Int?
    public let maxPerCustomer: Int?
}

/// A plugin's manifest and rules: what the script returns (see docs/plugins.md).
public struct RuleSet: Sendable {
    public let name: String
    /// Its semantic version (`1.2.0`).
    public let version: String
    /// The versions of the Lua API it works with.
    public let api: APIRequirement
    /// What it does, in French and Arabic at least.
    public let description: LocalizedText
    public let author: String?
    /// The phases its rules take part in, in the order phases run.
    public let phases: [Rule.Phase]
    public let parameters: [Parameter]
    /// The labels its rules may give, by name, with their text in each language.
    public let labels: [String: LocalizedText]
    public internal(set) var rules: [Rule]
    /// The script that returned it, as messages name it.
    public let file: String
}
