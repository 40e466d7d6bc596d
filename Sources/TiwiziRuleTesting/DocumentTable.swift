import LuaHost
import TiwiziCore
import TiwiziFormats
import TiwiziLua
import TiwiziRules

/// What a cart test's `check(r)` receives: the quote's document, as `tiwizi quote --json
/// --explain` prints it (docs/rules.md), as a read-only Lua table, amounts as Money and
/// percentages (`producer_share`) as numbers, so that the JSON and the tests read one shape.
enum DocumentTable {
    /// The keys whose text values are amounts, in the documents of quotes and of prices.
    static let amounts: Set<String> = [
        "unit_price", "subtotal", "discount", "total", "vat", "amount", "cooperative", "marketplace", "event", "producers",
        "before", "after", "asked", "granted", "floor", "list_price", "price", "commission",
    ]

    static func table(_ quote: Quote, language: InterfaceLanguage) -> any LuaPushable {
        value(quote.document(steps: true, language: language), key: nil, currency: quote.total.currency)
    }

    /// `node` as Lua: maps as tables of fields, lists as sequences, scalars by their kind and key.
    private static func value(_ node: DocumentNode, key: String?, currency: Currency) -> any LuaPushable {
        switch node {
        case .null: return LuaValue.nil
        case .list(let items, _): return LuaList(items.map { value($0, key: nil, currency: currency) })
        case .map(let pairs, _):
            return LuaLibrary(members: pairs.map { ($0.key, value($0.value, key: $0.key, currency: currency)) })
        case .scalar(let text, .number, _):
            if let whole = Int(text) { return whole }
            return Double(text) ?? text
        case .scalar(let text, .boolean, _): return text == "true"
        case .scalar(let text, .text, _):
            if key == "producer_share", let percent = Double(text) { return percent }
            guard let key, amounts.contains(key), let amount = try? Money(decimalString: text, currency: currency) else {
                return text
            }
            return LuaMoney(amount)
        }
    }
}
