import TiwiziCore
import TiwiziGraphics

/// The summary figures of a showcase as inline SVG charts, one per page language: products per
/// region (a bar chart and a map of the twelve regions), women and youth among members, and
/// products per certification scheme.
public enum ShowcaseCharts {
    /// The charts by name (`regions`, `map`, `women`, `youth`, `certifications`), each holding
    /// one chart per language in an element with its `lang` and `dir`.
    public static func charts(of showcase: Showcase, languages: [Language]) -> [String: String] {
        let words = ShowcaseWords.all
        let cards = showcase.cards
        let members = showcase.members
        let seats = Dictionary(showcase.cooperatives.map { ($0.id, $0.region) }, uniquingKeysWith: { first, _ in first })
        var perRegion: [Region: Int] = [:]
        var perScheme: [String: (name: LocalizedText, count: Int)] = [:]
        for card in cards {
            if let region = card.product.origin?.region ?? seats[card.product.cooperativeID] {
                perRegion[region, default: 0] += 1
            }
            for certificate in card.product.certificates {
                guard let scheme = card.schemes[certificate.schemeID] else { continue }
                perScheme[scheme.id, default: (scheme.name, 0)].count += 1
            }
        }
        func each(_ chart: (Language) -> String) -> String {
            languages.map { "<div lang=\"\($0.rawValue)\" dir=\"\($0.direction)\">\(chart($0))</div>" }
                .joined(separator: "\n")
        }
        func word(_ key: String, _ language: Language) -> String { words[key]?.text(in: language) ?? key }
        /// `part` of the members, named by the word `name`, against the rest, named `rest`.
        func share(_ part: Int, of total: Int, named name: String, rest: String, in language: Language) -> String {
            ShareBar(
                title: "\(word("shareOfMembers", language)): \(word(name, language))",
                segments: [
                    .init(label: word(name, language), count: part), .init(label: word(rest, language), count: total - part),
                ],
                language: language
            ).svg
        }
        func title(_ key: String, _ language: Language) -> String { "\(word(key, language)) \(word("perRegion", language))" }
        var charts = [
            "regions": each { language in
                BarChart(
                    title: title("products", language),
                    bars: perRegion.sorted { $0.key < $1.key }.map {
                        .init(label: $0.key.name.text(in: language), value: $0.value)
                    },
                    language: language
                ).svg
            },
            "map": each { language in RegionMap(title: title("products", language), counts: perRegion, language: language).svg },
            "women": each { share(members.women, of: members.total, named: "women", rest: "men", in: $0) },
            "youth": each { share(members.youth, of: members.total, named: "youth", rest: "others", in: $0) },
        ]
        if !perScheme.isEmpty {
            charts["certifications"] = each { language in
                BarChart(
                    title: word("certifications", language),
                    bars: perScheme.sorted { $0.key < $1.key }.map {
                        .init(label: $0.value.name.text(in: language), value: $0.value.count)
                    },
                    language: language
                ).svg
            }
        }
        return charts
    }
}
