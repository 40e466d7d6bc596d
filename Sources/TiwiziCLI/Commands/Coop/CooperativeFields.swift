import ArgumentParser

/// The options that set a cooperative's fields, shared by `coop add` and `coop update`.
/// Each maps to the column of the same name in the cooperatives CSV (docs/catalog-format.md).
/// Member counts take their value unconditionally, so that `--women -1` gets a clear message.
struct CooperativeFields: ParsableArguments {
    @Option(help: "Name in French (required for a new cooperative).") var nameFr: String?
    @Option(help: "Name in Arabic.") var nameAr: String?
    @Option(help: "Name in English.") var nameEn: String?
    @Option(help: "Name in Tamazight (Tifinagh script).") var nameZgh: String?
    @Option(help: "cooperative, union, association or gie (default: cooperative).") var legalForm: String?
    @Option(help: "Registry court.") var registryCourt: String?
    @Option(help: "Registry number.") var registryNumber: String?
    @Option(help: "ICE: exactly 15 digits.") var ice: String?
    @Option(help: "Founding date, YYYY-MM-DD.") var founded: String?
    @Option(help: "Region code, MA-01 … MA-12 (see `tiwizi regions`).") var region: String?
    @Option(help: "Province.") var province: String?
    @Option(help: "Commune.") var commune: String?
    @Option(help: "Sector as a category prefix, e.g. food.oil.") var sector: String?
    @Option(parsing: .unconditional, help: "Total number of members.") var members: String?
    @Option(parsing: .unconditional, help: "Number of women among the members.") var women: String?
    @Option(parsing: .unconditional, help: "Number of young members.") var youth: String?
    @Option(help: "Phone: +212 then 5, 6 or 7 then 8 digits.") var phone: String?
    @Option(help: "Email address.") var email: String?
    @Option(name: .customLong("knowhow"), help: "Know-how id the cooperative practises (repeatable; replaces the list).")
    var knowHow: [String] = []

    /// The cells these options set; options not given are absent.
    var cells: [String: String] {
        let pairs: [(String, String?)] = [
            ("name_fr", nameFr), ("name_ar", nameAr), ("name_en", nameEn), ("name_zgh", nameZgh),
            ("legal_form", legalForm), ("registry_court", registryCourt), ("registry_number", registryNumber),
            ("ice", ice), ("founded", founded), ("region", region), ("province", province), ("commune", commune),
            ("sector", sector), ("members_total", members), ("members_women", women), ("members_youth", youth),
            ("phone", phone), ("email", email), ("know_how", knowHow.isEmpty ? nil : knowHow.joined(separator: "|")),
        ]
        return Dictionary(uniqueKeysWithValues: pairs.compactMap { key, value in value.map { (key, $0) } })
    }
}
