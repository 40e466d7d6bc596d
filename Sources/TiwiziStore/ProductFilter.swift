import GRDB
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
    /// Words to find in the product names (any language; accents ignored; word prefixes match).
    public var search: String?
    /// The day certificates must be valid on (today in Casablanca by default).
    public var day: CalendarDate
    public var limit: Int?

    public init(
        cooperativeID: String? = nil, region: Region? = nil, category: Category? = nil, schemeID: String? = nil,
        stockStatus: StockStatus? = nil, search: String? = nil, day: CalendarDate = .today(), limit: Int? = nil
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

    /// The SQL `WHERE` clause and its arguments. Each criterion can use an index.
    var whereClause: (sql: String, arguments: StatementArguments) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let cooperativeID {
            conditions.append("p.cooperative_id = ?")
            arguments += [cooperativeID]
        }
        if let region {
            conditions.append("p.region = ?")
            arguments += [region.code]
        }
        if let category {
            // A range scan on the category index: "food.oil." ≤ c < "food.oil/" ('/' follows '.').
            conditions.append("(p.category = ? OR (p.category >= ? AND p.category < ?))")
            arguments += [category.path, category.path + ".", category.path + "/"]
        }
        if let schemeID {
            conditions.append(
                """
                EXISTS (SELECT 1 FROM certificates c WHERE c.product_id = p.id AND c.scheme_id = ?
                AND c.valid_from <= ? AND c.valid_until >= ?)
                """)
            arguments += [schemeID, day.description, day.description]
        }
        switch stockStatus {
        case .inStock: conditions.append("p.stock > 0")
        case .outOfStock: conditions.append("p.stock = 0")
        case .madeToOrder: conditions.append("p.lead_days IS NOT NULL")
        case nil: break
        }
        if let pattern = search.flatMap(Self.matchPattern) {
            conditions.append("p.id IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ?)")
            arguments += [pattern]
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    /// An FTS5 query in which every word must appear as a word prefix: `huile arg` →
    /// `"huile"* "arg"*`. Quotes in the input are doubled so it can never break the syntax.
    static func matchPattern(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation })
        guard !words.isEmpty else { return nil }
        return words.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"*" }.joined(separator: " ")
    }
}
