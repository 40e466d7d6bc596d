import GRDB
import TiwiziCore

/// Read access to the catalog inside a `read` or `write` block.
public struct CatalogReader: CatalogReferences {
    let db: Database
    init(_ db: Database) { self.db = db }

    // MARK: One record

    public func cooperative(_ id: String) throws -> Cooperative? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM cooperatives WHERE id = ?"), arguments: [id])
            .map(cooperative(row:))
    }

    public func product(_ sku: String) throws -> Product? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM products WHERE sku = ?"), arguments: [sku])
        else { return nil }
        return try product(row: row)
    }

    public func knowHow(_ id: String) throws -> KnowHow? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM know_how WHERE id = ?"), arguments: [id]).map(knowHow(row:))
    }

    public func certificationScheme(_ id: String) throws -> CertificationScheme? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM schemes WHERE id = ?"), arguments: [id])
            .map(CertificationScheme.init(row:))
    }

    /// The id of the cooperative registered with `ice`, if any.
    public func cooperativeID(ice: String) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT id FROM cooperatives WHERE ice = ?"), arguments: [ice])
    }

    // MARK: Listings (streamed: nothing loads the whole catalog)

    /// Calls `body` with each product the filter selects, in SKU order.
    public func forEachProduct(_ filter: ProductFilter = ProductFilter(), _ body: (Product) throws -> Void) throws {
        let cursor = try products(filter)
        while let product = try cursor.next() { try body(product) }
    }

    public func countProducts(_ filter: ProductFilter = ProductFilter()) throws -> Int {
        let (clause, arguments) = filter.whereClause
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM products p \(clause)", arguments: arguments) ?? 0
    }

    /// Calls `body` with each cooperative (optionally of one region), in id order.
    public func forEachCooperative(region: Region? = nil, _ body: (Cooperative) throws -> Void) throws {
        let cursor = try cooperatives(region: region)
        while let cooperative = try cursor.next() { try body(cooperative) }
    }

    public func allKnowHow() throws -> [KnowHow] {
        try Row.fetchAll(db, sql: "SELECT * FROM know_how ORDER BY id").map(knowHow(row:))
    }

    public func allSchemes() throws -> [CertificationScheme] {
        try Row.fetchAll(db, sql: "SELECT * FROM schemes ORDER BY id").map(CertificationScheme.init(row:))
    }

    public func productCount(cooperativeID: String) throws -> Int {
        try Int.fetchOne(
            db.cachedStatement(sql: "SELECT count(*) FROM products WHERE cooperative_id = ?"),
            arguments: [cooperativeID]) ?? 0
    }

    /// SKUs of products that show this know-how, for `knowhow show`.
    public func productSKUs(knowHowID: String) throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                SELECT p.sku FROM product_know_how k JOIN products p ON p.id = k.product_id
                WHERE k.know_how_id = ? ORDER BY p.sku
                """, arguments: [knowHowID])
    }

    /// SKUs of products that hold a certificate of this scheme, valid or not.
    public func productSKUs(schemeID: String) throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                SELECT DISTINCT p.sku FROM certificates c JOIN products p ON p.id = c.product_id
                WHERE c.scheme_id = ? ORDER BY p.sku
                """, arguments: [schemeID])
    }

    // MARK: CatalogReferences

    public func cooperativeRegion(_ id: String) -> Region? {
        (try? String.fetchOne(db.cachedStatement(sql: "SELECT region FROM cooperatives WHERE id = ?"), arguments: [id]))
            .flatMap { $0.flatMap { Region(code: $0) } }
    }

    public func scheme(_ id: String) -> CertificationScheme? { try? certificationScheme(id) }

    public func hasKnowHow(_ id: String) -> Bool {
        ((try? Int.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM know_how WHERE id = ?"), arguments: [id])) ?? nil) != nil
    }

    // MARK: Assembling records from rows

    func cooperative(row: Row) throws -> Cooperative {
        let id: String = row["id"]
        return Cooperative(row: row, knowHowIDs: try linkedKnowHow(table: "cooperative_know_how", owner: "cooperative_id", id))
    }

    func product(row: Row) throws -> Product {
        let id: Int64 = row["id"]
        let certificates = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM certificates WHERE product_id = ? ORDER BY position"), arguments: [id]
        ).map(Certificate.init(row:))
        return Product(
            row: row, certificates: certificates,
            knowHowIDs: try linkedKnowHow(table: "product_know_how", owner: "product_id", id))
    }

    private func knowHow(row: Row) throws -> KnowHow {
        let artisans = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT name, consent FROM artisans WHERE know_how_id = ? ORDER BY position"),
            arguments: [row["id"] as String]
        ).map { Artisan(name: $0["name"], consentToPublish: $0["consent"]) }
        return KnowHow(row: row, artisans: artisans)
    }

    private func linkedKnowHow(table: String, owner: String, _ id: any DatabaseValueConvertible) throws -> [String] {
        try String.fetchAll(
            db.cachedStatement(sql: "SELECT know_how_id FROM \(table) WHERE \(owner) = ? ORDER BY position"),
            arguments: [id])
    }
}
