import ArgumentParser
import TiwiziCore
import TiwiziInterchange
import TiwiziStore

/// `tiwizi knowhow …`: artisan know-how and its links to cooperatives and products.
struct KnowHowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "knowhow", abstract: "Add, list and show artisan know-how; link it to cooperatives and products.",
        discussion: """
            Examples:
              tiwizi knowhow list
              tiwizi knowhow show argan-oil-extraction
              tiwizi knowhow link argan-oil-extraction --product TAF-ARG-250
            """,
        subcommands: [KnowHowAdd.self, KnowHowList.self, KnowHowShow.self, KnowHowLink.self])
}

struct KnowHowAdd: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add (or replace) a know-how entry.",
        discussion: """
            Example:
              tiwizi knowhow add argan-oil-extraction \\
                --name-fr "Extraction de l'huile d'argan" --craft-family oil-extraction \\
                --region MA-09 --heritage-status unesco --heritage-year 2014
            """)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: "The know-how id: lowercase letters, digits and hyphens.") var id: String
    @Option(help: "Name in French.") var nameFr: String
    @Option(help: "Name in Arabic.") var nameAr: String?
    @Option(help: "The technique, in French.") var techniqueFr: String?
    @Option(help: "The technique, in Arabic.") var techniqueAr: String?
    @Option(help: "Craft family, e.g. weaving, pottery, zellige, oil-extraction.") var craftFamily: String
    @Option(help: "Region that keeps the know-how (repeatable).") var region: [String] = []
    @Option(help: "Heritage status, e.g. unesco.") var heritageStatus: String?
    @Option(help: "Year of the heritage listing.") var heritageYear: String?
    @Option(help: "Title of the heritage listing.") var heritageTitle: String?
    @Option(help: "Master artisan as name:yes or name:no (consent to publish; repeatable).") var artisan: [String] = []

    func execute() throws {
        let pairs: [(String, String?)] = [
            ("id", id), ("name_fr", nameFr), ("name_ar", nameAr), ("technique_fr", techniqueFr), ("technique_ar", techniqueAr),
            ("craft_family", craftFamily), ("regions", region.isEmpty ? nil : region.joined(separator: "|")),
            ("heritage_status", heritageStatus), ("heritage_year", heritageYear), ("heritage_title", heritageTitle),
            ("artisans", artisan.isEmpty ? nil : artisan.joined(separator: "|")),
        ]
        let knowHow = try RecordForm.knowHow(Dictionary(uniqueKeysWithValues: pairs.compactMap { k, v in v.map { (k, $0) } }))
        try RecordForm.check(knowHow.validate())
        let outcome = try catalog.open().write { try $0.save(knowHow) }
        Console.out(
            Console.text(
                outcome == .added ? .added : outcome == .updated ? .updated : .unchanged,
                ["kind": "know-how", "value": id]))
    }
}

struct KnowHowList: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List know-how.", discussion: "Example:\n  tiwizi knowhow list --json")

    @OptionGroup var catalog: CatalogOptions
    @Flag(help: "Print JSON records instead of a table.") var json = false

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

struct KnowHowShow: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one know-how entry.",
        discussion: "Example:\n  tiwizi knowhow show argan-oil-extraction")

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: "The know-how id.") var id: String
    @Flag(help: "Print the JSON record instead.") var json = false

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

struct KnowHowLink: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "link", abstract: "Link know-how to a cooperative or a product.",
        discussion: """
            Examples:
              tiwizi knowhow link argan-oil-extraction --coop tafoukt-argan
              tiwizi knowhow link argan-oil-extraction --product TAF-ARG-250
            """)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: "The know-how id.") var id: String
    @Option(name: .customLong("coop"), help: "The cooperative to link.") var cooperative: String?
    @Option(help: "The product (SKU) to link.") var product: String?

    func validate() throws {
        guard (cooperative == nil) != (product == nil) else { throw ValidationError("Give exactly one of --coop and --product.") }
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
                guard var p = try writer.reader.product(product) else { throw CatalogError(.productNotFound, ["value": product]) }
                if !p.knowHowIDs.contains(id) { p.knowHowIDs.append(id) }
                try writer.save(p)
            }
        }
        Console.out(Console.text(.linked, ["knowhow": id, "target": cooperative ?? product ?? ""]))
    }
}
