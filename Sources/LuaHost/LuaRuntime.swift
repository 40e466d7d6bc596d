import CLua

/// Facts about the Lua interpreter the host is linked with.
public enum LuaRuntime {
    /// The linked Lua release, e.g. `"Lua 5.4.4"` (Debian's `liblua5.4-dev`), for `tiwizi --version`.
    public static var version: String { String(cString: clua_release()) }

    /// The version number the linked library reports at run time, e.g. `504`.
    public static var versionNumber: Int { Int(lua_version(nil)) }
}
