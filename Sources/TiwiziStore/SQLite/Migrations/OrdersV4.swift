import GRDB

/// v4: placed orders, their lines, and the coupon redemptions whose count enforces coupon caps.
/// Frozen: the names below are literal.
enum OrdersV4 {
    static let identifier = "v4-orders"

    static func migrate(_ db: Database) throws {
        try db.create(table: "orders") { t in
            t.column("id", .integer).primaryKey(autoincrement: true)
            t.column("placed_at", .text).notNull()
            t.column("customer", .text)
            t.column("coupons", .text).notNull()
            t.column("currency", .text).notNull()
            t.column("subtotal", .integer).notNull()
            t.column("total", .integer).notNull()
            t.column("rule_set_hash", .text).notNull()
            t.column("document", .text).notNull()
        }
        try db.create(table: "order_lines") { t in
            t.column("order_id", .integer).notNull().references("orders", onDelete: .cascade)
            t.column("position", .integer).notNull()
            t.column("sku", .text).notNull()
            t.column("quantity", .integer).notNull()
            t.column("unit_price", .integer).notNull()
            t.column("subtotal", .integer).notNull()
            t.column("total", .integer).notNull()
            t.column("vat", .integer).notNull()
            t.column("producer", .integer).notNull()
            t.primaryKey(["order_id", "position"])
        }
        try db.create(table: "coupon_redemptions") { t in
            t.column("code", .text).notNull()
            t.column("customer", .text)
            t.column("order_id", .integer).notNull().references("orders", onDelete: .cascade)
        }
        try db.create(index: "coupon_redemptions_code", on: "coupon_redemptions", columns: ["code", "customer"])
    }
}
