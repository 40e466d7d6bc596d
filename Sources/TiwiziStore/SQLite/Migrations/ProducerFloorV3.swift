import GRDB

/// v3: the producer's floor, the least a cooperative receives per unit, as written in documents
/// (`85 %`, or `120.00` in the product's currency): a share for all of a cooperative's products,
/// or a product's own share or amount. NULL is no floor. Frozen: the names below are literal.
enum ProducerFloorV3 {
    static let identifier = "v3-producer-floor"

    static func migrate(_ db: Database) throws {
        try db.alter(table: "cooperatives") { t in t.add(column: "producer_floor", .text) }
        try db.alter(table: "products") { t in t.add(column: "producer_floor", .text) }
    }
}
