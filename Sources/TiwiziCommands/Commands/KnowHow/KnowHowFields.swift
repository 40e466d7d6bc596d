import ArgumentParser
import TiwiziCore

/// The options that set a know-how entry's fields, shared by `know-how add` and `know-how update`.
/// Each sets one column of the know-how CSV (docs/catalog-format.md); `FieldOptionsTests`
/// checks every cell against the record shape.
struct KnowHowFields: RecordFields {
    static let kind = RecordKind.knowHow
    static let addHelp = (
        abstract: HelpText.knowHowAddAbstract, discussion: HelpText.knowHowAddDiscussion, key: HelpText.argumentNewKnowHowID
    )
    static let updateHelp = (
        abstract: HelpText.knowHowUpdateAbstract, discussion: HelpText.knowHowUpdateDiscussion, key: HelpText.argumentKnowHowID
    )

    @Option(help: ArgumentHelp(.optionNameFr)) var nameFr: String?
    @Option(help: ArgumentHelp(.optionNameAr)) var nameAr: String?
    @Option(help: ArgumentHelp(.optionTechniqueFr)) var techniqueFr: String?
    @Option(help: ArgumentHelp(.optionTechniqueAr)) var techniqueAr: String?
    @Option(help: ArgumentHelp(.optionCraftFamily)) var craftFamily: String?
    @Option(help: ArgumentHelp(.optionKnowHowRegion)) var region: [String] = []
    @Option(help: ArgumentHelp(.optionHeritageStatus)) var heritageStatus: String?
    @Option(help: ArgumentHelp(.optionHeritageYear)) var heritageYear: String?
    @Option(help: ArgumentHelp(.optionHeritageTitle)) var heritageTitle: String?
    @Option(help: ArgumentHelp(.optionArtisan)) var artisan: [String] = []

    /// The cells these options set; options not given are absent.
    var cells: [String: String] {
        let pairs: [(String, String?)] = [
            ("name_fr", nameFr), ("name_ar", nameAr), ("technique_fr", techniqueFr), ("technique_ar", techniqueAr),
            ("craft_family", craftFamily), ("regions", FormCells.list(region)), ("heritage_status", heritageStatus),
            ("heritage_year", heritageYear), ("heritage_title", heritageTitle), ("artisans", FormCells.list(artisan)),
        ]
        return FormCells.given(pairs)
    }
}

/// Turning option values into the cells of a record form.
enum FormCells {
    /// A repeatable option as one list cell (`a|b`); nil when the option was not given.
    static func list(_ items: [String]) -> String? { items.isEmpty ? nil : items.joined(separator: "|") }

    /// The cells of the options that were given.
    static func given(_ pairs: [(String, String?)]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: pairs.compactMap { key, value in value.map { (key, $0) } })
    }
}
