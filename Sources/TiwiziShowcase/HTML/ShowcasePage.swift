import Foundation
import TiwiziCore
import TiwiziRules

/// What the templates receive: the showcase as plain values, every text already in each of the
/// page's languages with its `lang` and `dir` (`texts`), so that a template never formats or
/// translates anything. See docs/showcase.md for the names.
struct ShowcasePage: Sendable {
    let showcase: Showcase
    /// The page's languages, in order; the first is the page's own.
    let languages: [Language]
    /// Each product's QR code points at this followed by its SKU (none without it).
    let baseURL: String?
    /// A product's QR code as inline SVG, made by the host (nil: none).
    var qrCode: @Sendable (String) -> String? = { _ in nil }
    /// Inline SVG charts by name, made by the host.
    var charts: [String: String] = [:]

    /// The page's values, its cards' made on `workers` threads (`cardValues`).
    func context(workers: Int) -> [String: Any] { context(cards: cardValues(workers: workers)) }

    /// Every card with its cooperative, in page order: sections, their profiles, their cards.
    var placedCards: [(card: Showcase.Card, cooperative: Cooperative)] {
        showcase.sections.flatMap { section in
            section.profiles.flatMap { profile in profile.cards.map { ($0, profile.cooperative) } }
        }
    }

    /// The values of every card, in page order, made on `workers` threads: a card's QR code
    /// and texts are most of a page's values.
    func cardValues(workers: Int) -> [[String: Any]] {
        let placed = placedCards
        return parallelMap(count: placed.count, workers: workers) { card(placed[$0].card, of: placed[$0].cooperative) }
    }

    /// The page's values, with the values of its cards (`cardValues`) in page order.
    func context(cards: [[String: Any]]) -> [String: Any] {
        var next = 0
        let sections = showcase.sections.map { section($0, cards: cards, next: &next) }
        let first = languages.first ?? .french
        var context: [String: Any] = [
            "lang": first.rawValue, "dir": first.direction,
            "languages": languages.map { ["lang": $0.rawValue, "dir": $0.direction] },
            "words": ShowcaseWords.all.mapValues(texts),
            "title": texts(showcase.title ?? showcase.event?.title ?? ShowcaseWords.all["showcase"]!),
            "intro": showcase.intro.map(texts) ?? [],
            "at": showcase.at.description, "ruleSetHash": String(showcase.ruleSetHash.prefix(12)),
            "figures": figures, "charts": charts,
            "sections": sections,
            "stories": stories,
        ]
        if let event = showcase.event {
            context["event"] = [
                "name": event.name, "title": texts(event.title), "place": event.place.map(texts) ?? [],
                "opens": Event.text(of: event.opens), "closes": Event.text(of: event.closes),
            ]
        }
        return context
    }

    /// `[{lang, dir, text, after}]`: `text` in each page language it has; `after` is true for
    /// all but the first, which a template separates from the one before.
    func texts(_ text: LocalizedText) -> [[String: Any]] {
        Self.tagged(languages.compactMap { language in text[language].map { (language, $0) } })
    }

    /// One text per page language, made by `make`.
    private func each(_ make: (Language) -> String) -> [[String: Any]] {
        Self.tagged(languages.map { ($0, make($0)) })
    }

    private static func tagged(_ texts: [(Language, String)]) -> [[String: Any]] {
        texts.enumerated().map { index, text in
            ["lang": text.0.rawValue, "dir": text.0.direction, "text": text.1, "after": index > 0]
        }
    }

    private var figures: [String: Any] {
        let members = showcase.members
        return [
            "products": showcase.cards.count, "cooperatives": showcase.cooperatives.count, "regions": showcase.sections.count,
            "members": members.total, "women": members.women, "youth": members.youth,
        ]
    }

    private func section(_ section: Showcase.Section, cards: [[String: Any]], next: inout Int) -> [String: Any] {
        var values: [String: Any] = [
            "anchor": section.anchor, "heading": texts(section.heading), "blurb": section.blurb.map(texts) ?? [],
            "profiles": section.profiles.map { profile($0, cards: cards, next: &next) },
        ]
        if let region = section.region { values["code"] = region.code }
        return values
    }

    private func profile(_ profile: Showcase.Profile, cards: [[String: Any]], next: inout Int) -> [String: Any] {
        let members = profile.cooperative.members
        defer { next += profile.cards.count }
        return [
            "id": profile.cooperative.id, "name": texts(profile.cooperative.name),
            "members": members.total, "women": members.women, "youth": members.youth,
            "womenPercent": members.womenPercent.map { "\($0) %" } ?? "",
            "youthPercent": members.youthPercent.map { "\($0) %" } ?? "",
            "founded": profile.cooperative.founded.year,
            "knowHow": profile.knowHow.map { ["id": $0.id, "name": texts($0.name)] }, "hasKnowHow": !profile.knowHow.isEmpty,
            "cards": Array(cards[next..<next + profile.cards.count]),
        ]
    }

    private func card(_ card: Showcase.Card, of cooperative: Cooperative) -> [String: Any] {
        let product = card.product
        let pricing = card.pricing
        var values: [String: Any] = [
            "sku": product.sku, "name": texts(product.name), "quantity": product.quantity.description,
            "cooperative": texts(cooperative.name),
            "price": each { pricing.breakdown.price.formatted(for: $0) },
            "priceValue": pricing.breakdown.price.decimalString, "currency": pricing.breakdown.price.currency.code,
            "labels": pricing.labels.map { ["id": $0.id, "text": texts($0.text)] },
            "certificates": product.certificates.map { certificate in
                ["number": certificate.number, "name": card.schemes[certificate.schemeID].map { texts($0.name) } ?? []]
            },
            "allergens": product.allergens.joined(separator: ", "), "hasAllergens": !product.allergens.isEmpty,
            "hasLabels": !pricing.labels.isEmpty, "hasCertificates": !product.certificates.isEmpty,
            "stock": stock(product.availability),
        ]
        if let share = pricing.breakdown.cooperativeShare { values["share"] = "\((share.basisPoints + 50) / 100) %" }
        if let baseURL {
            let url = baseURL + product.sku
            values["url"] = url
            values["qr"] = qrCode(url)
        }
        return values
    }

    private func stock(_ availability: Availability) -> [[String: Any]] {
        let words = ShowcaseWords.all
        switch availability {
        case .inStock(let units) where units > 0: return texts(words["inStock"]!)
        case .inStock: return texts(words["outOfStock"]!)
        case .madeToOrder(let days):
            return each { language in
                "\(words["madeToOrder"]![language] ?? ""), \(days) \(words["days"]![language] ?? "")"
            }
        }
    }

    /// The know-how stories, each product named as its card names it.
    private var stories: [[String: Any]] {
        let names = Dictionary(showcase.cards.map { ($0.product.sku, $0.product.name) }, uniquingKeysWith: { first, _ in first })
        return showcase.stories.map { story($0, names: names) }
    }

    private func story(_ story: Showcase.Story, names: [String: LocalizedText]) -> [String: Any] {
        var values: [String: Any] = [
            "id": story.knowHow.id, "name": texts(story.knowHow.name),
            "technique": story.knowHow.technique.map(texts) ?? [],
            "products": story.skus.map { ["sku": $0, "name": names[$0].map(texts) ?? []] }, "hasProducts": !story.skus.isEmpty,
        ]
        if let heritage = story.knowHow.heritage {
            values["heritage"] = [heritage.title, heritage.status, heritage.year.map(String.init)]
                .compactMap { $0 }.joined(separator: " · ")
        }
        return values
    }
}
