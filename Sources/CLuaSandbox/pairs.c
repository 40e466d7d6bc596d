/* pairs in an order that does not change from run to run. Stock Lua seeds its string hashing
 * from the clock and from addresses, so `next` visits the same table's string keys in a
 * different order in every process, and anything a script builds from that order (a list, a
 * text, the first key it meets) differs between two runs of the same inputs. The sandbox's
 * pairs visits a snapshot of the keys, sorted: false, true, then numbers in ascending order
 * (the sequence 1..n first among them), then strings in byte order, then other keys (tables,
 * functions, userdata) in `next`'s order, which depends on addresses. */
#include "internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

enum { PAIRS_BOOLEAN, PAIRS_NUMBER, PAIRS_STRING, PAIRS_OTHER };

typedef struct {
    int rank;
    int is_integer;
    lua_Integer integer;
    lua_Number number;
    const char *bytes;
    size_t length;
    lua_Integer seen; /* position in next's order */
} pairs_Key;

static int pairs_compare(const void *a, const void *b) {
    const pairs_Key *x = (const pairs_Key *)a, *y = (const pairs_Key *)b;
    if (x->rank != y->rank) return x->rank < y->rank ? -1 : 1;
    switch (x->rank) {
    case PAIRS_BOOLEAN: return (int)(x->integer - y->integer);
    case PAIRS_NUMBER:
        if (x->is_integer && y->is_integer) return x->integer < y->integer ? -1 : x->integer > y->integer;
        if (x->number != y->number) return x->number < y->number ? -1 : 1;
        return y->is_integer - x->is_integer; /* 2^63 as a float and the largest integer */
    case PAIRS_STRING: {
        int order = memcmp(x->bytes, y->bytes, x->length < y->length ? x->length : y->length);
        if (order != 0) return order;
        return x->length < y->length ? -1 : x->length > y->length;
    }
    default: return x->seen < y->seen ? -1 : 1;
    }
}

static void pairs_describe(lua_State *L, int idx, pairs_Key *key, lua_Integer seen) {
    memset(key, 0, sizeof *key);
    key->seen = seen;
    switch (lua_type(L, idx)) {
    case LUA_TBOOLEAN:
        key->rank = PAIRS_BOOLEAN;
        key->integer = lua_toboolean(L, idx);
        break;
    case LUA_TNUMBER:
        key->rank = PAIRS_NUMBER;
        key->is_integer = lua_isinteger(L, idx);
        key->integer = lua_tointeger(L, idx);
        key->number = lua_tonumber(L, idx);
        break;
    case LUA_TSTRING:
        key->rank = PAIRS_STRING;
        key->bytes = lua_tolstring(L, idx, &key->length);
        break;
    default: key->rank = PAIRS_OTHER; break;
    }
}

/* The iterator (upvalues: the table read, the sorted keys, how many were visited): the next
 * key still in the table and its value, read raw as `next` does. */
static int pairs_next(lua_State *L) {
    lua_Integer visited = lua_tointeger(L, lua_upvalueindex(3));
    lua_Integer count = (lua_Integer)lua_rawlen(L, lua_upvalueindex(2));
    while (visited < count) {
        visited++;
        lua_rawgeti(L, lua_upvalueindex(2), visited);
        lua_pushvalue(L, -1);
        if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL) {
            lua_pushinteger(L, visited);
            lua_replace(L, lua_upvalueindex(3));
            return 2;
        }
        lua_pop(L, 2); /* removed since the snapshot */
    }
    lua_pushinteger(L, visited);
    lua_replace(L, lua_upvalueindex(3));
    lua_pushnil(L);
    return 1;
}

void clua_push_ordered_iterator(lua_State *L, int table) {
    lua_Integer n = 0, i;
    pairs_Key *keys;
    table = lua_absindex(L, table);
    lua_pushnil(L);
    while (lua_next(L, table)) n++, lua_pop(L, 1);
    clua_charge(L, n);
    lua_pushvalue(L, table);
    lua_createtable(L, n > INT_MAX ? INT_MAX : (int)n, 0); /* keys in next's order */
    keys = (pairs_Key *)lua_newuserdatauv(L, (size_t)(n > 0 ? n : 1) * sizeof(pairs_Key), 0);
    lua_pushnil(L);
    for (i = 0; i < n && lua_next(L, table); i++) { /* no allocation: the keys table is sized */
        lua_pop(L, 1);
        lua_pushvalue(L, -1);
        lua_rawseti(L, -4, i + 1);
        pairs_describe(L, -1, &keys[i], i + 1);
    }
    if (i == n) lua_pop(L, 1); /* the last key (or the nil), which next did not pop */
    n = i;                     /* fewer when a collection cleared weak entries since */
    qsort(keys, (size_t)n, sizeof(pairs_Key), pairs_compare);
    clua_charge(L, clua_sort_cost(n));
    lua_createtable(L, n > INT_MAX ? INT_MAX : (int)n, 0); /* the keys sorted */
    for (i = 0; i < n; i++) {
        lua_rawgeti(L, -3, keys[i].seen);
        lua_rawseti(L, -2, i + 1);
    }
    lua_replace(L, -3); /* over the unsorted keys */
    lua_pop(L, 1);      /* the descriptions */
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, pairs_next, 3);
}

/* pairs(t) (upvalue 1: the original): the original for anything with __pairs or that is not a
 * table, which it reports. */
int clua_pairs(lua_State *L) {
    luaL_checkany(L, 1);
    lua_settop(L, 1);
    if (lua_type(L, 1) != LUA_TTABLE || luaL_getmetafield(L, 1, "__pairs") != LUA_TNIL) {
        lua_settop(L, 1); /* without the metamethod */
        lua_pushvalue(L, lua_upvalueindex(1));
        lua_insert(L, 1);
        lua_call(L, 1, 3);
        return 3;
    }
    clua_push_ordered_iterator(L, 1);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}
