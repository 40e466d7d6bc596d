import TiwiziCore

/// Know-how in documents: `know_how: [{id, name, technique, craft_family, regions, heritage, artisans}]`.
package enum KnowHowRecord {
    package static func decode(_ r: RecordReader) -> KnowHow? {
        let id = r.value("id", required: true, FieldParsing.slug)
        let name = r.localized("name", required: true)
        let family = r.text("craft_family", required: true)
        let heritage = r.child("heritage", allowed: RecordShape.knowHow.keys(of: "heritage")).flatMap { h -> Heritage? in
            guard let status = h.text("status", required: true) else { return nil }
            return Heritage(status: status, year: h.value("year", FieldParsing.integer), title: h.text("title"))
        }
        let artisans = r.children("artisans", allowed: RecordShape.knowHow.keys(of: "artisans")).compactMap { a -> Artisan? in
            guard let name = a.text("name", required: true) else { return nil }
            return Artisan(name: name, consentToPublish: a.value("consent", FieldParsing.boolean) ?? false)
        }
        let technique = r.localized("technique")
        let regions = r.values("regions", FieldParsing.region)
        guard let id, let name, let family else { return nil }
        return KnowHow(
            id: id, name: name, technique: technique, craftFamily: family, regions: regions,
            heritage: heritage, artisans: artisans)
    }

    package static func encode(_ k: KnowHow) -> DocumentNode {
        .record([
            ("id", .text(k.id)), ("name", k.name.node), ("technique", k.technique.node),
            ("craft_family", .text(k.craftFamily)), ("regions", .list(k.regions.map { .text($0.code) }, line: nil)),
            (
                "heritage",
                k.heritage.map {
                    .record([
                        ("status", .text($0.status)), ("year", .number($0.year)),
                        ("title", .text($0.title)),
                    ])
                } ?? .null(line: nil)
            ),
            (
                "artisans",
                .list(
                    k.artisans.map { .record([("name", .text($0.name)), ("consent", .boolean($0.consentToPublish))]) },
                    line: nil)
            ),
        ])
    }
}
