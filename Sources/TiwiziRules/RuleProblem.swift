import TiwiziCore

/// What is wrong with a rule set: its file, a rule's declaration, or the order of its rules.
public enum RuleProblem: Error, Problem, Bilingual {
    /// The script did not return a rule set (a table with `name`, `version`, `api`, `rules`).
    case notARuleSet(file: String, returned: String)
    /// A field of the manifest or of a rule (`where`: `rule margin` or `rule set base-pricing`).
    case missingField(where: RulePlace, field: String)
    case wrongType(where: RulePlace, field: String, expected: String, got: String)
    /// A field no rule set, rule or parameter has: a typo would otherwise do nothing.
    case unknownField(where: RulePlace, field: String, expected: [String])
    /// A value outside a closed set.
    case notAllowed(where: RulePlace, field: String, value: String, allowed: [String])
    /// `version` not a semantic version (`1.2.0`).
    case versionNotSemantic(where: RulePlace, value: String)
    /// `api` not a version range, or one this host does not provide.
    case apiUnreadable(where: RulePlace, value: String)
    case apiNotProvided(where: RulePlace, needs: String, provided: String)
    /// A description without its French or Arabic text (`missing`: language codes).
    case missingLanguages(where: RulePlace, field: String, missing: [String])
    /// The manifest's `phases` are not the phases its rules have functions for.
    case phasesDisagree(where: RulePlace, declared: [String], used: [String])
    /// A parameter field its type has no use for: `min` on a string, `values` on an integer.
    case fieldNotForType(where: RulePlace, field: String, type: String)
    case boundsReversed(where: RulePlace, min: String, max: String)
    case windowReversed(where: RulePlace, from: CalendarDate, until: CalendarDate)
    /// A rule with no function for any phase.
    case noPhase(where: RulePlace)
    /// A coupon on a rule that has no cart function: codes are given with a cart.
    case couponWithoutCart(where: RulePlace)
    /// Two rules (or two rule sets) with one name.
    case duplicateName(String, files: [String])
    /// `before` or `after` names a rule that no loaded rule set declares.
    case unknownRule(rule: String, field: String, names: String)
    /// `before` and `after` constraints that no order satisfies, with the rules in the cycle.
    case cycle([String])
    /// A run sets a parameter of a rule set that is not loaded, or one its rule set does not
    /// declare, or gives a value not of the parameter's type (`kind`).
    case unknownRuleSet(String, loaded: [String])
    case unknownParameter(set: String, name: String, known: [String])
    case parameterValue(set: String, name: String, expected: String, got: String, allowed: String?)
    /// A value of the parameter's type outside its bounds, or not among an enum's values.
    case parameterNotAllowed(set: String, name: String, value: String, allowed: String)

    public var english: String {
        switch self {
        case .notARuleSet(let file, let returned):
            return
                "\(file) returned \(returned), not a rule set; return a table with name, version, api and rules (see docs/rules.md)."
        case .missingField(let place, let field): return "\(place.text(in: .english)): \(field) is required."
        case .wrongType(let place, let field, let expected, let got):
            return "\(place.text(in: .english)): \(field) must be \(expected), not \(got)."
        case .notAllowed(let place, let field, let value, let allowed):
            return
                "\(place.text(in: .english)): \(field) “\(value)” is not allowed; use one of: \(allowed.joined(separator: ", "))."
        case .unknownField(let place, let field, let expected):
            return "\(place.text(in: .english)): unknown field “\(field)”; expected one of: \(expected.joined(separator: ", "))."
        case .versionNotSemantic(let place, let value):
            return
                "\(place.text(in: .english)): version “\(value)” is not a semantic version; write major.minor.patch, e.g. \"1.0.0\"."
        case .apiUnreadable(let place, let value):
            return
                "\(place.text(in: .english)): api “\(value)” is not a version range; write e.g. \">=2.1, <3\" or \"2.1\" (the same major version, at least this minor one)."
        case .apiNotProvided(let place, let needs, let provided):
            return
                "\(place.text(in: .english)) needs the Lua API \(needs), but this Tiwizi provides \(provided); use a version of the plugin written for \(provided), or a Tiwizi that provides \(needs)."
        case .missingLanguages(let place, let field, let missing):
            return
                "\(place.text(in: .english)): \(field) has no text in \(missing.joined(separator: " and ")); write {fr = \"…\", ar = \"…\"} (en is optional)."
        case .phasesDisagree(let place, let declared, let used):
            return
                "\(place.text(in: .english)): phases says \(Self.list(declared, .english)) but its rules have functions for \(Self.list(used, .english)); make them agree."
        case .fieldNotForType(let place, let field, let type):
            return "\(place.text(in: .english)): a \(type) parameter has no \(field); remove it."
        case .boundsReversed(let place, let min, let max):
            return "\(place.text(in: .english)): min (\(min)) is above max (\(max))."
        case .windowReversed(let place, let from, let until):
            return "\(place.text(in: .english)): valid_until (\(until)) is before valid_from (\(from))."
        case .noPhase(let place):
            return "\(place.text(in: .english)) has no function: give at least one of price, label or cart."
        case .couponWithoutCart(let place):
            return "\(place.text(in: .english)) has a coupon but no cart function: coupons are given with a cart (tiwizi quote)."
        case .duplicateName(let name, let files):
            return "the name \(name) is declared more than once (\(files.joined(separator: ", "))); names must be unique."
        case .unknownRule(let rule, let field, let names):
            return "rule \(rule): \(field) names \(names), which no loaded rule set declares."
        case .cycle(let rules):
            return "the before/after constraints of \(rules.joined(separator: " → ")) form a cycle; no order satisfies them."
        case .unknownRuleSet(let name, let loaded):
            return "no rule set named \(name) is loaded; the loaded ones are \(Self.list(loaded, .english))."
        case .unknownParameter(let set, let name, let known):
            return "rule set \(set) has no parameter \(name); its parameters are \(Self.list(known, .english))."
        case .parameterValue(let set, let name, let expected, let got, let allowed):
            return
                "parameter \(name) of rule set \(set) must be of type \(expected)\(allowed.map { " within \($0)" } ?? ""), not \(got)."
        case .parameterNotAllowed(let set, let name, let value, let allowed):
            return "parameter \(name) of rule set \(set) cannot be \(value); allowed: \(allowed)."
        }
    }

    public var french: String {
        switch self {
        case .notARuleSet(let file, let returned):
            return
                "\(file) a renvoyé \(returned), pas un jeu de règles ; renvoyez une table avec name, version, api et rules (voir docs/rules.md)."
        case .missingField(let place, let field): return "\(place.text(in: .french)) : \(field) est obligatoire."
        case .wrongType(let place, let field, let expected, let got):
            return "\(place.text(in: .french)) : \(field) doit être \(expected), pas \(got)."
        case .notAllowed(let place, let field, let value, let allowed):
            return
                "\(place.text(in: .french)) : \(field) « \(value) » n'est pas permis ; valeurs possibles : \(allowed.joined(separator: ", "))."
        case .unknownField(let place, let field, let expected):
            return
                "\(place.text(in: .french)) : champ inconnu « \(field) » ; champs attendus : \(expected.joined(separator: ", "))."
        case .versionNotSemantic(let place, let value):
            return
                "\(place.text(in: .french)) : version « \(value) » n'est pas une version sémantique ; écrivez majeure.mineure.correctif, ex. \"1.0.0\"."
        case .apiUnreadable(let place, let value):
            return
                "\(place.text(in: .french)) : api « \(value) » n'est pas un intervalle de versions ; écrivez par ex. \">=2.1, <3\" ou \"2.1\" (même version majeure, au moins cette mineure)."
        case .apiNotProvided(let place, let needs, let provided):
            return
                "\(place.text(in: .french)) demande l'API Lua \(needs), mais ce Tiwizi fournit la \(provided) ; prenez une version du plugin écrite pour la \(provided), ou un Tiwizi qui fournit \(needs)."
        case .missingLanguages(let place, let field, let missing):
            return
                "\(place.text(in: .french)) : \(field) n'a pas de texte en \(missing.joined(separator: " ni en ")) ; écrivez {fr = \"…\", ar = \"…\"} (en est facultatif)."
        case .phasesDisagree(let place, let declared, let used):
            return
                "\(place.text(in: .french)) : phases indique \(Self.list(declared, .french)) mais ses règles ont des fonctions pour \(Self.list(used, .french)) ; accordez-les."
        case .fieldNotForType(let place, let field, let type):
            return "\(place.text(in: .french)) : un paramètre \(type) n'a pas de \(field) ; retirez-le."
        case .boundsReversed(let place, let min, let max):
            return "\(place.text(in: .french)) : min (\(min)) est au-dessus de max (\(max))."
        case .windowReversed(let place, let from, let until):
            return "\(place.text(in: .french)) : valid_until (\(until)) est avant valid_from (\(from))."
        case .noPhase(let place):
            return "\(place.text(in: .french)) : aucune fonction ; donnez au moins price, label ou cart."
        case .couponWithoutCart(let place):
            return
                "\(place.text(in: .french)) a un code promo mais pas de fonction cart : les codes se donnent avec un panier (tiwizi quote)."
        case .duplicateName(let name, let files):
            return "le nom \(name) est déclaré plusieurs fois (\(files.joined(separator: ", "))) ; les noms doivent être uniques."
        case .unknownRule(let rule, let field, let names):
            return "règle \(rule) : \(field) désigne \(names), qu'aucun jeu de règles chargé ne déclare."
        case .cycle(let rules):
            return
                "les contraintes before/after de \(rules.joined(separator: " → ")) forment un cycle ; aucun ordre ne les satisfait."
        case .unknownRuleSet(let name, let loaded):
            return "aucun jeu de règles nommé \(name) n'est chargé ; ceux qui le sont : \(Self.list(loaded, .french))."
        case .unknownParameter(let set, let name, let known):
            return "le jeu de règles \(set) n'a pas de paramètre \(name) ; ses paramètres : \(Self.list(known, .french))."
        case .parameterValue(let set, let name, let expected, let got, let allowed):
            return
                "le paramètre \(name) du jeu de règles \(set) doit être de type \(expected)\(allowed.map { " dans \($0)" } ?? ""), pas \(got)."
        case .parameterNotAllowed(let set, let name, let value, let allowed):
            return "le paramètre \(name) du jeu de règles \(set) ne peut valoir \(value) ; permis : \(allowed)."
        }
    }

    /// Names separated by commas, or “none”.
    private static func list(_ names: [String], _ language: InterfaceLanguage) -> String {
        names.isEmpty ? (language == .french ? "aucun" : "none") : names.joined(separator: ", ")
    }
}
