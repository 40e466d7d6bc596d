/// What each rule did over many subjects (products, or check carts) and days, phase by phase:
/// how often it applied, and why it did not, counting each subject once per reason.
struct RuleTally {
    struct Key: Hashable {
        let rule: String
        let phase: Rule.Phase
    }

    struct Entry {
        var applied = 0
        /// Each reason, the subjects it was given for, and the first of them, in the order first seen.
        var reasons: [(reason: SkipReason, subjects: Set<String>, first: String)] = []

        /// The reason given for the most subjects (the first seen on a tie), and for how many.
        var commonest: (reason: SkipReason, count: Int)? {
            let best = reasons.enumerated().max {
                ($0.element.subjects.count, -$0.offset) < ($1.element.subjects.count, -$1.offset)
            }
            return best.map { ($0.element.reason, $0.element.subjects.count) }
        }

        mutating func add(_ reason: SkipReason, subject: String) {
            if let index = reasons.firstIndex(where: { $0.reason == reason }) {
                reasons[index].subjects.insert(subject)
            } else {
                reasons.append((reason, [subject], subject))
            }
        }
    }

    private(set) var entries: [Key: Entry] = [:]
    private var cartNames: Set<String> = []

    /// How many distinct check carts the cart rules ran on.
    var carts: Int { cartNames.count }

    mutating func add(_ steps: [RuleStep], phase: Rule.Phase, subject: String) {
        if phase == .cart { cartNames.insert(subject) }
        for step in steps {
            let key = Key(rule: step.rule, phase: phase)
            if case .skipped(let reason) = step.outcome {
                entries[key, default: Entry()].add(reason, subject: subject)
            } else {
                entries[key, default: Entry()].applied += 1
            }
        }
    }

    subscript(rule: String, phase: Rule.Phase) -> Entry? { entries[Key(rule: rule, phase: phase)] }
}

extension SkipReason {
    /// Whether the reason is the rule's own (its condition, a threshold its effect sets), not
    /// another rule's: a rule that only ever gives such reasons can never fire.
    var isOwn: Bool {
        switch self {
        case .declined, .tierShort, .multiBuyShort, .bundleIncomplete, .bundleNoSaving, .orderShort: return true
        default: return false
        }
    }

    /// The failure, when the rule failed and the run went on.
    var failure: FailureText? {
        if case .failed(let text) = self { return text }
        return nil
    }
}
