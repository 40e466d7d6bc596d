import LuaHost
import TiwiziStore

/// The versions of the engines linked into this build, for `tiwizi --version`.
enum EngineVersions {
    static var description: String {
        "\(LuaRuntime.version), SQLite \(SQLiteCatalogStore.sqliteVersion)"
    }
}
