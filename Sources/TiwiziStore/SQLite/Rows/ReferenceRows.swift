import GRDB
import TiwiziCore

/// A certification scheme's row in `schemes`.
struct SchemeRow {
    var scheme: CertificationScheme
}

extension SchemeRow: StoredRecord, PersistableRecord {
    static let databaseTableName = "schemes"
    static let rowKey = ["id"]

    init(stored: StoredRow) throws {
        scheme = try CertificationScheme(
            id: stored.value("id"), kind: stored.parsed("kind", SchemeKind.init), name: stored.text("name"),
            categories: stored.list("categories", Category.init), area: stored.list("area", Region.init(code:)))
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = scheme.id
        container["kind"] = scheme.kind.rawValue
        scheme.name.encode(to: &container, prefix: "name")
        container["categories"] = ListColumn.encode(scheme.categories.map(\.path))
        container["area"] = ListColumn.encode(scheme.area.map(\.code))
    }
}

/// Know-how's own row in `know_how`. Its artisans are a `KnowHowArtisans` list, read and written
/// with it.
struct KnowHowRow {
    var knowHow: KnowHow
}

extension KnowHowRow: StoredRecord, PersistableRecord {
    static let databaseTableName = "know_how"
    static let rowKey = ["id"]

    init(stored: StoredRow) throws {
        let status: String? = try stored.optional("heritage_status")
        knowHow = try KnowHow(
            id: stored.value("id"), name: stored.text("name"), technique: stored.optionalText("technique"),
            craftFamily: stored.value("craft_family"), regions: stored.list("regions", Region.init(code:)),
            heritage: status.map {
                Heritage(status: $0, year: try stored.optional("heritage_year"), title: try stored.optional("heritage_title"))
            })
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = knowHow.id
        knowHow.name.encode(to: &container, prefix: "name")
        (knowHow.technique ?? LocalizedText([:])).encode(to: &container, prefix: "technique")
        container["craft_family"] = knowHow.craftFamily
        container["regions"] = ListColumn.encode(knowHow.regions.map(\.code))
        container["heritage_status"] = knowHow.heritage?.status
        container["heritage_year"] = knowHow.heritage?.year
        container["heritage_title"] = knowHow.heritage?.title
    }
}
