import ArgumentParser
import TiwiziCore

/// The options that set a cooperative's fields, shared by `coop add` and `coop update`.
/// Each sets one column of the cooperatives CSV (docs/catalog-format.md); `FieldOptionsTests`
/// checks every cell against the record shape.
/// Member counts and the floor take their value unconditionally, so that `--women -1` gets a
/// clear message.
struct CooperativeFields: RecordFields {
    static let kind = RecordKind.cooperatives
    static let addHelp = (
        abstract: HelpText.coopAddAbstract, discussion: HelpText.coopAddDiscussion, key: HelpText.argumentNewCooperativeID
    )
    static let updateHelp = (
        abstract: HelpText.coopUpdateAbstract, discussion: HelpText.coopUpdateDiscussion, key: HelpText.argumentCooperativeID
    )

    @Option(help: ArgumentHelp(.optionCoopNameFr)) var nameFr: String?
    @Option(help: ArgumentHelp(.optionNameAr)) var nameAr: String?
    @Option(help: ArgumentHelp(.optionNameEn)) var nameEn: String?
    @Option(help: ArgumentHelp(.optionNameZgh)) var nameZgh: String?
    @Option(help: ArgumentHelp(.optionLegalForm)) var legalForm: String?
    @Option(help: ArgumentHelp(.optionRegistryCourt)) var registryCourt: String?
    @Option(help: ArgumentHelp(.optionRegistryNumber)) var registryNumber: String?
    @Option(help: ArgumentHelp(.optionICE)) var ice: String?
    @Option(help: ArgumentHelp(.optionFounded)) var founded: String?
    @Option(help: ArgumentHelp(.optionCoopRegion)) var region: String?
    @Option(help: ArgumentHelp(.optionProvince)) var province: String?
    @Option(help: ArgumentHelp(.optionCommune)) var commune: String?
    @Option(help: ArgumentHelp(.optionSector)) var sector: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(.optionMembers)) var members: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(.optionWomen)) var women: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(.optionYouth)) var youth: String?
    @Option(help: ArgumentHelp(.optionPhone)) var phone: String?
    @Option(help: ArgumentHelp(.optionEmail)) var email: String?
    @Option(name: .customLong("know-how"), help: ArgumentHelp(.optionCoopKnowHow))
    var knowHow: [String] = []
    @Option(parsing: .unconditional, help: ArgumentHelp(.optionCoopProducerFloor)) var producerFloor: String?

    /// The cells these options set; options not given are absent.
    var cells: [String: String] {
        let pairs: [(String, String?)] = [
            ("name_fr", nameFr), ("name_ar", nameAr), ("name_en", nameEn), ("name_zgh", nameZgh),
            ("legal_form", legalForm), ("registry_court", registryCourt), ("registry_number", registryNumber),
            ("ice", ice), ("founded", founded), ("region", region), ("province", province), ("commune", commune),
            ("sector", sector), ("members_total", members), ("members_women", women), ("members_youth", youth),
            ("phone", phone), ("email", email), ("know_how", FormCells.list(knowHow)), ("producer_floor", producerFloor),
        ]
        return FormCells.given(pairs)
    }
}
