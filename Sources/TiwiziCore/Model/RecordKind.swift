/// The kinds of record a catalog holds, in the order an import writes them (each kind may
/// refer to the kinds before it).
public enum RecordKind: String, CaseIterable, Sendable {
    case schemes
    case knowHow = "know-how"
    case cooperatives, products

    /// The field that identifies a record of this kind: `id`, or `sku` for products.
    public var keyField: String { self == .products ? "sku" : "id" }

    /// The name of one record of this kind (`cooperative`), or of several (`cooperatives`).
    public func name(in language: InterfaceLanguage, plural: Bool = false) -> String {
        switch (self, language) {
        case (.schemes, .english): return plural ? "schemes" : "scheme"
        case (.schemes, .french): return plural ? "référentiels" : "référentiel"
        case (.knowHow, .english): return "know-how"
        case (.knowHow, .french): return "savoir-faire"
        case (.cooperatives, .english): return plural ? "cooperatives" : "cooperative"
        case (.cooperatives, .french): return plural ? "coopératives" : "coopérative"
        case (.products, .english): return plural ? "products" : "product"
        case (.products, .french): return plural ? "produits" : "produit"
        }
    }
}
