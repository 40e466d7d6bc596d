extension LocalizedText {
    /// Checks that French is present (when `frenchRequired`), and that each language is in its
    /// script, within `maximum` characters and, unless `multiline`, on one line.
    public func validate(
        field: String, frenchRequired: Bool = true, maximum: Int = Limits.nameLength, multiline: Bool = false
    ) -> [Issue] {
        var issues: [Issue] = []
        if frenchRequired && self[.french] == nil { issues.append(Issue(.frenchNameRequired, field: field)) }
        for (language, text) in languages.compactMap({ language in values[language].map { (language, $0) } }) {
            let path = "\(field).\(language.rawValue)"
            if let issue = Issue.tooLong(text, maximum: maximum, field: path) {
                issues.append(issue)
                continue  // a script check of a huge text would only say more of the same
            }
            if let issue = Issue.invisibleControls(text, field: path, multiline: multiline) { issues.append(issue) }
            if !Script.matches(text, language: language) {
                issues.append(
                    Issue(.wrongScript(language: language, text: text), field: path))
            }
        }
        return issues
    }
}

extension Issue {
    /// The issue for text with a control character (a line break too, unless `multiline`) or a
    /// bidi embedding or override mark, which can make a name display as another; nil when clean.
    /// Left-to-right and right-to-left marks (U+200E, U+200F) are allowed: mixed text needs them.
    public static func invisibleControls(_ text: String?, field: String, multiline: Bool = false) -> Issue? {
        guard let text else { return nil }
        let bad = text.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0x0A where multiline: return false
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return true
            case 0x202A...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }
        guard let bad else { return nil }
        let code = "U+" + String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4)
        return Issue(.textControlCharacter(code: code), field: field)
    }

    /// Every issue of an optional one-line text field: too long or with control characters.
    public static func shortText(_ text: String?, field: String, maximum: Int = Limits.shortTextLength) -> [Issue] {
        [tooLong(text, maximum: maximum, field: field) ?? invisibleControls(text, field: field)].compactMap { $0 }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
