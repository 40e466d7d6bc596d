import Foundation
import TiwiziCore

/// Where the command's output goes: results on stdout, problems and progress on stderr.
enum Console {
    static let language = InterfaceLanguage.current

    static func out(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }

    static func write(_ data: Data) { FileHandle.standardOutput.write(data) }

    static func error(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

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
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(text)".utf8))
    }

    static func endProgress() {
        guard showsProgress else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}

extension Console {
    /// The language prices and names are shown in: the interface language.
    static var displayLanguage: Language { language == .french ? .french : .english }
}
