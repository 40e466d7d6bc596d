/// The fills that tell the segments of a stacked bar apart without colour: solid, hatched,
/// dotted, cross-hatched, striped and plain, each with a dark outline. Their colours are dark
/// (3:1 at least on white), so that they print and read in grey.
enum FillPattern: CaseIterable {
    case solid, diagonal, dots, crosshatch, horizontal, plain

    /// The fill of the segment at `index`; after six segments the fills come round again.
    static func forSegment(_ index: Int) -> FillPattern { allCases[index % allCases.count] }

    /// The value of a `fill` attribute: a colour, or this graphic's pattern.
    func fill(in frame: SVGFrame) -> String {
        switch self {
        case .solid: return ChartStyle.barFill
        case .plain: return ChartStyle.paper
        default: return "url(#\(frame.id(name)))"
        }
    }

    /// The `<pattern>` this fill refers to, for the graphic's `<defs>`; nil for flat fills.
    func definition(in frame: SVGFrame) -> String? {
        let tile: String
        switch self {
        case .solid, .plain: return nil
        case .diagonal: tile = line("M-1 1l2-2M0 6l6-6M5 7l2-2", colour: "#7a3e00")
        case .dots: tile = SVGMarkup.element("circle", [("cx", "3"), ("cy", "3"), ("r", "1.5"), ("fill", ChartStyle.ink)])
        case .crosshatch: tile = line("M0 0l6 6M6 0l-6 6", colour: "#4b2a7a")
        case .horizontal: tile = line("M0 1.5h6M0 4.5h6", colour: ChartStyle.barFill)
        }
        let background = SVGMarkup.element("rect", [("width", "6"), ("height", "6"), ("fill", ChartStyle.paper)])
        return SVGMarkup.element(
            "pattern", [("id", frame.id(name)), ("width", "6"), ("height", "6"), ("patternUnits", "userSpaceOnUse")],
            content: background + tile)
    }

    private var name: String { "\(self)" }

    private func line(_ path: String, colour: String) -> String {
        SVGMarkup.element("path", [("d", path), ("stroke", colour), ("stroke-width", "1.5"), ("fill", "none")])
    }
}
