import LuaHost
import TiwiziCore

/// What rules change one after the other: a unit's price breakdown, a cart, or a product's labels.
protocol ComposedState: Hashable, Sendable {
    associatedtype Effect: Hashable, Sendable
    associatedtype Applied: Hashable, Sendable
    static var phase: Rule.Phase { get }
    /// Whether the state a rule of a best-of group left beats the best so far (for prices and
    /// carts, a lower amount; for labels, never: the first rule that gives one takes the group).
    func isBetter(than best: Self) -> Bool
    /// Why a member of a best-of group that applied in `self` lost to `winner`, which left `best`.
    func lost(group: String, to winner: String, best: Self) -> SkipReason
    /// Whether stacking policies govern `effect` (discounts, labels) — the others always apply.
    static func isDiscount(_ effect: Effect) -> Bool
    /// Whether a rule with such effects must say who funds them (discounts, not labels).
    static var discountsNeedFunder: Bool { get }
    /// The name a rule writes for the effect (`percent_off`), for errors.
    static func name(of effect: Effect) -> String
    /// Applies one effect of `rule`, or says why it does not apply here (a threshold not met).
    mutating func apply(_ effect: Noted<Effect>, of rule: Rule) throws(EffectProblem) -> Application<Applied>
    /// The outcome of a step that applied these effects.
    static func outcome(_ applied: [Applied]) -> RuleStep.Outcome
}

/// An effect applied, or the reason it could not be (`1 more unit for the honey tier`).
enum Application<Applied> {
    case applied(Applied)
    case notMet(SkipReason)
}

/// What a rule's function returned: effects, or nothing and perhaps why.
public enum Evaluation<Effect: Hashable & Sendable>: Sendable {
    case effects([Noted<Effect>], usage: LuaUsage)
    case declined(because: String?, usage: LuaUsage)
}

/// An effect and the rule's note about it.
public struct Noted<Effect: Hashable & Sendable>: Hashable, Sendable {
    public let effect: Effect
    public let note: String?

    public init(_ effect: Effect, note: String? = nil) {
        self.effect = effect
        self.note = note
    }
}

/// A price effect and its note.
public typealias NotedEffect = Noted<PriceEffect>

/// Applies rules to a state in their resolved order (docs/rules.md, "How rules combine"): each
/// rule sees what the rules before it left; a `stop` rule ends the discounts after it; an
/// exclusive discount applies only when no discount applied before and ends the discounts after
/// it; the rules of a best-of group are tried on the same state and only the best result is
/// kept. Effects that are not discounts always apply. Prices, carts and labels all compose so.
struct RuleComposer<State: ComposedState> {
    /// The rules of the phase, in their resolved order.
    let rules: [Rule]
    let policy: FailurePolicies
    let day: CalendarDate
    /// Why a rule may not run at all besides its window (a coupon not given), or nil.
    var gate: (Rule) -> SkipReason? = { _ in nil }
    /// Where each rule's function of the phase is, by rule name: made once, as every step of
    /// every product names it.
    private let locations: [String: String]
    /// The members of each best-of group, in order.
    private let groups: [String: [Rule]]

    init(rules: [Rule], policy: FailurePolicies, day: CalendarDate) {
        self.rules = rules
        self.policy = policy
        self.day = day
        locations = Dictionary(rules.map { ($0.name, $0.location(of: State.phase)) }, uniquingKeysWith: { first, _ in first })
        groups = Dictionary(grouping: rules.filter { $0.stacking.group != nil }) { $0.stacking.group ?? "" }
    }

    /// The function that runs a rule on the current state.
    typealias Evaluate = (Rule, State) throws(RuleFailure) -> Evaluation<State.Effect>

    /// The state the rules leave, and what each of them did.
    func compose(_ start: State, subject: String, evaluate: Evaluate) throws(RuleFailure) -> (State, [RuleStep]) {
        var state = start
        var steps: [RuleStep] = []
        steps.reserveCapacity(rules.count)
        var discountedBy: String?
        var endedBy: SkipReason?
        var groupsDone: Set<String> = []
        for rule in rules {
            if case .bestOf(let group) = rule.stacking {
                guard groupsDone.insert(group).inserted else { continue }
                let members = groups[group] ?? []
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
            let trial = try attempt(rule, on: state, subject: subject, evaluate)
            guard case .applied(let next, let applied, let usage, let discounts) = trial else {
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
            steps.append(step(rule, State.outcome(applied), usage))
        }
        return (state, steps)
    }

    /// What trying a rule on a state gave.
    private enum Trial {
        case applied(State, [State.Applied], usage: LuaUsage, discounts: Bool)
        case skipped(SkipReason, usage: LuaUsage?)

        func step(_ rule: Rule, _ composer: RuleComposer) -> RuleStep {
            switch self {
            case .applied(_, let applied, let usage, _): return composer.step(rule, State.outcome(applied), usage)
            case .skipped(let reason, let usage): return composer.step(rule, .skipped(reason), usage)
            }
        }
    }

    /// Runs `rule` and applies its effects to a copy of `state`; under `--on-error skip`, a
    /// failure is a skipped step instead of an error.
    private func attempt(_ rule: Rule, on state: State, subject: String, _ evaluate: Evaluate) throws(RuleFailure) -> Trial {
        guard rule.isValid(on: day) else {
            return .skipped(.outsideWindow(from: rule.validFrom, until: rule.validUntil, day: day), usage: nil)
        }
        if let reason = gate(rule) { return .skipped(reason, usage: nil) }
        do throws(RuleFailure) {
            switch try evaluate(rule, state) {
            case .declined(let because, let usage): return .skipped(.declined(because: because), usage: usage)
            case .effects(let effects, let usage):
                var next = state
                do throws(EffectProblem) {
                    var applied: [State.Applied] = []
                    var unmet: SkipReason?
                    for noted in effects {
                        try check(noted.effect, of: rule)
                        switch try next.apply(noted, of: rule) {
                        case .applied(let effect): applied.append(effect)
                        case .notMet(let reason): unmet = unmet ?? reason
                        }
                    }
                    if applied.isEmpty, let unmet { return .skipped(unmet, usage: usage) }
                    let discounts = effects.contains { State.isDiscount($0.effect) }
                    return .applied(next, applied, usage: usage, discounts: discounts)
                } catch {
                    throw RuleFailure(rule: rule, phase: State.phase, subject: subject, reason: .effect(error))
                }
            }
        } catch {
            guard policy[rule.set] == .skip else { throw error }
            return .skipped(.failed(FailureText(error)), usage: nil)
        }
    }

    /// A discount must say who funds it; only discounts take a stacking policy.
    private func check(_ effect: State.Effect, of rule: Rule) throws(EffectProblem) {
        if !State.isDiscount(effect), rule.stacking != .stack {
            throw .stackingWithoutDiscount(effect: State.name(of: effect), stacking: rule.stacking.name)
        }
        if State.discountsNeedFunder, State.isDiscount(effect), rule.fundedBy == nil {
            throw .unfunded(effect: State.name(of: effect))
        }
    }

    /// Tries every member of a best-of group on the same state and keeps the best (the first in
    /// the resolved order on a tie, see `ComposedState.isBetter`).
    private func bestOf(
        _ members: [Rule], group: String, on state: State, subject: String, _ evaluate: Evaluate
    ) throws(RuleFailure) -> (winner: (rule: String, state: State)?, steps: [RuleStep]) {
        var trials: [(Rule, Trial)] = []
        for rule in members { trials.append((rule, try attempt(rule, on: state, subject: subject, evaluate))) }
        var best: (rule: Rule, state: State)?
        for (rule, trial) in trials {
            guard case .applied(let next, _, _, _) = trial else { continue }
            if best.map({ next.isBetter(than: $0.state) }) ?? true { best = (rule, next) }
        }
        let steps = trials.map { rule, trial -> RuleStep in
            guard let best, case .applied(let next, _, let usage, _) = trial, rule.name != best.rule.name else {
                return trial.step(rule, self)
            }
            return step(rule, .skipped(next.lost(group: group, to: best.rule.name, best: best.state)), usage)
        }
        return (best.map { ($0.rule.name, $0.state) }, steps)
    }

    private func step(_ rule: Rule, _ outcome: RuleStep.Outcome, _ usage: LuaUsage?) -> RuleStep {
        RuleStep(
            rule: rule.name, set: rule.set, location: locations[rule.name] ?? rule.location(of: State.phase),
            outcome: outcome,
            usage: usage.map(RuleStep.Usage.init))
    }
}

extension ComposedState {
    static var discountsNeedFunder: Bool { true }
}

/// A state whose best-of groups keep the lowest amount the buyer pays.
protocol PricedState: ComposedState {
    var amount: Money { get }
}

extension PricedState {
    func isBetter(than best: Self) -> Bool { amount.minorUnits < best.amount.minorUnits }

    func lost(group: String, to winner: String, best: Self) -> SkipReason {
        .lostBestOf(group: group, winner: winner, winnerPrice: best.amount, price: amount)
    }
}
