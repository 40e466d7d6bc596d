-- luacheck configuration: `luacheck scripts/` must be clean (a test runs it).
-- Scripts run in Tiwizi's Lua 5.4 sandbox (docs/lua-api.md), which adds the read-only globals
-- `tiwizi` and `catalog` and removes io, os, debug, package, dofile, loadfile, warn and
-- string.dump: luacheck reports their use as it would an undefined global.
std = "lua54"
read_globals = {"tiwizi", "catalog"}
not_globals = {"io", "os", "debug", "package", "dofile", "loadfile", "warn", "string.dump"}
max_line_length = 120

-- The LuaCATS meta file declares the API: it defines the two globals, local class tables that
-- only receive stub methods, and stubs whose arguments exist only to be annotated.
files["scripts/tiwizi.meta.lua"] = {
    globals = {"tiwizi", "catalog"},
    unused_args = false,
    ignore = {"241"}, -- a class table mutated but never accessed
    max_line_length = false,
}
files["scripts/rules.meta.lua"] = files["scripts/tiwizi.meta.lua"]
