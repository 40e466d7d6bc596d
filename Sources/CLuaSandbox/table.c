/* table.insert and table.remove for the sandbox: stock Lua 5.4's, charging each element they
 * move. Stock Lua takes the length from __len and then moves elements in C, where the
 * instruction hook cannot stop it: `table.insert(t, 1, v)` on a table whose __len says 10^15
 * would loop for days. Here the moves are charged to the budget (which also checks the
 * deadline) every 256 elements. */
#include "internal.h"

#define TABLE_CHARGE_EVERY 256

/* Whether the metatable on top has the field `event` (read raw, as stock Lua does). */
static int table_has(lua_State *L, const char *event) {
    int found;
    lua_pushstring(L, event);
    found = lua_rawget(L, -2) != LUA_TNIL;
    lua_pop(L, 1);
    return found;
}

/* Stock Lua's check of argument 1: a table, or a value whose metatable has __index,
 * __newindex and __len. Leaves the stack as found. */
static void table_check(lua_State *L) {
    if (lua_type(L, 1) == LUA_TTABLE) return;
    if (!lua_getmetatable(L, 1) || !table_has(L, "__index") || !table_has(L, "__newindex") || !table_has(L, "__len"))
        luaL_checktype(L, 1, LUA_TTABLE); /* raises stock Lua's message */
    lua_pop(L, 1);
}

/* t[to] = t[from], through metamethods as stock Lua does; `*moved` counts towards a charge. */
static void table_move_one(lua_State *L, lua_Integer from, lua_Integer to, lua_Integer *moved) {
    lua_geti(L, 1, from);
    lua_seti(L, 1, to);
    if (++*moved == TABLE_CHARGE_EVERY) {
        *moved = 0;
        clua_charge(L, TABLE_CHARGE_EVERY);
    }
}

int clua_table_insert(lua_State *L) {
    lua_Integer end, pos, moved = 0;
    table_check(L);
    end = (lua_Integer)((lua_Unsigned)luaL_len(L, 1) + 1u); /* the first empty slot */
    switch (lua_gettop(L)) {
    case 2: pos = end; break;
    case 3: {
        lua_Integer i;
        pos = luaL_checkinteger(L, 2);
        luaL_argcheck(L, (lua_Unsigned)pos - 1u < (lua_Unsigned)end, 2, "position out of bounds");
        for (i = end; i > pos; i--) table_move_one(L, i - 1, i, &moved);
        break;
    }
    default: return luaL_error(L, "wrong number of arguments to 'insert'");
    }
    clua_charge(L, moved);
    lua_seti(L, 1, pos);
    return 0;
}

int clua_table_remove(lua_State *L) {
    lua_Integer size, pos, moved = 0;
    table_check(L);
    size = luaL_len(L, 1);
    pos = luaL_optinteger(L, 2, size);
    if (pos != size) /* stock Lua 5.4.4 names argument 1 here */
        luaL_argcheck(L, (lua_Unsigned)pos - 1u <= (lua_Unsigned)size, 1, "position out of bounds");
    lua_geti(L, 1, pos); /* the result */
    for (; pos < size; pos++) table_move_one(L, pos + 1, pos, &moved);
    clua_charge(L, moved);
    lua_pushnil(L);
    lua_seti(L, 1, pos);
    return 1;
}
