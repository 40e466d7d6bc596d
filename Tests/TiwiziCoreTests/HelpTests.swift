import Foundation
import Testing

@testable import TiwiziCore

@Suite("Help: catalog")
struct HelpCatalogTests {
    private static let noBreak: Character = "\u{00A0}"

    private func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    /// The example lines of a text: the indented ones (commands and their continuation lines).
    private func exampleLines(_ text: String) -> [Substring] { lines(text).filter { $0.hasPrefix("  ") } }

    private var discussions: [HelpKey] { HelpKey.allCases.filter { $0.rawValue.hasSuffix("Discussion") } }

    @Test func everyKeyHasEnglishAndFrench() {
        for key in HelpKey.allCases {
            #expect(!key.english.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(key) has no English")
            #expect(!key.french.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(key) has no French")
        }
        #expect(HelpKey.allCases.count > 100)
    }

    @Test func frenchIsNotACopyOfEnglish() {
        // Every help text is prose (a discussion at least says "Exemple :"), so none is the same in both languages.
        let copies = HelpKey.allCases.filter { $0.english == $0.french }
        #expect(copies.isEmpty, "\(copies)")
    }

    @Test func placeholdersAgreeBetweenLanguages() {
        for key in HelpKey.allCases {
            #expect(placeholders(key.english) == placeholders(key.french), "\(key)")
            for name in placeholders(key.english) {
                #expect(!name.isEmpty && name.allSatisfy { $0.isLetter && $0.isASCII }, "\(key): {\(name)}")
            }
        }
    }

    @Test func everyCommandHasAnAbstractAndADiscussion() {
        let abstracts = Set(HelpKey.allCases.filter { $0.rawValue.hasSuffix("Abstract") }.map { $0.rawValue.dropLast(8) })
        let discussed = Set(discussions.map { $0.rawValue.dropLast(10) })
        #expect(abstracts == discussed)
        #expect(abstracts.count == 25)
    }

    @Test func abstractsAreOneSentenceOnOneLine() {
        for key in HelpKey.allCases where key.rawValue.hasSuffix("Abstract") {
            for text in [key.english, key.french] {
                #expect(!text.contains("\n") && text.hasSuffix("."), "\(key): \(text)")
            }
        }
    }

    @Test func everyDiscussionShowsExamples() {
        for key in discussions {
            let english = lines(key.english)
            let french = lines(key.french)
            #expect(english.contains { $0 == "Example:" || $0 == "Examples:" }, "\(key): \(key.english)")
            #expect(french.contains { $0 == "Exemple :" || $0 == "Exemples :" }, "\(key): \(key.french)")
            #expect(exampleLines(key.english).first?.hasPrefix("  tiwizi ") == true, "\(key)")
        }
    }

    @Test func examplesAreTheSameInBothLanguages() {
        for key in HelpKey.allCases {
            #expect(exampleLines(key.english) == exampleLines(key.french), "\(key)")
        }
        let examples = discussions.flatMap { exampleLines($0.english) }.filter { $0.hasPrefix("  tiwizi ") }
        #expect(examples.count > 40)
    }

    @Test func discussionsArePlainThenHeadingThenExamples() {
        for key in discussions {
            for text in [key.english, key.french] {
                let all = lines(text)
                guard let heading = all.firstIndex(where: { $0.hasPrefix("Exemple") || $0.hasPrefix("Example") }) else {
                    continue  // reported by everyDiscussionShowsExamples
                }
                // Prose paragraphs (one line each, ArgumentParser wraps them), then a blank line before the heading.
                #expect(heading == 0 || all[heading - 1].isEmpty, "\(key): \(text)")
                #expect(all[..<heading].allSatisfy { !$0.hasPrefix(" ") && !$0.hasSuffix(" ") }, "\(key): \(text)")
                // After the heading, only example lines.
                #expect(all[(heading + 1)...].allSatisfy { $0.hasPrefix("  ") }, "\(key): \(text)")
                #expect(all.last?.isEmpty == false, "\(key) ends with a blank line")
            }
        }
    }

    @Test func exampleLinesFitEightyColumns() {
        // ArgumentParser wraps help to the terminal, 80 columns when it cannot tell; a line of 80 characters
        // followed by another is already wrapped, so examples keep to 79.
        for key in discussions {
            for line in exampleLines(key.english) {
                #expect(line.count <= 79, "\(key): \(line)")
                #expect(line.hasPrefix("  tiwizi ") || line.hasPrefix("    "), "\(key): \(line)")
            }
            // A command continued on the next line ends with " \".
            let all = exampleLines(key.english)
            for (line, next) in zip(all, all.dropFirst()) where next.hasPrefix("    ") {
                #expect(line.hasSuffix(" \\"), "\(key): \(line)")
            }
        }
    }
}

@Suite("Help: text")
struct HelpTextTests {
    @Test func englishIsAsWritten() {
        for key in HelpKey.allCases where !key.english.contains("{") {
            #expect(key.text(in: .english) == key.english, "\(key)")
        }
    }

    @Test func argumentsFillPlaceholders() {
        #expect(HelpKey.invalidParam.text(in: .english, ["value": "x"]) == "--param expects key=value, got “x”.")
        #expect(
            HelpKey.invalidParam.text(in: .french, ["value": "x"])
                == "--param attend la forme clé=valeur\u{00A0}; reçu «\u{00A0}x\u{00A0}».")
        #expect(HelpKey.invalidAt.text(in: .english) == "--at expects a date-time such as 2026-03-20T09:00, got “{value}”.")
    }

    @Test func argumentsAreNotReinterpreted() {
        #expect(HelpKey.invalidMaxMemory.text(in: .english, ["value": "{value} ;"]).hasSuffix("got “{value} ;”."))
        #expect(HelpKey.invalidMaxMemory.text(in: .french, ["value": "a :"]).hasSuffix("reçu «\u{00A0}a :\u{00A0}»."))
    }

    @Test func frenchPunctuationStaysWithItsWord() {
        for key in HelpKey.allCases {
            let text = key.text(in: .french)
            let prose = text.split(separator: "\n").filter { !$0.hasPrefix(" ") }
            for line in prose {
                for mark in [" :", " ;", " ?", " !", " »", "« "] {
                    #expect(!line.contains(mark), "\(key): \(line)")
                }
            }
            // Only spaces change: the text reads the same, and examples are left as written.
            #expect(text.replacingOccurrences(of: "\u{00A0}", with: " ") == key.french, "\(key)")
            #expect(
                text.split(separator: "\n").filter { $0.hasPrefix("  ") }
                    == key.french.split(separator: "\n").filter { $0.hasPrefix("  ") }, "\(key)")
        }
        #expect(HelpKey.optionPhone.text(in: .french) == "Téléphone\u{00A0}: +212 puis 5, 6 ou 7 puis 8 chiffres.")
    }

    @Test func sharedOptionsReadTheSameEverywhere() {
        #expect(HelpKey.optionCatalog.text(in: .english).contains("$TIWIZI_CATALOG"))
        #expect(HelpKey.optionCatalog.text(in: .french).contains("$TIWIZI_CATALOG"))
        #expect(HelpKey.rootDiscussion.text(in: .french).contains("LC_MESSAGES"))
    }
}
