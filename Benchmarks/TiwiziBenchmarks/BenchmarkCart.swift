import Foundation
import TiwiziRules

/// The cart the cart suite quotes: `lineCount` products of `BenchmarkCatalog` spread over the
/// catalog and its four categories, one to three units each, the first three lines a bundle.
enum BenchmarkCart {
    static let lineCount = 40
    /// The size of `BenchmarkCatalog` (`TIWIZI_BENCH_PRODUCTS`, default 10,000, at least 200).
    static let productCount = max(
        ProcessInfo.processInfo.environment["TIWIZI_BENCH_PRODUCTS"].flatMap { Int($0) } ?? 10_000, 200)
    /// The distance between the lines' SKUs: 247 in the default catalog.
    private static let stride = productCount / lineCount - 3

    /// SKUs and quantities, in SKU order (the order `Cart` keeps).
    static let lines: [(sku: String, quantity: Int)] = (0..<lineCount).map { k in
        (sku: String(format: "BEN-%06d", 7 + stride * k), quantity: 1 + k % 3)
    }

    /// The SKUs of the bundle rule.
    static let bundle = lines.prefix(3).map(\.sku)

    static var cart: Cart { Cart(lines: lines) }

    /// The cart as a Lua table literal: `{{sku = "BEN-000007", quantity = 1}, …}`.
    static var luaLiteral: String {
        "{" + lines.map { "{sku = \"\($0.sku)\", quantity = \($0.quantity)}" }.joined(separator: ", ") + "}"
    }
}
