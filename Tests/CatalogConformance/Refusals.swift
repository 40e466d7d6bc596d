import TiwiziCore
import TiwiziStore

/// The errors with which a store refuses, as the checks expect them: the one place of the suite
/// that spells messages.
enum Refusal {
    static func unknownCooperative(_ id: String) -> Issue {
        Issue(.unknownCooperative, ["value": id], field: "cooperative")
    }

    static func duplicateICE(_ ice: String, owner: String) -> Issue {
        Issue(.duplicateICE, ["value": ice, "other": owner], field: "ice")
    }

    static func skuOfAnotherCooperative(_ sku: String, owner: String) -> Issue {
        Issue(.skuOfAnotherCooperative, ["value": sku, "other": owner], field: "sku")
    }

    static let stockAndMadeToOrder = Issue(.stockAndMadeToOrder, field: "stock")

    static func isCooperativeHasProducts(_ error: CatalogError?, id: String, count: Int) -> Bool {
        error?.message == Message(.cooperativeHasProducts, ["value": id, "count": "\(count)"])
    }

    static func isStockWouldGoNegative(_ error: CatalogError?, sku: String, stock: Int, change: Int) -> Bool {
        error?.message == Message(.stockWouldGoNegative, ["value": sku, "stock": "\(stock)", "change": "\(change.magnitude)"])
    }

    static func isProductNotFound(_ error: CatalogError?) -> Bool { error?.message.key == .productNotFound }

    static func isReadOnly(_ error: CatalogError?) -> Bool { error?.message.key == .catalogReadOnly }
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

/// The message key of a catalog error, or nil when `body` does not throw one.
public func catalogErrorKey(_ body: () throws -> Void) -> MessageKey? { catalogError(body)?.message.key }
