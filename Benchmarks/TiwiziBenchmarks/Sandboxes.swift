import LuaHost
import TiwiziLua
import TiwiziStore

/// Calls `body` with one catalog sandbox per store (each over its own read snapshot), all
/// open at once: a sandbox holds the Lua classes of one rule engine only.
func withSandboxes<T>(
    _ stores: ArraySlice<SQLiteCatalogStore>, context: RunContext, opened: [LuaSandbox] = [],
    _ body: ([LuaSandbox]) throws -> T
) throws -> T {
    guard let store = stores.first else { return try body(opened) }
    return try CatalogScripts.withSandbox(store: store, context: context) { sandbox, _ in
        try withSandboxes(stores.dropFirst(), context: context, opened: opened + [sandbox], body)
    }
}
