import GRDB
import TiwiziCore

/// A cooperative's own row in `cooperatives`. The know-how it practises is a `CooperativeKnowHow`
/// list, read and written with it.
struct CooperativeRow {
    var cooperative: Cooperative
}

extension CooperativeRow: StoredRecord, PersistableRecord {
    static let databaseTableName = "cooperatives"
    static let rowKey = ["id"]

    init(stored: StoredRow) throws {
        let court: String? = try stored.optional("registry_court")
        cooperative = try Cooperative(
            id: stored.value("id"), name: stored.text("name"), legalForm: stored.parsed("legal_form", LegalForm.init),
            registry: court.map { Registry(court: $0, number: try stored.value("registry_number")) },
            ice: stored.value("ice"), founded: stored.parsed("founded", CalendarDate.init),
            region: stored.parsed("region", Region.init(code:)), province: stored.optional("province"),
            commune: stored.optional("commune"), sector: stored.parsedIfPresent("sector", Category.init),
            members: Members(
                total: stored.value("members_total"), women: stored.value("members_women"),
                youth: stored.value("members_youth")),
            phone: stored.optional("phone"), email: stored.optional("email"),
            producerFloor: stored.parsedIfPresent(addedLater: "producer_floor") { ProducerFloor($0) })
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = cooperative.id
        cooperative.name.encode(to: &container, prefix: "name")
        container["legal_form"] = cooperative.legalForm.rawValue
        container["registry_court"] = cooperative.registry?.court
        container["registry_number"] = cooperative.registry?.number
        container["ice"] = cooperative.ice
        container["founded"] = cooperative.founded.description
        container["region"] = cooperative.region.code
        container["province"] = cooperative.province
        container["commune"] = cooperative.commune
        container["sector"] = cooperative.sector?.path
        container["members_total"] = cooperative.members.total
        container["members_women"] = cooperative.members.women
        container["members_youth"] = cooperative.members.youth
        container["phone"] = cooperative.phone
        container["email"] = cooperative.email
        container["producer_floor"] = cooperative.producerFloor?.description
    }
}
