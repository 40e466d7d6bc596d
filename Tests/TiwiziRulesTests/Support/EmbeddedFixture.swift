import Foundation
import LuaHost
import TiwiziCore
import TiwiziFormats
import TiwiziLua
import TiwiziStore

@testable import TiwiziRules

/// A catalog of one cooperative and five products, and a rules folder: `margin` adds 10 %,
/// `fair` takes 20 % off from 18 to 22 March 2026, `cheap` labels prices under 100 DH, and
/// `coupon` takes 5,00 off with the code SAVE, twice at most.
struct EmbeddedFixture {
    let folder = RuleFolder()
    let store: SQLiteCatalogStore
    static let skus = ["OIL-1", "OIL-2", "HONEY-1", "DATES-1", "SAFFRON-1"]
    /// Moments inside and outside the fair.
    static let moments = ["2026-03-17T23:59", "2026-03-18T00:00", "2026-03-20T09:00", "2026-04-01T10:00"]
        .map { RunContext.parseInstant($0)! }

    init() throws {
        store = try SQLiteCatalogStore(path: folder.root.appendingPathComponent("catalog.sqlite").path)
        try store.write { writer in
            _ = try writer.save(EngineFixture.cooperative)
            for (index, sku) in Self.skus.enumerated() {
                _ = try writer.save(Self.product(sku, minor: Int64(4_000 + index * 3_550)))
            }
        }
        folder.write("pricing/margin.lua", Self.margin(percent: 10))
        folder.write("promotions/fair.lua", Self.fair)
    }

    static func product(_ sku: String, minor: Int64) -> Product {
        var product = EngineFixture.oil
        product.sku = sku
        product.price = Money(minorUnits: minor, currency: .mad)
        return product
    }

    static func margin(percent: Int) -> String {
        """
        return {
          name = "margin", version = "1.0.0", api = "2.0", description = {fr = "d", ar = "د"},
          labels = {cheap = {fr = "Petit prix", en = "Low price"}},
          rules = {
            {name = "margin", priority = 10, funded_by = "marketplace",
             price = function() return {markup_percent = \(percent)} end},
            {name = "cheap", label = function(_, ctx)
              if ctx.price < tiwizi.money("100.00") then return {label = "cheap"} end
              return nil, "not cheap"
            end},
          },
        }
        """
    }

    static let fair = """
        return {
          name = "fair", version = "1.0.0", api = "2.0", description = {fr = "d", ar = "د"},
          rules = {
            {name = "fair", funded_by = "event", valid_from = "2026-03-18", valid_until = "2026-03-22",
             price = function() return {percent_off = 20} end},
            {name = "coupon", funded_by = "marketplace", coupon = {code = "SAVE", max_uses = 2},
             cart = function() return {order_amount_off = "5.00"} end},
          },
        }
        """

    /// An engine over the fixture's catalog and rules.
    func engine(workers: Int = 4) async throws -> TiwiziEngine {
        try await TiwiziEngine(store: store, rules: folder.root, configuration: .init(workers: workers))
    }

    /// What the engine a command builds (a sandbox per plugin over one snapshot) gives for `sku` at `moment`.
    func priceAsACommandDoes(_ sku: String, at moment: Date) throws -> ProductPricing {
        let context = RunContext(at: moment)
        return try CatalogScripts.withSandboxes(store: store, context: context) { sandboxes, reader in
            let engine = try RuleEngine(folder: folder.root, sandboxes: sandboxes, context: context)
            guard let product = try reader.product(sku) else { throw CatalogError.notFound(.products, key: sku) }
            var floors = FloorLookup(reader: reader)
            return try engine.price(product, floor: try floors.floor(of: product))
        }
    }

    func remove() { folder.remove() }
}

extension ProductPricing {
    /// The pricing as `tiwizi price --json` prints it, without what each step cost (a reused
    /// sandbox holds more memory than a new one).
    var json: String { JSONDocument.render(document(steps: false, language: .english)) }
}
