import TiwiziCore

/// A line of chart text: words in the chart's language, and numbers, each in its own
/// left-to-right isolated `<tspan>`, so that in an Arabic chart `42` and `62%` keep their order
/// whatever surrounds them.
struct ChartText {
    enum Run {
        case words(String)
        case number(String)
    }

    var runs: [Run]

    static func words(_ text: String) -> ChartText { ChartText(runs: [.words(text)]) }
    static func number(_ text: String) -> ChartText { ChartText(runs: [.number(text)]) }
    static func + (first: ChartText, second: ChartText) -> ChartText { ChartText(runs: first.runs + second.runs) }

    /// The text without markup.
    var plain: String {
        runs.map {
            switch $0 {
            case .words(let text), .number(let text): return text
            }
        }.joined()
    }

    /// The content of a `<text>` element: escaped words, isolated numbers.
    var markup: String {
        runs.map {
            switch $0 {
            case .words(let text): return SVGMarkup.escaped(text)
            case .number(let text):
                return SVGMarkup.element(
                    "tspan", [("direction", "ltr"), ("unicode-bidi", "isolate")], content: SVGMarkup.escaped(text))
            }
        }.joined()
    }

    /// Its estimated width at `size`, see ``TextMetrics``.
    func width(size: Double) -> Double { TextMetrics.width(of: plain, size: size) }

    /// Where a `<text>` is anchored: its logical start or end (the right side, in a right-to-left
    /// chart), or its middle.
    enum Anchor: String {
        case start, middle, end

        /// The other end of the line.
        var opposite: Anchor {
            switch self {
            case .start: return .end
            case .middle: return .middle
            case .end: return .start
            }
        }
    }

    /// A `<text>` element of `lines`, the first one's baseline at `y`, the next ones below it.
    /// `language` marks text in another language than the chart's (a region's French name in a
    /// Tamazight chart).
    ///
    /// A text of numbers only, in a right-to-left chart, is itself left to right, anchored by the
    /// other end: Chromium anchors a text that begins with a left-to-right `<tspan>` as left to
    /// right whatever the `<text>`'s direction, where librsvg follows the `<text>`; stating it
    /// makes both agree.
    static func element(
        _ lines: [ChartText], x: Double, y: Double, size: Double = ChartStyle.textSize, anchor: Anchor = .start,
        bold: Bool = false, language: Language? = nil, flow: ReadingDirection
    ) -> String {
        var attributes = [("x", SVGMarkup.number(x)), ("y", SVGMarkup.number(y))]
        var anchor = anchor
        if flow.isRightToLeft && lines.allSatisfy(\.isNumber) {
            attributes.append(("direction", "ltr"))
            anchor = anchor.opposite
        }
        if size != ChartStyle.textSize { attributes.append(("font-size", SVGMarkup.number(size))) }
        if anchor != .start { attributes.append(("text-anchor", anchor.rawValue)) }
        if bold { attributes.append(("font-weight", "bold")) }
        if let language { attributes += [("lang", language.rawValue), ("xml:lang", language.rawValue)] }
        let content =
            lines.count == 1
            ? lines[0].markup
            : lines.enumerated().map { index, line in
                SVGMarkup.element(
                    "tspan",
                    [("x", SVGMarkup.number(x)), ("dy", index == 0 ? "0" : SVGMarkup.number(size * ChartStyle.lineHeight))],
                    content: line.markup)
            }.joined()
        return SVGMarkup.element("text", attributes, content: content)
    }

    /// A one-line `<text>` element.
    func element(
        x: Double, y: Double, size: Double = ChartStyle.textSize, anchor: Anchor = .start, bold: Bool = false,
        language: Language? = nil, flow: ReadingDirection
    ) -> String {
        Self.element([self], x: x, y: y, size: size, anchor: anchor, bold: bold, language: language, flow: flow)
    }

    /// Whether the text is numbers only.
    private var isNumber: Bool {
        runs.allSatisfy {
            if case .number = $0 { return true }
            return false
        }
    }
}
