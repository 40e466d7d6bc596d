import GRDB
import TiwiziCore

/// Records assembled from the rows of a GRDB cursor, one at a time.
public final class SQLiteCursor<Record>: CatalogCursor {
    private let pull: () throws -> Record?

    init(pull: @escaping () throws -> Record?) { self.pull = pull }

    init<Rows: Cursor>(_ rows: Rows, record: @escaping (Rows.Element) throws -> Record) {
        pull = { try rows.next().map(record) }
    }

    public func next() throws -> Record? {
        try pull()
    }
}

/// Products read a page at a time: a page of rows from the cursor, then the certificates and
/// the know-how links of the whole page in one query each, instead of two queries per product.
final class ProductPages {
    /// Rows per page: large enough that the two child queries cost little per product, small
    /// enough that a page holds little memory.
    static let size = 256

    private let rows: StoredCursor<ProductRow>
    private let reader: SQLiteCatalogReader
    private var page: [Product] = []
    private var index = 0

    init(_ rows: StoredCursor<ProductRow>, reader: SQLiteCatalogReader) {
        self.rows = rows
        self.reader = reader
    }

    func next() throws -> Product? {
        if index == page.count {
            var pageRows: [ProductRow] = []
            pageRows.reserveCapacity(Self.size)
            while pageRows.count < Self.size, let row = try rows.next() { pageRows.append(row) }
            page = try reader.products(pageRows)
            index = 0
            if page.isEmpty { return nil }
        }
        defer { index += 1 }
        return page[index]
    }
}

extension SQLiteCatalogReader {
    public func products(_ filter: ProductFilter) throws -> SQLiteCursor<Product> {
        let pages = ProductPages(
            try StoredCursor(filter.listing.makePreparedRequest(db).statement), reader: self)
        return SQLiteCursor(pull: pages.next)
    }

    public func forEachSKU(_ filter: ProductFilter, _ body: (String) throws -> Void) throws {
        let skus = try filter.listing.select(Column("sku"), as: String.self).fetchCursor(db)
        while let sku = try skus.next() { try body(sku) }
    }

    public func cooperatives(region: Region?) throws -> SQLiteCursor<Cooperative> {
        var request = CooperativeRow.order(Column("id"))
        if let region { request = request.filter(Column("region") == region.code) }
        return SQLiteCursor(try request.fetchCursor(db), record: cooperative)
    }
}
