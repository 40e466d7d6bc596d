import Foundation
import TiwiziCore
import TiwiziFormats
import TiwiziGraphics
import TiwiziInterchange

/// The formats a showcase is written in.
public enum ShowcaseFormat: String, CaseIterable, Sendable {
    /// `index.html`, `style.css` and the Arabic font: a folder that opens from `file://`.
    case html
    /// `labels.html`: an A4 sheet of shelf labels, 3 × 8 to a page, with the same style sheet and font.
    case labels
    /// `showcase.pdf`, the HTML printed by Debian's `weasyprint` (which shapes Arabic).
    case pdf
    /// `showcase.md`.
    case md
    /// `showcase.json`, the curated structure.
    case json
}

/// How a showcase is written: its format, languages, templates, the base URL of its products'
/// QR codes, and the graphics a host draws (QR codes, charts).
public struct ShowcaseOutput {
    public var format: ShowcaseFormat
    public var languages: [Language]
    public var templates: ShowcaseTemplates
    /// A product's QR code encodes this followed by its SKU.
    public var baseURL: String?
    /// A QR code of a URL as inline SVG (by default libqrencode's); nil draws none.
    public var qrCode: @Sendable (String) -> String?
    /// Inline SVG charts of a showcase, by name (by default `ShowcaseCharts`').
    public var charts: (Showcase, [Language]) -> [String: String]
    /// How many threads make the cards' values (a QR code each) and render the cards of an
    /// HTML page (`ShowcaseTemplates.renderPage`); the output is the same for any number.
    public var workers: Int

    public init(
        format: ShowcaseFormat = .html, languages: [Language] = [.french, .arabic], templates: ShowcaseTemplates,
        baseURL: String? = nil, qrCode: @escaping @Sendable (String) -> String? = { try? QRCode($0).svg(title: $0) },
        charts: @escaping (Showcase, [Language]) -> [String: String] = ShowcaseCharts.charts,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.format = format
        self.languages = languages
        self.templates = templates
        self.baseURL = baseURL
        self.qrCode = qrCode
        self.charts = charts
        self.workers = workers
    }

    /// Where Debian's `fonts-hosny-amiri` puts the Arabic font the HTML bundles (OFL).
    static let amiri = URL(fileURLWithPath: "/usr/share/fonts/opentype/fonts-hosny-amiri")

    /// The showcase's files, by path within its folder.
    public func files(of showcase: Showcase) throws -> [(path: String, data: Data)] {
        switch format {
        case .json:
            return [("showcase.json", Data((JSONDocument.render(showcase.document(baseURL: baseURL)) + "\n").utf8))]
        case .md:
            return [("showcase.md", Data(try templates.render("showcase.md", page(showcase).context(workers: workers)).utf8))]
        case .html, .labels:
            let (template, entry) = format == .html ? ("showcase", "index.html") : ("labels", "labels.html")
            let html =
                format == .html
                ? try templates.renderPage(template, page(showcase), workers: workers)
                : try templates.render(template, page(showcase).context(workers: workers))
            let assets = try templates.assets.map { ($0, try Data(contentsOf: templates.folder.appendingPathComponent($0))) }
            return [(entry, Data(html.utf8))] + assets + Self.fonts()
        case .pdf:
            var html = self
            html.format = .html
            return [("showcase.pdf", try PDFPrinter.print(try html.files(of: showcase)))]
        }
    }

    /// The file a person opens: `index.html`, `labels.html`, `showcase.md`…
    public var entry: String {
        switch format {
        case .html: return "index.html"
        case .labels: return "labels.html"
        case .md, .json, .pdf: return "showcase.\(format.rawValue)"
        }
    }

    /// Writes the showcase as the folder `folder`, whole or not at all (see
    /// `ExportDestination.writeFolder`); a folder that holds anything is replaced only when `replacing`.
    public func write(_ showcase: Showcase, to folder: String, replacing: Bool) throws {
        let files = try files(of: showcase)
        try ExportDestination.writeFolder(folder, replacing: replacing) { staging in
            for (path, data) in files {
                let url = staging.appendingPathComponent(path)
                try ExportDestination.makeFolder(url.deletingLastPathComponent().path)
                try FileOutput.writing(to: url.path) { try $0.write(data) }
            }
        }
    }

    private func page(_ showcase: Showcase) -> ShowcasePage {
        ShowcasePage(
            showcase: showcase, languages: languages, baseURL: baseURL, qrCode: qrCode,
            charts: charts(showcase, languages))
    }

    /// Amiri, regular and bold, with its licence, when the machine has it; otherwise the style
    /// sheet falls back to the visitor's Arabic fonts (docs/showcase.md).
    private static func fonts() -> [(path: String, data: Data)] {
        let files = ["Amiri-Regular.ttf", "Amiri-Bold.ttf"].compactMap { name in
            (try? Data(contentsOf: amiri.appendingPathComponent(name))).map { ("fonts/\(name)", $0) }
        }
        guard !files.isEmpty,
            let licence = try? Data(contentsOf: URL(fileURLWithPath: "/usr/share/doc/fonts-hosny-amiri/copyright"))
        else { return files }
        return files + [("fonts/LICENSE-Amiri.txt", licence)]
    }
}
