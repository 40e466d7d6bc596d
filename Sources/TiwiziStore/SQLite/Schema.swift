import GRDB

/// The catalog's SQLite schema, as an ordered list of migrations.
///
/// Migrations are frozen history: once shipped, a migration is never edited, and it writes only
/// literal names and data (never the live value of a Swift constant, such as `Region.all`,
/// that may change later). A change to the schema or to seeded data is a new migration.
enum Schema {
    /// Marks a database as a Tiwizi catalog (`PRAGMA application_id`, "TIWI"). Fixed forever.
    static let applicationID: Int32 = 0x5449_5749

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(CatalogV1.identifier, migrate: CatalogV1.migrate)
        migrator.registerMigration(ArabicSearchV2.identifier, migrate: ArabicSearchV2.migrate)
        migrator.registerMigration(ProducerFloorV3.identifier, migrate: ProducerFloorV3.migrate)
        migrator.registerMigration(OrdersV4.identifier, migrate: OrdersV4.migrate)
        migrator.registerMigration(PluginsV5.identifier, migrate: PluginsV5.migrate)
        migrator.registerMigration(RevisionV6.identifier, migrate: RevisionV6.migrate)
        migrator.registerMigration(SearchIndexV7.identifier, migrate: SearchIndexV7.migrate)
        return migrator
    }
}
