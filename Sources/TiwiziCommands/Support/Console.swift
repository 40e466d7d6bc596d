import Foundation
import TiwiziCore
import TiwiziInterchange

/// Where the command's output goes: results on stdout, problems and progress on stderr.
enum Console {
    static let language = InterfaceLanguage.current

    static func out(_ text: String) { write(Data((text + "\n").utf8)) }

    /// Writes to stdout. Output that cannot be written (a full disk, a closed stdout) ends the
    /// command at once with a message and exit status 1: there is nothing left to say it to.
    static func write(_ data: Data) {
        do throws(OutputFailure) {
            try standardOutput.write(data)
        } catch {
            failure(describe(error))
            exit(1)
        }
    }

    static func error(_ text: String) { try? standardError.write(Data((text + "\n").utf8)) }

    /// The message `one` for a count of one (in French also zero, as French counts it), `other`
    /// otherwise, with `{count}` filled: plurals are code, never "problème(s)".
    static func counted(_ count: Int, one: MessageKey, other: MessageKey) -> String {
        let singular = count == 1 || (language == .french && count == 0)
        return text(singular ? one : other, ["count": "\(count)"])
    }

    /// Prints `text` on stderr as an error: `error: …`, `erreur : …`.
    static func failure(_ text: String) { error(Message(.errorPrefix).text(in: language) + language.colon + text) }

    /// Standard output, for writers that report their own failures (`export`).
    static let standardOutput = FileOutput(descriptor: STDOUT_FILENO, target: "-")
    private static let standardError = FileOutput(descriptor: STDERR_FILENO, target: "-")

    /// Why writing failed, in the interface language.
    static func describe(_ failure: OutputFailure) -> String {
        let target = failure.target == "-" ? text(.standardOutput) : failure.target
        switch failure.code {
        case ENOSPC, EDQUOT: return text(.outputDiskFull, ["target": target])
        case EPIPE, EBADF: return text(.outputClosed, ["target": target])
        default: return text(.outputFailed, ["target": target, "reason": failure.systemReason])
        }
    }

    /// A message from the catalog, in the interface language.
    static func text(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
        Message(key, arguments).text(in: language)
    }

    /// Progress is shown only to a person watching a terminal: never in pipes, files or CI.
    static var showsProgress: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
    }

    /// Rewrites one status line on the terminal (carriage return, then clears the line).
    static func progress(_ text: String) {
        guard showsProgress else { return }
        try? standardError.write(Data("\r\u{1B}[2K\(text)".utf8))
    }

    static func endProgress() {
        guard showsProgress else { return }
        try? standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}

extension Console {
    /// The language prices and names are shown in: the interface language.
    static var displayLanguage: Language { language == .french ? .french : .english }
}
