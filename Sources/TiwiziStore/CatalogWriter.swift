import GRDB
import TiwiziCore

/// What saving a record did.
public enum SaveOutcome: String, Sendable {
    case added, updated, unchanged
}

/// Write access to the catalog inside one `write` transaction. Records are saved whole
/// (upsert by id or SKU); saving an identical record changes nothing.
public struct CatalogWriter {
    let db: Database
    /// Reads inside the same transaction, seeing what this transaction already wrote.
    public let reader: CatalogReader

    init(_ db: Database) {
        self.db = db
        reader = CatalogReader(db)
    }

    @discardableResult
    public func save(_ scheme: CertificationScheme) throws -> SaveOutcome {
        let existing = try reader.certificationScheme(scheme.id)
        if existing == scheme { return .unchanged }
        try db.upsert(into: "schemes", key: "id", scheme.columns)
        return existing == nil ? .added : .updated
    }

    @discardableResult
    public func save(_ knowHow: KnowHow) throws -> SaveOutcome {
        let existing = try reader.knowHow(knowHow.id)
        if existing == knowHow { return .unchanged }
        try db.upsert(into: "know_how", key: "id", knowHow.columns)
        try replaceChildren(
            table: "artisans", owner: "know_how_id", knowHow.id,
            knowHow.artisans.map { [("name", $0.name), ("consent", $0.consentToPublish)] })
        return existing == nil ? .added : .updated
    }

    /// Saves a cooperative. Its ICE must not belong to another cooperative.
    @discardableResult
    public func save(_ cooperative: Cooperative) throws -> SaveOutcome {
        if let owner = try reader.cooperativeID(ice: cooperative.ice), owner != cooperative.id {
            throw Issue(.duplicateICE, ["value": cooperative.ice, "other": owner], field: "ice")
        }
        let existing = try reader.cooperative(cooperative.id)
        if existing == cooperative { return .unchanged }
        try db.upsert(into: "cooperatives", key: "id", cooperative.columns)
        try replaceChildren(
            table: "cooperative_know_how", owner: "cooperative_id", cooperative.id,
            cooperative.knowHowIDs.map { [("know_how_id", $0)] })
        if existing != nil && existing?.region != cooperative.region {
            // Products without their own origin follow their cooperative's seat.
            try db.execute(
                sql: "UPDATE products SET region = ? WHERE cooperative_id = ? AND origin_region IS NULL",
                arguments: [cooperative.region.code, cooperative.id])
        }
        return existing == nil ? .added : .updated
    }

    /// Saves a product. Its cooperative must exist (see `Product.validateReferences`).
    @discardableResult
    public func save(_ product: Product) throws -> SaveOutcome {
        let existing = try reader.product(product.sku)
        if existing == product { return .unchanged }
        if let owner = existing?.cooperativeID, owner != product.cooperativeID {
            throw Issue(.skuOfAnotherCooperative, ["value": product.sku, "other": owner], field: "sku")
        }
        guard let seat = reader.cooperativeRegion(product.cooperativeID) else {
            throw Issue(.unknownCooperative, ["value": product.cooperativeID], field: "cooperative")
        }
        try db.upsert(into: "products", key: "sku", product.columns(seat: seat))
        let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM products WHERE sku = ?"), arguments: [product.sku])!
        try replaceChildren(
            table: "certificates", owner: "product_id", id,
            product.certificates.map {
                [
                    ("scheme_id", $0.schemeID), ("number", $0.number), ("valid_from", $0.validFrom.description),
                    ("valid_until", $0.validUntil.description),
                ]
            })
        try replaceChildren(table: "product_know_how", owner: "product_id", id, product.knowHowIDs.map { [("know_how_id", $0)] })
        return existing == nil ? .added : .updated
    }

    /// Removes a product; false if there was none with this SKU.
    public func removeProduct(_ sku: String) throws -> Bool {
        try db.execute(sql: "DELETE FROM products WHERE sku = ?", arguments: [sku])
        return db.changesCount > 0
    }

    /// Removes a cooperative, and its products when `withProducts`; otherwise a cooperative
    /// that still lists products is refused.
    public func removeCooperative(_ id: String, withProducts: Bool) throws -> Bool {
        let products = try reader.productCount(cooperativeID: id)
        if products > 0 && !withProducts {
            throw CatalogError(.cooperativeHasProducts, ["value": id, "count": "\(products)"])
        }
        try db.execute(sql: "DELETE FROM products WHERE cooperative_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM cooperatives WHERE id = ?", arguments: [id])
        return db.changesCount > 0
    }

    /// Adds `change` (negative to remove) to a product's stock in one statement, so concurrent
    /// sales and deliveries never overwrite each other. Returns the new stock.
    public func changeStock(sku: String, by change: Int) throws -> Int {
        guard let row = try Int?.fetchOne(db, sql: "SELECT stock FROM products WHERE sku = ?", arguments: [sku]) else {
            throw CatalogError(.productNotFound, ["value": sku])
        }
        guard let current = row else { throw Issue(.stockAndMadeToOrder, field: "stock") }
        let (stock, overflow) = current.addingReportingOverflow(change)
        if !overflow && stock < 0 {
            throw CatalogError(.stockWouldGoNegative, ["value": sku, "stock": "\(current)", "change": "\(change.magnitude)"])
        }
        guard !overflow, Limits.stock.contains(stock) else {
            throw Issue.outOfRange("\(current) + \(change)", Limits.stock, field: "stock")
        }
        try db.execute(sql: "UPDATE products SET stock = stock + ? WHERE sku = ?", arguments: [change, sku])
        return stock
    }

    /// Replaces the ordered child rows of one owner (certificates, know-how links, artisans).
    private func replaceChildren(table: String, owner: String, _ id: any DatabaseValueConvertible, _ rows: [Columns]) throws {
        try db.execute(sql: "DELETE FROM \(table) WHERE \(owner) = ?", arguments: [id])
        for (position, row) in rows.enumerated() {
            try db.insert(into: table, [(owner, id), ("position", position)] + row)
        }
    }
}
