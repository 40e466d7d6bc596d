import Foundation
import TiwiziRules

/// The cart the cart suite quotes: `lineCount` products of `BenchmarkCatalog` spread over the
/// catalog and its four categories, one to three units each, the first three lines a bundle.
enum BenchmarkCart {
    static let lineCount = 40

    /// SKUs and quantities, in SKU order (the order `Cart` keeps).
    static let lines: [(sku: String, quantity: Int)] = (0..<lineCount).map { k in
        (sku: String(format: "BEN-%06d", 7 + 247 * k), quantity: 1 + k % 3)
    }

    /// The SKUs of the bundle rule.
    static let bundle = lines.prefix(3).map(\.sku)

    static var cart: Cart { Cart(lines: lines) }

    /// The cart as a Lua table literal: `{{sku = "BEN-000007", quantity = 1}, …}`.
    static var luaLiteral: String {
        "{" + lines.map { "{sku = \"\($0.sku)\", quantity = \($0.quantity)}" }.joined(separator: ", ") + "}"
    }
}
