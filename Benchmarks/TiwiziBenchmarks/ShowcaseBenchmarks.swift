import Benchmark
import Foundation
import TiwiziShowcase

/// The showcase suite: a showcase of every product, against pricing them alone with the same
/// engine (what the showcase cannot do without), then grouping, rendering the HTML page with its
/// charts and a QR code per product, and the JSON.
extension RuleBenchmarks {
    static let pricesOnly = "engine.price of every product (the showcase's prices)"
    static let built = "Showcase.build: prices, sections, cooperatives, stories"
    static let html = "HTML page: build, charts, a QR code per product, Mustache"
    static let json = "JSON: build and render"

    /// This round's showcase suite.
    func showcaseSuite(round: Int) throws -> BenchmarkSuite {
        let suite = BenchmarkSuite(name: "showcase #\(round)")
        let (engine, products, reader) = (engines[0], products, reader)
        let templates = try ShowcaseTemplates.load()
        let html = ShowcaseOutput(templates: templates, baseURL: "https://tiwizi.ma/p/")
        let json = ShowcaseOutput(format: .json, templates: templates)
        suite.benchmark(
            Self.pricesOnly,
            function: fromCollectedHeap(engine.collectGarbage) {
                for product in products { _ = try engine.price(product, floor: nil) }
            })
        suite.benchmark(
            Self.built,
            function: fromCollectedHeap(engine.collectGarbage) {
                let showcase = try Showcase.build(products, engine: engine, reader: reader, event: nil)
                precondition(showcase.cards.count == products.count)
            })
        suite.benchmark(
            Self.html,
            function: fromCollectedHeap(engine.collectGarbage) {
                let showcase = try Showcase.build(products, engine: engine, reader: reader, event: nil)
                let files = try html.files(of: showcase)
                precondition(files.contains { $0.path == "index.html" })
            })
        suite.benchmark(
            Self.json,
            function: fromCollectedHeap(engine.collectGarbage) {
                _ = try json.files(of: try Showcase.build(products, engine: engine, reader: reader, event: nil))
            })
        return suite
    }

    /// Its ratio table.
    static func showcaseTable(productCount: Int) -> RatioTable {
        RatioTable(
            title: "A showcase of \(productCount) products (per product)",
            rows: [pricesOnly, built, html, json].map { RatioTable.Row(name: $0, baseline: pricesOnly, items: productCount) })
    }
}
