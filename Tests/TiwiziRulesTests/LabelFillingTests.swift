import Testing
import TiwiziCore

@testable import TiwiziRules

/// `{name}` placeholders of a label's text, filled from the values its rule gives.
@Suite("Label placeholders")
struct LabelFillingTests {
    let text = LocalizedText([.french: "{share} % pour {who}", .arabic: "{share}٪ للتعاونية"])

    @Test("each placeholder takes its value in every language; one without a value stays")
    func fills() {
        let filled = text.filling(["share": "82"])
        #expect(filled[.french] == "82 % pour {who}" && filled[.arabic] == "82٪ للتعاونية")
        #expect(text.filling([:]) == text)
    }

    @Test("a value is not filled again, and a value that is not ASCII is normalised with the text")
    func valuesAreInsertedOnce() {
        #expect(text.filling(["share": "{who}", "who": "x"])[.french] == "{who} % pour x")
        let decomposed = text.filling(["share": "1", "who": "le me\u{0301}tier"])
        #expect(decomposed[.french] == "1 % pour le m\u{00E9}tier")
        #expect(decomposed[.french]?.unicodeScalars.count == "1 % pour le métier".unicodeScalars.count)
    }

    @Test("braces that name nothing, or do not close, stay as written")
    func unmatchedBraces() {
        let odd = LocalizedText([.french: "{share}{ {a{b} } {share} fin {"])
        #expect(odd.filling(["share": "7", " {a{b": "x"])[.french] == "7x } 7 fin {")
        #expect(odd.filling(["share": "7"])[.french] == "7{ {a{b} } 7 fin {")
        #expect(LocalizedText([.french: "{}"]).filling(["": "vide"])[.french] == "vide")
    }
}
