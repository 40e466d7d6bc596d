import TiwiziCore

/// Where in a rules folder a problem is: a file, a rule set, one of its rules or parameters.
public enum RulePlace: Hashable, Sendable {
    case file(String)
    case ruleSet(file: String, name: String)
    case rule(file: String, name: String)
    case parameter(file: String, set: String, name: String)

    func text(in language: InterfaceLanguage) -> String {
        let french = language == .french
        switch self {
        case .file(let file): return file
        case .ruleSet(let file, let name): return file + language.colon + (french ? "jeu de règles " : "rule set ") + name
        case .rule(let file, let name): return file + language.colon + (french ? "règle " : "rule ") + name
        case .parameter(let file, let set, let name):
            return file + language.colon + (french ? "jeu de règles \(set), paramètre " : "rule set \(set), parameter ") + name
        }
    }
}
