import TiwiziCore

/// The same per-product work in Swift, without Lua: the floor.
enum NativeLoops {
    /// Reads sku, price, category, stock and region of each product; the region is the origin's,
    /// else the cooperative's seat looked up in `seats`.
    static func read(_ products: [Product], seats: [String: Region]) -> Int {
        var count = 0
        for product in products {
            consume(product.sku)
            consume(product.price)
            consume(product.category.path)
            if case .inStock(let units) = product.availability { consume(units) }
            consume(product.origin?.region ?? seats[product.cooperativeID])
            count += 1
        }
        return count
    }

    /// Hides a value from the optimizer, so that reading it is not removed.
    @inline(never) @_optimize(none)
    static func consume<T>(_ value: T) {
        withExtendedLifetime(value) {}
    }
}
