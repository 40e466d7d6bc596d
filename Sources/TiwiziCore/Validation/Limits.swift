/// The bounds of every number and text a record may hold. Every write checks them (import,
/// `add`, `update`, `--stock-change`), so no later arithmetic or display can overflow or
/// explode; docs/catalog-format.md lists them under "Limits".
public enum Limits {
    /// Units in stock.
    public static let stock = 0...1_000_000_000
    /// Days to make a product to order.
    public static let leadDays = 1...365
    /// A product's length or width, in centimetres (a carpet of 100 m is the largest).
    public static let dimensionCm = 1...10_000
    /// A cooperative's members (total, women, youth).
    public static let members = 0...1_000_000
    /// The year a know-how was recognised as heritage.
    public static let heritageYear = 1...9999
    /// Characters in a name, in each language.
    public static let nameLength = 200
    /// Characters in a description or a technique, in each language.
    public static let longTextLength = 5_000
    /// Characters in any other text: communes, registry numbers, certificate numbers, allergens…
    public static let shortTextLength = 200
}

extension Issue {
    /// The issue for `value` outside `range`, or nil when it is inside.
    static func outOfRange(_ value: Int, _ range: ClosedRange<Int>, field: String) -> Issue? {
        range.contains(value) ? nil : outOfRange("\(value)", range, field: field)
    }

    /// The issue for a number (written `value`) outside `range`.
    public static func outOfRange(_ value: String, _ range: ClosedRange<Int>, field: String) -> Issue {
        Issue(.numberOutOfRange(value, range: range), field: field)
    }

    /// The issue for `text` longer than `maximum` characters, or nil when it is not.
    static func tooLong(_ text: String?, maximum: Int, field: String) -> Issue? {
        guard let text, text.utf8.count > maximum, text.count > maximum else { return nil }
        return Issue(.textTooLong(count: text.count, maximum: maximum), field: field)
    }
}
