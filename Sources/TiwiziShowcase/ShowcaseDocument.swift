import TiwiziCore
import TiwiziFormats
import TiwiziRules

/// `tiwizi showcase --format json`: the curated structure, in every language the catalog has
/// (schema in docs/showcase.md). Amounts are in the machine form (`"109.90"`).
extension Showcase {
    package func document(baseURL: String?) -> DocumentNode {
        .record([
            ("at", .text(at.description)), ("rule_set_hash", .text(ruleSetHash)),
            ("title", title.node), ("intro", intro.node),
            (
                "event",
                event.map { event in
                    .record([
                        ("name", .text(event.name)), ("title", event.title.node),
                        ("place", event.place.node),
                        ("opens", .text(Event.text(of: event.opens))), ("closes", .text(Event.text(of: event.closes))),
                    ])
                } ?? .text(nil)
            ),
            ("sections", .list(sections.map { section($0, baseURL: baseURL) }, line: nil)),
            ("stories", .list(stories.map(Self.story), line: nil)),
        ])
    }

    private func section(_ section: Section, baseURL: String?) -> DocumentNode {
        .record([
            ("heading", section.heading.node), ("blurb", section.blurb.node),
            ("region", .text(section.region?.code)),
            (
                "cooperatives",
                .list(
                    section.profiles.map { profile in
                        let members = profile.cooperative.members
                        return .record([
                            ("id", .text(profile.cooperative.id)), ("name", profile.cooperative.name.node),
                            (
                                "members",
                                .record([
                                    ("total", .number(members.total)), ("women", .number(members.women)),
                                    ("youth", .number(members.youth)),
                                ])
                            ),
                            ("founded", .number(profile.cooperative.founded.year)),
                            ("know_how", .list(profile.knowHow.map { .text($0.id) }, line: nil)),
                            ("products", .list(profile.cards.map { Self.card($0, baseURL: baseURL) }, line: nil)),
                        ])
                    }, line: nil)
            ),
        ])
    }

    private static func card(_ card: Card, baseURL: String?) -> DocumentNode {
        let product = card.product
        let breakdown = card.pricing.breakdown
        let availability: DocumentNode =
            switch product.availability {
            case .inStock(let units):
                .record([("status", .text(product.availability.status.rawValue)), ("units", .number(units))])
            case .madeToOrder(let days):
                .record([("status", .text(product.availability.status.rawValue)), ("lead_days", .number(days))])
            }
        return .record([
            ("sku", .text(product.sku)), ("name", product.name.node), ("category", .text(product.category.path)),
            ("quantity", .text(product.quantity.description)), ("price", .text(breakdown.price.decimalString)),
            ("currency", .text(breakdown.price.currency.code)),
            ("producer_share", .text(breakdown.cooperativeShare.map(ProductPricing.percentText))),
            (
                "labels",
                .list(card.pricing.labels.map { .record([("id", .text($0.id)), ("text", $0.text.node)]) }, line: nil)
            ),
            (
                "certificates",
                .list(
                    product.certificates.map {
                        .record([
                            ("scheme", .text($0.schemeID)), ("number", .text($0.number)),
                            ("valid_until", .text($0.validUntil.description)),
                        ])
                    }, line: nil)
            ),
            ("allergens", .list(product.allergens.map { .text($0) }, line: nil)), ("availability", availability),
            ("url", .text(baseURL.map { $0 + product.sku })),
        ])
    }

    private static func story(_ story: Story) -> DocumentNode {
        .record([
            ("id", .text(story.knowHow.id)), ("name", story.knowHow.name.node),
            ("heritage", .text(story.knowHow.heritage?.status)), ("products", .list(story.skus.map { .text($0) }, line: nil)),
        ])
    }
}
