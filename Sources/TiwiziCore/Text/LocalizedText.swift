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

    /// Text already trimmed and in NFC, as the catalog store wrote it: no normalisation again
    /// (reading a product back spent most of its time re-normalising its names).
    public init(normalized values: [Language: String]) {
        self.values = values.filter { !$0.value.isEmpty }
    }

    public init(french: String, arabic: String? = nil) {
        self.init([.french: french])
        self[.arabic] = arabic
    }

    /// The text in `language`, or nil. Setting nil or blank text removes the language.
    public subscript(language: Language) -> String? {
        get { values[language] }
        set { values[language] = newValue.flatMap(Self.normalized) }
    }

    /// `text` trimmed and in NFC, or nil when blank. Plain ASCII without surrounding white
    /// space already is, and skips Foundation's trimming and normalisation.
    public static func normalized(_ text: String) -> String? {
        let bytes = text.utf8
        if let first = bytes.first, let last = bytes.last, first > 0x20, last > 0x20, bytes.allSatisfy({ $0 < 0x7F }) {
            return text
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed.precomposedStringWithCanonicalMapping
    }

    /// French, which every name has once validated.
    public var french: String { values[.french] ?? "" }

    /// The text in `language`, falling back to French.
    public func text(in language: Language) -> String { values[language] ?? french }

    /// The languages present, in a stable order.
    public var languages: [Language] { Language.allCases.filter { values[$0] != nil } }
}
