import Foundation

/// How a search compares names: without Arabic short vowels (harakat) and tatweel, which the
/// search index leaves out of its copy of the names (`ArabicSearchV2`). Accents and case are
/// the tokenizer's business (unicode61, diacritics removed).
enum SearchText {
    /// Arabic marks U+064B…U+065F, the superscript alef U+0670 and tatweel U+0640. The index
    /// drops the same ones; changing this set needs a migration that rebuilds the index.
    static let ignored: Set<UInt32> = Set(0x064B...0x065F).union([0x0670, 0x0640])

    /// `text` in NFC (as names are stored), without the ignored marks.
    static func plain(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(
            contentsOf: text.precomposedStringWithCanonicalMapping.unicodeScalars.filter { !ignored.contains($0.value) })
        return String(scalars)
    }
}
