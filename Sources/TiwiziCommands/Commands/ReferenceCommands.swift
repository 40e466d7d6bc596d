import ArgumentParser
import TiwiziCore
import TiwiziFormats
import TiwiziInterchange

/// `tiwizi scheme list`: the certification schemes the catalog knows.
struct SchemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: RecordKind.schemes.command, abstract: HelpText.schemeAbstract.text,
        discussion: HelpText.schemeDiscussion.text,
        subcommands: [List.self])
}

extension SchemeCommand {
    /// `tiwizi scheme list`.
    struct List: CatalogCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: HelpText.schemeListAbstract.text,
            discussion: HelpText.schemeListDiscussion.text)

        @OptionGroup var catalog: CatalogOptions
        @Flag(help: ArgumentHelp(.flagJSONTable)) var json = false

        func execute() throws {
            let schemes = try catalog.open(readOnly: true).read { try $0.allSchemes() }
            if json {
                let list = JSONList()
                for scheme in schemes { list.add(RecordJSON.scheme(scheme)) }
                return list.finish()
            }
            var table = Table(headers: [.id, .name, .category, .region])
            for s in schemes {
                table.add([
                    s.id, s.name.french, s.categories.map(\.path).joined(separator: " "),
                    s.area.map(\.code).joined(separator: " "),
                ])
            }
            table.finish()
        }
    }
}

/// `tiwizi regions`: the twelve region codes and names.
struct RegionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regions", abstract: HelpText.regionsAbstract.text,
        discussion: HelpText.regionsDiscussion.text)

    func run() {
        var table = Table(headers: [.id, .nameFrench, .nameArabic])
        for region in Region.all { table.add([region.code, region.name.french, region.name[.arabic] ?? ""]) }
        table.finish()
    }
}
