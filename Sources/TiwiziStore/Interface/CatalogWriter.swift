import TiwiziCore

/// What saving a record did.
public enum SaveOutcome: String, Sendable {
    case added, updated, unchanged
}

/// Write access to the catalog inside one `write` (or `rehearse`) transaction. Records are
/// saved whole (upsert by id or SKU); saving a record equal to the stored one changes nothing.
public protocol CatalogWriter {
    associatedtype Reader: CatalogReader

    /// Reads inside the same transaction, seeing what this transaction already wrote.
    var reader: Reader { get }

    /// Saves `scheme` in place of `existing`, the version this transaction read (nil: none).
    @discardableResult
    func save(_ scheme: CertificationScheme, replacing existing: CertificationScheme?) throws -> SaveOutcome
    /// Saves `knowHow` in place of `existing`, the version this transaction read (nil: none).
    @discardableResult
    func save(_ knowHow: KnowHow, replacing existing: KnowHow?) throws -> SaveOutcome
    /// Saves `cooperative` in place of `existing`. Its ICE must not belong to another cooperative
    /// (`Issue` `duplicateICE`); when its seat moves, its products without an origin move along.
    @discardableResult
    func save(_ cooperative: Cooperative, replacing existing: Cooperative?) throws -> SaveOutcome
    /// Saves `product` in place of `existing`. Its cooperative must exist (`Issue`
    /// `unknownCooperative`) and be the one that already lists its SKU (`skuOfAnotherCooperative`).
    @discardableResult
    func save(_ product: Product, replacing existing: Product?) throws -> SaveOutcome

    /// Removes a product; false if there was none with this SKU.
    func removeProduct(_ sku: String) throws -> Bool
    /// Removes a cooperative, and its products when `withProducts`; otherwise a cooperative
    /// that still lists products is refused (`CatalogError` `cooperativeHasProducts`).
    func removeCooperative(_ id: String, withProducts: Bool) throws -> Bool
    /// Adds `change` (negative to remove) to a product's stock and returns the new stock. Never
    /// below zero (`stockWouldGoNegative`), never on a made-to-order product; concurrent changes
    /// never overwrite each other.
    func changeStock(sku: String, by change: Int) throws -> Int
    /// Records a priced order and the coupons it redeems, and returns its id. Each cap is
    /// checked against the redemptions already recorded, in this transaction: concurrent orders
    /// never redeem a code more often than its cap (`couponCapReached`,
    /// `couponCustomerCapReached`).
    func place(_ order: Order, caps: [CouponCap]) throws -> Int
    /// Saves what the catalog says of a plugin for its scope (the catalog, or one event),
    /// replacing what it said before; an empty setting removes it.
    func save(_ setting: PluginSetting) throws
    /// Saves an event in place of the stored one of its name.
    @discardableResult
    func save(_ event: Event) throws -> SaveOutcome
    /// Removes an event and every plugin setting of it; false if there was none of this name.
    func removeEvent(_ name: String) throws -> Bool
    /// Sets (or, with nil, clears) the plugins folder configured for the catalog.
    func setPluginsFolder(_ path: String?) throws
}

extension CatalogWriter {
    /// Saves `scheme` in place of the stored one of its id.
    @discardableResult
    public func save(_ scheme: CertificationScheme) throws -> SaveOutcome {
        try save(scheme, replacing: try reader.certificationScheme(scheme.id))
    }

    /// Saves `knowHow` in place of the stored one of its id.
    @discardableResult
    public func save(_ knowHow: KnowHow) throws -> SaveOutcome {
        try save(knowHow, replacing: try reader.knowHow(knowHow.id))
    }

    /// Saves `cooperative` in place of the stored one of its id.
    @discardableResult
    public func save(_ cooperative: Cooperative) throws -> SaveOutcome {
        try save(cooperative, replacing: try reader.cooperative(cooperative.id))
    }

    /// Saves `product` in place of the stored one of its SKU.
    @discardableResult
    public func save(_ product: Product) throws -> SaveOutcome {
        try save(product, replacing: try reader.product(product.sku))
    }
}
