import TiwiziCore

/// What is wrong with what a curation script returned.
public enum CurationProblem: Error, Problem, Bilingual {
    case notATable(script: String, got: String)
    case missingField(script: String, field: String)
    case unknownField(script: String, field: String, allowed: [String])
    case wrongType(script: String, field: String, expected: String, got: String)
    case missingLanguages(script: String, field: String, missing: [String])
    case listedTwice(script: String, sku: String, first: String, again: String)
    case unknownProduct(script: String, sku: String)
    /// Selection options given with `--curate`: the script selects.
    case selectionWithScript

    public var english: String {
        switch self {
        case .notATable(let script, let got):
            return "\(script) returned \(got), not a curation; return a table with sections (see docs/showcase.md)."
        case .missingField(let script, let field): return "\(script): \(field) is required."
        case .unknownField(let script, let field, let allowed):
            return "\(script): unknown field “\(field)”; expected one of: \(allowed.joined(separator: ", "))."
        case .wrongType(let script, let field, let expected, let got):
            return "\(script): \(field) must be \(expected), not \(got)."
        case .missingLanguages(let script, let field, let missing):
            return "\(script): \(field) has no text in \(missing.joined(separator: " and ")); write {fr = \"…\", ar = \"…\"}."
        case .listedTwice(let script, let sku, let first, let again):
            return "\(script): \(sku) is listed twice (\(first) and \(again)); a product is shown once."
        case .unknownProduct(let script, let sku):
            return "\(script): there is no product \(sku) in the catalog."
        case .selectionWithScript:
            return
                "--curate selects the products itself; leave out --coop, --region, --category, --certification, --stock, --search and --limit."
        }
    }

    public var french: String {
        switch self {
        case .notATable(let script, let got):
            return "\(script) a renvoyé \(got), pas une sélection ; renvoyez une table avec sections (voir docs/showcase.md)."
        case .missingField(let script, let field): return "\(script) : \(field) est obligatoire."
        case .unknownField(let script, let field, let allowed):
            return "\(script) : champ inconnu « \(field) » ; champs attendus : \(allowed.joined(separator: ", "))."
        case .wrongType(let script, let field, let expected, let got):
            return "\(script) : \(field) doit être \(expected), pas \(got)."
        case .missingLanguages(let script, let field, let missing):
            return
                "\(script) : \(field) n'a pas de texte en \(missing.joined(separator: " ni en ")) ; écrivez {fr = \"…\", ar = \"…\"}."
        case .listedTwice(let script, let sku, let first, let again):
            return "\(script) : \(sku) est listé deux fois (\(first) et \(again)) ; un produit ne s'affiche qu'une fois."
        case .unknownProduct(let script, let sku):
            return "\(script) : le catalogue n'a pas de produit \(sku)."
        case .selectionWithScript:
            return
                "--curate choisit lui-même les produits ; retirez --coop, --region, --category, --certification, --stock, --search et --limit."
        }
    }
}
