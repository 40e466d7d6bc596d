import Foundation

/// The rule sets the rules suites price with, written to a temporary folder before anything is
/// measured. The pricing is `scripts/pricing/base.lua` itself (15 % margin, rounding to 0,50 DH,
/// prices from 100 DH ending in 9,90 DH); the label is the `producer-share` rule of
/// `scripts/labels/ess.lua`. `PlainLuaRules` is the same logic by hand.
enum BenchmarkRules {
    /// A rule folder: file paths (`pricing/base.lua`) and their sources.
    typealias Folder = [String: String]

    /// Every rule: the three pricing rules, a promotion, a label and the three cart rules.
    static let full: Folder = [
        "pricing/base.lua": pricing, "promotions/food.lua": promotion, "labels/share.lua": label(filled: true),
        "promotions/cart.lua": cart,
    ]
    /// The same with a label that has no value to fill in.
    static let unfilledLabel: Folder = full.merging(["labels/share.lua": label(filled: false)]) { $1 }
    /// The same without the label: what the label phase costs.
    static let priceOnly: Folder = ["pricing/base.lua": pricing, "promotions/food.lua": promotion]
    /// The margin rule alone: what one rule costs.
    static let oneRule: Folder = ["pricing/margin.lua": ruleSet("margin", "return {markup_percent = 15}")]
    /// One rule that declines: the sandbox call and the composition, with no effect to decode.
    static let declining: Folder = ["pricing/nothing.lua": ruleSet("nothing", "return nil")]
    /// No rule: what `price` costs around the rules.
    static let none: Folder = [:]

    /// The category the promotion discounts, and by how much (percent).
    static let promotedCategory = "food"
    static let promotionPercent = 10
    /// The cart rules: a 10 % tier on 3 units of dates, 15 % off a bundle, 5 % off the order from 300 DH.
    static let tierCategory = "food.dates", tierFrom = 3, tierPercent = 10
    static let bundlePercent = 15, orderPercent = 5, orderMinimum = 30_000

    /// Writes `rules` into a new temporary folder and returns it.
    static func write(_ rules: Folder) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tiwizi-bench-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (path, source) in rules {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try source.write(to: file, atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// A rule set of one marketplace-funded price rule whose function's body is `body`.
    private static func ruleSet(_ name: String, _ body: String) -> String {
        """
        return {
          name = "bench-\(name)", version = "1.0.0", api = "2.0", description = {fr = "Banc d'essai", ar = "اختبار الأداء"},
          rules = {{name = "\(name)", priority = 100, funded_by = "marketplace", price = function() \(body) end}},
        }
        """
    }

    /// `scripts/pricing/base.lua` of this checkout, the marketplace's own pricing.
    private static var pricing: String {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../scripts/pricing/base.lua").standardizedFileURL
        guard let source = try? String(contentsOf: file, encoding: .utf8) else { fatalError("cannot read \(file.path)") }
        return source
    }

    private static let promotion = """
        return {
          name = "bench-promotion", version = "1.0.0", api = "2.0", description = {fr = "Banc d'essai", ar = "اختبار الأداء"},
          parameters = {discount = {type = "percentage", default = \(promotionPercent), description = {fr = "Paramètre", ar = "معامل"}}},
          rules = {
            {
              name = "category-off", priority = 50, funded_by = "marketplace",
              price = function(p, ctx)
                if not p:in_category("\(promotedCategory)") then return nil, "not \(promotedCategory): " .. p.category end
                return {percent_off = ctx:param("discount"), note = "\(promotedCategory) week"}
              end,
            },
          },
        }
        """

    /// The `producer-share` label of `scripts/labels/ess.lua`; unless `filled`, the label has no
    /// `{share}` to fill in (and the effect no `values`), which shows what filling a label costs.
    private static func label(filled: Bool) -> String {
        let (fr, en) =
            filled
            ? ("{share} % de ce prix revient à la coopérative", "{share} % of this price goes to the cooperative")
            : ("Une part de ce prix revient à la coopérative", "Part of this price goes to the cooperative")
        return """
            return {
              name = "bench-labels", version = "1.0.0", api = "2.0", description = {fr = "Banc d'essai", ar = "اختبار الأداء"},
              labels = {["producer-share"] = {fr = "\(fr)", en = "\(en)"}},
              rules = {
                {
                  name = "producer-share",
                  label = function(_, ctx)
                    local share = ctx.producer_share
                    if not share then return nil, "free product" end
                    return {label = "producer-share"\(filled ? ", values = {share = math.min(100, math.floor(share))}" : "")}
                  end,
                },
              },
            }
            """
    }

    private static let cart = """
        return {
          name = "bench-cart", version = "1.0.0", api = "2.0", description = {fr = "Banc d'essai", ar = "اختبار الأداء"},
          parameters = {
            tier_from = {type = "integer", default = \(tierFrom), description = {fr = "Paramètre", ar = "معامل"}},
            tier_discount = {type = "percentage", default = \(tierPercent), description = {fr = "Paramètre", ar = "معامل"}},
            bundle_discount = {type = "percentage", default = \(bundlePercent), description = {fr = "Paramètre", ar = "معامل"}},
            order_discount = {type = "percentage", default = \(orderPercent), description = {fr = "Paramètre", ar = "معامل"}},
            order_minimum = {type = "money", default = "\(orderMinimum / 100).00", description = {fr = "Paramètre", ar = "معامل"}},
          },
          rules = {
            {
              name = "dates-tier", priority = 30, funded_by = "marketplace",
              cart = function(_, ctx)
                return {tier = "\(tierCategory)", from = ctx:param("tier_from"), percent_off = ctx:param("tier_discount")}
              end,
            },
            {
              name = "bundle", priority = 20, funded_by = "marketplace",
              cart = function(_, ctx)
                return {bundle = {\(BenchmarkCart.bundle.map { "\"\($0)\"" }.joined(separator: ", "))},
                        percent_off = ctx:param("bundle_discount")}
              end,
            },
            {
              name = "order-off", priority = 10, funded_by = "marketplace",
              cart = function(_, ctx)
                return {order_percent_off = ctx:param("order_discount"), min_amount = ctx:param("order_minimum")}
              end,
            },
          },
        }
        """
}
