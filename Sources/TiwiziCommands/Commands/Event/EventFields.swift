import ArgumentParser
import Foundation
import TiwiziCore
import TiwiziFormats
import TiwiziLua
import TiwiziRules
import TiwiziStore

extension EventCommand {
    /// What `add` and `edit` say of an event.
    struct Fields: ParsableArguments {
        @Option(name: .customLong("title-fr"), help: ArgumentHelp(.optionEventTitleFrench)) var titleFrench: String?
        @Option(name: .customLong("title-ar"), help: ArgumentHelp(.optionEventTitleArabic)) var titleArabic: String?
        @Option(name: .customLong("title-en"), help: ArgumentHelp(.optionEventTitleEnglish)) var titleEnglish: String?
        @Option(name: .customLong("place-fr"), help: ArgumentHelp(.optionEventPlaceFrench)) var placeFrench: String?
        @Option(name: .customLong("place-ar"), help: ArgumentHelp(.optionEventPlaceArabic)) var placeArabic: String?
        @Option(name: .customLong("place-en"), help: ArgumentHelp(.optionEventPlaceEnglish)) var placeEnglish: String?
        @Option(help: ArgumentHelp(.optionEventFrom)) var from: String?
        @Option(help: ArgumentHelp(.optionEventTo)) var to: String?

        var isEmpty: Bool {
            [titleFrench, titleArabic, titleEnglish, placeFrench, placeArabic, placeEnglish, from, to].allSatisfy { $0 == nil }
        }

        /// `event` with these fields changed, and the others kept.
        /// - Throws: `PluginCommandProblem` for a moment that is not one, a title without its French
        ///   or Arabic text, or a window that closes before it opens.
        func applied(to event: Event) throws -> Event {
            var event = event
            event.title = try Self.text(event.title, [.french: titleFrench, .arabic: titleArabic, .english: titleEnglish])
            let place = try Self.text(
                event.place ?? LocalizedText([:]), [.french: placeFrench, .arabic: placeArabic, .english: placeEnglish])
            event.place = place.languages.isEmpty ? nil : place
            if let from { event.opens = try Self.instant(from, option: "--from", endOfDay: false) }
            if let to { event.closes = try Self.instant(to, option: "--to", endOfDay: true) }
            for language in [Language.french, .arabic] where event.title[language] == nil {
                throw PluginCommandProblem.eventTitleMissing(language: language.rawValue)
            }
            guard event.opens < event.closes else {
                throw PluginCommandProblem.eventWindowReversed(
                    opens: Event.text(of: event.opens), closes: Event.text(of: event.closes))
            }
            return event
        }

        /// `text` with each given language's text replaced (an empty one removes it).
        private static func text(_ text: LocalizedText, _ given: [Language: String?]) throws -> LocalizedText {
            var values = text.values
            for (language, value) in given {
                guard let value else { continue }
                values[language] = LocalizedText.normalized(value)
            }
            return LocalizedText(normalized: values)
        }

        /// A moment as `--at` reads it. A day alone for `--to` means the end of that day.
        private static func instant(_ text: String, option: String, endOfDay: Bool) throws -> Date {
            guard let instant = RunContext.parseInstant(text, timeZone: .casablanca) else {
                throw PluginCommandProblem.invalidMoment(option: option, text)
            }
            guard endOfDay, let day = CalendarDate(text.trimmingSpaces), let next = day.adding(days: 1),
                let midnight = RunContext.parseInstant(next.description, timeZone: .casablanca)
            else { return instant }
            return midnight
        }
    }

    /// `honey-week: enabled, on error skip, discount=20 %`.
    static func summary(_ setting: PluginSetting) -> String {
        var parts: [String] = []
        if let enabled = setting.enabled { parts.append(Console.say(enabled ? PluginWord.enabled : .disabled)) }
        if let policy = setting.onError { parts.append("--on-error \(policy.rawValue)") }
        parts += setting.parameters.keys.sorted().map { "\($0)=\(setting.parameters[$0] ?? "")" }
        return "\(setting.plugin): " + parts.joined(separator: ", ")
    }

    static func document(_ event: Event, settings: [PluginSetting]?) -> DocumentNode {
        var pairs: [(String, DocumentNode)] = [
            ("name", .text(event.name)), ("title", event.title.node), ("place", event.place.node),
            ("opens", .text(Event.text(of: event.opens))), ("closes", .text(Event.text(of: event.closes))),
        ]
        if let settings {
            let plugins = settings.map { setting -> DocumentNode in
                .record([
                    ("plugin", .text(setting.plugin)), ("enabled", setting.enabled.map { .boolean($0) } ?? .text(nil)),
                    ("on_error", .text(setting.onError?.rawValue)),
                    ("parameters", .record(setting.parameters.keys.sorted().map { ($0, .text(setting.parameters[$0])) })),
                ])
            }
            pairs.append(("plugins", .list(plugins, line: nil)))
        }
        return .record(pairs)
    }
}
