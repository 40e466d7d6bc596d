import GRDB
import TiwiziCore

extension Cooperative {
    var columns: Columns {
        [("id", id)] + name.columns("name") + [
            ("legal_form", legalForm.rawValue), ("registry_court", registry?.court), ("registry_number", registry?.number),
            ("ice", ice), ("founded", founded.description), ("region", region.code), ("province", province),
            ("commune", commune), ("sector", sector?.path), ("members_total", members.total),
            ("members_women", members.women), ("members_youth", members.youth), ("phone", phone), ("email", email),
        ]
    }

    init(row: Row, knowHowIDs: [String]) {
        let court: String? = row["registry_court"]
        let number: String? = row["registry_number"]
        self.init(
            id: row["id"], name: LocalizedText(row: row, prefix: "name"),
            legalForm: LegalForm(rawValue: row["legal_form"]) ?? .cooperative,
            registry: court.map { Registry(court: $0, number: number ?? "") },
            ice: row["ice"], founded: CalendarDate(row["founded"] as String)!,
            region: Region(code: row["region"])!, province: row["province"], commune: row["commune"],
            sector: (row["sector"] as String?).flatMap(Category.init),
            members: Members(total: row["members_total"], women: row["members_women"], youth: row["members_youth"]),
            phone: row["phone"], email: row["email"], knowHowIDs: knowHowIDs)
    }
}
