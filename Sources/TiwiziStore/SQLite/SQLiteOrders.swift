import Foundation
import GRDB
import TiwiziCore

/// Orders in the SQLite catalog: `orders`, `order_lines` and `coupon_redemptions` (v4).
extension SQLiteCatalogWriter {
    public func place(_ order: Order, caps: [CouponCap]) throws -> Int {
        // The write transaction is immediate: no other writer can redeem between these counts
        // and the inserts below.
        for cap in caps {
            if let most = cap.maxUses, try reader.redemptions(of: cap.code, by: nil) >= most {
                throw CatalogError.couponCapReached(code: cap.code, cap: most)
            }
            if let most = cap.maxPerCustomer, let customer = order.customer,
                try reader.redemptions(of: cap.code, by: customer) >= most
            {
                throw CatalogError.couponCustomerCapReached(code: cap.code, customer: customer, cap: most)
            }
        }
        try db.execute(
            sql: """
                INSERT INTO orders (placed_at, customer, coupons, currency, subtotal, total, rule_set_hash, event, document)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                order.placedAt, order.customer, order.coupons.joined(separator: " "), order.total.currency.code,
                order.subtotal.minorUnits, order.total.minorUnits, order.ruleSetHash, order.event, order.document,
            ])
        let id = Int(db.lastInsertedRowID)
        for (position, line) in order.lines.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO order_lines (order_id, position, sku, quantity, unit_price, subtotal, total, vat, producer)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, position, line.sku, line.quantity, line.unitPrice.minorUnits, line.subtotal.minorUnits,
                    line.total.minorUnits, line.vat.minorUnits, line.producer.minorUnits,
                ])
        }
        for code in order.redeemed {
            try db.execute(
                sql: "INSERT INTO coupon_redemptions (code, customer, order_id) VALUES (?, ?, ?)",
                arguments: [code, order.customer, id])
        }
        return id
    }
}

extension SQLiteCatalogReader {
    public func order(_ id: Int) throws -> Order? {
        guard try hasOrders, let row = try Row.fetchOne(db, sql: "SELECT * FROM orders WHERE id = ?", arguments: [id]) else {
            return nil
        }
        return try order(row, withDocument: true)
    }

    public func orders() throws -> [Order] {
        guard try hasOrders else { return [] }
        return try Row.fetchAll(db, sql: "SELECT * FROM orders ORDER BY id DESC").map { try order($0, withDocument: false) }
    }

    public func redemptions(of code: String, by customer: String?) throws -> Int {
        guard code.isBindable, customer?.isBindable ?? true else { return 0 }
        guard try hasOrders else { return 0 }
        if let customer {
            return try Int.fetchOne(
                db, sql: "SELECT count(*) FROM coupon_redemptions WHERE code = ? AND customer = ?", arguments: [code, customer])
                ?? 0
        }
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM coupon_redemptions WHERE code = ?", arguments: [code]) ?? 0
    }

    /// Whether the catalog has the v4 tables (a read-only open of an older catalog does not).
    private var hasOrders: Bool {
        get throws { try db.tableExists("orders") }
    }

    private func order(_ row: Row, withDocument: Bool) throws -> Order {
        let id: Int = row["id"]
        let code: String = row["currency"]
        guard let currency = try? Currency(code: code) else {
            throw CatalogError.damaged(table: "orders", row: "\(id)", column: "currency", value: code)
        }
        func money(_ value: Int64) -> Money { Money(minorUnits: value, currency: currency) }
        let lines = try Row.fetchAll(
            db, sql: "SELECT * FROM order_lines WHERE order_id = ? ORDER BY position", arguments: [id]
        ).map { line in
            Order.Line(
                sku: line["sku"], quantity: line["quantity"], unitPrice: money(line["unit_price"]),
                subtotal: money(line["subtotal"]), total: money(line["total"]), vat: money(line["vat"]),
                producer: money(line["producer"]))
        }
        let redeemed = try String.fetchAll(
            db, sql: "SELECT code FROM coupon_redemptions WHERE order_id = ? ORDER BY code", arguments: [id])
        let coupons: String = row["coupons"]
        var order = Order(
            placedAt: row["placed_at"], customer: row["customer"],
            coupons: coupons.split(separator: " ").map(String.init), redeemed: redeemed, lines: lines,
            subtotal: money(row["subtotal"]), total: money(row["total"]), ruleSetHash: row["rule_set_hash"],
            event: row.hasColumn("event") ? row["event"] : nil, document: withDocument ? row["document"] : "")
        order.id = id
        return order
    }
}
