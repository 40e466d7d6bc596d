import TiwiziCore

/// The same per-product work in Swift, without Lua: the floor.
enum NativeLoops {
    /// Reads sku, price, category, stock and region of each product (the region is the origin's,
    /// else the cooperative's seat looked up in `seats`) and folds them into a checksum, so that
    /// the optimizer cannot drop the reads. The caller compares it with `checksum(of:)`.
    static func read(_ products: [Product], seats: [String: Region]) -> Int {
        var checksum = 0
        // Fields read in place (`products[i].sku`), not from a copy of the whole record.
        for i in products.indices {
            checksum &+= products[i].sku.utf8.count
            checksum &+= Int(truncatingIfNeeded: products[i].price.minorUnits)
            checksum &+= products[i].category.path.utf8.count
            if case .inStock(let units) = products[i].availability { checksum &+= units }
            checksum &+= (products[i].origin?.region ?? seats[products[i].cooperativeID])?.code.utf8.count ?? 0
        }
        return checksum
    }
}
