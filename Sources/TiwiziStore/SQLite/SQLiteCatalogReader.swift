import Foundation
import GRDB
import TiwiziCore

/// Read access to the SQLite catalog inside a `read` or `write` block.
///
/// Records are read strictly: a stored value that Tiwizi never writes is a `catalogDamaged`
/// error naming the table, the row and the column, never a default.
public struct SQLiteCatalogReader: CatalogReader {
    let db: Database
    /// What a `CatalogReferences` lookup could not report (see `LookupFailure`).
    let lookupFailure = LookupFailure()
    /// The answers of the lookups that validation repeats for every record.
    let memo = ReferenceMemo()
    /// What stops its queries midway, while one is installed (`interruptible(when:_:)`).
    let interruption = QueryInterruption()

    init(_ db: Database) { self.db = db }

    // MARK: One record

    public func cooperative(_ id: String) throws -> Cooperative? {
        try record(CooperativeRow.self, where: "id", is: id).map(cooperative)
    }

    public func product(_ sku: String) throws -> Product? {
        try record(ProductRow.self, where: "sku", is: sku).map(product)
    }

    public func knowHow(_ id: String) throws -> KnowHow? {
        try record(KnowHowRow.self, where: "id", is: id).map(knowHow)
    }

    public func certificationScheme(_ id: String) throws -> CertificationScheme? {
        try memo.schemes.value(for: id) { try record(SchemeRow.self, where: "id", is: id)?.scheme }
    }

    public func cooperativeID(ice: String) throws -> String? {
        guard ice.isBindable else { return nil }
        return try String.fetchOne(db, SQLRequest(literal: "SELECT id FROM cooperatives WHERE ice = \(ice)", cached: true))
    }

    public func seat(ofCooperative id: String) throws -> Region? {
        guard id.isBindable else { return nil }
        return try memo.seats.value(for: id) {
            let statement = try db.cachedStatement(sql: "SELECT id, region FROM cooperatives WHERE id = ?")
            return try Row.fetchOne(statement, arguments: [id]).map {
                try StoredRow($0, table: CooperativeRow.databaseTableName, key: CooperativeRow.rowKey).parsed(
                    "region", Region.init(code:))
            }
        }
    }

    public func producerFloor(ofCooperative id: String) throws -> ProducerFloor? {
        guard id.isBindable else { return nil }
        // `*`: a catalog opened read-only is not migrated, and may lack the column.
        let statement = try db.cachedStatement(sql: "SELECT * FROM cooperatives WHERE id = ?")
        return try Row.fetchOne(statement, arguments: [id]).flatMap {
            try StoredRow($0, table: CooperativeRow.databaseTableName, key: CooperativeRow.rowKey).parsedIfPresent(
                addedLater: "producer_floor"
            ) { ProducerFloor($0) }
        }
    }

    public func knowHowExists(_ id: String) throws -> Bool {
        guard id.isBindable else { return false }
        return try memo.knowHow.value(for: id) {
            try Row.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM know_how WHERE id = ?"), arguments: [id]) != nil
        }
    }

    /// A catalog opened read-only that an older Tiwizi wrote has no revision table yet: it is at
    /// revision 0 until a write migrates it (which another process cannot do mid-snapshot).
    public func revision() throws -> Int {
        guard try db.tableExists("catalog_revision") else { return 0 }
        return try Int.fetchOne(try db.cachedStatement(sql: "SELECT number FROM catalog_revision")) ?? 0
    }

    // MARK: Listings (streamed: nothing loads the whole catalog; cursors in SQLiteCursor.swift)

    public func countProducts(_ filter: ProductFilter) throws -> Int {
        try filter.request.fetchCount(db)
    }

    public func allKnowHow() throws -> [KnowHow] {
        try KnowHowRow.order(Column("id")).fetchAll(db).map(knowHow)
    }

    public func allSchemes() throws -> [CertificationScheme] {
        try SchemeRow.order(Column("id")).fetchAll(db).map(\.scheme)
    }

    public func productSKUs(knowHowID: String) throws -> [String] {
        guard knowHowID.isBindable else { return [] }
        return try String.fetchAll(
            db,
            SQLRequest(
                literal: """
                    SELECT p.sku FROM \(ChildRow<ProductKnowHow>.self) k JOIN \(ProductRow.self) p ON p.id = k.product_id
                    WHERE k.know_how_id = \(knowHowID) ORDER BY p.sku
                    """))
    }

    public func productSKUs(schemeID: String) throws -> [String] {
        guard schemeID.isBindable else { return [] }
        return try String.fetchAll(
            db,
            SQLRequest(
                literal: """
                    SELECT DISTINCT p.sku FROM \(ChildRow<ProductCertificates>.self) c JOIN \(ProductRow.self) p ON p.id = c.product_id
                    WHERE c.scheme_id = \(schemeID) ORDER BY p.sku
                    """))
    }

    public func existingKeys(_ kind: RecordKind, among keys: [String]) throws -> Set<String> {
        let column = kind.keyField
        let table =
            switch kind {
            case .schemes: SchemeRow.databaseTableName
            case .knowHow: KnowHowRow.databaseTableName
            case .cooperatives: CooperativeRow.databaseTableName
            case .products: ProductRow.databaseTableName
            }
        var found: Set<String> = []
        // Keys with a NUL name nothing (`isBindable`); SQLite takes at most 32,766 arguments.
        let bindable = Array(Set(keys.filter(\.isBindable)))
        for start in stride(from: 0, to: bindable.count, by: 1000) {
            let part = Array(bindable[start..<min(start + 1000, bindable.count)])
            let marks = Array(repeating: "?", count: part.count).joined(separator: ",")
            let statement = try db.cachedStatement(sql: "SELECT \(column) FROM \(table) WHERE \(column) IN (\(marks))")
            found.formUnion(try String.fetchAll(statement, arguments: StatementArguments(part)))
        }
        return found
    }

    // MARK: Assembling records from rows

    func cooperative(_ row: CooperativeRow) throws -> Cooperative {
        var cooperative = row.cooperative
        cooperative.knowHowIDs = try items(CooperativeKnowHow.self, of: cooperative.id)
        return cooperative
    }

    func product(_ row: ProductRow) throws -> Product {
        try products([row])[0]
    }

    /// The products of `rows`, with the certificates and know-how links of all of them read in
    /// one query per list.
    func products(_ rows: [ProductRow]) throws -> [Product] {
        guard !rows.isEmpty else { return [] }
        let ids = rows.compactMap(\.id)
        let certificates = try items(ProductCertificates.self, of: ids)
        let knowHow = try items(ProductKnowHow.self, of: ids)
        return rows.map { row in
            var product = row.product
            product.certificates = row.id.flatMap { certificates[$0] } ?? []
            product.knowHowIDs = row.id.flatMap { knowHow[$0] } ?? []
            return product
        }
    }

    private func knowHow(_ row: KnowHowRow) throws -> KnowHow {
        var knowHow = row.knowHow
        knowHow.artisans = try items(KnowHowArtisans.self, of: knowHow.id)
        return knowHow
    }

    /// The record of `Record`'s table whose `column` holds `value`. Cached: imports and
    /// listings run these once per record.
    func record<Record: FetchableRecord & TableRecord>(
        _ type: Record.Type, where column: String, is value: some DatabaseValueConvertible
    ) throws -> Record? {
        if let text = value as? String, !text.isBindable { return nil }
        let statement = try db.cachedStatement(sql: "SELECT * FROM \(Record.databaseTableName) WHERE \(column) = ?")
        return try Record.fetchOne(statement, arguments: [value])
    }

    /// The items of the list `List` of each of `owners`, in order, by owner (owners without
    /// items are left out).
    func items<List: ChildList>(_ list: List.Type, of owners: [Int64]) throws -> [Int64: [List.Item]] {
        var items: [Int64: [List.Item]] = [:]
        guard !owners.isEmpty else { return items }
        // One statement per page size, cached: pages are all the same size but the last.
        let marks = Array(repeating: "?", count: owners.count).joined(separator: ",")
        let statement = try db.cachedStatement(
            sql: "SELECT * FROM \(List.table) WHERE \(List.owner) IN (\(marks)) ORDER BY \(List.owner), position")
        let rows = try StoredCursor<ChildRow<List>>(statement, arguments: StatementArguments(owners))
        while let row = try rows.next() {
            guard let owner = Int64.fromDatabaseValue(row.owner) else { continue }
            items[owner, default: []].append(row.item)
        }
        return items
    }

    /// The items of the list `List` that belong to `owner`, in order.
    func items<List: ChildList>(_ list: List.Type, of owner: some DatabaseValueConvertible) throws -> [List.Item] {
        let statement = try db.cachedStatement(sql: "SELECT * FROM \(List.table) WHERE \(List.owner) = ? ORDER BY position")
        return try ChildRow<List>.fetchAll(statement, arguments: [owner]).map(\.item)
    }
}

extension String {
    /// Whether SQLite sees the whole text when it is bound: GRDB binds text up to its first NUL,
    /// so `SKU\0junk` would find `SKU`. No stored key or text holds a NUL (validation refuses
    /// control characters), so a lookup with one finds nothing, as the whole text would.
    var isBindable: Bool {
        var text = self
        return text.withUTF8 { $0.isEmpty || memchr($0.baseAddress!, 0, $0.count) == nil }
    }
}
