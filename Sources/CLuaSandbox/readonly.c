/* Read-only proxies: library tables and host data that all scripts share. A proxy is an
 * empty table whose protected metatable reads from the real table and refuses writes;
 * pairs and # see through it, and the real table is never handed out. */
#include "internal.h"

static int clua_readonly_newindex(lua_State *L) {
    clua_push_key_name(L, 2);
    return luaL_error(L, "attempt to write field %s of a read-only table", lua_tostring(L, -1));
}

static int clua_readonly_pairs(lua_State *L) { /* never hands out the real table */
    clua_push_ordered_iterator(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

static int clua_readonly_len(lua_State *L) {
    lua_pushinteger(L, (lua_Integer)lua_rawlen(L, lua_upvalueindex(1)));
    return 1;
}

void clua_make_readonly(lua_State *L) {
    lua_newtable(L);          /* proxy */
    lua_createtable(L, 0, 6); /* its metatable */
    lua_pushvalue(L, -3);
    lua_setfield(L, -2, "__index");
    lua_pushvalue(L, -3);
    lua_setfield(L, -2, CLUA_PROXY);
    lua_pushvalue(L, -3);
    lua_pushcclosure(L, clua_readonly_pairs, 1);
    lua_setfield(L, -2, "__pairs");
    lua_pushvalue(L, -3);
    lua_pushcclosure(L, clua_readonly_len, 1);
    lua_setfield(L, -2, "__len");
    lua_pushcfunction(L, clua_readonly_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_remove(L, -2);
}

/* Raw access only: safe from host code. */
int clua_push_proxied(lua_State *L, int idx) {
    if (!lua_getmetatable(L, idx)) return 0;
    lua_pushliteral(L, CLUA_PROXY);
    if (lua_rawget(L, -2) == LUA_TTABLE) {
        lua_remove(L, -2);
        return 1;
    }
    lua_pop(L, 2);
    return 0;
}
