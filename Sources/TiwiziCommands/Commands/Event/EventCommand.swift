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
                let list = JSONList()
                for event in events { list.add(EventCommand.document(event, settings: nil)) }
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
}
