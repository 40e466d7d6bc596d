import ArgumentParser
import Testing
import TiwiziCore

@testable import TiwiziCommands

/// One example command of a help discussion: the `tiwizi …` line and its ` \` continuation
/// lines, split into arguments as a POSIX shell splits them.
struct HelpExample: Sendable, CustomTestStringConvertible {
    let key: HelpText
    let language: Language
    /// The command as written, continuation lines joined.
    let command: String
    /// The arguments after `tiwizi`, without a trailing redirection (`> products.csv`).
    let arguments: [String]

    var testDescription: String { "\(key) (\(language)): \(command)" }

    /// Every example of every discussion, in English and in French.
    static let all: [HelpExample] = HelpText.allCases.filter { $0.rawValue.hasSuffix("Discussion") }.flatMap { key in
        [(Language.english, key.english), (Language.french, key.french)].flatMap { language, text in
            commands(in: text).map { command in
                HelpExample(key: key, language: language, command: command, arguments: ShellWords.split(command))
            }
        }
    }

    /// The commands of a discussion: each indented `tiwizi …` line, joined with the lines it
    /// continues on (a line ending in ` \`).
    static func commands(in text: String) -> [String] {
        var commands: [String] = []
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("  ") else { continue }
            let content = line.drop { $0 == " " }
            if current == nil {
                guard content.hasPrefix("tiwizi ") || content == "tiwizi" else { continue }
                current = ""
            }
            if content.hasSuffix(" \\") {
                current! += content.dropLast(2) + " "
            } else {
                commands.append(current! + content)
                current = nil
            }
        }
        if let current { commands.append(current) }
        return commands
    }
}

/// Splits a command line into words as `sh` does for the quoting the help uses: single and
/// double quotes, backslash escapes. Stops at an unquoted redirection or pipe, and drops the
/// leading `tiwizi`.
enum ShellWords {
    static func split(_ line: String) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                word.append(character)
                escaped = false
            } else if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    word.append(character)
                }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == "\\" {
                escaped = true
                inWord = true
            } else if character == " " {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else if ">|<".contains(character) && !inWord {
                break
            } else {
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        if words.last == "2" || words.last == "1" { words.removeLast() }  // `2> file`
        return words.first == "tiwizi" ? Array(words.dropFirst()) : words
    }
}

/// Every example command in the help parses with the real command tree: a renamed option or
/// subcommand, or a value an option no longer accepts, fails here rather than in a reader's shell.
@Suite struct HelpExamplesTests {
    @Test func theHelpHasExamplesToCheck() {
        #expect(HelpExample.all.count > 80, "\(HelpExample.all.count) examples found")
        #expect(HelpExample.all.allSatisfy { !$0.arguments.isEmpty })
    }

    @Test func shellWordsFollowTheShellsQuoting() {
        #expect(
            ShellWords.split(#"tiwizi coop add x --name-fr "Coopérative Tafoukt" --name-ar 'a b'"#)
                == ["coop", "add", "x", "--name-fr", "Coopérative Tafoukt", "--name-ar", "a b"])
        #expect(ShellWords.split("tiwizi export --format csv > products.csv") == ["export", "--format", "csv"])
        #expect(
            ShellWords.split(#"tiwizi product update A --price "1 450,00""#) == ["product", "update", "A", "--price", "1 450,00"])
    }

    @Test(arguments: HelpExample.all)
    func exampleParsesWithTheRealCommands(_ example: HelpExample) {
        do {
            let command = try Tiwizi.parseAsRoot(example.arguments)
            #expect(!(command is Tiwizi), "\(example.testDescription): names no subcommand")
        } catch {
            Issue.record("\(example.testDescription)\n\(Tiwizi.fullMessage(for: error))")
        }
    }
}

/// The check has teeth: what a stale example would look like fails to parse.
@Suite struct StaleExampleTests {
    @Test(arguments: [
        ["product", "list", "--regoin", "MA-09"],  // a renamed option
        ["cooperative", "list"],  // a renamed subcommand
        ["export", "--format", "xml"],  // a value the option no longer accepts
        ["product", "show"],  // a required argument left out
        ["know-how", "link", "argan-oil-extraction"],  // a rule `validate()` enforces
    ])
    func aStaleExampleFailsToParse(_ arguments: [String]) {
        #expect(throws: (any Error).self, "\(arguments)") { try Tiwizi.parseAsRoot(arguments) }
    }
}
