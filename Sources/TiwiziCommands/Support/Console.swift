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
            failure(say(problem(error)))
            exit(1)
        }
    }

    static func error(_ text: String) { try? standardError.write(Data((text + "\n").utf8)) }

    /// Prints `text` on stderr as an error: `error: …`, `erreur : …`.
    static func failure(_ text: String) { error(say(CommandMessage.errorLabel) + language.colon + text) }

    /// Standard output, for writers that report their own failures (`export`).
    static let standardOutput = FileOutput(descriptor: STDOUT_FILENO, target: "-")
    private static let standardError = FileOutput(descriptor: STDERR_FILENO, target: "-")

    /// Why writing failed.
    static func problem(_ failure: OutputFailure) -> CommandProblem {
        let target = failure.target == "-" ? say(CommandMessage.standardOutput) : failure.target
        switch failure.code {
        case ENOSPC, EDQUOT: return .diskFull(target: target)
        case EPIPE, EBADF: return .outputClosed(target: target)
        default: return .outputFailed(target: target, reason: failure.systemReason)
        }
    }

    /// A message in the interface language; a problem (also in an issue) is followed by the
    /// command line's hint for it.
    static func say(_ message: any HumanReadable) -> String {
        let problem = (message as? Issue)?.problem ?? message as? any Problem
        let hint = problem.flatMap(Hint.for).map { " " + $0.text(in: language) } ?? ""
        return message.text(in: language) + hint
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
