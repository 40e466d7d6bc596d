import Foundation

/// Something a person reads — an error, a warning, a report line — in their language.
///
/// Every failure a person can meet conforms, so that a program built on Tiwizi renders errors in
/// one place: `text(in:)`.
public protocol HumanReadable: Sendable {
    /// The sentence in `language`.
    func text(in language: InterfaceLanguage) -> String
}

/// A message written out in each interface language. The compiler checks the rest: a case
/// without a sentence, a language without a switch, or a missing argument does not build.
public protocol Bilingual: HumanReadable {
    /// The English sentence.
    var english: String { get }
    /// La phrase en français.
    var french: String { get }
}

extension Bilingual {
    public func text(in language: InterfaceLanguage) -> String { language == .french ? french : english }
}

/// What is wrong with some input: the typed message an `Issue` carries. The domain says *what*
/// is wrong; a program that shows it (the CLI) may add *how* to fix it in its own terms.
public protocol Problem: HumanReadable, Hashable {}

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

    /// Whether `count` takes the singular: one in English; zero and one in French.
    public func isSingular(_ count: Int) -> Bool { count == 1 || (self == .french && count == 0) }

    /// The language chosen by this process's environment.
    public static let current = from(environment: ProcessInfo.processInfo.environment)
}

extension Problem {
    /// A stable, machine-readable name of the problem: its case name (`iceInvalid`), for
    /// programs and tests that tell problems apart without reading sentences.
    public var code: String {
        Mirror(reflecting: self).children.first?.label ?? String(describing: self)
    }
}
