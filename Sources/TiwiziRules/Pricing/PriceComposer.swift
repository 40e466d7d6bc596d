import TiwiziCore

/// A unit priced by the rules: who receives what, and what each rule did.
public struct PricedUnit: Hashable, Sendable {
    public let breakdown: PriceBreakdown
    public let steps: [RuleStep]
}

/// The price phase: rules change one unit's breakdown. Markups, roundings and commissions are
/// not discounts; no step takes the cooperative's share below its floor.
extension PriceBreakdown: PricedState {
    static let phase = Rule.Phase.price
    var amount: Money { price }

    static func isDiscount(_ effect: PriceEffect) -> Bool { effect.kind == .discount }
    static func name(of effect: PriceEffect) -> String { effect.name }
    static func outcome(_ applied: [AppliedEffect]) -> RuleStep.Outcome { .applied(applied) }

    mutating func apply(_ noted: NotedEffect, of rule: Rule) throws(EffectProblem) -> Application<AppliedEffect> {
        let effect = noted.effect
        let party = effect.kind == .transfer ? .cooperative : rule.fundedBy ?? .marketplace
        let before = price
        let clamp: Clamp?
        var commission: Money?
        if effect.kind == .transfer {
            let asked = try effect.commission(at: before)
            clamp = try transferCommission(asked)
            commission = clamp?.granted ?? asked
        } else {
            clamp = try move(to: try effect.target(from: before), party: party)
        }
        return .applied(
            AppliedEffect(
                effect: effect, party: party, before: before, after: price, commission: commission, clamp: clamp,
                note: noted.note))
    }
}

/// The price rules of a run, applied to units.
typealias PriceComposer = RuleComposer<PriceBreakdown>

extension RuleComposer where State == PriceBreakdown {
    /// Prices one unit from `start`.
    func price(_ start: PriceBreakdown, subject: String, evaluate: Evaluate) throws(RuleFailure) -> PricedUnit {
        let (breakdown, steps) = try compose(start, subject: subject, evaluate: evaluate)
        return PricedUnit(breakdown: breakdown, steps: steps)
    }
}
