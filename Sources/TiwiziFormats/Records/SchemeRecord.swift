import TiwiziCore

/// Certification schemes in documents: `schemes: [{id, kind, name, categories, area}]`.
package enum SchemeRecord {
    package static func decode(_ r: RecordReader) -> CertificationScheme? {
        let id = r.value("id", required: true, FieldParsing.slug)
        let kind = r.value("kind", required: true) { text throws(Issue) in try FieldParsing.choice(text, as: SchemeKind.self) }
        let name = r.localized("name", required: true)
        let categories = r.values("categories", FieldParsing.category)
        let area = r.values("area", FieldParsing.region)
        guard let id, let kind, let name else { return nil }
        return CertificationScheme(id: id, kind: kind, name: name, categories: categories, area: area)
    }

    package static func encode(_ s: CertificationScheme) -> DocumentNode {
        .record([
            ("id", .text(s.id)), ("kind", .text(s.kind.rawValue)), ("name", s.name.node),
            ("categories", .list(s.categories.map { .text($0.path) }, line: nil)),
            ("area", .list(s.area.map { .text($0.code) }, line: nil)),
        ])
    }
}
