import Foundation
import Testing
import TiwiziCore
import TiwiziInterchange
import TiwiziStore

@testable import TiwiziRules

/// The code of the DocC article (Sources/TiwiziRules/TiwiziRules.docc/GettingStarted.md), run
/// on the seed catalog with the shipped rules: what the article shows builds and does what it says.
@Suite("Rules: the Getting Started article")
struct GettingStartedTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theArticlesCodeRuns() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tiwizi-docc-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("catalog.sqlite").path
        _ = try Importer(store: try SQLiteCatalogStore(path: path), today: CalendarDate(year: 2026, month: 3, day: 20)!)
            .run(paths: [Self.repository.appendingPathComponent("catalog").path])

        // Open the catalog and load the rules.
        let store = try SQLiteCatalogStore(path: path)
        let engine = try await TiwiziEngine(
            store: store, rules: Self.repository.appendingPathComponent("scripts"),
            configuration: TiwiziEngine.Configuration(workers: 4))

        // Price a product.
        let moment = ISO8601DateFormatter().date(from: "2026-03-20T09:00:00+01:00")!
        let priced = try await engine.price(sku: "TAF-ARG-250", at: moment)
        #expect(priced.breakdown.listPrice == .mad(14_500) && priced.rulesApplied.first == "margin")
        #expect(priced.labels.map(\.id).contains("women-led"))

        // Quote a cart.
        let cart = Cart(
            lines: [(sku: "TAF-ARG-250", quantity: 2), (sku: "TAM-THY-500", quantity: 1)],
            coupons: ["ESS2026"], customer: "amina")
        let quote = try await engine.quote(cart, at: moment)
        #expect(quote.redeemed == ["ESS2026"] && quote.total < quote.subtotal && quote.ruleSetHash == engine.ruleSetHash)

        // Place an order.
        let placed = try await engine.placeOrder(cart, at: moment)
        #expect(placed.id == 1 && placed.order.total == quote.total && placed.order.ruleSetHash == quote.ruleSetHash)

        // Read the trace.
        #expect(priced.steps.contains { $0.rule == "margin" && $0.isApplied })
        #expect(priced.explanation.first?.line.text(in: .english).contains("TAF-ARG-250") == true)
        #expect(quote.steps.contains { $0.rule == "coupon-ess2026" && $0.isApplied })

        // Reload the rules.
        #expect(try await engine.reload() == .unchanged)
    }
}
