import GRDB
import TiwiziCore

/// The catalog's SQLite schema, as an ordered list of migrations. Never edit a shipped
/// migration: add a new one.
enum Schema {
    /// Marks a database as a Tiwizi catalog (`PRAGMA application_id`, "TIWI").
    static let applicationID: Int32 = 0x5449_5749

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-catalog") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try createReferenceTables(db)
            try createCooperatives(db)
            try createProducts(db)
        }
        return migrator
    }

    private static func createReferenceTables(_ db: Database) throws {
        try db.create(table: "regions") { t in
            t.primaryKey("code", .text)
            t.column("name_fr", .text).notNull()
            t.column("name_ar", .text).notNull()
        }
        for region in Region.all {
            try db.execute(
                sql: "INSERT INTO regions (code, name_fr, name_ar) VALUES (?, ?, ?)",
                arguments: [region.code, region.name.french, region.name[.arabic]])
        }
        try db.create(table: "schemes") { t in
            t.primaryKey("id", .text)
            t.column("kind", .text).notNull()
            addNameColumns(t, prefix: "name")
            t.column("categories", .text).notNull().defaults(to: "")
            t.column("area", .text).notNull().defaults(to: "")
        }
        try db.create(table: "know_how") { t in
            t.primaryKey("id", .text)
            addNameColumns(t, prefix: "name")
            addNameColumns(t, prefix: "technique", frenchRequired: false)
            t.column("craft_family", .text).notNull()
            t.column("regions", .text).notNull().defaults(to: "")
            t.column("heritage_status", .text)
            t.column("heritage_year", .integer)
            t.column("heritage_title", .text)
        }
        try db.create(table: "artisans") { t in
            t.column("know_how_id", .text).notNull().references("know_how", onDelete: .cascade)
            t.column("position", .integer).notNull()
            t.column("name", .text).notNull()
            t.column("consent", .boolean).notNull()
            t.primaryKey(["know_how_id", "position"])
        }
    }

    private static func createCooperatives(_ db: Database) throws {
        try db.create(table: "cooperatives") { t in
            t.primaryKey("id", .text)
            addNameColumns(t, prefix: "name")
            t.column("legal_form", .text).notNull()
            t.column("registry_court", .text)
            t.column("registry_number", .text)
            t.column("ice", .text).notNull().unique()
            t.column("founded", .text).notNull()
            t.column("region", .text).notNull().indexed().references("regions")
            t.column("province", .text)
            t.column("commune", .text)
            t.column("sector", .text)
            t.column("members_total", .integer).notNull()
            t.column("members_women", .integer).notNull()
            t.column("members_youth", .integer).notNull()
            t.column("phone", .text)
            t.column("email", .text)
        }
        try db.create(table: "cooperative_know_how") { t in
            t.column("cooperative_id", .text).notNull().references("cooperatives", onDelete: .cascade)
            t.column("position", .integer).notNull()
            t.column("know_how_id", .text).notNull().indexed().references("know_how")
            t.primaryKey(["cooperative_id", "position"])
        }
    }

    private static func createProducts(_ db: Database) throws {
        try db.create(table: "products") { t in
            // An integer rowid that never changes, so the full-text index can follow it.
            t.autoIncrementedPrimaryKey("id")
            t.column("sku", .text).notNull().unique()
            t.column("cooperative_id", .text).notNull().indexed().references("cooperatives")
            addNameColumns(t, prefix: "name")
            addNameColumns(t, prefix: "description", frenchRequired: false)
            t.column("category", .text).notNull().indexed()
            t.column("quantity_thousandths", .integer).notNull()
            t.column("unit", .text).notNull()
            t.column("length_cm", .integer)
            t.column("width_cm", .integer)
            t.column("price_minor", .integer).notNull()
            t.column("currency", .text).notNull()
            t.column("vat", .text).notNull()
            t.column("stock", .integer)
            t.column("lead_days", .integer)
            // The region the product comes from: its origin, else its cooperative's seat.
            t.column("region", .text).notNull().indexed().references("regions")
            t.column("origin_region", .text).references("regions")
            t.column("origin_place", .text)
            t.column("allergens", .text).notNull().defaults(to: "")
            t.check(sql: "(stock IS NULL) <> (lead_days IS NULL)")
            t.check(sql: "stock IS NULL OR stock >= 0")
        }
        try db.create(table: "certificates") { t in
            t.column("product_id", .integer).notNull().references("products", onDelete: .cascade)
            t.column("position", .integer).notNull()
            t.column("scheme_id", .text).notNull().indexed().references("schemes")
            t.column("number", .text).notNull()
            t.column("valid_from", .text).notNull()
            t.column("valid_until", .text).notNull()
            t.primaryKey(["product_id", "position"])
        }
        try db.create(table: "product_know_how") { t in
            t.column("product_id", .integer).notNull().references("products", onDelete: .cascade)
            t.column("position", .integer).notNull()
            t.column("know_how_id", .text).notNull().indexed().references("know_how")
            t.primaryKey(["product_id", "position"])
        }
        try db.create(virtualTable: "products_fts", using: FTS5()) { t in
            t.synchronize(withTable: "products")
            t.tokenizer = .unicode61(diacritics: .remove)
            for language in Language.allCases { t.column("name_\(language.rawValue)") }
        }
    }

    private static func addNameColumns(_ t: TableDefinition, prefix: String, frenchRequired: Bool = true) {
        for language in Language.allCases {
            let column = t.column("\(prefix)_\(language.rawValue)", .text)
            if frenchRequired && language == .french { column.notNull() }
        }
    }
}
