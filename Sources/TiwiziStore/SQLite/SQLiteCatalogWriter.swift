import GRDB
import TiwiziCore

/// Write access to the SQLite catalog inside one `write` transaction.
public struct SQLiteCatalogWriter: CatalogWriter {
    let db: Database
    public let reader: SQLiteCatalogReader

    init(_ db: Database) {
        self.db = db
        reader = SQLiteCatalogReader(db)
    }

    @discardableResult
    public func save(_ scheme: CertificationScheme, replacing existing: CertificationScheme?) throws -> SaveOutcome {
        if existing == scheme { return .unchanged }
        try SchemeRow(scheme: scheme).upsert(db)
        reader.memo.schemes.forget(scheme.id)
        return existing == nil ? .added : .updated
    }

    @discardableResult
    public func save(_ knowHow: KnowHow, replacing existing: KnowHow?) throws -> SaveOutcome {
        if existing == knowHow { return .unchanged }
        try KnowHowRow(knowHow: knowHow).upsert(db)
        reader.memo.knowHow.forget(knowHow.id)
        try replace(KnowHowArtisans.self, of: knowHow.id, with: knowHow.artisans)
        return existing == nil ? .added : .updated
    }

    @discardableResult
    public func save(_ cooperative: Cooperative, replacing existing: Cooperative?) throws -> SaveOutcome {
        if existing == cooperative { return .unchanged }
        if let owner = try reader.cooperativeID(ice: cooperative.ice), owner != cooperative.id {
            throw Issue(.duplicateICE(ice: cooperative.ice, owner: owner), field: "ice")
        }
        let row = CooperativeRow(cooperative: cooperative)
        if existing == nil { try row.insert(db) } else { try row.update(db) }
        reader.memo.seats.forget(cooperative.id)
        try replace(CooperativeKnowHow.self, of: cooperative.id, with: cooperative.knowHowIDs, new: existing == nil)
        if existing != nil && existing?.region != cooperative.region {
            // Products without their own origin follow their cooperative's seat.
            try ProductRow.filter(Column("cooperative_id") == cooperative.id && Column("origin_region") == nil)
                .updateAll(db, Column("region").set(to: cooperative.region.code))
        }
        return existing == nil ? .added : .updated
    }

    @discardableResult
    public func save(_ product: Product, replacing existing: Product?) throws -> SaveOutcome {
        if existing == product { return .unchanged }
        if let owner = existing?.cooperativeID, owner != product.cooperativeID {
            throw Issue(.skuOfAnotherCooperative(sku: product.sku, owner: owner), field: "sku")
        }
        guard let seat = try reader.seat(ofCooperative: product.cooperativeID) else {
            throw Issue(.unknownCooperative(product.cooperativeID), field: "cooperative")
        }
        let region = product.origin?.region ?? seat
        let id: Int64
        if existing == nil {
            id = try ProductRow(id: nil, product: product, region: region).insert(into: db)
        } else {
            // The id stays the same on update: certificates and the search index follow it.
            let statement = try db.cachedStatement(sql: "SELECT id FROM products WHERE sku = ?")
            guard let stored = try Int64.fetchOne(statement, arguments: [product.sku]) else {
                throw CatalogError.notFound(.products, key: product.sku)
            }
            id = stored
            try ProductRow(id: id, product: product, region: region).update(db)
        }
        if existing?.name != product.name { try index(product.name, id: id) }
        try replace(ProductCertificates.self, of: id, with: product.certificates, new: existing == nil)
        try replace(ProductKnowHow.self, of: id, with: product.knowHowIDs, new: existing == nil)
        return existing == nil ? .added : .updated
    }

    public func removeProduct(_ sku: String) throws -> Bool {
        try ProductRow.filter(Column("sku") == sku).deleteAll(db) > 0
    }

    public func removeCooperative(_ id: String, withProducts: Bool) throws -> Bool {
        let products = try reader.productCount(cooperativeID: id)
        if products > 0 && !withProducts {
            throw CatalogError.cooperativeHasProducts(id: id, count: products)
        }
        try ProductRow.filter(Column("cooperative_id") == id).deleteAll(db)
        reader.memo.seats.forget(id)
        return try CooperativeRow.deleteOne(db, key: id)
    }

    /// One statement, so concurrent sales and deliveries never overwrite each other.
    public func changeStock(sku: String, by change: Int) throws -> Int {
        let product = ProductRow.filter(Column("sku") == sku)
        guard let row = try product.select(Column("stock"), as: Int?.self).fetchOne(db) else {
            throw CatalogError.notFound(.products, key: sku)
        }
        guard let current = row else { throw Issue(.stockAndMadeToOrder, field: "stock") }
        let (stock, overflow) = current.addingReportingOverflow(change)
        if !overflow && stock < 0 {
            throw CatalogError.stockWouldGoNegative(sku: sku, stock: current, change: change)
        }
        guard !overflow, Limits.stock.contains(stock) else {
            throw Issue.outOfRange("\(current) + \(change)", Limits.stock, field: "stock")
        }
        try product.updateAll(db, Column("stock").set(to: Column("stock") + change))
        return stock
    }

    /// Writes a product's names into the search index (`SearchIndexV7`), replacing those it held.
    private func index(_ name: LocalizedText, id: Int64) throws {
        try db.cachedStatement(sql: Self.indexSQL).execute(
            arguments: StatementArguments(
                [id.databaseValue] + Self.nameColumns.map { name[$0.0].map(SearchText.indexed).databaseValue }))
    }

    private static let nameColumns = LocalizedText.columns("name")
    private static let indexSQL = """
        REPLACE INTO products_fts (rowid, \(nameColumns.map(\.1).joined(separator: ", ")))
        VALUES (?\(String(repeating: ", ?", count: nameColumns.count)))
        """

    /// Replaces the items of one owner's list (certificates, know-how links, artisans); a `new`
    /// owner has none to delete. Cached statements: imports run these for every record.
    private func replace<List: ChildList>(
        _ list: List.Type, of owner: some DatabaseValueConvertible, with items: [List.Item], new: Bool = false
    ) throws {
        if !new {
            try db.cachedStatement(sql: "DELETE FROM \(List.table) WHERE \(List.owner) = ?").execute(arguments: [owner])
        }
        for (position, item) in items.enumerated() {
            try ChildRow<List>(owner: owner.databaseValue, position: position, item: item).insert(db)
        }
    }
}
