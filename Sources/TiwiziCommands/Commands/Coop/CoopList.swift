import ArgumentParser
import TiwiziCore
import TiwiziInterchange
import TiwiziStore

extension CoopCommand {
    /// `tiwizi coop list`.
    struct List: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: HelpKey.coopListAbstract.text,
            discussion: HelpKey.coopListDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Option(help: ArgumentHelp(.optionCoopListRegion)) var region: String?
        @Flag(help: ArgumentHelp(.flagJSONExport)) var json = false

        func execute() throws {
            let region = try region.map { text throws(Issue) in try FieldParsing.region(text) }
            let store = try catalog.open(readOnly: true)
            try store.read { reader in
                if json {
                    var list = JSONList()
                    try reader.forEachCooperative(region: region) { list.add(RecordJSON.cooperative($0)) }
                    list.finish()
                    return
                }
                var table = Table(
                    headers: [.headerID, .headerName, .headerRegion, .headerMembers, .headerWomen, .headerProducts]
                        .map { Console.text($0) }, rightAligned: [3, 4, 5])
                try reader.forEachCooperative(region: region) { c in
                    table.add([
                        c.id, c.name.french, c.region.code, "\(c.members.total)", "\(c.members.women)",
                        "\(try reader.productCount(cooperativeID: c.id))",
                    ])
                }
                table.finish()
                if table.count == 0 { Console.error(Console.text(.listEmpty, ["kind": Console.text(.kindCooperatives)])) }
            }
        }
    }
}

extension CoopCommand {
    /// `tiwizi coop show`.
    struct Show: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: HelpKey.coopShowAbstract.text,
            discussion: HelpKey.coopShowDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Argument(help: ArgumentHelp(.argumentCooperativeID)) var id: String
        @Flag(help: ArgumentHelp(.flagJSONRecord)) var json = false

        func execute() throws {
            try catalog.open(readOnly: true).read { reader in
                guard let c = try reader.cooperative(id) else { throw CatalogError(.cooperativeNotFound, ["value": id]) }
                if json { return Console.out(RecordJSON.cooperative(c)) }
                var sheet = Sheet(title: c.name.french, subtitle: c.name[.arabic])
                sheet.add(.labelLegalForm, c.legalForm.rawValue)
                sheet.add(.labelICE, c.ice)
                sheet.add(.labelFounded, c.founded.description)
                sheet.add(.labelRegistry, c.registry.map { "\($0.court) \($0.number)" })
                sheet.add(.headerRegion, "\(c.region.code) \(c.region.name.french)")
                sheet.add(.labelLocation, [c.province, c.commune].compactMap { $0 }.joined(separator: ", "))
                sheet.add(.labelSector, c.sector?.path)
                let share = c.members.womenPercent.map { " (\($0) %)" } ?? ""
                sheet.add(.headerMembers, "\(c.members.total)")
                sheet.add(.headerWomen, "\(c.members.women)\(share)")
                sheet.add(.labelContact, [c.phone, c.email].compactMap { $0 }.joined(separator: "  "))
                sheet.add(.labelKnowHow, c.knowHowIDs.joined(separator: ", "))
                sheet.add(.headerProducts, "\(try reader.productCount(cooperativeID: c.id))")
                sheet.print()
            }
        }
    }
}
