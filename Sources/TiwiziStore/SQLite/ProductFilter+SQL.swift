import GRDB
import TiwiziCore

/// The filter as an SQLite query.
extension ProductFilter {
    /// The products the filter selects in SKU order, at most `limit` of them: what listings read.
    var listing: QueryInterfaceRequest<ProductRow> {
        let ordered = request.order(Column("sku"))
        return limit.map { ordered.limit($0) } ?? ordered
    }

    /// The products the filter selects, in no particular order and without the limit. Each
    /// criterion can use an index.
    var request: QueryInterfaceRequest<ProductRow> {
        let product = TableAlias<ProductRow>()
        var request = ProductRow.aliased(product)
        // Text that SQLite would see cut at a NUL matches nothing, as the whole text would.
        if ![cooperativeID, schemeID, search].allSatisfy({ $0?.isBindable ?? true }) { return request.none() }
        if let cooperativeID { request = request.filter(Column("cooperative_id") == cooperativeID) }
        if let skus { request = request.filter(Column("sku") >= skus.lowerBound && Column("sku") <= skus.upperBound) }
        if let region { request = request.filter(Column("region") == region.code) }
        if let category {
            // A range scan on the category index: "food.oil." ≤ c < "food.oil/" ('/' follows '.').
            let column = Column("category")
            request = request.filter(column == category.path || (column >= category.path + "." && column < category.path + "/"))
        }
        if let schemeID {
            guard let day else {
                preconditionFailure("ProductFilter: a scheme criterion needs the day certificates are valid on")
            }
            let certificates = ChildRow<ProductCertificates>.filter(
                Column("product_id") == product[Column("id")] && Column("scheme_id") == schemeID
                    && Column("valid_from") <= day.description && Column("valid_until") >= day.description)
            request = request.filter(certificates.exists())
        }
        switch stockStatus {
        case .inStock: request = request.filter(Column("stock") > 0)
        case .outOfStock: request = request.filter(Column("stock") == 0)
        case .madeToOrder: request = request.filter(Column("lead_days") != nil)
        case nil: break
        }
        if let pattern = search.flatMap(Self.matchPattern) {
            request = request.filter(
                literal: "\(product[Column("id")]) IN (SELECT rowid FROM products_fts WHERE products_fts MATCH \(pattern))")
        }
        return request
    }

    /// An FTS5 query in which every word must appear as a word prefix: `huile arg` →
    /// `"huile"* "arg"*`, Arabic short vowels and tatweel left out (`SearchText`). Quotes in the
    /// input are doubled so it can never break the syntax.
    static func matchPattern(_ text: String) -> String? {
        let words = FieldParsing.searchWords(SearchText.plain(text))
        guard !words.isEmpty else { return nil }
        return words.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"*" }.joined(separator: " ")
    }
}
