import TiwiziCore

/// What `tiwizi check` says of a rule or a rule set (docs/rules.md, "Checking rule sets").
public enum CheckProblem: Problem, Bilingual {
    /// The file does not load: a syntax error, an invalid rule set, a name already taken.
    case doesNotLoad(FailureText)
    /// The rules' `before`/`after` constraints or names leave no order.
    case cannotOrder(FailureText)
    /// The rule raised an error, hit a limit or returned an invalid effect for `subjects` of
    /// the `of` products (or the check cart), `first` among them.
    case fails(phase: Rule.Phase, subjects: Int, of: Int, first: String, FailureText)
    /// The rule's window ended before the check's day.
    case expired(until: CalendarDate, day: CalendarDate)
    /// The rule never gave anything on any day checked (for a cart rule, to the check cart):
    /// `reason` is what it said for `count` of the `of` products.
    case neverApplies(phase: Rule.Phase, of: Int, reason: SkipReason, count: Int)
    /// Two discounts apply to the same products while one of them is exclusive: only the first
    /// in order applies to them.
    case exclusiveOverlap(winner: String, other: String, exclusive: String, subjects: Int, first: String)
    /// Rules of one phase share a priority and no `before`/`after` orders them: their order
    /// comes from their names alone.
    case orderedByName(phase: Rule.Phase, priority: Int)
    /// No product to run the rules on.
    case noProducts
    /// The rules folder of `--against` does not load.
    case againstDoesNotLoad(folder: String, FailureText)

    public var severity: CheckFinding.Severity {
        switch self {
        case .doesNotLoad, .cannotOrder, .fails, .againstDoesNotLoad: return .error
        case .expired, .neverApplies, .exclusiveOverlap, .orderedByName, .noProducts: return .warning
        }
    }

    public var english: String {
        switch self {
        case .doesNotLoad(let failure): return "does not load: \(failure.english)"
        case .cannotOrder(let failure): return "the rules cannot be ordered: \(failure.english)"
        case .fails(.cart, _, _, _, let failure): return "fails on the check cart: \(failure.english)"
        case .fails(_, let subjects, let total, let first, let failure):
            return "fails on \(subjects) of \(total) \(total == 1 ? "product" : "products") (first \(first)): \(failure.english)"
        case .expired(let until, let day):
            return "can never apply again: its validity window ended on \(until) (the check's day is \(day))"
        case .neverApplies(.cart, _, let reason, _):
            return
                "never applies, even to the check cart (\(RuleCheck.cartQuantity) units of every product, every coupon) "
                + "on any day checked: \(reason.english)"
        case .neverApplies(_, let total, let reason, let count):
            return
                "never applies to any of the \(total) \(total == 1 ? "product" : "products") on any day checked: "
                + "\(reason.english) (\(count) of \(total))"
        case .exclusiveOverlap(let winner, let other, let exclusive, let subjects, let first):
            return
                "\(winner) and \(other) both discount \(subjects) \(subjects == 1 ? "product" : "products") (first \(first)) "
                + "and \(exclusive) is exclusive: only \(winner), first in order, applies there; give them conditions "
                + "or windows that do not overlap, or let them stack"
        case .orderedByName(let phase, let priority):
            return
                "these \(phase.rawValue) rules share priority \(priority) and no before/after orders them, so they apply "
                + "in name order; give them different priorities or declare before/after"
        case .noProducts:
            return "the catalog has no products, so no rule ran; import products first or name a catalog with --catalog"
        case .againstDoesNotLoad(let folder, let failure):
            return "the rules of \(folder) (--against) do not load, so no price was compared: \(failure.english)"
        }
    }

    public var french: String {
        switch self {
        case .doesNotLoad(let failure): return "ne se charge pas : \(failure.french)"
        case .cannotOrder(let failure): return "les règles ne peuvent pas être ordonnées : \(failure.french)"
        case .fails(.cart, _, _, _, let failure): return "échoue sur le panier de contrôle : \(failure.french)"
        case .fails(_, let subjects, let total, let first, let failure):
            return "échoue sur \(subjects) produit(s) sur \(total) (d'abord \(first)) : \(failure.french)"
        case .expired(let until, let day):
            return
                "ne peut plus jamais s'appliquer : sa période de validité a pris fin le \(until) (le jour du contrôle est le \(day))"
        case .neverApplies(.cart, _, let reason, _):
            return
                "ne s'applique jamais, même au panier de contrôle (\(RuleCheck.cartQuantity) unités de chaque produit, "
                + "tous les codes), à aucun des jours contrôlés : \(reason.french)"
        case .neverApplies(_, let total, let reason, let count):
            return
                "ne s'applique à aucun des \(total) produits, à aucun des jours contrôlés : \(reason.french) "
                + "(\(count) sur \(total))"
        case .exclusiveOverlap(let winner, let other, let exclusive, let subjects, let first):
            return
                "\(winner) et \(other) remisent tous deux \(subjects) produit(s) (d'abord \(first)) et \(exclusive) est "
                + "exclusive : seule \(winner), la première dans l'ordre, s'y applique ; donnez-leur des conditions ou des "
                + "périodes disjointes, ou laissez-les se cumuler"
        case .orderedByName(let phase, let priority):
            return
                "ces règles de la phase \(phase.rawValue) ont la même priorité \(priority) et aucun before/after ne les "
                + "ordonne : elles s'appliquent dans l'ordre de leurs noms ; donnez-leur des priorités différentes ou "
                + "déclarez before/after"
        case .noProducts:
            return
                "le catalogue n'a aucun produit, aucune règle n'a donc été exécutée ; importez des produits ou désignez un "
                + "catalogue avec --catalog"
        case .againstDoesNotLoad(let folder, let failure):
            return
                "les règles de \(folder) (--against) ne se chargent pas, aucun prix n'a donc été comparé : \(failure.french)"
        }
    }
}
