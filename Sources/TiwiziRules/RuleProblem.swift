import TiwiziCore

/// What is wrong with a rule set: its file, a rule's declaration, or the order of its rules.
public enum RuleProblem: Error, Problem, Bilingual {
    /// The script did not return a rule set (a table with `name`, `version`, `api`, `rules`).
    case notARuleSet(file: String, returned: String)
    /// A field of the manifest or of a rule (`where`: `rule margin` or `rule set base-pricing`).
    case missingField(where: String, field: String)
    case wrongType(where: String, field: String, expected: String, got: String)
    /// A field no rule set, rule or parameter has: a typo would otherwise do nothing.
    case unknownField(where: String, field: String, expected: [String])
    /// A value outside a closed set.
    case notAllowed(where: String, field: String, value: String, allowed: [String])
    /// `api` not written `major.minor`, or one this host does not provide.
    case apiUnreadable(set: String, value: String)
    case apiNotProvided(set: String, needs: String, provided: String)
    case windowReversed(rule: String, from: CalendarDate, until: CalendarDate)
    /// A rule with no function for any phase.
    case noPhase(rule: String)
    /// Two rules (or two rule sets) with one name.
    case duplicateName(String, files: [String])
    /// `before` or `after` names a rule that no loaded rule set declares.
    case unknownRule(rule: String, field: String, names: String)
    /// `before` and `after` constraints that no order satisfies, with the rules in the cycle.
    case cycle([String])

    public var english: String {
        switch self {
        case .notARuleSet(let file, let returned):
            return
                "\(file) returned \(returned), not a rule set; return a table with name, version, api and rules (see docs/rules.md)."
        case .missingField(let place, let field): return "\(place): \(field) is required."
        case .wrongType(let place, let field, let expected, let got):
            return "\(place): \(field) must be \(expected), not \(got)."
        case .notAllowed(let place, let field, let value, let allowed):
            return "\(place): \(field) “\(value)” is not allowed; use one of: \(allowed.joined(separator: ", "))."
        case .unknownField(let place, let field, let expected):
            return "\(place): unknown field “\(field)”; expected one of: \(expected.joined(separator: ", "))."
        case .apiUnreadable(let set, let value):
            return "rule set \(set): api “\(value)” is not a version; write major.minor, e.g. \"2.0\"."
        case .apiNotProvided(let set, let needs, let provided):
            return "rule set \(set) needs the Lua API \(needs), but this Tiwizi provides \(provided)."
        case .windowReversed(let rule, let from, let until):
            return "rule \(rule): valid_until (\(until)) is before valid_from (\(from))."
        case .noPhase(let rule):
            return "rule \(rule) has no function: give at least one of price, label or cart."
        case .duplicateName(let name, let files):
            return "the name \(name) is declared more than once (\(files.joined(separator: ", "))); names must be unique."
        case .unknownRule(let rule, let field, let names):
            return "rule \(rule): \(field) names \(names), which no loaded rule set declares."
        case .cycle(let rules):
            return "the before/after constraints of \(rules.joined(separator: " → ")) form a cycle; no order satisfies them."
        }
    }

    public var french: String {
        switch self {
        case .notARuleSet(let file, let returned):
            return
                "\(file) a renvoyé \(returned), pas un jeu de règles ; renvoyez une table avec name, version, api et rules (voir docs/rules.md)."
        case .missingField(let place, let field): return "\(place) : \(field) est obligatoire."
        case .wrongType(let place, let field, let expected, let got):
            return "\(place) : \(field) doit être \(expected), pas \(got)."
        case .notAllowed(let place, let field, let value, let allowed):
            return "\(place) : \(field) « \(value) » n'est pas permis ; valeurs possibles : \(allowed.joined(separator: ", "))."
        case .unknownField(let place, let field, let expected):
            return "\(place) : champ inconnu « \(field) » ; champs attendus : \(expected.joined(separator: ", "))."
        case .apiUnreadable(let set, let value):
            return "jeu de règles \(set) : api « \(value) » n'est pas une version ; écrivez majeure.mineure, ex. \"2.0\"."
        case .apiNotProvided(let set, let needs, let provided):
            return "le jeu de règles \(set) demande l'API Lua \(needs), mais ce Tiwizi fournit la \(provided)."
        case .windowReversed(let rule, let from, let until):
            return "règle \(rule) : valid_until (\(until)) est avant valid_from (\(from))."
        case .noPhase(let rule):
            return "la règle \(rule) n'a aucune fonction : donnez au moins price, label ou cart."
        case .duplicateName(let name, let files):
            return "le nom \(name) est déclaré plusieurs fois (\(files.joined(separator: ", "))) ; les noms doivent être uniques."
        case .unknownRule(let rule, let field, let names):
            return "règle \(rule) : \(field) désigne \(names), qu'aucun jeu de règles chargé ne déclare."
        case .cycle(let rules):
            return
                "les contraintes before/after de \(rules.joined(separator: " → ")) forment un cycle ; aucun ordre ne les satisfait."
        }
    }
}
