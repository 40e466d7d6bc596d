import TiwiziCore
import TiwiziLua
import TiwiziRules
import TiwiziStore

extension Showcase {
    /// The showcase of `products`, each priced by `engine` at its moment, read from `reader`.
    /// Without a curation, sections are the regions of the cooperatives' seats, in region order,
    /// cooperatives by id and cards by SKU. With one, `products` are its products, and sections,
    /// headings, blurbs and the order of cards are the curation's, each cooperative shown where
    /// its first product is. Stories are the know-how the cards and cooperatives carry, by id.
    /// - Throws: `ShowcaseProblem.emptySelection` when there is no product, or what the rules
    ///   or the catalog throw.
    public static func build(
        _ products: [Product], curation: Curation? = nil, engine: RuleEngine, reader: some CatalogReader, event: Event?
    ) throws -> Showcase {
        guard !products.isEmpty else { throw ShowcaseProblem.emptySelection }
        var floors = FloorLookup(reader: reader)
        var schemes: [String: CertificationScheme] = [:]
        for scheme in try reader.allSchemes() { schemes[scheme.id] = scheme }
        var knowHow: [String: KnowHow] = [:]
        for item in try reader.allKnowHow() { knowHow[item.id] = item }
        var cards: [String: Card] = [:]
        for product in products {
            let pricing = try engine.price(product, floor: try floors.floor(of: product))
            let own = schemes.filter { id, _ in product.certificates.contains { $0.schemeID == id } }
            cards[product.sku] = Card(product: product, pricing: pricing, schemes: own)
        }
        var cooperatives: [String: Cooperative] = [:]
        for id in Set(products.map(\.cooperativeID)) {
            guard let cooperative = try reader.cooperative(id) else { throw CatalogError.notFound(.cooperatives, key: id) }
            cooperatives[id] = cooperative
        }
        func profiles(_ cards: [Card]) -> [Profile] {
            var order: [String] = []
            var byCooperative: [String: [Card]] = [:]
            for card in cards {
                if byCooperative[card.product.cooperativeID] == nil { order.append(card.product.cooperativeID) }
                byCooperative[card.product.cooperativeID, default: []].append(card)
            }
            return order.compactMap { id in
                cooperatives[id].map { cooperative in
                    Profile(
                        cooperative: cooperative, knowHow: cooperative.knowHowIDs.compactMap { knowHow[$0] },
                        cards: byCooperative[id] ?? [])
                }
            }
        }
        let sections: [Section]
        if let curation {
            sections = curation.sections.enumerated().map { index, section in
                Section(
                    heading: section.heading, blurb: section.blurb, region: nil, anchor: "section-\(index + 1)",
                    profiles: profiles(section.skus.compactMap { cards[$0] }))
            }
        } else {
            let ordered = cards.values.sorted {
                ($0.product.cooperativeID, $0.product.sku) < ($1.product.cooperativeID, $1.product.sku)
            }
            sections = Dictionary(grouping: ordered) { cooperatives[$0.product.cooperativeID]?.region ?? Region.all[0] }
                .sorted { $0.key < $1.key }
                .map { region, cards in
                    Section(
                        heading: region.name, blurb: nil, region: region, anchor: "region-\(region.code)",
                        profiles: profiles(cards))
                }
        }
        // The SKUs that carry each know-how, in the order shown, in one pass over the cards.
        var carriers: [String: [String]] = [:]
        for card in sections.flatMap({ $0.profiles.flatMap(\.cards) }) {
            for id in Set(card.product.knowHowIDs) { carriers[id, default: []].append(card.product.sku) }
        }
        let held = sections.flatMap { $0.profiles.flatMap { $0.knowHow.map(\.id) } }
        let stories = Set(carriers.keys).union(held).sorted().compactMap { id in
            knowHow[id].map { Story(knowHow: $0, skus: carriers[id] ?? []) }
        }
        return Showcase(
            title: curation?.title, intro: curation?.intro, sections: sections, stories: stories, event: event,
            at: engine.now, ruleSetHash: engine.hash)
    }
}
