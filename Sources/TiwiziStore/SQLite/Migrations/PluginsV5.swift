import GRDB

/// v5: events, the catalog's settings of plugins (for the catalog and per event) and of the
/// catalog itself, and the event each order was priced for. Frozen: the names below are literal.
enum PluginsV5 {
    static let identifier = "v5-plugins"

    static func migrate(_ db: Database) throws {
        try db.create(table: "events") { t in
            t.column("name", .text).primaryKey()
            t.column("title_fr", .text).notNull()
            t.column("title_ar", .text).notNull()
            t.column("title_en", .text)
            t.column("place_fr", .text)
            t.column("place_ar", .text)
            t.column("place_en", .text)
            t.column("opens_at", .text).notNull()
            t.column("closes_at", .text).notNull()
        }
        // `event` is '' for the whole catalog, so that the key is never NULL.
        try db.create(table: "plugin_settings") { t in
            t.column("plugin", .text).notNull()
            t.column("event", .text).notNull()
            t.column("enabled", .boolean)
            t.column("on_error", .text)
            t.primaryKey(["plugin", "event"])
        }
        try db.create(table: "plugin_parameters") { t in
            t.column("plugin", .text).notNull()
            t.column("event", .text).notNull()
            t.column("name", .text).notNull()
            t.column("value", .text).notNull()
            t.primaryKey(["plugin", "event", "name"])
        }
        try db.create(table: "catalog_settings") { t in
            t.column("key", .text).primaryKey()
            t.column("value", .text).notNull()
        }
        try db.alter(table: "orders") { t in t.add(column: "event", .text) }
    }
}
