import TiwiziCore

/// A horizontal bar chart of counts, such as products per region, as an inline SVG: one bar a
/// row, its label before it and its value written after it, scaled to the largest value.
///
/// It reads without colour (every value is written), in the chart's language and direction (an
/// Arabic chart has its labels on the right and bars growing leftwards; numbers stay Western
/// digits, isolated left to right), and says "no data" when there are no bars.
public struct BarChart: Sendable, Hashable {
    /// What the chart shows, as its heading and accessible name.
    public var title: String
    /// The bars, in the order drawn, top to bottom.
    public var bars: [Bar]
    /// The language of the title and labels, which decides the chart's direction.
    public var language: Language

    public init(title: String, bars: [Bar], language: Language) {
        self.title = title
        self.bars = bars
        self.language = language
    }

    /// What the chart says, in one sentence, for its `<desc>` (screen readers) or a caption:
    /// every label and its value.
    public var summary: String {
        guard !bars.isEmpty else { return ChartLayout.noDataSummary(in: language) }
        return ChartWords.list(bars.map { ($0.label, ChartWords.integer($0.value)) }, in: language)
    }

    /// The chart as a self-contained `<svg>` element. A bar of zero, or of a negative value, has
    /// no length; its value is written all the same.
    public var svg: String {
        let flow = ReadingDirection(width: ChartStyle.width, language: language)
        let heading = ChartLayout.title(title, flow: flow)
        let content =
            bars.isEmpty
            ? ChartLayout.noData(in: language, flow: flow, top: heading.bottom) : drawBars(flow: flow, top: heading.bottom)
        let summary = self.summary
        return ChartLayout.svg(
            frame: ChartLayout.frame(kind: "bar", title: title, summary: summary, language: language),
            height: content.bottom + ChartStyle.margin, title: title, summary: summary, language: language,
            body: heading.markup + content.markup)
    }

    private static let barHeight = 16.0
    private static let spacing = 8.0

    private func drawBars(flow: ReadingDirection, top: Double) -> (markup: String, bottom: Double) {
        let size = ChartStyle.textSize
        let margin = ChartStyle.margin
        let spacing = Self.spacing
        let labels = bars.map { TextMetrics.lines(of: $0.label, size: size, maxWidth: 0.4 * (flow.width - 2 * margin)) }
        let labelWidth = labels.joined().map { TextMetrics.width(of: $0, size: size) }.max() ?? 0
        let values = bars.map { ChartText.number(ChartWords.integer($0.value)) }
        let valueWidth = values.map { $0.width(size: size) }.max() ?? 0
        let barStart = margin + labelWidth + spacing
        let plotWidth = flow.width - margin - valueWidth - spacing - barStart
        let largest = bars.map(\.value).max() ?? 0

        var markup = ""
        var y = top
        for (index, bar) in bars.enumerated() {
            let lineHeight = size * ChartStyle.lineHeight
            let rowHeight = max(Self.barHeight + spacing, Double(labels[index].count) * lineHeight + spacing)
            let middle = y + rowHeight / 2
            let baseline = middle + 0.35 * size
            markup += ChartText.element(
                labels[index].map(ChartText.words), x: flow.x(margin + labelWidth),
                y: baseline - Double(labels[index].count - 1) * lineHeight / 2, anchor: .end, flow: flow)
            let length = largest > 0 && bar.value > 0 ? max(1, plotWidth * Double(bar.value) / Double(largest)) : 0
            if length > 0 {
                markup += SVGMarkup.element(
                    "rect",
                    SVGMarkup.box(
                        x: flow.x(barStart, length: length), y: middle - Self.barHeight / 2, width: length,
                        height: Self.barHeight) + [("fill", ChartStyle.barFill)])
            }
            markup += values[index].element(x: flow.x(barStart + length + spacing / 2), y: baseline, flow: flow)
            y += rowHeight
        }
        markup += SVGMarkup.element(
            "path",
            [
                ("d", "M\(SVGMarkup.number(flow.x(barStart))) \(SVGMarkup.number(top))V\(SVGMarkup.number(y))"),
                ("stroke", ChartStyle.ink), ("fill", "none"),
            ])
        return (markup, y)
    }
}
