import Foundation

/// What a chart's SVG shows, read back from its elements.
struct ChartReading {
    let root: SVGElement

    init(_ svg: String) throws {
        root = try SVGElement.parse(svg)
    }

    var title: String? { root.all("title").first?.text }
    var summary: String? { root.all("desc").first?.text }

    /// The text of every `<text>` element, its lines joined.
    var texts: [String] { root.all("text").map(\.text) }

    /// The numbers written in left-to-right isolated `<tspan>`s, in document order.
    var isolatedNumbers: [String] { root.all("tspan").filter(Self.isIsolated).map(\.text) }

    /// The text of every `<text>` element outside its isolated numbers.
    var textsOutsideIsolates: [String] { root.all("text").map(Self.outsideIsolates) }

    /// The `<rect>` elements filled with `fill`.
    func rects(fill: String) -> [SVGElement] { root.all("rect").filter { $0["fill"] == fill } }

    /// The `<text>` element whose text is `text`.
    func text(_ text: String) -> SVGElement? { root.all("text").first { $0.text == text } }

    static func isIsolated(_ element: SVGElement) -> Bool {
        element.name == "tspan" && element["direction"] == "ltr" && element["unicode-bidi"] == "isolate"
    }

    private static func outsideIsolates(_ element: SVGElement) -> String {
        element.ownText + element.children.filter { !isIsolated($0) }.map(outsideIsolates).joined()
    }

    /// Whether `text` has Arabic-Indic or Eastern Arabic-Indic digits.
    static func hasArabicDigits(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0660...0x0669).contains($0.value) || (0x06F0...0x06F9).contains($0.value) }
    }
}
