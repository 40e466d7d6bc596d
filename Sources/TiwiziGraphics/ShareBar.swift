import TiwiziCore

/// A 100 % stacked bar of the parts of a whole, such as the women and the men among a
/// cooperative's members, as an inline SVG.
///
/// Segments are told apart by pattern and outline, not colour alone; each is labelled with its
/// percentage when it is wide enough, and a key below the bar gives every segment's pattern,
/// label, percentage and count. Percentages are whole numbers that add up to 100. Segments run
/// from the start of the line (the right, in Arabic). With no segments, or counts adding up to
/// zero, the chart says "no data".
///
/// Groups that overlap, such as women and youth among members, are one bar each:
///
/// ```swift
/// let women = ShareBar(
///     title: "Femmes parmi les membres",
///     segments: [.init(label: "Femmes", count: 124), .init(label: "Hommes", count: 76)],
///     language: .french)
/// ```
public struct ShareBar: Sendable, Hashable {
    /// What the bar shows, as its heading and accessible name.
    public var title: String
    /// The parts of the whole, in the order drawn. Negative counts count as zero.
    public var segments: [Segment]
    /// The language of the title and labels, which decides the chart's direction.
    public var language: Language

    public init(title: String, segments: [Segment], language: Language) {
        self.title = title
        self.segments = segments
        self.language = language
    }

    /// What the chart says, in one sentence, for its `<desc>` (screen readers) or a caption:
    /// every segment's label, percentage and count.
    public var summary: String {
        guard let percentages = Percentages.of(segments.map(\.count)) else { return ChartLayout.noDataSummary(in: language) }
        return ChartWords.list(
            zip(segments, percentages).map { ($0.label, share($1, $0.count).plain) }, in: language)
    }

    /// The chart as a self-contained `<svg>` element.
    public var svg: String {
        let flow = ReadingDirection(width: ChartStyle.width, language: language)
        let heading = ChartLayout.title(title, flow: flow)
        let summary = self.summary
        let frame = ChartLayout.frame(kind: "share", title: title, summary: summary, language: language)
        let content =
            Percentages.of(segments.map(\.count)).map { drawBar(percentages: $0, flow: flow, frame: frame, top: heading.bottom) }
            ?? ChartLayout.noData(in: language, flow: flow, top: heading.bottom)
        return ChartLayout.svg(
            frame: frame, height: content.bottom + ChartStyle.margin, title: title, summary: summary, language: language,
            body: heading.markup + content.markup)
    }

    private static let barHeight = 32.0
    private static let swatch = 14.0
    private static let keyRow = 22.0

    /// `62 % (124)`: the percentage and the count, each isolated.
    private func share(_ percentage: Int, _ count: Int) -> ChartText {
        .number(ChartWords.percent(percentage, in: language)) + .words(" ") + .number("(\(ChartWords.integer(count)))")
    }

    private func drawBar(percentages: [Int], flow: ReadingDirection, frame: SVGFrame, top: Double) -> (
        markup: String, bottom: Double
    ) {
        let margin = ChartStyle.margin
        let size = ChartStyle.textSize
        let trackWidth = flow.width - 2 * margin
        let counts = segments.map { Double(max($0.count, 0)) }
        let total = counts.reduce(0, +)
        let fills = segments.indices.map(FillPattern.forSegment)
        let definitions = FillPattern.allCases.filter(Set(fills).contains).compactMap { $0.definition(in: frame) }
        var markup = definitions.isEmpty ? "" : SVGMarkup.element("defs", [], content: definitions.joined())

        var offset = 0.0
        for index in segments.indices where counts[index] > 0 {
            let length = trackWidth * counts[index] / total
            let outline = [("stroke", ChartStyle.ink), ("stroke-width", "1")]
            markup += SVGMarkup.element(
                "rect",
                SVGMarkup.box(x: flow.x(margin + offset, length: length), y: top, width: length, height: Self.barHeight) + [
                    ("fill", fills[index].fill(in: frame))
                ] + outline)
            let label = ChartText.number(ChartWords.percent(percentages[index], in: language))
            let chipWidth = label.width(size: size) + 8
            if chipWidth + 4 <= length {
                let centre = flow.x(margin + offset + length / 2)
                markup += SVGMarkup.element(
                    "rect",
                    SVGMarkup.box(
                        x: centre - chipWidth / 2, y: top + (Self.barHeight - size - 6) / 2, width: chipWidth, height: size + 6)
                        + [("fill", ChartStyle.paper), ("rx", "3")])
                markup += label.element(x: centre, y: top + Self.barHeight / 2 + 0.35 * size, anchor: .middle, flow: flow)
            }
            offset += length
        }

        var y = top + Self.barHeight + ChartLayout.gap
        for (index, segment) in segments.enumerated() {
            markup += SVGMarkup.element(
                "rect",
                SVGMarkup.box(
                    x: flow.x(margin, length: Self.swatch), y: y + (Self.keyRow - Self.swatch) / 2, width: Self.swatch,
                    height: Self.swatch)
                    + [("fill", fills[index].fill(in: frame)), ("stroke", ChartStyle.ink)])
            let text = ChartText.words(segment.label + ChartWords.colon(in: language)) + share(percentages[index], segment.count)
            markup += text.element(x: flow.x(margin + Self.swatch + 8), y: y + Self.keyRow / 2 + 0.35 * size, flow: flow)
            y += Self.keyRow
        }
        return (markup, y)
    }
}
