import TiwiziCore

/// What a cart rule asks for: a promotion whose semantics the core implements, so that tiers,
/// multi-buys, bundles and order discounts behave the same in every rule set (docs/rules.md,
/// "Cart effects"). Every cart effect is a discount.
public enum CartEffect: Hashable, Sendable {
    /// A quantity tier: once `from` units of `items` are in the cart, `discount` applies to all of
    /// them, or only to the units from the `from`-th on (the cheapest ones).
    case tier(items: ItemSelector, from: Int, discount: UnitDiscount, units: TierUnits)
    /// Buy `buy`, get `get` at `percent` off, repeated `maxOccurrences` times at most (nil:
    /// unlimited), across every product `items` selects; the discounted units are the cheapest
    /// (or the most expensive) ones.
    case buyGet(items: ItemSelector, buy: Int, get: Int, percent: Percentage, maxOccurrences: Int?, discounted: Pick)
    /// A set of SKUs (one unit each) at a fixed price or a percentage off, as many times as the
    /// cart holds the whole set, `maxOccurrences` at most.
    case bundle(skus: [String], price: BundlePrice, maxOccurrences: Int?)
    /// A discount on the whole order, spread over its lines in proportion to their amounts,
    /// when the order reaches `minimum`.
    case order(OrderDiscount, minimum: Money?)

    /// Which cart lines an effect concerns: a category and its subcategories, or SKUs.
    public enum ItemSelector: Hashable, Sendable, CustomStringConvertible {
        case category(Category)
        case skus([String])

        func matches(_ line: CartLineState) -> Bool {
            switch self {
            case .category(let category): return line.category.isWithin(category)
            case .skus(let skus): return skus.contains(line.sku)
            }
        }

        public var description: String {
            switch self {
            case .category(let category): return category.path
            case .skus(let skus): return skus.joined(separator: ", ")
            }
        }
    }

    /// What a tier takes off each unit it applies to.
    public enum UnitDiscount: Hashable, Sendable {
        case percent(Percentage)
        case amount(Money)
        /// The unit's price becomes this (when lower).
        case unitPrice(Money)
    }

    public enum TierUnits: String, Hashable, Sendable, CaseIterable {
        case all, above
    }

    public enum Pick: String, Hashable, Sendable, CaseIterable {
        case cheapest
        case mostExpensive = "most_expensive"
    }

    public enum BundlePrice: Hashable, Sendable {
        case fixed(Money)
        case percentOff(Percentage)
    }

    public enum OrderDiscount: Hashable, Sendable {
        case percent(Percentage)
        case amount(Money)
    }

    /// The name a rule writes (`tier`, `buy`, `bundle`, `order_percent_off`, `order_amount_off`).
    public var name: String {
        switch self {
        case .tier: return "tier"
        case .buyGet: return "buy"
        case .bundle: return "bundle"
        case .order(.percent, _): return "order_percent_off"
        case .order(.amount, _): return "order_amount_off"
        }
    }
}
