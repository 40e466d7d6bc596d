import TiwiziCore

/// The lowest price the rules give one product from the check's day on, when everything that
/// can stack does: its unit priced by the rules in their window, then its line in the check
/// cart (`RuleCheck`).
public struct WorstCase: Hashable, Sendable {
    public let sku: String
    public let listPrice: Money
    /// One unit's price after the product rules.
    public let unitPrice: Money
    /// One unit's price in the check cart: its line's total ÷ quantity, half-up.
    public let cartUnitPrice: Money
    /// What the cooperative receives per unit in the check cart (half-up).
    public let producer: Money
    /// The least the cooperative receives per unit, if it declared a floor.
    public let floor: Money?
    /// Whether the floor held back part of a discount.
    public let clamped: Bool
    /// The rules that applied to the product or to its line, in the order they applied.
    public let rules: [String]
    /// The day the rules gave this price (the first, when several give it).
    public let day: CalendarDate

    init(_ line: Quote.Line, cartSteps: [RuleStep], day: CalendarDate) throws(MoneyError) {
        self.day = day
        let unit = line.unit
        sku = line.sku
        listPrice = unit.breakdown.listPrice
        unitPrice = unit.breakdown.price
        floor = unit.breakdown.floor
        let count = Int64(line.quantity)
        cartUnitPrice = try line.line.total.multiplied(by: 1, dividedBy: count, rounding: .halfUp)
        producer = try line.line.cooperative.multiplied(by: 1, dividedBy: count, rounding: .halfUp)
        let unitClamped = unit.unit.steps.contains { step in
            guard case .applied(let effects) = step.outcome else { return false }
            return effects.contains { $0.clamp != nil }
        }
        let lineClamped = cartSteps.contains { step in
            guard case .cartApplied(let effects) = step.outcome else { return false }
            return effects.contains { $0.lines.contains { $0.sku == line.sku && $0.clamp != nil } }
        }
        clamped = unitClamped || lineClamped
        var rules = unit.rulesApplied
        for discount in line.discounts where !rules.contains(discount.rule) { rules.append(discount.rule) }
        self.rules = rules
    }

    /// How much below its list price the check cart sells a unit, rounded down; nil for a free
    /// product.
    public var discount: Percentage? {
        Percentage.share(listPrice.minorUnits - cartUnitPrice.minorUnits, of: listPrice.minorUnits)
    }
}
