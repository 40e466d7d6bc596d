import Foundation
import TiwiziCore
import TiwiziLua
import TiwiziRules

/// A showcase catalog, before it is rendered in any language or format: the selected products
/// priced by the rules, in sections (by region, or as a curation script groups them), then by
/// cooperative; the know-how they carry; and the event and moment they were priced for.
public struct Showcase: Sendable {
    /// A product as the rules priced it, with its cooperative.
    public struct Card: Sendable {
        public let product: Product
        public let pricing: ProductPricing
        /// The certification schemes of its certificates, by id (for their names).
        public let schemes: [String: CertificationScheme]
    }

    /// A cooperative, the know-how it holds, and its selected products, in SKU order.
    public struct Profile: Sendable {
        public let cooperative: Cooperative
        public let knowHow: [KnowHow]
        public let cards: [Card]
    }

    /// A region's cooperatives in id order, or a curated section's in the order its products
    /// first name them.
    public struct Section: Sendable {
        public let heading: LocalizedText
        public let blurb: LocalizedText?
        /// The region it is, for sections by region.
        public let region: Region?
        /// What links to it: `region-MA-09`, `section-2`.
        public let anchor: String
        public let profiles: [Profile]
    }

    /// A know-how and the selected products that carry it.
    public struct Story: Sendable {
        public let knowHow: KnowHow
        public let skus: [String]
    }

    /// The title and introduction a curation gives, if any.
    public let title: LocalizedText?
    public let intro: LocalizedText?
    public let sections: [Section]
    public let stories: [Story]
    /// The event whose configuration priced it, if any.
    public let event: Event?
    /// The moment prices and labels are those of.
    public let at: LocalDateTime
    /// The rule-set hash of the rules that priced it.
    public let ruleSetHash: String

    public init(
        title: LocalizedText? = nil, intro: LocalizedText? = nil, sections: [Section], stories: [Story], event: Event?,
        at: LocalDateTime, ruleSetHash: String
    ) {
        self.title = title
        self.intro = intro
        self.sections = sections
        self.stories = stories
        self.event = event
        self.at = at
        self.ruleSetHash = ruleSetHash
    }

    /// Every card, by region, cooperative and SKU.
    public var cards: [Card] { sections.flatMap { $0.profiles.flatMap(\.cards) } }

    /// The members of the cooperatives shown, all together.
    public var members: Members { Members.sum(cooperatives.map(\.members)) }

    /// Every cooperative shown, once each, in the order first shown.
    public var cooperatives: [Cooperative] {
        var seen: Set<String> = []
        return sections.flatMap { $0.profiles.map(\.cooperative) }.filter { seen.insert($0.id).inserted }
    }
}
