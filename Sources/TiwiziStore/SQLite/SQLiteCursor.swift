import GRDB
import TiwiziCore

/// Records assembled from the rows of a GRDB cursor, one at a time.
public final class SQLiteCursor<Record>: CatalogCursor {
    private let pull: () throws -> Record?

    init<Rows: Cursor>(_ rows: Rows, record: @escaping (Rows.Element) throws -> Record) {
        pull = { try rows.next().map(record) }
    }

    public func next() throws -> Record? {
        try pull()
    }
}

extension SQLiteCatalogReader {
    public func products(_ filter: ProductFilter) throws -> SQLiteCursor<Product> {
        var request = filter.request.order(Column("sku"))
        if let limit = filter.limit { request = request.limit(limit) }
        return SQLiteCursor(try request.fetchCursor(db), record: product)
    }

    public func cooperatives(region: Region?) throws -> SQLiteCursor<Cooperative> {
        var request = CooperativeRow.order(Column("id"))
        if let region { request = request.filter(Column("region") == region.code) }
        return SQLiteCursor(try request.fetchCursor(db), record: cooperative)
    }
}
