/* The sandbox's library: an allow-list of the standard libraries with their guards,
 * text-only `load`, folder-bound `require`, `print` to the host, and one environment per
 * script. What scripts see is documented in docs/lua-api.md ("The sandbox"); the comments
 * here say which attack each part answers. */
#include "internal.h"

#include <string.h>

/* Globals are the script's own, reads fall back to the library, _G names the environment. */
void clua_push_environment(lua_State *L) {
    lua_createtable(L, 0, 4);
    lua_getfield(L, LUA_REGISTRYINDEX, CLUA_ENV_MT);
    lua_setmetatable(L, -2);
    lua_pushvalue(L, -1);
    lua_setfield(L, -2, "_G");
}

/* Pushes the _ENV of the Lua function that called the running C function, or a fresh one. */
static void clua_push_caller_environment(lua_State *L) {
    lua_Debug ar;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "f", &ar)) {
        int i;
        const char *name;
        for (i = 1; (name = lua_getupvalue(L, -1, i)) != NULL; i++) {
            if (strcmp(name, "_ENV") == 0) {
                lua_remove(L, -2);
                return;
            }
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    clua_push_environment(L);
}

/* load(chunk [, chunkname [, mode [, env]]]): text only, whatever `mode` says (crafted
 * bytecode can crash the VM); strings only, no larger than max_scan (the parser cannot be
 * interrupted). Without env, the chunk shares its caller's globals. */
static int clua_load(lua_State *L) {
    size_t len;
    const char *chunk, *chunkname;
    clua_Control *c = clua_control(L);
    luaL_checktype(L, 1, LUA_TSTRING);
    chunk = lua_tolstring(L, 1, &len);
    if (len > c->max_scan)
        return luaL_argerror(L, 1, lua_pushfstring(L,
            "chunk of %I bytes is longer than the sandbox's %I-byte limit",
            (lua_Integer)len, (lua_Integer)c->max_scan));
    chunkname = luaL_optstring(L, 2, chunk);
    if (clua_load_text(L, chunk, len, chunkname) != LUA_OK) {
        if (c->tripped != CLUA_TRIP_NONE) return clua_raise_trip(L, c);
        luaL_pushfail(L);
        lua_insert(L, -2);
        return 2; /* fail, message */
    }
    if (!lua_isnone(L, 4)) lua_pushvalue(L, 4);
    else clua_push_caller_environment(L);
    if (lua_setupvalue(L, -2, 1) == NULL) lua_pop(L, 1);
    return 1;
}

/* require(name): upvalue 1 is the host's resolver, returning (source, chunkname) or
 * (nil, message); the host checks names and the scripts folder. Modules run in their own
 * environment and are cached per state. A module required again while it is loading in
 * the same run is a loop (or failed earlier in this run); a failure in an earlier run is
 * forgotten, so one stopped run does not break a module for the next. */
static int clua_require(lua_State *L) {
    size_t len;
    const char *source;
    clua_Control *c = clua_control(L);
    luaL_checktype(L, 1, LUA_TSTRING);
    lua_settop(L, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, CLUA_LOADED);  /* 2 */
    lua_getfield(L, LUA_REGISTRYINDEX, CLUA_LOADING); /* 3 */
    lua_pushvalue(L, 1);
    if (lua_rawget(L, 2) != LUA_TNIL) return 1;
    lua_pop(L, 1);
    lua_pushvalue(L, 1);
    if (lua_rawget(L, 3) == LUA_TNUMBER && lua_tointegerx(L, -1, NULL) == c->run_id)
        return luaL_error(L, "module '%s' is already being loaded (a require loop, or it failed earlier in this run)",
                          lua_tostring(L, 1));
    lua_pop(L, 1);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_call(L, 1, 2); /* 4: source or nil, 5: chunkname or message */
    if (lua_type(L, 4) != LUA_TSTRING) return luaL_error(L, "%s", lua_tostring(L, 5));
    source = lua_tolstring(L, 4, &len);
    if (clua_load_text(L, source, len, lua_tostring(L, 5)) != LUA_OK) {
        if (c->tripped != CLUA_TRIP_NONE) return clua_raise_trip(L, c);
        return lua_error(L);
    }
    clua_push_environment(L);
    lua_setupvalue(L, -2, 1);
    lua_pushvalue(L, 1);
    lua_pushinteger(L, c->run_id);
    lua_rawset(L, 3);
    lua_pushvalue(L, 1);
    lua_call(L, 1, 1);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
    }
    lua_pushvalue(L, 1);
    lua_pushvalue(L, -2);
    lua_rawset(L, 2);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    lua_rawset(L, 3);
    return 1;
}

/* print(...): formats like the standard print, then hands the line to the host's sink
 * (upvalue 1) instead of stdout. */
static int clua_print(lua_State *L) {
    int i, n = lua_gettop(L);
    luaL_Buffer b;
    lua_pushvalue(L, lua_upvalueindex(1));
    luaL_buffinit(L, &b);
    for (i = 1; i <= n; i++) {
        if (i > 1) luaL_addchar(&b, '\t');
        clua_tolstring(L, i, NULL);
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    lua_call(L, 1, 0);
    return 0;
}

/* Copies lib[name] from the table at `from` into the table on top of the stack. */
static void clua_copy(lua_State *L, int from, const char *name) {
    lua_getfield(L, from, name);
    lua_setfield(L, -2, name);
}

/* Sets lib[name] on top of the stack to `guard` closing over the original from `from`. */
static void clua_guard(lua_State *L, int from, const char *name, lua_CFunction guard) {
    lua_getfield(L, from, name);
    lua_pushcclosure(L, guard, 1);
    lua_setfield(L, -2, name);
}

static void clua_guard_cost(lua_State *L, int from, const char *name, int cost) {
    lua_getfield(L, from, name);
    lua_pushinteger(L, cost);
    lua_pushcclosure(L, clua_cost_guard, 2);
    lua_setfield(L, -2, name);
}

static const luaL_Reg clua_pattern_functions[] = {{"find", clua_string_find}, {"match", clua_string_match},
    {"gmatch", clua_string_gmatch}, {"gsub", clua_string_gsub}, {NULL, NULL}};

/* Sets the pattern functions (pattern.c) in the table on top. */
static void clua_set_pattern_functions(lua_State *L) { luaL_setfuncs(L, clua_pattern_functions, 0); }

void clua_push_pattern_functions(lua_State *L) {
    lua_newtable(L);
    clua_set_pattern_functions(L);
}

/* Names the table on top (a read-only proxy's table, when it is one) `name` in the registry's
 * loaded table, which luaL_argerror searches to name a function called with no name of its
 * own (through pcall): `pcall(string.rep)` then says 'string.rep', as stock Lua does. Scripts
 * cannot reach the registry. */
void clua_publish(lua_State *L, const char *name) {
    int proxied = clua_push_proxied(L, -1);
    lua_getfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    lua_pushvalue(L, -2);
    lua_setfield(L, -2, name);
    lua_pop(L, proxied ? 2 : 1);
}

/* Opens one standard library (not into globals) and returns its absolute index. */
static int clua_open(lua_State *L, const char *name, lua_CFunction open) {
    luaL_requiref(L, name, open, 0);
    return lua_gettop(L);
}

/* Copies every field of the table at `from` except `skip` into the table on top. */
static void clua_copy_all(lua_State *L, int from, const char *skip) {
    lua_pushnil(L);
    while (lua_next(L, from)) {
        if (skip == NULL || lua_type(L, -2) != LUA_TSTRING || strcmp(lua_tostring(L, -2), skip) != 0) {
            lua_pushvalue(L, -2);
            lua_insert(L, -2);
            lua_rawset(L, -4);
        } else lua_pop(L, 1);
    }
}

/* Builds the library scripts see. Called through lua_pcall by the host with two host
 * functions: 1 the print sink, 2 the module resolver. */
static int clua_open_sandbox(lua_State *L) {
    int base, str, tab, mth, utf, co;
    const char *const base_names[] = {"assert", "error", "getmetatable", "ipairs", "next",
        "rawequal", "rawget", "rawlen", "select", "tonumber",
        "type", "_VERSION", NULL};
    const char *const *name;

    base = clua_open(L, LUA_GNAME, luaopen_base);
    str = clua_open(L, LUA_STRLIBNAME, luaopen_string);
    tab = clua_open(L, LUA_TABLIBNAME, luaopen_table);
    mth = clua_open(L, LUA_MATHLIBNAME, luaopen_math);
    utf = clua_open(L, LUA_UTF8LIBNAME, luaopen_utf8);
    co = clua_open(L, LUA_COLIBNAME, luaopen_coroutine);

    lua_newtable(L); /* lib */
    /* base, without dofile, loadfile, warn (stderr) and the originals replaced below */
    for (name = base_names; *name != NULL; name++) clua_copy(L, base, *name);
    clua_guard(L, base, "pairs", clua_pairs);
    clua_guard(L, base, "pcall", clua_catch_guard);
    clua_guard(L, base, "xpcall", clua_xpcall);
    clua_guard(L, base, "setmetatable", clua_setmetatable);
    clua_guard(L, base, "rawset", clua_rawset);
    clua_guard(L, base, "collectgarbage", clua_collectgarbage);
    lua_pushcfunction(L, clua_load);
    lua_setfield(L, -2, "load");
    lua_pushcfunction(L, clua_tostring);
    lua_setfield(L, -2, "tostring");
    lua_pushvalue(L, 1);
    lua_pushcclosure(L, clua_print, 1);
    lua_setfield(L, -2, "print");
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, clua_require, 1);
    lua_setfield(L, -2, "require");

    /* string, without dump; its metatable is protected and indexes the sandbox table */
    lua_newtable(L);
    clua_copy_all(L, str, "dump");
    clua_guard_cost(L, str, "rep", CLUA_COST_REP);
    clua_guard(L, str, "format", clua_string_format);
    clua_set_pattern_functions(L);
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushvalue(L, -3);
    lua_setfield(L, -2, "__index");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);
    clua_make_readonly(L);
    clua_publish(L, LUA_STRLIBNAME);
    lua_setfield(L, -2, "string");

    lua_newtable(L);
    clua_copy_all(L, tab, NULL);
    clua_guard_cost(L, tab, "concat", CLUA_COST_CONCAT);
    lua_pushcfunction(L, clua_table_insert);
    lua_setfield(L, -2, "insert");
    lua_pushcfunction(L, clua_table_remove);
    lua_setfield(L, -2, "remove");
    clua_guard_cost(L, tab, "sort", CLUA_COST_SORT);
    clua_guard_cost(L, tab, "move", CLUA_COST_RANGE);
    clua_guard_cost(L, tab, "unpack", CLUA_COST_UNPACK);
    clua_make_readonly(L);
    clua_publish(L, LUA_TABLIBNAME);
    lua_setfield(L, -2, "table");

    lua_newtable(L);
    clua_copy_all(L, mth, NULL);
    clua_guard(L, mth, "randomseed", clua_randomseed);
    clua_guard(L, mth, "random", clua_random);
    lua_getfield(L, -1, "randomseed");
    lua_setfield(L, LUA_REGISTRYINDEX, CLUA_RANDOMSEED);
    clua_make_readonly(L);
    clua_publish(L, LUA_MATHLIBNAME);
    lua_setfield(L, -2, "math");

    lua_newtable(L);
    clua_copy_all(L, utf, NULL);
    lua_getfield(L, utf, "codes");
    lua_getfield(L, utf, "len");
    lua_pushcclosure(L, clua_utf8_codes, 2);
    lua_setfield(L, -2, "codes");
    clua_make_readonly(L);
    clua_publish(L, LUA_UTF8LIBNAME);
    lua_setfield(L, -2, "utf8");

    lua_newtable(L);
    clua_copy_all(L, co, NULL);
    clua_guard(L, co, "create", clua_coroutine_create);
    clua_guard(L, co, "resume", clua_coroutine_resume);
    clua_guard(L, co, "close", clua_coroutine_close);
    lua_getfield(L, -1, "create");
    lua_getfield(L, -2, "resume");
    lua_pushcclosure(L, clua_coroutine_wrap, 2);
    lua_setfield(L, -2, "wrap");
    clua_make_readonly(L);
    clua_publish(L, LUA_COLIBNAME);
    lua_setfield(L, -2, "coroutine");

    lua_newtable(L); /* weak-keyed: stopped coroutines may still be collected */
    lua_createtable(L, 0, 1);
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
    lua_setfield(L, LUA_REGISTRYINDEX, CLUA_STOPPED);

    clua_publish(L, LUA_GNAME);
    lua_setfield(L, LUA_REGISTRYINDEX, CLUA_LIB);

    lua_createtable(L, 0, 2);
    lua_getfield(L, LUA_REGISTRYINDEX, CLUA_LIB);
    lua_setfield(L, -2, "__index");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setfield(L, LUA_REGISTRYINDEX, CLUA_ENV_MT);

    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, CLUA_LOADED);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, CLUA_LOADING);
    return 0;
}

void clua_push_open_sandbox(lua_State *L) { lua_pushcfunction(L, clua_open_sandbox); }

void clua_reseed(lua_State *L, lua_Integer seed) {
    clua_Control *c = clua_control(L);
    c->seed = seed;
    c->seed_pending = 1;
}

void clua_push_library(lua_State *L) { lua_getfield(L, LUA_REGISTRYINDEX, CLUA_LIB); }
