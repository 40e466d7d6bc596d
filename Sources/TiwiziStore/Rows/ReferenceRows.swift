import GRDB
import TiwiziCore

extension CertificationScheme {
    var columns: Columns {
        [("id", id), ("kind", kind.rawValue)] + name.columns("name") + [
            ("categories", ListColumn.encode(categories.map(\.path))), ("area", ListColumn.encode(area.map(\.code))),
        ]
    }

    init(row: Row) {
        self.init(
            id: row["id"], kind: SchemeKind(rawValue: row["kind"]) ?? .labelAgricole,
            name: LocalizedText(row: row, prefix: "name"),
            categories: ListColumn.decode(row["categories"]).compactMap(Category.init),
            area: ListColumn.decode(row["area"]).compactMap { Region(code: $0) })
    }
}

extension KnowHow {
    var columns: Columns {
        [("id", id)] + name.columns("name") + (technique ?? LocalizedText([:])).columns("technique") + [
            ("craft_family", craftFamily), ("regions", ListColumn.encode(regions.map(\.code))),
            ("heritage_status", heritage?.status), ("heritage_year", heritage?.year), ("heritage_title", heritage?.title),
        ]
    }

    init(row: Row, artisans: [Artisan]) {
        let status: String? = row["heritage_status"]
        self.init(
            id: row["id"], name: LocalizedText(row: row, prefix: "name"),
            technique: LocalizedText.optional(row: row, prefix: "technique"), craftFamily: row["craft_family"],
            regions: ListColumn.decode(row["regions"]).compactMap { Region(code: $0) },
            heritage: status.map { Heritage(status: $0, year: row["heritage_year"], title: row["heritage_title"]) },
            artisans: artisans)
    }
}
