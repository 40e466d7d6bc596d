import TiwiziCore

/// What every chart draws the same way: its title at the top, "no data" when there is nothing to
/// show, and the `<svg>` around it all on a white background.
enum ChartLayout {
    /// The space between the title and what follows.
    static let gap = 12.0

    /// The title, bold, wrapped to the chart's width from the start of the line, and where it ends.
    static func title(_ title: String, flow: ReadingDirection) -> (markup: String, bottom: Double) {
        let size = ChartStyle.titleSize
        let lines = TextMetrics.lines(of: title, size: size, maxWidth: flow.width - 2 * ChartStyle.margin)
        let baseline = ChartStyle.margin + size
        let markup = ChartText.element(
            lines.map(ChartText.words), x: flow.x(ChartStyle.margin), y: baseline, size: size, bold: true, flow: flow)
        return (markup, baseline + Double(lines.count - 1) * size * ChartStyle.lineHeight + gap)
    }

    /// "No data" in the chart's language, below `top`, and where it ends.
    static func noData(in language: Language, flow: ReadingDirection, top: Double) -> (markup: String, bottom: Double) {
        let textLanguage = ChartWords.language(of: ChartWords.noData, in: language)
        let baseline = top + ChartStyle.textSize
        let markup = ChartText.words(ChartWords.noData.text(in: language)).element(
            x: flow.x(ChartStyle.margin), y: baseline, language: textLanguage == language ? nil : textLanguage, flow: flow)
        return (markup, baseline + gap)
    }

    /// The sentence of a chart's `<desc>` when it has no data.
    static func noDataSummary(in language: Language) -> String { ChartWords.noData.text(in: language) + "." }

    /// A frame for a chart of `kind`, its ids told apart by everything it shows.
    static func frame(kind: String, title: String, summary: String, language: Language) -> SVGFrame {
        SVGFrame(kind: kind, fingerprint: [title, summary, language.rawValue].joined(separator: "\u{1F}"))
    }

    /// The chart's `<svg>`: `body` on a white background `height` tall, in ink, in `language`.
    static func svg(
        frame: SVGFrame, height: Double, title: String, summary: String, language: Language, body: String
    ) -> String {
        let background = SVGMarkup.element(
            "rect",
            [("width", SVGMarkup.number(ChartStyle.width)), ("height", SVGMarkup.number(height)), ("fill", ChartStyle.paper)])
        return frame.svg(
            width: ChartStyle.width, height: height, title: title, description: summary, language: language,
            attributes: [
                ("font-family", ChartStyle.fontFamily), ("font-size", SVGMarkup.number(ChartStyle.textSize)),
                ("fill", ChartStyle.ink),
            ],
            body: background + body)
    }
}
