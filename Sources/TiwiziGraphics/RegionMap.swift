import TiwiziCore

/// Morocco's twelve regions as a tile cartogram: one labelled box a region, laid out roughly as
/// they lie (Tanger-Tétouan-Al Hoceïma at the top, Dakhla-Oued Ed-Dahab at the bottom left),
/// each with its count written in it, as an inline SVG.
///
/// A box's shade (four light steps) repeats its count for the eye; the count itself is always
/// written, so nothing depends on the shade. The map keeps its orientation in Arabic (north is
/// up, west is left); only its text runs right to left. Region names are in the chart's
/// language, or in French when the region has no name in it.
public struct RegionMap: Sendable, Hashable {
    /// What the map shows, as its heading and accessible name.
    public var title: String
    /// The count of each region; a region missing counts zero.
    public var counts: [Region: Int]
    /// The language of the title and of region names, which decides the text's direction.
    public var language: Language

    public init(title: String, counts: [Region: Int], language: Language) {
        self.title = title
        self.counts = counts
        self.language = language
    }

    /// What the map says, in one sentence, for its `<desc>` (screen readers) or a caption: every
    /// region's name and count, by region code.
    public var summary: String {
        ChartWords.list(Region.all.map { ($0.name.text(in: language), ChartWords.integer(counts[$0] ?? 0)) }, in: language)
    }

    /// The map as a self-contained `<svg>` element.
    public var svg: String {
        let flow = ReadingDirection(width: ChartStyle.width, language: language)
        let heading = ChartLayout.title(title, flow: flow)
        let tiles = drawTiles(top: heading.bottom, flow: flow)
        let summary = self.summary
        return ChartLayout.svg(
            frame: ChartLayout.frame(kind: "map", title: title, summary: summary, language: language),
            height: tiles.bottom + ChartStyle.margin, title: title, summary: summary, language: language,
            body: heading.markup + tiles.markup)
    }

    /// Each region's row and column in a grid of four columns, from the top left.
    private static let places: [String: (row: Int, column: Int)] = [
        "MA-01": (0, 2),
        "MA-04": (1, 1), "MA-03": (1, 2), "MA-02": (1, 3),
        "MA-06": (2, 1), "MA-05": (2, 2),
        "MA-07": (3, 1), "MA-08": (3, 2),
        "MA-10": (4, 0), "MA-09": (4, 1),
        "MA-11": (5, 0),
        "MA-12": (6, 0),
    ]
    private static let columns = 4
    private static let spacing = 6.0
    private static let nameSize = 12.0
    private static let countSize = 16.0

    private func drawTiles(top: Double, flow: ReadingDirection) -> (markup: String, bottom: Double) {
        let tileWidth =
            (ChartStyle.width - 2 * ChartStyle.margin - Double(Self.columns - 1) * Self.spacing) / Double(Self.columns)
        let names = Region.all.map {
            TextMetrics.lines(of: $0.name.text(in: language), size: Self.nameSize, maxWidth: tileWidth - 2 * Self.spacing)
        }
        let nameLineHeight = Self.nameSize * ChartStyle.lineHeight
        let tileHeight = Double(names.map(\.count).max() ?? 1) * nameLineHeight + Self.countSize + 4 * Self.spacing
        let largest = counts.values.max() ?? 0

        var markup = ""
        var bottom = top
        for (index, region) in Region.all.enumerated() {
            guard let place = Self.places[region.code] else { continue }
            let x = ChartStyle.margin + Double(place.column) * (tileWidth + Self.spacing)
            let y = top + Double(place.row) * (tileHeight + Self.spacing)
            let count = counts[region] ?? 0
            markup += SVGMarkup.element(
                "rect",
                SVGMarkup.box(x: x, y: y, width: tileWidth, height: tileHeight)
                    + [("fill", ChartStyle.tints[shade(count, largest: largest)]), ("stroke", ChartStyle.ink)])
            let nameLanguage = ChartWords.language(of: region.name, in: language)
            markup += ChartText.element(
                names[index].map(ChartText.words), x: x + tileWidth / 2, y: y + Self.spacing + Self.nameSize, size: Self.nameSize,
                anchor: .middle, language: nameLanguage == language ? nil : nameLanguage, flow: flow)
            markup += ChartText.number(ChartWords.integer(count)).element(
                x: x + tileWidth / 2, y: y + tileHeight - Self.spacing - 2, size: Self.countSize, anchor: .middle, bold: true,
                flow: flow)
            bottom = max(bottom, y + tileHeight)
        }
        return (markup, bottom)
    }

    /// The tint of `count`: none for zero, then one of three steps up to the largest count.
    private func shade(_ count: Int, largest: Int) -> Int {
        guard count > 0, largest > 0 else { return 0 }
        let steps = ChartStyle.tints.count - 1
        return min(steps, max(1, Int((Double(steps * count) / Double(largest)).rounded(.up))))
    }
}
