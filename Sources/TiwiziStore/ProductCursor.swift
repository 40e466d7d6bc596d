import GRDB
import TiwiziCore

/// Records pulled one at a time (for Lua's `for p in catalog.products{…}`), never all loaded.
/// Valid only inside the `read` block that created it.
public final class RecordCursor<Record> {
    private let pull: () throws -> Record?

    init<Rows: Cursor>(_ rows: Rows, record: @escaping (Rows.Element) throws -> Record) {
        pull = { try rows.next().map(record) }
    }

    /// The next record, or nil at the end.
    public func next() throws -> Record? {
        try pull()
    }
}

public typealias ProductCursor = RecordCursor<Product>
public typealias CooperativeCursor = RecordCursor<Cooperative>

extension CatalogReader {
    /// A cursor over the products the filter selects, in SKU order.
    public func products(_ filter: ProductFilter = ProductFilter()) throws -> ProductCursor {
        var request = filter.request.order(Column("sku"))
        if let limit = filter.limit { request = request.limit(limit) }
        return ProductCursor(try request.fetchCursor(db), record: product)
    }

    /// A cursor over the cooperatives (optionally of one region), in id order.
    public func cooperatives(region: Region? = nil) throws -> CooperativeCursor {
        var request = CooperativeRow.order(Column("id"))
        if let region { request = request.filter(Column("region") == region.code) }
        return CooperativeCursor(try request.fetchCursor(db), record: cooperative)
    }
}
