import ArgumentParser
import TiwiziCore
import TiwiziFormats
import TiwiziInterchange
import TiwiziStore

/// `tiwizi know-how …`: artisan know-how and its links to cooperatives and products.
struct KnowHowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: RecordKind.knowHow.command, abstract: HelpText.knowHowAbstract.text,
        discussion: HelpText.knowHowDiscussion.text,
        subcommands: [
            AddCommand<KnowHowFields>.self, List.self, Show.self, UpdateCommand<KnowHowFields>.self, Link.self,
        ])
}

extension KnowHowCommand {
    /// `tiwizi know-how list`.
    struct List: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: HelpText.knowHowListAbstract.text, discussion: HelpText.knowHowListDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Flag(help: ArgumentHelp(.flagJSONTable)) var json = false

        func execute() throws {
            let all = try catalog.open(readOnly: true).read { try $0.allKnowHow() }
            if json {
                let list = JSONList()
                for knowHow in all { list.add(RecordJSON.knowHow(knowHow)) }
                return list.finish()
            }
            var table = Table(
                headers: [.id, .name, .craftFamily, .region, .heritage])
            for k in all {
                table.add([
                    k.id, k.name.french, k.craftFamily, k.regions.map(\.code).joined(separator: " "),
                    k.heritage.map { [$0.status, $0.year.map(String.init)].compactMap { $0 }.joined(separator: " ") } ?? "",
                ])
            }
            table.finish()
        }
    }
}

extension KnowHowCommand {
    /// `tiwizi know-how show`.
    struct Show: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: HelpText.knowHowShowAbstract.text,
            discussion: HelpText.knowHowShowDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentKnowHowID)) var id: String
        @Flag(help: ArgumentHelp(.flagJSONRecord)) var json = false

        func execute() throws {
            try catalog.open(readOnly: true).read { reader in
                guard let k = try reader.knowHow(id) else { throw CatalogError.notFound(.knowHow, key: id) }
                if json { return Console.out(JSONDocument.render(RecordJSON.knowHow(k))) }
                var sheet = Sheet(title: k.name.french, subtitle: k.name[.arabic])
                sheet.add(.craftFamily, k.craftFamily)
                sheet.add(.technique, k.technique?.french)
                sheet.add(.region, k.regions.map { "\($0.code) \($0.name.french)" }.joined(separator: ", "))
                sheet.add(
                    .heritage,
                    k.heritage.map { [$0.status, $0.year.map(String.init), $0.title].compactMap { $0 }.joined(separator: " · ") })
                // Artisans who did not consent are never shown.
                sheet.add(.artisans, k.artisans.filter(\.consentToPublish).map(\.name).joined(separator: ", "))
                sheet.add(.products, try reader.productSKUs(knowHowID: id).joined(separator: ", "))
                sheet.print()
            }
        }
    }
}

extension KnowHowCommand {
    /// `tiwizi know-how link`.
    struct Link: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "link", abstract: HelpText.knowHowLinkAbstract.text,
            discussion: HelpText.knowHowLinkDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentKnowHowID)) var id: String
        @Option(name: .customLong("coop"), help: ArgumentHelp(.optionLinkCoop)) var cooperative: String?
        @Option(help: ArgumentHelp(.optionLinkProduct)) var product: String?

        func validate() throws {
            guard (cooperative == nil) != (product == nil) else { throw ValidationError(.linkNeedsOneTarget) }
        }

        func execute() throws {
            let linked = try catalog.open().write { writer -> Bool in
                guard writer.reader.hasKnowHow(id) else { throw CatalogError.notFound(.knowHow, key: id) }
                if let cooperative {
                    guard var c = try writer.reader.cooperative(cooperative) else {
                        throw CatalogError.notFound(.cooperatives, key: cooperative)
                    }
                    if c.knowHowIDs.contains(id) { return false }
                    c.knowHowIDs.append(id)
                    try writer.save(c)
                } else if let product {
                    guard var p = try writer.reader.product(product) else {
                        throw CatalogError.notFound(.products, key: product)
                    }
                    if p.knowHowIDs.contains(id) { return false }
                    p.knowHowIDs.append(id)
                    try writer.save(p)
                }
                return true
            }
            let target = cooperative ?? product ?? ""
            Console.out(
                Console.say(
                    linked ? CommandMessage.linked(knowHow: id, target: target) : .alreadyLinked(knowHow: id, target: target)))
        }
    }
}
