import TiwiziCore

/// Which products a listing shows. Every criterion is optional; the ones given all apply.
public struct ProductFilter: Sendable {
    public var cooperativeID: String?
    /// The product's region: its origin, else its cooperative's seat.
    public var region: Region?
    /// A category prefix: `food.oil` matches `food.oil` and `food.oil.argan`, not `food.oils`.
    public var category: Category?
    /// Products holding a certificate of this scheme that is valid on `day`.
    public var schemeID: String?
    public var stockStatus: StockStatus?
    /// Words to find in the product names (any language; accents, Arabic short vowels and tatweel
    /// ignored; word prefixes match).
    public var search: String?
    /// The day certificates must be valid on, given by the caller with `schemeID` (the store never
    /// reads the clock); a scheme criterion without a day is a programming error.
    public var day: CalendarDate?
    /// Only the SKUs in this range, in the listing's order (byte order): one batch of a listing
    /// read on another connection (`CatalogPricing`).
    public var skus: ClosedRange<String>?
    public var limit: Int?

    public init(
        cooperativeID: String? = nil, region: Region? = nil, category: Category? = nil, schemeID: String? = nil,
        stockStatus: StockStatus? = nil, search: String? = nil, day: CalendarDate? = nil, limit: Int? = nil
    ) {
        self.cooperativeID = cooperativeID
        self.region = region
        self.category = category
        self.schemeID = schemeID
        self.stockStatus = stockStatus
        self.search = search
        self.day = day
        self.limit = limit
    }
}
