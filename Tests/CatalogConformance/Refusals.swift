import TiwiziCore
import TiwiziStore

/// The errors with which a store refuses, as the checks expect them: the one place of the suite
/// that spells messages.
enum Refusal {
    static func unknownCooperative(_ id: String) -> Issue {
        Issue(.unknownCooperative(id), field: "cooperative")
    }

    static func duplicateICE(_ ice: String, owner: String) -> Issue {
        Issue(.duplicateICE(ice: ice, owner: owner), field: "ice")
    }

    static func skuOfAnotherCooperative(_ sku: String, owner: String) -> Issue {
        Issue(.skuOfAnotherCooperative(sku: sku, owner: owner), field: "sku")
    }

    static let stockAndMadeToOrder = Issue(.stockAndMadeToOrder, field: "stock")

    static func isCooperativeHasProducts(_ error: CatalogError?, id: String, count: Int) -> Bool {
        error == .cooperativeHasProducts(id: id, count: count)
    }

    static func isStockWouldGoNegative(_ error: CatalogError?, sku: String, stock: Int, change: Int) -> Bool {
        error == .stockWouldGoNegative(sku: sku, stock: stock, change: change)
    }

    static func isProductNotFound(_ error: CatalogError?) -> Bool {
        if case .notFound(.products, _)? = error { return true }
        return false
    }

    static func isReadOnly(_ error: CatalogError?) -> Bool {
        if case .readOnly? = error { return true }
        return false
    }
}

/// The catalog error `body` throws, or nil when it throws none.
public func catalogError(_ body: () throws -> Void) -> CatalogError? {
    do {
        try body()
        return nil
    } catch let error as CatalogError {
        return error
    } catch {
        return nil
    }
}

/// The code of a catalog error (`readOnly`), or nil when `body` does not throw one.
public func catalogErrorKey(_ body: () throws -> Void) -> String? { catalogError(body)?.code }
