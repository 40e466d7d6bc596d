import TiwiziCore
import TiwiziStore

/// What `tiwizi plugins` and `tiwizi event` tell a person they did, in English and French.
enum PluginMessage: Bilingual {
    case noPlugins
    case enabled(String, event: String?, onError: FailurePolicy?)
    case disabled(String, event: String?)
    case valueSet(String, parameter: String, value: String, event: String?)
    case valueUnset(String, parameter: String, event: String?)
    case valueNotSet(String, parameter: String, event: String?)
    case reset(String, event: String?)
    case folder(String)
    case noFolder
    case folderCleared
    case eventSaved(SaveOutcome, name: String)
    case eventRemoved(String)
    case noEvents

    var english: String {
        switch self {
        case .noPlugins: return "No plugins found (rules folder, catalog plugins folder, --plugins)."
        case .enabled(let name, let event, let policy):
            let failing = policy.map { $0 == .skip ? "; its failing rules are skipped" : "; its failing rules fail the run" }
            return "Plugin \(name) is enabled \(Self.scope(event, .english))\(failing ?? "")."
        case .disabled(let name, let event): return "Plugin \(name) is disabled \(Self.scope(event, .english))."
        case .valueSet(let name, let parameter, let value, let event):
            return "\(name).\(parameter) = \(value) \(Self.scope(event, .english))."
        case .valueUnset(let name, let parameter, let event):
            return "\(name).\(parameter) is no longer set \(Self.scope(event, .english))."
        case .valueNotSet(let name, let parameter, let event):
            return "\(name).\(parameter) was not set \(Self.scope(event, .english)); nothing changed."
        case .reset(let name, let event): return "The settings of plugin \(name) \(Self.scope(event, .english)) are forgotten."
        case .folder(let path): return "The catalog's plugins folder: \(path)"
        case .noFolder: return "The catalog has no plugins folder; set one with tiwizi plugins folder DIR."
        case .folderCleared: return "The catalog has no plugins folder any more."
        case .eventSaved(.added, let name): return "Event \(name) added."
        case .eventSaved(.updated, let name): return "Event \(name) updated."
        case .eventSaved(.unchanged, let name): return "Event \(name) unchanged."
        case .eventRemoved(let name): return "Event \(name) removed, with its plugin settings."
        case .noEvents: return "No events; add one with tiwizi event add."
        }
    }

    var french: String {
        switch self {
        case .noPlugins: return "Aucun plugin trouvé (dossier de règles, dossier de plugins du catalogue, --plugins)."
        case .enabled(let name, let event, let policy):
            let failing = policy.map {
                $0 == .skip ? " ; ses règles en échec sont passées" : " ; ses règles en échec arrêtent l'exécution"
            }
            return "Le plugin \(name) est activé \(Self.scope(event, .french))\(failing ?? "")."
        case .disabled(let name, let event): return "Le plugin \(name) est désactivé \(Self.scope(event, .french))."
        case .valueSet(let name, let parameter, let value, let event):
            return "\(name).\(parameter) = \(value) \(Self.scope(event, .french))."
        case .valueUnset(let name, let parameter, let event):
            return "\(name).\(parameter) n'est plus fixé \(Self.scope(event, .french))."
        case .valueNotSet(let name, let parameter, let event):
            return "\(name).\(parameter) n'était pas fixé \(Self.scope(event, .french)) ; rien n'a changé."
        case .reset(let name, let event): return "Les réglages du plugin \(name) \(Self.scope(event, .french)) sont oubliés."
        case .folder(let path): return "Le dossier de plugins du catalogue : \(path)"
        case .noFolder: return "Le catalogue n'a pas de dossier de plugins ; fixez-en un avec tiwizi plugins folder DIR."
        case .folderCleared: return "Le catalogue n'a plus de dossier de plugins."
        case .eventSaved(.added, let name): return "Événement \(name) ajouté."
        case .eventSaved(.updated, let name): return "Événement \(name) modifié."
        case .eventSaved(.unchanged, let name): return "Événement \(name) inchangé."
        case .eventRemoved(let name): return "Événement \(name) retiré, avec ses réglages de plugins."
        case .noEvents: return "Aucun événement ; ajoutez-en un avec tiwizi event add."
        }
    }

    /// `in the catalog`, `for event assises-ess-2026`.
    private static func scope(_ event: String?, _ language: InterfaceLanguage) -> String {
        switch (event, language) {
        case (nil, .english): return "in the catalog"
        case (let event?, .english): return "for event \(event)"
        case (nil, .french): return "dans le catalogue"
        case (let event?, .french): return "pour l'événement \(event)"
        }
    }
}

/// What stops `tiwizi plugins` or `tiwizi event` before it changes anything.
enum PluginCommandProblem: Error, Problem, Bilingual {
    case invalidValue(String)
    case pluginNotFound(String, found: [String])
    case folderOrClear
    case eventNameInvalid(String)
    case eventExists(String)
    case eventWindowMissing
    case eventTitleMissing(language: String)
    case eventWindowReversed(opens: String, closes: String)
    case invalidMoment(option: String, String)

    var english: String {
        switch self {
        case .invalidValue(let text): return "expected NAME=VALUE, got “\(text)”; e.g. discount=20."
        case .pluginNotFound(let name, let found):
            return
                "no plugin named \(name) was found; the plugins found are \(found.isEmpty ? "none" : found.joined(separator: ", ")) (see tiwizi plugins)."
        case .folderOrClear: return "give a folder or --clear, not both."
        case .eventNameInvalid(let name):
            return "“\(name)” is not an event name; use lowercase letters, digits and hyphens, e.g. assises-ess-2026."
        case .eventExists(let name): return "event \(name) already exists; change it with tiwizi event edit \(name)."
        case .eventWindowMissing: return "an event needs --from and --to, e.g. --from 2026-06-10 --to 2026-06-14."
        case .eventTitleMissing(let language):
            return "an event needs a title in \(language == "ar" ? "Arabic" : "French") (--title-\(language))."
        case .eventWindowReversed(let opens, let closes):
            return "the event would close (\(closes)) before it opens (\(opens)); give --to after --from."
        case .invalidMoment(let option, let text):
            return "\(option) expects a day or a date-time such as 2026-06-10T09:00, got “\(text)”."
        }
    }

    var french: String {
        switch self {
        case .invalidValue(let text): return "NOM=VALEUR attendu, reçu « \(text) » ; par ex. discount=20."
        case .pluginNotFound(let name, let found):
            return
                "aucun plugin nommé \(name) n'a été trouvé ; plugins trouvés : \(found.isEmpty ? "aucun" : found.joined(separator: ", ")) (voir tiwizi plugins)."
        case .folderOrClear: return "donnez un dossier ou --clear, pas les deux."
        case .eventNameInvalid(let name):
            return "« \(name) » n'est pas un nom d'événement ; utilisez minuscules, chiffres et tirets, par ex. assises-ess-2026."
        case .eventExists(let name): return "l'événement \(name) existe déjà ; changez-le avec tiwizi event edit \(name)."
        case .eventWindowMissing: return "un événement demande --from et --to, par ex. --from 2026-06-10 --to 2026-06-14."
        case .eventTitleMissing(let language):
            return "un événement demande un titre en \(language == "ar" ? "arabe" : "français") (--title-\(language))."
        case .eventWindowReversed(let opens, let closes):
            return "l'événement fermerait (\(closes)) avant d'ouvrir (\(opens)) ; donnez --to après --from."
        case .invalidMoment(let option, let text):
            return "\(option) attend un jour ou une date-heure comme 2026-06-10T09:00 ; reçu « \(text) »."
        }
    }
}
