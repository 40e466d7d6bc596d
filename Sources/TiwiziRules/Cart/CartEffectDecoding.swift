import LuaHost
import TiwiziCore

extension EffectDecoding {
    /// One cart effect table (docs/rules.md, "Cart effects").
    static func cartEffect(_ table: some EffectTable, currency: Currency) throws(EffectProblem) -> Noted<CartEffect> {
        let (name, note) = try check(table, phase: .cart)
        let fields = EffectFields(table: table, effect: name, currency: currency)
        let effect: CartEffect
        switch name {
        case "tier":
            effect = .tier(
                items: try fields.items(name), from: try fields.count("from", required: true) ?? 1,
                discount: try unitDiscount(fields), units: try fields.choice("units", CartEffect.TierUnits.all))
        case "buy":
            effect = .buyGet(
                items: try fields.items("items"), buy: try fields.count(name, required: true) ?? 1,
                get: try fields.count("get", required: true) ?? 1,
                percent: fields.has("percent_off") ? try percentOff(fields) : Percentage(percent: 100),
                maxOccurrences: try fields.count("max_occurrences"),
                discounted: try fields.choice("discounted", CartEffect.Pick.cheapest))
        case "bundle":
            guard case .table(let list) = table[name], list.hash.isEmpty, list.array.count >= 2 else {
                throw .wrongValue(effect: name, key: name, expected: "a list of at least two SKUs", got: table[name].typeName)
            }
            let price: CartEffect.BundlePrice
            switch (fields.has("price"), fields.has("percent_off")) {
            case (true, false): price = .fixed(try fields.amount("price"))
            case (false, true): price = .percentOff(try percentOff(fields))
            default:
                throw .wrongValue(effect: name, key: "price", expected: "price or percent_off, one of them", got: "both or none")
            }
            effect = .bundle(skus: try fields.skus(list, name), price: price, maxOccurrences: try fields.count("max_occurrences"))
        case "order_percent_off":
            effect = .order(.percent(try percentOff(fields, key: name)), minimum: try minimum(fields))
        default:
            effect = .order(.amount(try fields.amount(name)), minimum: try minimum(fields))
        }
        return Noted(effect, note: note)
    }

    /// What a tier takes off: exactly one of `percent_off`, `amount_off` (per unit), `unit_price`.
    private static func unitDiscount<Table>(_ fields: EffectFields<Table>) throws(EffectProblem) -> CartEffect.UnitDiscount {
        let given = ["percent_off", "amount_off", "unit_price"].filter(fields.has)
        guard given.count == 1 else {
            throw .wrongValue(
                effect: "tier", key: "percent_off", expected: "one of percent_off, amount_off, unit_price",
                got: given.isEmpty ? "none" : given.joined(separator: ", "))
        }
        switch given[0] {
        case "percent_off": return .percent(try percentOff(fields))
        case "amount_off": return .amount(try fields.amount("amount_off"))
        default: return .unitPrice(try fields.amount("unit_price"))
        }
    }

    /// A percentage off between 0 and 100 %.
    private static func percentOff<Table>(_ fields: EffectFields<Table>, key: String = "percent_off") throws(EffectProblem)
        -> Percentage
    {
        let percent = try fields.percentage(key)
        guard (0...10_000).contains(percent.basisPoints) else { throw .percentOutOfRange(percent) }
        return percent
    }

    private static func minimum<Table>(_ fields: EffectFields<Table>) throws(EffectProblem) -> Money? {
        fields.has("min_amount") ? try fields.amount("min_amount") : nil
    }
}
