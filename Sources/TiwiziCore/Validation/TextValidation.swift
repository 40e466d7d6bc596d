extension LocalizedText {
    /// Checks that French is present (when `frenchRequired`) and each language is in its script.
    public func validate(field: String, frenchRequired: Bool = true) -> [Issue] {
        var issues: [Issue] = []
        if frenchRequired && self[.french] == nil { issues.append(Issue(.frenchRequired, field: field)) }
        for language in languages {
            let text = values[language]!
            if !Script.matches(text, language: language) {
                issues.append(
                    Issue(
                        .wrongScript,
                        [
                            "language": language.rawValue, "value": text,
                            "script": language.scriptName,
                        ], field: "\(field).\(language.rawValue)"))
            }
        }
        return issues
    }
}

extension Language {
    /// The name of the script the language is written in, as messages use it.
    var scriptName: String {
        switch self {
        case .french, .english: return "Latin"
        case .arabic: return "Arabic"
        case .tamazight: return "Tifinagh"
        }
    }
}
