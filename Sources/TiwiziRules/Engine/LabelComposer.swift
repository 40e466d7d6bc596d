import LuaHost
import TiwiziCore

/// Gives a product its labels after its price is final, from the label rules in their resolved
/// order: a `stop` rule ends the labels after it, an exclusive rule's label is the only one,
/// and the first rule of a best-of group that gives a label takes the group. A label earned
/// twice appears once, from the first rule.
struct LabelComposer {
    let rules: [Rule]
    let policy: FailurePolicy
    let day: CalendarDate

    typealias Evaluate = (Rule) throws(RuleFailure) -> (labels: [Label]?, because: String?, usage: LuaUsage)

    func labels(subject: String, evaluate: Evaluate) throws(RuleFailure) -> (labels: [Label], steps: [RuleStep]) {
        var labels: [Label] = []
        var steps: [RuleStep] = []
        var endedBy: SkipReason?
        var groups: [String: String] = [:]
        for rule in rules {
            func skip(_ reason: SkipReason, _ usage: LuaUsage? = nil) {
                steps.append(step(rule, .skipped(reason), usage))
            }
            guard rule.isValid(on: day) else {
                skip(.outsideWindow(from: rule.validFrom, until: rule.validUntil, day: day))
                continue
            }
            if let endedBy {
                skip(endedBy)
                continue
            }
            if let group = rule.stacking.group, let winner = groups[group] {
                skip(.groupTakenBy(group: group, winner: winner))
                continue
            }
            let result: (labels: [Label]?, because: String?, usage: LuaUsage)
            do { result = try evaluate(rule) } catch {
                guard policy == .skip else { throw error }
                skip(.failed(FailureText(error)))
                continue
            }
            guard let earned = result.labels else {
                skip(.declined(because: result.because), result.usage)
                continue
            }
            if rule.stacking == .exclusive, let first = labels.first {
                skip(.exclusiveAfter(first.rule), result.usage)
                continue
            }
            switch rule.stacking {
            case .exclusive: endedBy = .excludedBy(rule.name)
            case .stopAfter: endedBy = .stoppedBy(rule.name)
            case .bestOf(let group): groups[group] = rule.name
            case .stack: break
            }
            for label in earned where !labels.contains(where: { $0.id == label.id }) { labels.append(label) }
            steps.append(step(rule, .labelled(earned), result.usage))
        }
        return (labels, steps)
    }

    private func step(_ rule: Rule, _ outcome: RuleStep.Outcome, _ usage: LuaUsage?) -> RuleStep {
        RuleStep(
            rule: rule.name, set: rule.set, location: rule.location(of: .label), outcome: outcome,
            usage: usage.map(RuleStep.Usage.init))
    }
}
