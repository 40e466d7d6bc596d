import Foundation
import Testing

@testable import TiwiziCore

@Suite("Text: localized text")
struct LocalizedTextTests {
    @Test func valuesAreKeptInNFC() {
        let decomposed = "Fe\u{0300}s-Mekne\u{0300}s"
        let text = LocalizedText(french: decomposed)
        #expect(text[.french] == "Fès-Meknès")
        #expect(text[.french]!.unicodeScalars.map(\.value) == "F\u{E8}s-Mekn\u{E8}s".unicodeScalars.map(\.value))
        #expect(text.french.unicodeScalars.count == 10)
    }

    @Test func subscriptSetterNormalisesToo() {
        var text = LocalizedText(french: "Tapis")
        text[.english] = "Cafe\u{0301}"
        #expect(text[.english]!.unicodeScalars.map(\.value) == [0x43, 0x61, 0x66, 0xE9])
    }

    @Test func arabicIsNormalised() {
        // ALEF + HAMZA ABOVE composes to U+0623.
        let text = LocalizedText(french: "Argan", arabic: "\u{0627}\u{0654}ركان")
        #expect(text[.arabic]!.unicodeScalars.first?.value == 0x623)
        #expect(text[.arabic] == "أركان")
    }

    @Test func textIsTrimmedAndBlankMeansAbsent() {
        var text = LocalizedText([.french: "  Huile d'argan\n", .arabic: "   ", .english: ""])
        #expect(text[.french] == "Huile d'argan")
        #expect(text[.arabic] == nil)
        #expect(text[.english] == nil)
        #expect(text.languages == [.french])
        text[.french] = nil
        #expect(text.languages == [])
        #expect(text.french == "")
    }

    /// The fast path of `normalized` must answer as Foundation does: every scalar it trusts is
    /// unchanged by NFC alone and next to any other it trusts (composition needs a second scalar
    /// outside the set), and its answer on real names is Foundation's.
    @Test func scalarsTrustedAsStableInNFCAreStable() {
        let trusted = (UInt32(0)...0x2DFF).filter(LocalizedText.isStableInNFC).compactMap(Unicode.Scalar.init)
        let text = { (scalars: [Unicode.Scalar]) in String(String.UnicodeScalarView(scalars)) }
        for scalar in trusted {
            #expect(text([scalar]).precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([scalar]))
            #expect(scalar.properties.canonicalCombiningClass == .notReordered)
        }
        // Pairs within each block, where compositions could hide.
        for block in [
            trusted.filter { $0.value >= 0xA0 && $0.value < 0x300 }, trusted.filter { (0x600..<0x700).contains($0.value) },
        ] {
            for first in block {
                for second in block {
                    #expect(text([first, second]).precomposedStringWithCanonicalMapping == text([first, second]))
                }
            }
        }
        for sample in [
            "Huile d’argan – 250 ml", "زيت أركان", "ⵜⴰⴼⵓⴽⵜ", "Crème", " lead", "trail\u{A0}", "e\u{301}", "زَيت", "ا\u{653}",
        ] {
            let foundation = sample.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
            #expect(LocalizedText.normalized(sample) == foundation, "\(sample)")
        }
        #expect(
            !LocalizedText.isTrimmedNFC("e\u{301}") && !LocalizedText.isTrimmedNFC("زَيت") && !LocalizedText.isTrimmedNFC(" a"))
        #expect(LocalizedText.isTrimmedNFC("Huile d’argan – 250 ml") && LocalizedText.isTrimmedNFC("زيت أركان"))
    }

    @Test func languagesComeInAStableOrder() {
        let text = LocalizedText([.tamazight: "ⵜⴰⴼⵓⴽⵜ", .english: "Tafoukt", .arabic: "تافوكت", .french: "Tafoukt"])
        #expect(text.languages == [.french, .arabic, .english, .tamazight])
    }

    @Test func textInALanguageFallsBackToFrench() {
        let text = LocalizedText(french: "Safran", arabic: "زعفران")
        #expect(text.text(in: .arabic) == "زعفران")
        #expect(text.text(in: .english) == "Safran")
        #expect(text.text(in: .tamazight) == "Safran")
    }

    @Test func equalityIgnoresNormalisationForm() {
        #expect(LocalizedText(french: "Cre\u{0300}me") == LocalizedText(french: "Crème"))
    }

    @Test func languageCodesAndOnlyArabicIsRightToLeft() {
        #expect(Language.allCases.map(\.rawValue) == ["fr", "ar", "en", "zgh"])
        #expect(Language.arabic.isRightToLeft)
        #expect(!Language.french.isRightToLeft)
        #expect(!Language.tamazight.isRightToLeft)
    }
}

@Suite("Text: required French and scripts")
struct TextValidationTests {
    @Test func frenchIsRequiredByDefault() {
        let text = LocalizedText([.arabic: "زيت"])
        #expect(text.validate(field: "name") == [Issue(.frenchNameRequired, field: "name")])
        #expect(text.validate(field: "description", frenchRequired: false) == [])
    }

    @Test func wellWrittenTextInEveryLanguagePasses() {
        let text = LocalizedText([
            .french: "Coopérative féminine « Tafoukt » — Œuvre n° 2, Aït Baha",
            .arabic: "التعاونية النسوية تافوكت، رقم ٢ (2011)",
            .english: "Tafoukt Women's Cooperative #2",
            .tamazight: "ⵜⴰⵙⵎⵓⵏⵜ ⵜⴰⴼⵓⴽⵜ 2011",
        ])
        #expect(text.validate(field: "name") == [])
    }

    @Test func arabicWithDiacriticsAndTatweelPasses() {
        #expect(Script.matches("تُكسَّر ثمار أركان يدويًا", language: .arabic))
        #expect(Script.matches("زيـــت", language: .arabic))
    }

    @Test func arabicWithLatinLettersFails() {
        let text = LocalizedText(french: "Huile", arabic: "زيت argan")
        #expect(
            text.validate(field: "name") == [
                Issue(.wrongScript(language: .arabic, text: "زيت argan"), field: "name.ar")
            ])
    }

    @Test func frenchInArabicScriptFails() {
        let issues = LocalizedText(french: "زيت").validate(field: "name")
        #expect(issues == [Issue(.wrongScript(language: .french, text: "زيت"), field: "name.fr")])
        #expect(issues[0].text(in: .english) == "name.fr: the French text “زيت” must be written in Latin script.")
        #expect(issues[0].text(in: .french) == "name.fr : le texte en français « زيت » doit être écrit en alphabet latin.")
    }

    @Test(arguments: ["Tafoukt", "تافوكت", "ⵜⴰⴼⵓⴽⵜ tafoukt"])
    func tamazightMustBeTifinagh(value: String) {
        let text = LocalizedText([.french: "Tafoukt", .tamazight: value])
        #expect(
            text.validate(field: "name") == [
                Issue(.wrongScript(language: .tamazight, text: value), field: "name.zgh")
            ])
    }

    @Test func tifinaghPasses() {
        #expect(Script.matches("ⵜⵉⴼⵉⵏⴰⵖ", language: .tamazight))
        #expect(Script.matches("ⴰⵎⵍⵓ, 250 g", language: .tamazight) == false)
        #expect(Script.matches("ⴰⵎⵍⵓ — 250", language: .tamazight))
    }

    @Test func englishMustBeLatin() {
        #expect(Script.matches("Culinary argan oil", language: .english))
        #expect(!Script.matches("Argan масло", language: .english))
    }

    @Test func digitsAndPunctuationAloneMatchAnyScript() {
        for language in Language.allCases {
            #expect(Script.matches("2011 — (45) ; 3,5 %", language: language))
        }
    }

    @Test func everyProblemIsReportedInLanguageOrder() {
        let text = LocalizedText([.arabic: "oil", .english: "زيت", .tamazight: "oil"])
        #expect(
            text.validate(field: "technique").map(\.field) == [
                "technique", "technique.ar", "technique.en", "technique.zgh",
            ])
    }
}
