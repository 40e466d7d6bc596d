import ArgumentParser
import TiwiziCore
import TiwiziFormats
import TiwiziInterchange
import TiwiziStore

extension CoopCommand {
    /// `tiwizi coop list`.
    struct List: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: HelpText.coopListAbstract.text,
            discussion: HelpText.coopListDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Option(help: ArgumentHelp(.optionCoopListRegion)) var region: String?
        @Flag(help: ArgumentHelp(.flagJSONExport)) var json = false

        func execute() throws {
            let region = try region.map { text throws(Issue) in try FieldParsing.region(text) }
            let store = try catalog.open(readOnly: true)
            try store.read { reader in
                if json {
                    let list = JSONList()
                    try reader.forEachCooperative(region: region) { list.add(RecordJSON.cooperative($0)) }
                    list.finish()
                    return
                }
                var table = Table(
                    headers: [.id, .name, .region, .members, .women, .products], rightAligned: [3, 4, 5])
                try reader.forEachCooperative(region: region) { c in
                    table.add([
                        c.id, c.name.french, c.region.code, "\(c.members.total)", "\(c.members.women)",
                        "\(try reader.productCount(cooperativeID: c.id))",
                    ])
                }
                table.finish()
                if table.count == 0 { Console.error(Console.say(CommandMessage.listEmpty(.cooperatives))) }
            }
        }
    }
}

extension CoopCommand {
    /// `tiwizi coop show`.
    struct Show: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: HelpText.coopShowAbstract.text,
            discussion: HelpText.coopShowDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentCooperativeID)) var id: String
        @Flag(help: ArgumentHelp(.flagJSONRecord)) var json = false

        func execute() throws {
            try catalog.open(readOnly: true).read { reader in
                guard let c = try reader.cooperative(id) else { throw CatalogError.notFound(.cooperatives, key: id) }
                if json { return Console.out(JSONDocument.render(RecordJSON.cooperative(c))) }
                var sheet = Sheet(title: c.name.french, subtitle: c.name[.arabic])
                sheet.add(.legalForm, c.legalForm.rawValue)
                sheet.add(.ice, c.ice)
                sheet.add(.founded, c.founded.description)
                sheet.add(.registry, c.registry.map { "\($0.court) \($0.number)" })
                sheet.add(.region, "\(c.region.code) \(c.region.name.french)")
                sheet.add(.location, [c.province, c.commune].compactMap { $0 }.joined(separator: ", "))
                sheet.add(.sector, c.sector?.path)
                sheet.add(.producerFloor, c.producerFloor?.description)
                let share = c.members.womenPercent.map { " (\($0) %)" } ?? ""
                sheet.add(.members, "\(c.members.total)")
                sheet.add(.women, "\(c.members.women)\(share)")
                sheet.add(.contact, [c.phone, c.email].compactMap { $0 }.joined(separator: "  "))
                sheet.add(.knowHow, c.knowHowIDs.joined(separator: ", "))
                sheet.add(.products, "\(try reader.productCount(cooperativeID: c.id))")
                sheet.print()
            }
        }
    }
}
