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
        self.values = values.values.contains(where: \.isEmpty) ? values.filter { !$0.value.isEmpty } : values
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

    /// `text` trimmed and in NFC, or nil when blank. Text that is already (`isTrimmedNFC`)
    /// skips Foundation's trimming and normalisation, which an import spent a tenth of its time in.
    public static func normalized(_ text: String) -> String? {
        if isTrimmedNFC(text) { return text }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed.precomposedStringWithCanonicalMapping
    }

    /// Whether `text` is not blank, starts and ends with no white space, and is in NFC, judged
    /// without normalising: every scalar is one that NFC leaves alone whatever surrounds it
    /// (`isStableInNFC`). False only means that Foundation must look.
    static func isTrimmedNFC(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first?.value, let last = scalars.last?.value else { return false }
        let surelyNotSpace = { (value: UInt32) in value > 0x20 && !(0x7F...0xA0).contains(value) }
        return surelyNotSpace(first) && surelyNotSpace(last) && scalars.allSatisfy { isStableInNFC($0.value) }
    }

    /// Scalars with no canonical decomposition change, combining class 0, and that no following
    /// scalar of this same set composes with: Latin up to U+02FF (French accents precomposed),
    /// Arabic letters, digits and punctuation without the marks (U+0610…U+061A, U+064B…U+065F,
    /// U+0670), dashes and quotes U+2010…U+2027, Tifinagh without its joiner U+2D7F.
    static func isStableInNFC(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x600...0x60F, 0x61B...0x64A, 0x660...0x66F, 0x671...0x6D3, 0x2010...0x2027, 0x2D30...0x2D7E:
            return true
        default:
            return false
        }
    }

    /// French, which every name has once validated.
    public var french: String { values[.french] ?? "" }

    /// The text in `language`, falling back to French.
    public func text(in language: Language) -> String { values[language] ?? french }

    /// The languages present, in a stable order.
    public var languages: [Language] { Language.allCases.filter { values[$0] != nil } }
}
