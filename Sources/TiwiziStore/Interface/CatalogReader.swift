import TiwiziCore

/// Read access to the catalog inside a `read` or `write` block of its `CatalogStore`.
///
/// Records read back whole and exactly as saved. A stored value that the store cannot read is
/// an error, never a default. The `CatalogReferences` lookups (for validation) cannot throw: on
/// a failure they answer as if nothing were found and the enclosing block fails with the
/// error, so that no one reports "unknown cooperative" for a broken catalog.
public protocol CatalogReader: CatalogReferences {
    associatedtype Products: CatalogCursor<Product>
    associatedtype Cooperatives: CatalogCursor<Cooperative>

    func cooperative(_ id: String) throws -> Cooperative?
    func product(_ sku: String) throws -> Product?
    func knowHow(_ id: String) throws -> KnowHow?
    func certificationScheme(_ id: String) throws -> CertificationScheme?
    /// The id of the cooperative registered with `ice`, if any.
    func cooperativeID(ice: String) throws -> String?
    /// The region of the cooperative's seat, or nil when there is no cooperative `id`.
    func seat(ofCooperative id: String) throws -> Region?
    /// The producer's floor cooperative `id` sets for its products, or nil when it sets none or
    /// there is no such cooperative (what pricing reads of a cooperative, without the rest).
    func producerFloor(ofCooperative id: String) throws -> ProducerFloor?
    /// Whether know-how `id` is in the catalog.
    func knowHowExists(_ id: String) throws -> Bool
    /// Which of `keys` (ids, or SKUs for products) name a record of `kind` in the catalog, found
    /// with one query for many keys: an import asks it for a batch of rows before reading each
    /// one's stored record, which most rows of a large import do not have.
    func existingKeys(_ kind: RecordKind, among keys: [String]) throws -> Set<String>

    /// The products the filter selects, in SKU order, at most `filter.limit` of them.
    func products(_ filter: ProductFilter) throws -> Products
    /// Calls `body` with the SKU of each product the filter selects, in SKU order, at most
    /// `filter.limit` of them: a listing's order without reading its products.
    func forEachSKU(_ filter: ProductFilter, _ body: (String) throws -> Void) throws
    /// How many products the filter selects, its `limit` aside.
    func countProducts(_ filter: ProductFilter) throws -> Int
    /// The cooperatives (of one region, unless nil), in id order.
    func cooperatives(region: Region?) throws -> Cooperatives
    /// The order `id`, as it was priced.
    func order(_ id: Int) throws -> Order?
    /// Every order, most recent first (their documents left empty).
    func orders() throws -> [Order]
    /// How many orders redeemed `code`, in all or by one customer.
    func redemptions(of code: String, by customer: String?) throws -> Int
    /// Every event, by opening time.
    func events() throws -> [Event]
    func event(_ name: String) throws -> Event?
    /// Every plugin setting, by plugin, the catalog's before its events'.
    func pluginSettings() throws -> [PluginSetting]
    /// The plugins folder configured for the catalog, as given (relative to where commands run).
    func pluginsFolder() throws -> String?
    /// All know-how, in id order.
    func allKnowHow() throws -> [KnowHow]
    /// All certification schemes, in id order.
    func allSchemes() throws -> [CertificationScheme]
    /// SKUs of products that show this know-how, in order (for `knowhow show`).
    func productSKUs(knowHowID: String) throws -> [String]
    /// SKUs of products that hold a certificate of this scheme, valid or not, in order.
    func productSKUs(schemeID: String) throws -> [String]
    /// Runs `body`; a query of this reader that is running when `mustStop()` answers true (it is
    /// asked every thousand steps of the query) stops with an error. Inside another
    /// `interruptible` of the same reader, the outer `mustStop` applies.
    func interruptible<T>(when mustStop: @escaping () -> Bool, _ body: () throws -> T) rethrows -> T
    /// How many write transactions the catalog has committed: two snapshots (on two
    /// connections) with the same revision hold the same catalog.
    func revision() throws -> Int
}

extension CatalogReader {
    /// All products, in SKU order.
    public func products() throws -> Products { try products(ProductFilter()) }

    /// All cooperatives, in id order.
    public func cooperatives() throws -> Cooperatives { try cooperatives(region: nil) }

    public func countProducts() throws -> Int { try countProducts(ProductFilter()) }

    public func productCount(cooperativeID: String) throws -> Int {
        try countProducts(ProductFilter(cooperativeID: cooperativeID))
    }

    /// Calls `body` with each product the filter selects, in SKU order (streamed).
    public func forEachProduct(_ filter: ProductFilter = ProductFilter(), _ body: (Product) throws -> Void) throws {
        let cursor = try products(filter)
        while let product = try cursor.next() { try body(product) }
    }

    /// Calls `body` with each cooperative (optionally of one region), in id order (streamed).
    public func forEachCooperative(region: Region? = nil, _ body: (Cooperative) throws -> Void) throws {
        let cursor = try cooperatives(region: region)
        while let cooperative = try cursor.next() { try body(cooperative) }
    }
}
