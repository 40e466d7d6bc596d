import Foundation

/// How a search compares names: without Arabic short vowels (harakat) and tatweel, which the
/// search index leaves out of its copy of the names (`ArabicSearchV2`, `indexed(_:)`). Accents
/// and case are the tokenizer's business (unicode61, diacritics removed).
enum SearchText {
    /// Arabic marks U+064B…U+065F, the superscript alef U+0670 and tatweel U+0640. The index
    /// drops the same ones; changing this set needs a migration that rebuilds the index (the
    /// rows written before v7 were copied by the triggers of `ArabicSearchV2`, which drop these).
    static let ignored: Set<UInt32> = Set(0x064B...0x065F).union([0x0670, 0x0640])

    /// `text` in NFC (as names are stored), without the ignored marks.
    static func plain(_ text: String) -> String { indexed(text.precomposedStringWithCanonicalMapping) }

    /// A stored name (already NFC) as the search index keeps it: without the ignored marks.
    static func indexed(_ name: String) -> String {
        // Every ignored mark is U+0640…U+067F, whose UTF-8 starts with 0xD9.
        guard name.utf8.contains(0xD9) else { return name }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: name.unicodeScalars.filter { !ignored.contains($0.value) })
        return String(scalars)
    }
}
