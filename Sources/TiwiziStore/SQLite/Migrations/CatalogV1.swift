import GRDB

/// The first schema: reference tables, cooperatives, products and the name search index.
/// Frozen: every name and row below is literal (see `Schema`).
enum CatalogV1 {
    static let identifier = "v1-catalog"

    /// Name columns are `prefix_fr`, `prefix_ar`, `prefix_en`, `prefix_zgh`.
    private static let languages = ["fr", "ar", "en", "zgh"]

    /// Morocco's twelve regions as they were seeded: code, French name, Arabic name.
    private static let regions = [
        ("MA-01", "Tanger-Tétouan-Al Hoceïma", "طنجة تطوان الحسيمة"),
        ("MA-02", "L'Oriental", "الشرق"),
        ("MA-03", "Fès-Meknès", "فاس مكناس"),
        ("MA-04", "Rabat-Salé-Kénitra", "الرباط سلا القنيطرة"),
        ("MA-05", "Béni Mellal-Khénifra", "بني ملال خنيفرة"),
        ("MA-06", "Casablanca-Settat", "الدار البيضاء سطات"),
        ("MA-07", "Marrakech-Safi", "مراكش آسفي"),
        ("MA-08", "Drâa-Tafilalet", "درعة تافيلالت"),
        ("MA-09", "Souss-Massa", "سوس ماسة"),
        ("MA-10", "Guelmim-Oued Noun", "كلميم واد نون"),
        ("MA-11", "Laâyoune-Sakia El Hamra", "العيون الساقية الحمراء"),
        ("MA-12", "Dakhla-Oued Ed-Dahab", "الداخلة وادي الذهب"),
    ]

    static func migrate(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(Schema.applicationID)")
        try createReferenceTables(db)
        try createCooperatives(db)
        try createProducts(db)
    }

    private static func createReferenceTables(_ db: Database) throws {
        try db.create(table: "regions") { t in
            t.primaryKey("code", .text)
            t.column("name_fr", .text).notNull()
            t.column("name_ar", .text).notNull()
        }
        for (code, french, arabic) in regions {
            try db.execute(literal: "INSERT INTO regions (code, name_fr, name_ar) VALUES (\(code), \(french), \(arabic))")
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
        // Replaced by `ArabicSearchV2`.
        try db.create(virtualTable: "products_fts", using: FTS5()) { t in
            t.synchronize(withTable: "products")
            t.tokenizer = .unicode61(diacritics: .remove)
            for language in languages { t.column("name_\(language)") }
        }
    }

    private static func addNameColumns(_ t: TableDefinition, prefix: String, frenchRequired: Bool = true) {
        for language in languages {
            let column = t.column("\(prefix)_\(language)", .text)
            if frenchRequired && language == "fr" { column.notNull() }
        }
    }
}
