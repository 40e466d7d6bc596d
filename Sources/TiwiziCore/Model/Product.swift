/// A product a cooperative offers: what it is, how much, at what price, and what backs it.
public struct Product: Hashable, Sendable {
    /// The stock-keeping unit, unique in the whole catalog (`TAF-ARG-250`).
    public var sku: String
    public var cooperativeID: String
    public var name: LocalizedText
    public var description: LocalizedText?
    public var category: Category
    public var quantity: NetQuantity
    public var dimensions: Dimensions?
    public var price: Money
    public var vat: VATRegime
    public var availability: Availability
    /// Where the product comes from when it differs from the cooperative's seat.
    public var origin: Origin?
    public var allergens: [String]
    public var certificates: [Certificate]
    public var knowHowIDs: [String]
    /// The least the cooperative receives per unit, a share of the price or an amount in its
    /// currency; nil to follow the cooperative's (`producerFloor(cooperative:)`).
    public var producerFloor: ProducerFloor?

    public init(
        sku: String, cooperativeID: String, name: LocalizedText, description: LocalizedText? = nil,
        category: Category, quantity: NetQuantity, dimensions: Dimensions? = nil, price: Money,
        vat: VATRegime = .standard, availability: Availability, origin: Origin? = nil,
        allergens: [String] = [], certificates: [Certificate] = [], knowHowIDs: [String] = [],
        producerFloor: ProducerFloor? = nil
    ) {
        self.sku = sku
        self.cooperativeID = cooperativeID
        self.name = name
        self.description = description
        self.category = category
        self.quantity = quantity
        self.dimensions = dimensions
        self.price = price
        self.vat = vat
        self.availability = availability
        self.origin = origin
        self.allergens = allergens
        self.certificates = certificates
        self.knowHowIDs = knowHowIDs
        self.producerFloor = producerFloor
    }
}

/// Whether a product is on the shelf or made when ordered.
public enum Availability: Hashable, Sendable {
    /// Units on hand (zero means out of stock).
    case inStock(Int)
    /// Made when ordered, ready after this many days.
    case madeToOrder(leadDays: Int)

    /// The stock status used by listing filters.
    public var status: StockStatus {
        switch self {
        case .inStock(let units): return units > 0 ? .inStock : .outOfStock
        case .madeToOrder: return .madeToOrder
        }
    }
}

/// The stock situation of a product, for filters and display.
public enum StockStatus: String, CaseIterable, Sendable {
    case inStock = "in-stock"
    case outOfStock = "out-of-stock"
    case madeToOrder = "made-to-order"
}

/// The VAT regime that applies to a product's price.
public enum VATRegime: String, CaseIterable, Sendable {
    case standard
    case reduced14 = "reduced-14"
    case reduced10 = "reduced-10"
    case reduced7 = "reduced-7"
    case exempt

    /// The rate in percent.
    public var ratePercent: Int {
        switch self {
        case .standard: return 20
        case .reduced14: return 14
        case .reduced10: return 10
        case .reduced7: return 7
        case .exempt: return 0
        }
    }
}

/// Where a product was made or harvested. Without a region, the product comes from its
/// cooperative's region (a place alone names a village there).
public struct Origin: Hashable, Sendable {
    public var region: Region?
    public var place: String?
    public init(region: Region?, place: String? = nil) {
        self.region = region
        self.place = place
    }
}

/// The size of a craft piece, in whole centimetres.
public struct Dimensions: Hashable, Sendable {
    public var lengthCm: Int
    public var widthCm: Int
    public init(lengthCm: Int, widthCm: Int) {
        self.lengthCm = lengthCm
        self.widthCm = widthCm
    }
}
