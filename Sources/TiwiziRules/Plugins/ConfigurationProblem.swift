import Foundation
import TiwiziCore

/// What is wrong with what a catalog configures for its plugins: an event it does not have or
/// that is not open, a plugin it enables that is not found, a stored value the plugin's
/// manifest no longer accepts, or a configured plugins folder that is gone.
public enum ConfigurationProblem: Error, Problem, Bilingual {
    case unknownEvent(String, known: [String])
    case eventNotOpen(event: String, opens: Date, closes: Date, at: Date)
    /// A setting enables a plugin that no plugin folder holds (`event`: nil for the catalog).
    case pluginNotFound(String, event: String?)
    /// A stored value the manifest refuses (`problem` says why), or one of a parameter the
    /// plugin does not declare.
    case storedValue(plugin: String, event: String?, problem: RuleProblem)
    case folderNotFound(String)

    public var english: String {
        switch self {
        case .unknownEvent(let name, let known):
            let events = known.isEmpty ? "the catalog has none" : "its events are \(known.joined(separator: ", "))"
            return "the catalog has no event “\(name)”; \(events). Add it with tiwizi event add \(name)."
        case .eventNotOpen(let event, let opens, let closes, let at):
            return
                "event \(event) runs from \(Self.time(opens)) until \(Self.time(closes)), and \(Self.time(at)) is outside it; give --at a moment within it."
        case .pluginNotFound(let name, let event):
            return
                "the catalog enables plugin \(name)\(Self.scope(event, .english)) but no plugin of that name was found; add its folder with --plugins DIR or tiwizi plugins folder DIR, or run tiwizi plugins disable \(name)\(Self.option(event))."
        case .storedValue(let plugin, let event, let problem):
            return
                "the catalog's setting of plugin \(plugin)\(Self.scope(event, .english)) is refused: \(problem.english) Set another value with tiwizi plugins set \(plugin) NAME=VALUE\(Self.option(event)), or remove it with tiwizi plugins unset \(plugin) NAME\(Self.option(event))."
        case .folderNotFound(let path):
            return
                "the plugins folder configured for the catalog, \(path), does not exist; restore it, or set another with tiwizi plugins folder DIR (tiwizi plugins folder --clear removes it)."
        }
    }

    public var french: String {
        switch self {
        case .unknownEvent(let name, let known):
            let events = known.isEmpty ? "il n'en a aucun" : "ses événements : \(known.joined(separator: ", "))"
            return "le catalogue n'a pas d'événement « \(name) » ; \(events). Ajoutez-le avec tiwizi event add \(name)."
        case .eventNotOpen(let event, let opens, let closes, let at):
            return
                "l'événement \(event) va de \(Self.time(opens)) à \(Self.time(closes)), et \(Self.time(at)) est en dehors ; donnez à --at un moment pendant l'événement."
        case .pluginNotFound(let name, let event):
            return
                "le catalogue active le plugin \(name)\(Self.scope(event, .french)) mais aucun plugin de ce nom n'a été trouvé ; ajoutez son dossier avec --plugins DIR ou tiwizi plugins folder DIR, ou lancez tiwizi plugins disable \(name)\(Self.option(event))."
        case .storedValue(let plugin, let event, let problem):
            return
                "le réglage du plugin \(plugin)\(Self.scope(event, .french)) dans le catalogue est refusé : \(problem.french) Donnez une autre valeur avec tiwizi plugins set \(plugin) NOM=VALEUR\(Self.option(event)), ou retirez-la avec tiwizi plugins unset \(plugin) NOM\(Self.option(event))."
        case .folderNotFound(let path):
            return
                "le dossier de plugins configuré pour le catalogue, \(path), n'existe pas ; restaurez-le, ou donnez-en un autre avec tiwizi plugins folder DIR (tiwizi plugins folder --clear le retire)."
        }
    }

    private static func scope(_ event: String?, _ language: InterfaceLanguage) -> String {
        guard let event else { return "" }
        return language == .french ? " pour l'événement \(event)" : " for event \(event)"
    }

    private static func option(_ event: String?) -> String { event.map { " --event \($0)" } ?? "" }

    private static func time(_ date: Date) -> String { Event.text(of: date) }
}
