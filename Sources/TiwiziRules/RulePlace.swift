import TiwiziCore

/// Where in a rules folder a problem is: a file, a rule set, one of its rules or parameters, or
/// a part of a rule-set test file.
public enum RulePlace: Hashable, Sendable {
    case file(String)
    case ruleSet(file: String, name: String)
    case rule(file: String, name: String)
    case parameter(file: String, set: String, name: String)
    /// A table of a rule-set test file (`fixtures`, `tests[2]`), or one of its tests by name,
    /// or a table inside that test (`expect`).
    case section(file: String, path: String)
    case test(file: String, name: String, table: String? = nil)

    package func text(in language: InterfaceLanguage) -> String {
        let french = language == .french
        switch self {
        case .file(let file): return file
        case .ruleSet(let file, let name): return file + language.colon + (french ? "jeu de règles " : "rule set ") + name
        case .rule(let file, let name): return file + language.colon + (french ? "règle " : "rule ") + name
        case .parameter(let file, let set, let name):
            return file + language.colon + (french ? "jeu de règles \(set), paramètre " : "rule set \(set), parameter ") + name
        case .section(let file, let path): return file + language.colon + path
        case .test(let file, let name, let table):
            return file + language.colon + (french ? "test « \(name) »" : "test “\(name)”") + (table.map { ", \($0)" } ?? "")
        }
    }
}
