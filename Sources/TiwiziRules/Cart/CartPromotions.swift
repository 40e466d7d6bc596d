import TiwiziCore

/// The cart phase: the semantics of each cart effect (docs/rules.md, "Cart effects"). Each
/// computes what every line gets, then takes it off the lines from the funder's share.
extension CartState: PricedState {
    static let phase = Rule.Phase.cart
    var amount: Money { total }

    static func isDiscount(_ effect: CartEffect) -> Bool { true }
    static func name(of effect: CartEffect) -> String { effect.name }
    static func outcome(_ applied: [AppliedCartEffect]) -> RuleStep.Outcome { .cartApplied(applied) }

    mutating func apply(_ noted: Noted<CartEffect>, of rule: Rule) throws(EffectProblem) -> Application<AppliedCartEffect> {
        let planned: Application<Plan>
        switch noted.effect {
        case .tier(let items, let from, let discount, let units): planned = try tier(items, from, discount, units)
        case .buyGet(let items, let buy, let get, let percent, let most, let pick):
            planned = try buyGet(items, buy, get, percent, most, pick)
        case .bundle(let skus, let price, let most): planned = try bundle(skus, price, most)
        case .order(let discount, let minimum): planned = try order(discount, minimum)
        }
        guard case .applied(let plan) = planned else {
            if case .notMet(let reason) = planned { return .notMet(reason) }
            preconditionFailure("unreachable")
        }
        let party = rule.fundedBy ?? .marketplace
        let before = total
        var lines: [LineDiscount] = []
        for index in plan.amounts.keys.sorted() {
            guard let part = plan.amounts[index], part.amount.isPositive else { continue }
            let clamp = try self.lines[index].discount(part.amount, party: party)
            lines.append(
                LineDiscount(
                    sku: self.lines[index].sku, units: part.units, amount: clamp?.granted ?? part.amount, clamp: clamp))
        }
        return .applied(
            AppliedCartEffect(
                effect: noted.effect, party: party, before: before, after: total, occurrences: plan.occurrences,
                lines: lines, note: noted.note))
    }

    /// What an effect takes off each line it touches (by line index), and how many times it
    /// applied (bundles, multi-buys) or how many units it discounted (tiers).
    private struct Plan {
        var amounts: [Int: (amount: Money, units: Int)]
        var occurrences: Int
    }

    /// The indices of the lines `items` selects, in SKU order.
    private func matching(_ items: CartEffect.ItemSelector) -> [Int] {
        lines.indices.filter { items.matches(lines[$0]) }.sorted { lines[$0].sku < lines[$1].sku }
    }

    /// `indices` ordered by the current price of one unit, cheapest first (then by SKU).
    private func byUnitPrice(_ indices: [Int]) -> [Int] {
        indices.sorted { a, b in
            let left = Int128(lines[a].total.minorUnits) * Int128(lines[b].quantity)
            let right = Int128(lines[b].total.minorUnits) * Int128(lines[a].quantity)
            return left != right ? left < right : lines[a].sku < lines[b].sku
        }
    }

    /// Takes `units` units from `order`, line by line: how many of each line.
    private func take(_ units: Int, from order: [Int]) -> [(index: Int, units: Int)] {
        var left = units
        var taken: [(Int, Int)] = []
        for index in order where left > 0 {
            let count = min(left, lines[index].quantity)
            taken.append((index, count))
            left -= count
        }
        return taken
    }

    private func tier(
        _ items: CartEffect.ItemSelector, _ from: Int, _ discount: CartEffect.UnitDiscount, _ units: CartEffect.TierUnits
    ) throws(EffectProblem) -> Application<Plan> {
        let indices = matching(items)
        let count = indices.reduce(0) { $0 + lines[$1].quantity }
        guard count >= from else { return .notMet(.tierShort(missing: from - count, items: items.description)) }
        let discounted =
            units == .all ? indices.map { ($0, lines[$0].quantity) } : take(count - from + 1, from: byUnitPrice(indices))
        var amounts: [Int: (amount: Money, units: Int)] = [:]
        for (index, units) in discounted {
            let value = try lines[index].value(of: units)
            let amount: Money
            switch discount {
            case .percent(let percent):
                amount = try exact { () throws(MoneyError) in try value.percent(percent, rounding: .halfUp) }
            case .amount(let each):
                amount = try exact { () throws(MoneyError) in try each.multiplied(by: Int64(units)) }
            case .unitPrice(let price):
                let target = try exact { () throws(MoneyError) in try price.multiplied(by: Int64(units)) }
                amount = Money(minorUnits: max(0, value.minorUnits - target.minorUnits), currency: currency)
            }
            amounts[index] = (Money(minorUnits: min(amount.minorUnits, value.minorUnits), currency: currency), units)
        }
        return .applied(Plan(amounts: amounts, occurrences: discounted.reduce(0) { $0 + $1.1 }))
    }

    private func buyGet(
        _ items: CartEffect.ItemSelector, _ buy: Int, _ get: Int, _ percent: Percentage, _ most: Int?,
        _ pick: CartEffect.Pick
    ) throws(EffectProblem) -> Application<Plan> {
        let indices = matching(items)
        let count = indices.reduce(0) { $0 + lines[$1].quantity }
        let occurrences = min(count / (buy + get), most ?? Int.max)
        guard occurrences > 0 else {
            return .notMet(.multiBuyShort(missing: buy + get - count % (buy + get), items: items.description))
        }
        let order = byUnitPrice(indices)
        var amounts: [Int: (amount: Money, units: Int)] = [:]
        for (index, units) in take(occurrences * get, from: pick == .cheapest ? order : order.reversed()) {
            let value = try lines[index].value(of: units)
            amounts[index] = (try exact { () throws(MoneyError) in try value.percent(percent, rounding: .halfUp) }, units)
        }
        return .applied(Plan(amounts: amounts, occurrences: occurrences))
    }

    private func bundle(
        _ skus: [String], _ price: CartEffect.BundlePrice, _ most: Int?
    ) throws(EffectProblem) -> Application<Plan> {
        let indices = skus.map { sku in lines.firstIndex { $0.sku == sku } }
        let missing = zip(skus, indices).filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty else { return .notMet(.bundleIncomplete(missing: missing)) }
        let found = indices.compactMap { $0 }
        let occurrences = min(found.map { lines[$0].quantity }.min() ?? 0, most ?? Int.max)
        var values: [Money] = []
        for index in found { values.append(try lines[index].value(of: occurrences)) }
        let worth = values.reduce(0) { $0 + $1.minorUnits }
        let discount: Int64
        switch price {
        case .fixed(let each): discount = worth - each.minorUnits * Int64(occurrences)
        case .percentOff(let percent):
            discount = try exact { () throws(MoneyError) in
                try Money(minorUnits: worth, currency: currency).percent(percent, rounding: .halfUp)
            }.minorUnits
        }
        guard discount > 0 else { return .notMet(.bundleNoSaving) }
        let shares = try exact { () throws(MoneyError) in
            try Money(minorUnits: discount, currency: currency).allocate(values.map { Int($0.minorUnits) })
        }
        let parts = shares.map { ($0, occurrences) }
        return .applied(Plan(amounts: Dictionary(uniqueKeysWithValues: zip(found, parts)), occurrences: occurrences))
    }

    private func order(
        _ discount: CartEffect.OrderDiscount, _ minimum: Money?
    ) throws(EffectProblem) -> Application<Plan> {
        let subtotal = total
        if let minimum, subtotal.minorUnits < minimum.minorUnits {
            return .notMet(.orderShort(missing: Money(minorUnits: minimum.minorUnits - subtotal.minorUnits, currency: currency)))
        }
        let amount: Money
        switch discount {
        case .percent(let percent):
            amount = try exact { () throws(MoneyError) in try subtotal.percent(percent, rounding: .halfUp) }
        case .amount(let value): amount = value.minorUnits <= subtotal.minorUnits ? value : subtotal
        }
        guard amount.isPositive, subtotal.isPositive else { return .applied(Plan(amounts: [:], occurrences: 1)) }
        // Spread over the lines in proportion to their amounts: the parts sum exactly to it.
        let shares = try exact { () throws(MoneyError) in try amount.allocate(lines.map { Int($0.total.minorUnits) }) }
        let parts = zip(shares, lines).map { ($0, $1.quantity) }
        return .applied(Plan(amounts: Dictionary(uniqueKeysWithValues: zip(lines.indices, parts)), occurrences: 1))
    }
}
