/* Identities instead of addresses. Stock Lua's tostring, print and string.format's %s and %p
 * show a table, function, coroutine or userdata by its address, which changes from run to run
 * (the allocator, address-space randomisation): `print({})` would print different bytes for
 * the same inputs. The sandbox shows each such value by a number given in the order values are
 * first shown, `table: 0x00000001`, the same in every run. */
#include "internal.h"

#include <stdio.h>
#include <string.h>

/* Registry key of the table value -> identity (weak keys; [0] holds the last one given). */
static const char clua_identities_key = 0;

/* The identity of the value at `idx`, given now if it has none. Strings get one per content,
 * as equal short strings share one address in stock Lua. */
static lua_Integer clua_identity(lua_State *L, int idx) {
    lua_Integer id;
    idx = lua_absindex(L, idx);
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &clua_identities_key) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_newtable(L);
        lua_newtable(L);
        lua_pushliteral(L, "k");
        lua_setfield(L, -2, "__mode");
        lua_setmetatable(L, -2);
        lua_pushvalue(L, -1);
        lua_rawsetp(L, LUA_REGISTRYINDEX, &clua_identities_key);
    }
    lua_pushvalue(L, idx);
    if (lua_rawget(L, -2) == LUA_TNUMBER) {
        id = lua_tointegerx(L, -1, NULL);
        lua_pop(L, 2);
        return id;
    }
    lua_pop(L, 1);
    lua_rawgeti(L, -1, 0);
    id = lua_tointegerx(L, -1, NULL) + 1;
    lua_pop(L, 1);
    lua_pushinteger(L, id);
    lua_rawseti(L, -2, 0);
    lua_pushvalue(L, idx);
    lua_pushinteger(L, id);
    lua_rawset(L, -3);
    lua_pop(L, 1);
    return id;
}

/* Pushes the identity of the value at `idx` as %p would show it: `0x00000001`, or `(null)`
 * for values that are not objects (numbers, booleans, nil), as Lua 5.4.4 prints them. */
static void clua_push_identity(lua_State *L, int idx) {
    char text[32];
    switch (lua_type(L, idx)) {
    case LUA_TNIL:
    case LUA_TBOOLEAN:
    case LUA_TNUMBER: lua_pushliteral(L, "(null)"); return;
    default:
        snprintf(text, sizeof text, "0x%08llx", (unsigned long long)clua_identity(L, idx));
        lua_pushstring(L, text);
    }
}

const char *clua_tolstring(lua_State *L, int idx, size_t *len) {
    idx = lua_absindex(L, idx);
    switch (lua_type(L, idx)) {
    case LUA_TTABLE:
    case LUA_TFUNCTION:
    case LUA_TTHREAD:
    case LUA_TUSERDATA:
    case LUA_TLIGHTUSERDATA:
        if (luaL_callmeta(L, idx, "__tostring")) {
            if (!lua_isstring(L, -1)) luaL_error(L, "'__tostring' must return a string");
            return lua_tolstring(L, -1, len);
        }
        {
            /* As luaL_tolstring: a __name that is not a string is pushed but not used. */
            int tt = luaL_getmetafield(L, idx, "__name");
            const char *kind = tt == LUA_TSTRING ? lua_tostring(L, -1) : luaL_typename(L, idx);
            clua_push_identity(L, idx);
            lua_pushfstring(L, "%s: %s", kind, lua_tostring(L, -1));
            lua_replace(L, -2);
            if (tt != LUA_TNIL) lua_remove(L, -2);
        }
        return lua_tolstring(L, -1, len);
    default: return luaL_tolstring(L, idx, len);
    }
}

int clua_tostring(lua_State *L) {
    luaL_checkany(L, 1);
    clua_tolstring(L, 1, NULL);
    return 1;
}

/* string.format (upvalue 1: the original): arguments of %s that are objects without
 * __tostring, and every argument of %p, are replaced by their identities first (%p becomes a
 * %s of the same flags and width); the original then formats and raises its usual errors. A
 * format it cannot parse is handed over unchanged, for the original to refuse. */
int clua_string_format(lua_State *L) {
    size_t length;
    const char *format = luaL_checklstring(L, 1, &length);
    int arg = 1, top = lua_gettop(L), rewritten = 0;
    luaL_Buffer b;
    size_t i;
    luaL_buffinit(L, &b);
    for (i = 0; i < length; i++) {
        char conversion;
        luaL_addchar(&b, format[i]);
        if (format[i] != '%') continue;
        if (i + 1 < length && format[i + 1] == '%') {
            luaL_addchar(&b, '%');
            i++;
            continue;
        }
        while (i + 1 < length && strchr("-+ #0123456789.", format[i + 1]) != NULL && format[i + 1] != '\0')
            luaL_addchar(&b, format[++i]);
        if (i + 1 >= length) break;
        conversion = format[++i];
        if (++arg > top) {
            luaL_addchar(&b, conversion);
            continue;
        }
        if (conversion == 'p') {
            clua_push_identity(L, arg);
            lua_replace(L, arg);
            conversion = 's';
            rewritten = 1;
        } else if (conversion == 's' && lua_type(L, arg) != LUA_TSTRING && lua_type(L, arg) != LUA_TNUMBER) {
            clua_tolstring(L, arg, NULL);
            lua_replace(L, arg);
        }
        luaL_addchar(&b, conversion);
    }
    luaL_pushresult(&b);
    if (rewritten) lua_replace(L, 1);
    else lua_pop(L, 1);
    return clua_call_original(L);
}
