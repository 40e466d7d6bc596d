import GRDB
import TiwiziCore

/// An ordered list kept in a table of its own, one row per item under its owner's key: a
/// product's certificates, the artisans of a know-how, the know-how a cooperative or a product
/// shows.
protocol ChildList {
    associatedtype Item
    static var table: String { get }
    /// The column that holds the owner's key.
    static var owner: String { get }
    static func item(from row: StoredRow) throws -> Item
    static func encode(_ item: Item, to container: inout PersistenceContainer)
}

/// One row of a `ChildList` table: the owner's key, the item's position in the list, the item.
struct ChildRow<List: ChildList>: StoredRecord, PersistableRecord {
    static var databaseTableName: String { List.table }
    static var rowKey: [String] { [List.owner, "position"] }

    var owner: DatabaseValue
    var position: Int
    var item: List.Item

    init(owner: DatabaseValue, position: Int, item: List.Item) {
        self.owner = owner
        self.position = position
        self.item = item
    }

    init(stored: StoredRow) throws {
        owner = try stored.value(List.owner)
        position = try stored.value("position")
        item = try List.item(from: stored)
    }

    func encode(to container: inout PersistenceContainer) {
        container[List.owner] = owner
        container["position"] = position
        List.encode(item, to: &container)
    }
}

enum ProductCertificates: ChildList {
    static let table = "certificates"
    static let owner = "product_id"

    static func item(from row: StoredRow) throws -> Certificate {
        try Certificate(
            schemeID: row.value("scheme_id"), number: row.value("number"),
            validFrom: row.parsed("valid_from", CalendarDate.init), validUntil: row.parsed("valid_until", CalendarDate.init))
    }

    static func encode(_ item: Certificate, to container: inout PersistenceContainer) {
        container["scheme_id"] = item.schemeID
        container["number"] = item.number
        container["valid_from"] = item.validFrom.description
        container["valid_until"] = item.validUntil.description
    }
}

enum KnowHowArtisans: ChildList {
    static let table = "artisans"
    static let owner = "know_how_id"

    static func item(from row: StoredRow) throws -> Artisan {
        try Artisan(name: row.value("name"), consentToPublish: row.value("consent"))
    }

    static func encode(_ item: Artisan, to container: inout PersistenceContainer) {
        container["name"] = item.name
        container["consent"] = item.consentToPublish
    }
}

/// Links from an owner to know-how ids, in order.
protocol KnowHowLinks: ChildList where Item == String {}

extension KnowHowLinks {
    static func item(from row: StoredRow) throws -> String { try row.value("know_how_id") }

    static func encode(_ item: String, to container: inout PersistenceContainer) { container["know_how_id"] = item }
}

enum CooperativeKnowHow: KnowHowLinks {
    static let table = "cooperative_know_how"
    static let owner = "cooperative_id"
}

enum ProductKnowHow: KnowHowLinks {
    static let table = "product_know_how"
    static let owner = "product_id"
}
