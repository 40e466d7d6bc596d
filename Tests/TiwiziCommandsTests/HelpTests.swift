import Foundation
import Testing
import TiwiziCore

@testable import TiwiziCommands

@Suite("Help: catalog")
struct HelpCatalogTests {
    private static let noBreak: Character = "\u{00A0}"

    private func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    /// The example lines of a text: the indented ones (commands and their continuation lines).
    private func exampleLines(_ text: String) -> [Substring] { lines(text).filter { $0.hasPrefix("  ") } }

    private var discussions: [HelpText] { HelpText.allCases.filter { $0.rawValue.hasSuffix("Discussion") } }

    @Test func everyKeyHasEnglishAndFrench() {
        for key in HelpText.allCases {
            #expect(!key.english.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(key) has no English")
            #expect(!key.french.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(key) has no French")
        }
        #expect(HelpText.allCases.count > 100)
    }

    @Test func frenchIsNotACopyOfEnglish() {
        // Every help text is prose (a discussion at least says "Exemple :"), so none is the same in both languages.
        let copies = HelpText.allCases.filter { $0.english == $0.french }
        #expect(copies.isEmpty, "\(copies)")
    }

    @Test func everyCommandHasAnAbstractAndADiscussion() {
        let abstracts = Set(HelpText.allCases.filter { $0.rawValue.hasSuffix("Abstract") }.map { $0.rawValue.dropLast(8) })
        let discussed = Set(discussions.map { $0.rawValue.dropLast(10) })
        #expect(abstracts == discussed)
        #expect(abstracts.count == 53)
    }

    @Test func abstractsAreOneSentenceOnOneLine() {
        for key in HelpText.allCases where key.rawValue.hasSuffix("Abstract") {
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
        for key in HelpText.allCases {
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
        for key in HelpText.allCases {
            #expect(key.text(in: .english) == key.english, "\(key)")
        }
    }

    @Test func usageErrorsQuoteWhatWasGiven() {
        #expect(CommandProblem.invalidParameter("x").text(in: .english) == "--param expects key=value, got “x”.")
        #expect(CommandProblem.invalidParameter("x").text(in: .french) == "--param attend la forme clé=valeur ; reçu « x ».")
        #expect(CommandProblem.invalidMaxMemory("{value} ;").text(in: .english).hasSuffix("got “{value} ;”."))
    }

    @Test func frenchPunctuationStaysWithItsWord() {
        for key in HelpText.allCases {
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
        #expect(HelpText.optionPhone.text(in: .french) == "Téléphone\u{00A0}: +212 puis 5, 6 ou 7 puis 8 chiffres.")
    }

    @Test func sharedOptionsReadTheSameEverywhere() {
        #expect(HelpText.optionCatalog.text(in: .english).contains("$TIWIZI_CATALOG"))
        #expect(HelpText.optionCatalog.text(in: .french).contains("$TIWIZI_CATALOG"))
        #expect(HelpText.rootDiscussion.text(in: .french).contains("LC_MESSAGES"))
    }
}
