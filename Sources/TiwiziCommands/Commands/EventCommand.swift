import ArgumentParser
import Foundation
import TiwiziCore
import TiwiziFormats
import TiwiziLua
import TiwiziRules
import TiwiziStore

/// `tiwizi event`: the catalog's events, each a named, dated configuration of the plugins.
struct EventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event", abstract: HelpText.eventAbstract.text, discussion: HelpText.eventDiscussion.text,
        subcommands: [Add.self, Edit.self, List.self, Show.self, Remove.self])

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
            guard endOfDay, let day = CalendarDate(text.trimmingSpaces),
                let midnight = RunContext.parseInstant(day.adding(days: 1).description, timeZone: .casablanca)
            else { return instant }
            return midnight
        }
    }

    /// `tiwizi event add NAME --title-fr … --title-ar … --from … --to …`.
    struct Add: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: HelpText.eventAddAbstract.text, discussion: HelpText.eventAddDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentNewEventName)) var name: String
        @OptionGroup var fields: Fields

        func execute() throws {
            guard Identifier.isSlug(name) else { throw PluginCommandProblem.eventNameInvalid(name) }
            guard fields.from != nil, fields.to != nil else { throw PluginCommandProblem.eventWindowMissing }
            let blank = Event(name: name, title: LocalizedText([:]), opens: .distantPast, closes: .distantFuture)
            let event = try fields.applied(to: blank)
            try catalog.open().write { writer in
                guard try writer.reader.event(name) == nil else { throw PluginCommandProblem.eventExists(name) }
                try writer.save(event)
            }
            Console.out(Console.say(PluginMessage.eventSaved(.added, name: name)))
        }
    }

    /// `tiwizi event edit NAME [fields]`: changes only the fields given.
    struct Edit: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: HelpText.eventEditAbstract.text, discussion: HelpText.eventEditDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentEventName)) var name: String
        @OptionGroup var fields: Fields

        func execute() throws {
            guard !fields.isEmpty else { throw CommandProblem.nothingToUpdate }
            let outcome = try catalog.open().write { writer in
                guard let event = try writer.reader.event(name) else {
                    throw ConfigurationProblem.unknownEvent(name, known: try writer.reader.events().map(\.name))
                }
                return try writer.save(try fields.applied(to: event))
            }
            Console.out(Console.say(PluginMessage.eventSaved(outcome, name: name)))
        }
    }

    /// `tiwizi event list`.
    struct List: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: HelpText.eventListAbstract.text, discussion: HelpText.eventListDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Flag(help: ArgumentHelp(.flagJSONTable)) var json = false

        func execute() throws {
            let events = try catalog.open(readOnly: true).read { try $0.events() }
            if json {
                var list = JSONList()
                for event in events { list.add(JSONDocument.render(EventCommand.document(event, settings: nil))) }
                return list.finish()
            }
            let language = Console.displayLanguage
            var table = Table(headers: [.event, .title, .place, .opens, .closes])
            for event in events {
                table.add([
                    event.name, event.title.text(in: language), event.place?.text(in: language) ?? "",
                    Event.text(of: event.opens), Event.text(of: event.closes),
                ])
            }
            table.finish()
            if events.isEmpty { Console.error(Console.say(PluginMessage.noEvents)) }
        }
    }

    /// `tiwizi event show NAME`: the event and the plugin settings it makes.
    struct Show: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: HelpText.eventShowAbstract.text, discussion: HelpText.eventShowDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentEventName)) var name: String
        @Flag(help: ArgumentHelp(.flagJSONRecord)) var json = false

        func execute() throws {
            let (event, settings) = try catalog.open(readOnly: true).read { reader in
                guard let event = try reader.event(name) else {
                    throw ConfigurationProblem.unknownEvent(name, known: try reader.events().map(\.name))
                }
                return (event, try reader.pluginSettings().filter { $0.event == name })
            }
            if json { return Console.out(JSONDocument.render(EventCommand.document(event, settings: settings))) }
            var sheet = Sheet(title: event.name, subtitle: event.title.text(in: Console.displayLanguage))
            for language in event.title.languages { sheet.add(.title, "\(language.rawValue): \(event.title[language] ?? "")") }
            for language in event.place?.languages ?? [] {
                sheet.add(.place, "\(language.rawValue): \(event.place?[language] ?? "")")
            }
            sheet.add(.opens, Event.text(of: event.opens))
            sheet.add(.closes, Event.text(of: event.closes))
            for setting in settings { sheet.add(.plugin, EventCommand.summary(setting)) }
            sheet.print()
        }
    }

    /// `tiwizi event remove NAME`: the event and its plugin settings.
    struct Remove: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: HelpText.eventRemoveAbstract.text, discussion: HelpText.eventRemoveDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentEventName)) var name: String

        func execute() throws {
            try catalog.open().write { writer in
                guard try writer.removeEvent(name) else {
                    throw ConfigurationProblem.unknownEvent(name, known: try writer.reader.events().map(\.name))
                }
            }
            Console.out(Console.say(PluginMessage.eventRemoved(name)))
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
        func text(_ text: LocalizedText?) -> DocumentNode {
            guard let text else { return .text(nil) }
            return .record(text.languages.map { ($0.rawValue, .text(text[$0])) })
        }
        var pairs: [(String, DocumentNode)] = [
            ("name", .text(event.name)), ("title", text(event.title)), ("place", text(event.place)),
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
