import LuaHost
import TiwiziCore

/// The labels a product earned so far, as label rules add to them after its price is final.
/// Composed as prices are (`RuleComposer`): a `stop` rule ends the labels after it, an exclusive
/// rule's label is the only one, and the first rule of a best-of group that gives a label takes
/// the group. A label earned twice appears once, from the first rule.
struct LabelState: ComposedState {
    static let phase = Rule.Phase.label
    private(set) var labels: [Label] = []

    func isBetter(than best: LabelState) -> Bool { false }
    func lost(group: String, to winner: String, best: LabelState) -> SkipReason { .groupTakenBy(group: group, winner: winner) }
    static func isDiscount(_ effect: Label) -> Bool { true }
    static var discountsNeedFunder: Bool { false }
    static func name(of effect: Label) -> String { "label" }
    static func outcome(_ applied: [Label]) -> RuleStep.Outcome { .labelled(applied) }

    mutating func apply(_ noted: Noted<Label>, of rule: Rule) throws(EffectProblem) -> Application<Label> {
        if !labels.contains(where: { $0.id == noted.effect.id }) { labels.append(noted.effect) }
        return .applied(noted.effect)
    }
}

/// The label rules of a run, applied to a product after its price.
typealias LabelComposer = RuleComposer<LabelState>
