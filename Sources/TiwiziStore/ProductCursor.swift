import GRDB
import TiwiziCore

/// Records pulled one at a time (for Lua's `for p in catalog.products{…}`), never all loaded.
/// Valid only inside the `read` block that created it.
public final class RecordCursor<Record> {
    private let rows: RowCursor
    private let record: (Row) throws -> Record

    init(rows: RowCursor, record: @escaping (Row) throws -> Record) {
        self.rows = rows
        self.record = record
    }

    /// The next record, or nil at the end.
    public func next() throws -> Record? {
        try rows.next().map(record)
    }
}

public typealias ProductCursor = RecordCursor<Product>
public typealias CooperativeCursor = RecordCursor<Cooperative>

extension CatalogReader {
    /// A cursor over the products the filter selects, in SKU order.
    public func products(_ filter: ProductFilter = ProductFilter()) throws -> ProductCursor {
        let (clause, arguments) = filter.whereClause
        let limit = filter.limit.map { " LIMIT \($0)" } ?? ""
        let rows = try Row.fetchCursor(
            db, sql: "SELECT p.* FROM products p \(clause) ORDER BY p.sku\(limit)", arguments: arguments)
        return ProductCursor(rows: rows, record: product(row:))
    }

    /// A cursor over the cooperatives (optionally of one region), in id order.
    public func cooperatives(region: Region? = nil) throws -> CooperativeCursor {
        let rows = try Row.fetchCursor(
            db, sql: "SELECT * FROM cooperatives \(region == nil ? "" : "WHERE region = ?") ORDER BY id",
            arguments: region.map { [$0.code] } ?? [])
        return CooperativeCursor(rows: rows, record: cooperative(row:))
    }
}
