import Foundation

/// Text in several languages. French is required; Arabic, English and Tamazight are optional.
///
/// Values are kept in Unicode NFC so that comparisons and searches behave the same whatever
/// keyboard or spreadsheet produced them.
public struct LocalizedText: Hashable, Sendable {
    public private(set) var values: [Language: String]

    public init(_ values: [Language: String]) {
        self.values = [:]
        for (language, text) in values { self[language] = text }
    }

    public init(french: String, arabic: String? = nil) {
        self.init([.french: french])
        self[.arabic] = arabic
    }

    /// The text in `language`, or nil. Setting nil or blank text removes the language.
    public subscript(language: Language) -> String? {
        get { values[language] }
        set {
            let trimmed = newValue?.trimmingCharacters(in: .whitespacesAndNewlines)
            values[language] = (trimmed?.isEmpty ?? true) ? nil : trimmed!.precomposedStringWithCanonicalMapping
        }
    }

    /// French, which every name has once validated.
    public var french: String { values[.french] ?? "" }

    /// The text in `language`, falling back to French.
    public func text(in language: Language) -> String { values[language] ?? french }

    /// The languages present, in a stable order.
    public var languages: [Language] { Language.allCases.filter { values[$0] != nil } }
}
