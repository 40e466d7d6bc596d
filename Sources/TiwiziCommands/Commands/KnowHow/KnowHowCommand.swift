import ArgumentParser
import TiwiziCore
import TiwiziInterchange
import TiwiziStore

/// `tiwizi knowhow …`: artisan know-how and its links to cooperatives and products.
struct KnowHowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "knowhow", abstract: HelpKey.knowHowAbstract.text,
        discussion: HelpKey.knowHowDiscussion.text,
        subcommands: [Add.self, List.self, Show.self, Update.self, Link.self])
}

extension KnowHowCommand {
    /// `tiwizi knowhow add`.
    struct Add: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: HelpKey.knowHowAddAbstract.text,
            discussion: HelpKey.knowHowAddDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentNewKnowHowID)) var id: String
        @OptionGroup var fields: KnowHowFields

        func execute() throws {
            try RecordEdit.add(.knowHow, key: id, cells: fields.cells, in: catalog)
        }
    }
}

extension KnowHowCommand {
    /// `tiwizi knowhow update`.
    struct Update: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "update", abstract: HelpKey.knowHowUpdateAbstract.text,
            discussion: HelpKey.knowHowUpdateDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentKnowHowID)) var id: String
        @OptionGroup var fields: KnowHowFields

        func execute() throws {
            try RecordEdit.update(.knowHow, key: id, cells: fields.cells, in: catalog)
        }
    }
}

extension KnowHowCommand {
    /// `tiwizi knowhow list`.
    struct List: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: HelpKey.knowHowListAbstract.text, discussion: HelpKey.knowHowListDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Flag(help: ArgumentHelp(.flagJSONTable)) var json = false

        func execute() throws {
            let all = try catalog.open(readOnly: true).read { try $0.allKnowHow() }
            if json {
                var list = JSONList()
                for knowHow in all { list.add(RecordJSON.knowHow(knowHow)) }
                return list.finish()
            }
            var table = Table(
                headers: [.headerID, .headerName, .headerCraftFamily, .headerRegion, .headerHeritage].map { Console.text($0) })
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
    /// `tiwizi knowhow show`.
    struct Show: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: HelpKey.knowHowShowAbstract.text,
            discussion: HelpKey.knowHowShowDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentKnowHowID)) var id: String
        @Flag(help: ArgumentHelp(.flagJSONRecord)) var json = false

        func execute() throws {
            try catalog.open(readOnly: true).read { reader in
                guard let k = try reader.knowHow(id) else { throw CatalogError(.knowHowNotFound, ["value": id]) }
                if json { return Console.out(RecordJSON.knowHow(k)) }
                var sheet = Sheet(title: k.name.french, subtitle: k.name[.arabic])
                sheet.add(.headerCraftFamily, k.craftFamily)
                sheet.add(.labelTechnique, k.technique?.french)
                sheet.add(.headerRegion, k.regions.map { "\($0.code) \($0.name.french)" }.joined(separator: ", "))
                sheet.add(
                    .headerHeritage,
                    k.heritage.map { [$0.status, $0.year.map(String.init), $0.title].compactMap { $0 }.joined(separator: " · ") })
                // Artisans who did not consent are never shown.
                sheet.add(.labelArtisans, k.artisans.filter(\.consentToPublish).map(\.name).joined(separator: ", "))
                sheet.add(.headerProducts, try reader.productSKUs(knowHowID: id).joined(separator: ", "))
                sheet.print()
            }
        }
    }
}

extension KnowHowCommand {
    /// `tiwizi knowhow link`.
    struct Link: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "link", abstract: HelpKey.knowHowLinkAbstract.text,
            discussion: HelpKey.knowHowLinkDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentKnowHowID)) var id: String
        @Option(name: .customLong("coop"), help: ArgumentHelp(.optionLinkCoop)) var cooperative: String?
        @Option(help: ArgumentHelp(.optionLinkProduct)) var product: String?

        func validate() throws {
            guard (cooperative == nil) != (product == nil) else { throw ValidationError(.linkNeedsOneTarget) }
        }

        func execute() throws {
            try catalog.open().write { writer in
                guard writer.reader.hasKnowHow(id) else { throw CatalogError(.knowHowNotFound, ["value": id]) }
                if let cooperative {
                    guard var c = try writer.reader.cooperative(cooperative) else {
                        throw CatalogError(.cooperativeNotFound, ["value": cooperative])
                    }
                    if !c.knowHowIDs.contains(id) { c.knowHowIDs.append(id) }
                    try writer.save(c)
                } else if let product {
                    guard var p = try writer.reader.product(product) else {
                        throw CatalogError(.productNotFound, ["value": product])
                    }
                    if !p.knowHowIDs.contains(id) { p.knowHowIDs.append(id) }
                    try writer.save(p)
                }
            }
            Console.out(Console.text(.linked, ["knowhow": id, "target": cooperative ?? product ?? ""]))
        }
    }
}
