import TiwiziCore
import TiwiziLua
import TiwiziRules
import TiwiziStore

extension Showcase {
    /// The showcase of `products`, each priced by `engine` at its moment, read from `reader`:
    /// sections by the region of each cooperative's seat, in region order; cooperatives by id;
    /// cards by SKU; stories of the know-how the cards carry, by id.
    /// - Throws: `ShowcaseProblem.emptySelection` when there is no product, or what the rules
    ///   or the catalog throw.
    public static func build(
        _ products: [Product], engine: RuleEngine, reader: some CatalogReader, event: Event?
    ) throws -> Showcase {
        guard !products.isEmpty else { throw ShowcaseProblem.emptySelection }
        var floors = FloorLookup(reader: reader)
        var schemes: [String: CertificationScheme] = [:]
        for scheme in try reader.allSchemes() { schemes[scheme.id] = scheme }
        var knowHow: [String: KnowHow] = [:]
        for item in try reader.allKnowHow() { knowHow[item.id] = item }
        var byCooperative: [String: [Card]] = [:]
        for product in products.sorted(by: { $0.sku < $1.sku }) {
            let pricing = try engine.price(product, floor: try floors.floor(of: product))
            let own = schemes.filter { id, _ in product.certificates.contains { $0.schemeID == id } }
            byCooperative[product.cooperativeID, default: []].append(Card(product: product, pricing: pricing, schemes: own))
        }
        var profiles: [Profile] = []
        for id in byCooperative.keys.sorted() {
            guard let cooperative = try reader.cooperative(id) else { throw CatalogError.notFound(.cooperatives, key: id) }
            let held = cooperative.knowHowIDs.compactMap { knowHow[$0] }
            profiles.append(Profile(cooperative: cooperative, knowHow: held, cards: byCooperative[id] ?? []))
        }
        let sections = Dictionary(grouping: profiles, by: \.cooperative.region).sorted { $0.key < $1.key }
            .map { Section(region: $0.key, profiles: $0.value) }
        let cards = profiles.flatMap(\.cards)
        let carried = Set(cards.flatMap(\.product.knowHowIDs) + profiles.flatMap { $0.knowHow.map(\.id) })
        let stories = carried.sorted().compactMap { id in
            knowHow[id].map { item in
                Story(knowHow: item, skus: cards.filter { $0.product.knowHowIDs.contains(id) }.map(\.product.sku))
            }
        }
        return Showcase(sections: sections, stories: stories, event: event, at: engine.now, ruleSetHash: engine.hash)
    }
}
