import LuaHost
import TiwiziCore

/// What a rule's function returned for one product: effects, or nothing and perhaps why.
public enum Evaluation: Sendable {
    case effects([NotedEffect], usage: LuaUsage)
    case declined(because: String?, usage: LuaUsage)
}

/// An effect and the rule's note about it.
public struct NotedEffect: Hashable, Sendable {
    public let effect: PriceEffect
    public let note: String?

    public init(_ effect: PriceEffect, note: String? = nil) {
        self.effect = effect
        self.note = note
    }
}

/// A unit priced by the rules: who receives what, and what each rule did.
public struct PricedUnit: Hashable, Sendable {
    public let breakdown: PriceBreakdown
    public let steps: [RuleStep]
}

/// Applies the price rules to one unit in their resolved order (docs/rules.md, "How rules
/// combine"): each rule sees the price the rules before it left; a `stop` rule ends the
/// discounts after it; an exclusive discount applies only to an undiscounted price and ends the
/// discounts after it; the rules of a best-of group are tried on the same price and only the
/// lowest result is kept. Markups, roundings and commissions always apply. No step takes the
/// cooperative's share below its floor.
struct PriceComposer {
    /// The rules with a price function, in their resolved order.
    let rules: [Rule]
    let policy: FailurePolicy
    let day: CalendarDate

    /// The function that runs a rule on the current breakdown.
    typealias Evaluate = (Rule, PriceBreakdown) throws(RuleFailure) -> Evaluation

    func price(_ start: PriceBreakdown, subject: String, evaluate: Evaluate) throws(RuleFailure) -> PricedUnit {
        var state = start
        var steps: [RuleStep] = []
        var discountedBy: String?
        var endedBy: SkipReason?
        var groupsDone: Set<String> = []
        for rule in rules {
            if case .bestOf(let group) = rule.stacking {
                guard groupsDone.insert(group).inserted else { continue }
                let members = rules.filter { $0.stacking.group == group }
                if let endedBy {
                    steps += members.map { step($0, .skipped(endedBy), nil) }
                    continue
                }
                let (winner, groupSteps) = try bestOf(members, group: group, on: state, subject: subject, evaluate)
                steps += groupSteps
                if let winner {
                    state = winner.state
                    discountedBy = discountedBy ?? winner.rule
                }
                continue
            }
            guard rule.isValid(on: day) else {
                steps.append(step(rule, .skipped(.outsideWindow(from: rule.validFrom, until: rule.validUntil, day: day)), nil))
                continue
            }
            let trial = try attempt(rule, on: state, subject: subject, evaluate)
            guard case .applied(let next, let effects, let usage, let discounts) = trial else {
                steps.append(trial.step(rule, self))
                continue
            }
            if discounts {
                if let endedBy {
                    steps.append(step(rule, .skipped(endedBy), usage))
                    continue
                }
                if rule.stacking == .exclusive, let discountedBy {
                    steps.append(step(rule, .skipped(.exclusiveAfter(discountedBy)), usage))
                    continue
                }
                discountedBy = discountedBy ?? rule.name
                switch rule.stacking {
                case .exclusive: endedBy = .excludedBy(rule.name)
                case .stopAfter: endedBy = .stoppedBy(rule.name)
                case .stack, .bestOf: break
                }
            }
            state = next
            steps.append(step(rule, .applied(effects), usage))
        }
        return PricedUnit(breakdown: state, steps: steps)
    }

    /// What trying a rule on a breakdown gave.
    private enum Trial {
        case applied(PriceBreakdown, [AppliedEffect], usage: LuaUsage, discounts: Bool)
        case skipped(SkipReason, usage: LuaUsage?)

        func step(_ rule: Rule, _ composer: PriceComposer) -> RuleStep {
            switch self {
            case .applied(_, let effects, let usage, _): return composer.step(rule, .applied(effects), usage)
            case .skipped(let reason, let usage): return composer.step(rule, .skipped(reason), usage)
            }
        }
    }

    /// Runs `rule` and applies its effects to a copy of `state`; under `--on-error skip`, a
    /// failure is a skipped step instead of an error.
    private func attempt(_ rule: Rule, on state: PriceBreakdown, subject: String, _ evaluate: Evaluate) throws(RuleFailure)
        -> Trial
    {
        do throws(RuleFailure) {
            switch try evaluate(rule, state) {
            case .declined(let because, let usage): return .skipped(.declined(because: because), usage: usage)
            case .effects(let effects, let usage):
                var next = state
                do throws(EffectProblem) {
                    var applied: [AppliedEffect] = []
                    for noted in effects { applied.append(try apply(noted, of: rule, to: &next)) }
                    let discounts = effects.contains { $0.effect.kind == .discount }
                    return .applied(next, applied, usage: usage, discounts: discounts)
                } catch {
                    throw RuleFailure(rule: rule, phase: .price, subject: subject, reason: .effect(error))
                }
            }
        } catch {
            guard policy == .skip else { throw error }
            return .skipped(.failed(FailureText(error)), usage: nil)
        }
    }

    private func apply(_ noted: NotedEffect, of rule: Rule, to state: inout PriceBreakdown) throws(EffectProblem)
        -> AppliedEffect
    {
        let effect = noted.effect
        if effect.kind != .discount, rule.stacking != .stack {
            throw .stackingWithoutDiscount(effect: effect.name, stacking: rule.stacking.name)
        }
        if effect.kind == .discount, rule.fundedBy == nil { throw .unfunded(effect: effect.name) }
        let party = effect.kind == .transfer ? .cooperative : rule.fundedBy ?? .marketplace
        let before = state.price
        let clamp: PriceBreakdown.Clamp?
        var commission: Money?
        if effect.kind == .transfer {
            let asked = try effect.commission(at: before)
            clamp = try state.transferCommission(asked)
            commission = clamp?.granted ?? asked
        } else {
            clamp = try state.move(to: try effect.target(from: before), party: party)
        }
        return AppliedEffect(
            effect: effect, party: party, before: before, after: state.price, commission: commission, clamp: clamp,
            note: noted.note)
    }

    /// Tries every member of a best-of group on the same breakdown and keeps the lowest price
    /// (the first in the resolved order on a tie).
    private func bestOf(
        _ members: [Rule], group: String, on state: PriceBreakdown, subject: String, _ evaluate: Evaluate
    ) throws(RuleFailure) -> (winner: (rule: String, state: PriceBreakdown)?, steps: [RuleStep]) {
        var trials: [(Rule, Trial)] = []
        for rule in members {
            guard rule.isValid(on: day) else {
                trials.append(
                    (rule, .skipped(.outsideWindow(from: rule.validFrom, until: rule.validUntil, day: day), usage: nil)))
                continue
            }
            trials.append((rule, try attempt(rule, on: state, subject: subject, evaluate)))
        }
        var best: (rule: Rule, state: PriceBreakdown)?
        for (rule, trial) in trials {
            guard case .applied(let next, _, _, _) = trial else { continue }
            if best.map({ next.price.minorUnits < $0.state.price.minorUnits }) ?? true { best = (rule, next) }
        }
        let steps = trials.map { rule, trial -> RuleStep in
            guard let best, case .applied(let next, _, let usage, _) = trial, rule.name != best.rule.name else {
                return trial.step(rule, self)
            }
            let reason = SkipReason.lostBestOf(
                group: group, winner: best.rule.name, winnerPrice: best.state.price, price: next.price)
            return step(rule, .skipped(reason), usage)
        }
        return (best.map { ($0.rule.name, $0.state) }, steps)
    }

    private func step(_ rule: Rule, _ outcome: RuleStep.Outcome, _ usage: LuaUsage?) -> RuleStep {
        RuleStep(
            rule: rule.name, set: rule.set, location: rule.location(of: .price), outcome: outcome,
            usage: usage.map(RuleStep.Usage.init))
    }
}
