import LuaHost
import TiwiziCore
import TiwiziLua

/// The fields of one effect table, read with their expected types; errors name the effect and
/// the field.
struct EffectFields<Table: EffectTable> {
    let table: Table
    let effect: String
    let currency: Currency

    private func wrong(_ key: String, _ expected: String) -> EffectProblem {
        .wrongValue(effect: effect, key: key, expected: expected, got: ScriptValueRendering.text(table[key]))
    }

    func has(_ key: String) -> Bool { table[key] != .nil }

    /// A percentage, `15` or `12.5`.
    func percentage(_ key: String) throws(EffectProblem) -> Percentage {
        guard let percent = ScriptValues.percentage(table[key]) else { throw wrong(key, "a percentage such as 15 or 12.5") }
        return percent
    }

    /// An amount, Money or text in the currency.
    func amount(_ key: String) throws(EffectProblem) -> Money {
        switch ScriptValues.money(table[key], currency: currency) {
        case .success(let amount):
            guard amount.currency == currency else { throw .wrongCurrency(amount.currency.code, expected: currency.code) }
            guard !amount.isNegative else { throw .negativeAmount(amount) }
            return amount
        case .failure(let problem): throw .wrongValue(effect: effect, key: key, expected: "an amount", got: problem.message)
        }
    }

    /// A whole number of at least `minimum`; nil when absent and not `required`.
    func count(_ key: String, minimum: Int = 1, required: Bool = false) throws(EffectProblem) -> Int? {
        switch table[key] {
        case .nil where !required: return nil
        case .integer(let number) where number >= minimum && number <= 1_000_000: return Int(number)
        case .number(let number) where number == number.rounded() && number >= Double(minimum) && number <= 1_000_000:
            return Int(number)
        default: throw wrong(key, "a whole number from \(minimum)")
        }
    }

    /// One of a closed set of names, `fallback` when absent.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ fallback: T) throws(EffectProblem) -> T
    where T.RawValue == String {
        guard has(key) else { return fallback }
        guard let text = table[key].stringValue, let value = T(rawValue: text) else {
            throw wrong(key, T.allCases.map(\.rawValue).joined(separator: " or "))
        }
        return value
    }

    /// The rounding mode of `round` and `ending` (half-up by default).
    func mode() throws(EffectProblem) -> RoundingMode {
        guard has("mode") else { return .halfUp }
        guard let mode = table["mode"].stringValue.flatMap(ScriptValues.rounding(named:)) else {
            throw wrong("mode", ScriptValues.roundingNames.joined(separator: ", "))
        }
        return mode
    }

    /// A category (`"food.honey"`, its subcategories included) or a list of SKUs.
    func items(_ key: String) throws(EffectProblem) -> CartEffect.ItemSelector {
        switch table[key] {
        case .string:
            guard let category = table[key].stringValue.flatMap(Category.init) else {
                throw wrong(key, "a category such as food.honey")
            }
            return .category(category)
        case .table(let list) where list.hash.isEmpty && !list.array.isEmpty:
            return .skus(try skus(list, key))
        default: throw wrong(key, "a category such as food.honey or a list of SKUs")
        }
    }

    /// A list of distinct SKUs.
    func skus(_ list: LuaTable, _ key: String) throws(EffectProblem) -> [String] {
        let skus = list.array.compactMap(\.stringValue)
        guard skus.count == list.array.count, Set(skus).count == skus.count else { throw wrong(key, "a list of distinct SKUs") }
        return skus
    }
}
