import Testing

@testable import TiwiziCommands

/// A table's column widths count one column per character, none for combining marks and
/// format characters, whatever the script.
@Suite("Table: display widths")
struct TableWidthTests {
    /// The width by the Unicode properties of every scalar, the definition the shortcuts keep.
    private func byProperties(_ text: String) -> Int {
        text.unicodeScalars.filter { !$0.properties.isGraphemeExtend && $0.properties.generalCategory != .format }.count
    }

    @Test func everyLatinScalarCountsAsItsPropertiesSay() {
        for value in UInt32(0x20)..<0x300 {
            guard let scalar = Unicode.Scalar(value), value != 0x7F else { continue }
            let text = "a" + String(scalar) + "b"
            #expect(Table.width(of: text) == byProperties(text), "U+\(String(value, radix: 16))")
        }
    }

    @Test func namesInEveryScriptOfTheCatalog() {
        for text in [
            "Huile d'argan", "Crème à l'argan", "زَيْتُ أركان", "ⵜⴰⴼⵓⴽⵜ", "e\u{301}te\u{301}", "soft\u{AD}hyphen",
            "\u{200F}145,50 د.م.", "🫒 olive",
        ] {
            #expect(Table.width(of: text) == byProperties(text), "\(text)")
        }
        #expect(Table.width(of: "زَيْتُ") == 3)
    }
}
