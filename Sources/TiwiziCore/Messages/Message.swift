import Foundation

/// Something Tiwizi tells a person: a key into the message catalog and its named arguments.
///
/// Every sentence a person reads comes from the catalog (`MessageKey`), in English or French.
public struct Message: Hashable, Sendable, CustomStringConvertible {
    public let key: MessageKey
    public let arguments: [String: String]

    public init(_ key: MessageKey, _ arguments: [String: String] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    /// The sentence in `language`, with `{name}` placeholders filled from the arguments.
    public func text(in language: InterfaceLanguage = .current) -> String {
        var result = language == .french ? key.french : key.english
        for (name, value) in arguments { result = result.replacingOccurrences(of: "{\(name)}", with: value) }
        return result
    }

    public var description: String { text() }
}

/// The language of Tiwizi's own messages.
public enum InterfaceLanguage: String, Sendable {
    case english = "en"
    case french = "fr"

    /// French when `LC_ALL`, `LC_MESSAGES` or `LANG` (the first one set, as POSIX orders them)
    /// names French; English otherwise.
    public static func from(environment: [String: String]) -> InterfaceLanguage {
        let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return setting?.lowercased().hasPrefix("fr") == true ? .french : .english
    }

    /// What separates a label from what follows: `": "`, or `" : "` in French typography.
    public var colon: String { self == .french ? " : " : ": " }

    /// The language chosen by this process's environment.
    public static let current = from(environment: ProcessInfo.processInfo.environment)
}
