import GRDB
import TiwiziCore

/// Products pulled one at a time (for Lua's `for p in catalog.products{…}`), never all loaded.
/// Valid only inside the `read` block that created it.
public final class ProductCursor {
    private let rows: RowCursor
    private let reader: CatalogReader

    init(rows: RowCursor, reader: CatalogReader) {
        self.rows = rows
        self.reader = reader
    }

    /// The next product, or nil at the end.
    public func next() throws -> Product? {
        guard let row = try rows.next() else { return nil }
        return try reader.product(row: row)
    }
}

/// Cooperatives pulled one at a time.
public final class CooperativeCursor {
    private let rows: RowCursor
    private let reader: CatalogReader

    init(rows: RowCursor, reader: CatalogReader) {
        self.rows = rows
        self.reader = reader
    }

    public func next() throws -> Cooperative? {
        guard let row = try rows.next() else { return nil }
        let id: String = row["id"]
        return try reader.cooperative(id)
    }
}

extension CatalogReader {
    /// A cursor over the products the filter selects, in SKU order.
    public func products(_ filter: ProductFilter = ProductFilter()) throws -> ProductCursor {
        let (clause, arguments) = filter.whereClause
        let limit = filter.limit.map { " LIMIT \($0)" } ?? ""
        let rows = try Row.fetchCursor(
            db, sql: "SELECT p.* FROM products p \(clause) ORDER BY p.sku\(limit)", arguments: arguments)
        return ProductCursor(rows: rows, reader: self)
    }

    /// A cursor over the cooperatives (optionally of one region), in id order.
    public func cooperatives(region: Region? = nil) throws -> CooperativeCursor {
        let rows = try Row.fetchCursor(
            db, sql: "SELECT id FROM cooperatives \(region == nil ? "" : "WHERE region = ?") ORDER BY id",
            arguments: region.map { [$0.code] } ?? [])
        return CooperativeCursor(rows: rows, reader: self)
    }
}
