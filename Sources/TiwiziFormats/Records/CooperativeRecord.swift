import TiwiziCore

/// Cooperatives in documents: `cooperative: {…}` (one per file) or `cooperatives: [{…, products}]`.
package enum CooperativeRecord {
    package static func decode(_ r: RecordReader) -> Cooperative? {
        let id = r.value("id", required: true, FieldParsing.slug)
        let name = r.localized("name", required: true)
        let legalForm = r.value("legal_form") { text throws(Issue) in try FieldParsing.choice(text, as: LegalForm.self) }
        let registry = r.child("registry", allowed: RecordShape.cooperative.keys(of: "registry")).flatMap { reg -> Registry? in
            guard let court = reg.text("court", required: true) else { return nil }
            return Registry(court: court, number: reg.text("number") ?? "")
        }
        let ice = r.text("ice", required: true).map(FieldParsing.ice)
        let founded = r.value("founded", required: true, FieldParsing.date)
        let region = r.value("region", required: true, FieldParsing.region)
        let sector = r.value("sector", FieldParsing.category)
        let members: Members?
        if let m = r.child("members", allowed: RecordShape.cooperative.keys(of: "members")) {
            let total = m.value("total", required: true, FieldParsing.integer)
            members = total.map {
                Members(
                    total: $0, women: m.value("women", FieldParsing.integer) ?? 0,
                    youth: m.value("youth", FieldParsing.integer) ?? 0)
            }
        } else {
            // Present but not a mapping has already been reported.
            if r.node("members") == nil {
                r.report(Issue(.required(field: r.fieldPath("members"))), key: "members")
            }
            members = nil
        }
        let knowHow = r.values("know_how", FieldParsing.slug)
        // Any amount is refused by validation: a cooperative's floor is a share.
        let floor = r.value("producer_floor") { text throws(Issue) in try FieldParsing.producerFloor(text, currency: .mad) }
        guard let id, let name, let ice, let founded, let region, let members else { return nil }
        return Cooperative(
            id: id, name: name, legalForm: legalForm ?? .cooperative, registry: registry, ice: ice,
            founded: founded, region: region, province: r.text("province"), commune: r.text("commune"),
            sector: sector, members: members, phone: r.text("phone"), email: r.text("email"),
            knowHowIDs: knowHow, producerFloor: floor)
    }

    package static func encode(_ c: Cooperative) -> DocumentNode {
        .record([
            ("id", .text(c.id)), ("name", c.name.node), ("legal_form", .text(c.legalForm.rawValue)),
            (
                "registry",
                c.registry.map { .record([("court", .text($0.court)), ("number", .text($0.number))]) } ?? .null(line: nil)
            ),
            ("ice", .text(c.ice)), ("founded", .text(c.founded.description)), ("region", .text(c.region.code)),
            ("province", .text(c.province)), ("commune", .text(c.commune)), ("sector", .text(c.sector?.path)),
            (
                "members",
                .record([
                    ("total", .number(c.members.total)), ("women", .number(c.members.women)),
                    ("youth", .number(c.members.youth)),
                ])
            ),
            ("phone", .text(c.phone)), ("email", .text(c.email)),
            ("know_how", .list(c.knowHowIDs.map { .text($0) }, line: nil)),
            ("producer_floor", .text(c.producerFloor?.description)),
        ])
    }
}
