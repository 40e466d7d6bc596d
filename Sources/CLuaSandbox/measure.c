/* The conversion pre-pass: before the host builds Swift values from a Lua value, this walks
 * the value exactly as the builder will (raw access, sequence 1..n first, then lua_next
 * skipping that sequence, each key before its value, read-only proxies seen through) and
 * checks every limit on the way. A value that the limits refuse is therefore refused after
 * at most `max_elements` cheap steps, building nothing, however much its shared
 * subtables would expand; a value that passes is built knowing that it fits.
 *
 * Raw access only (the same calls as the builder), no metamethod: never raises. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Tables in progress, as an open-addressing set (linear probing) of their addresses: the
 * cycle check costs O(1) per table instead of a scan of the path. Entries leave in the
 * reverse order they came in, so clearing a slot restores the set exactly as it was before
 * that entry (every entry made after it, which may have probed past it, is gone already). */
#define CLUA_PATH_BITS 9
#define CLUA_PATH_SLOTS (1 << CLUA_PATH_BITS) /* > 2 * CLUA_MEASURE_MAX_DEPTH: probes stay short */

typedef struct clua_Walk {
    clua_Measure *m;
    int depth;
    const void **path; /* CLUA_PATH_SLOTS entries, all NULL between walks */
} clua_Walk;

static unsigned clua_path_hash(const void *p) {
    uint64_t h = (uint64_t)(uintptr_t)p;
    h = (h >> 4) * UINT64_C(0x9E3779B97F4A7C15);
    return (unsigned)(h >> (64 - CLUA_PATH_BITS));
}

/* Adds `p` to the path and returns its slot, or returns -1 if it is on the path already. */
static int clua_path_enter(clua_Walk *w, const void *p) {
    unsigned i = clua_path_hash(p);
    while (w->path[i] != NULL) {
        if (w->path[i] == p) return -1;
        i = (i + 1) & (CLUA_PATH_SLOTS - 1);
    }
    w->path[i] = p;
    return (int)i;
}

static int clua_walk(lua_State *L, int idx, clua_Walk *w);

static int clua_walk_table(lua_State *L, int given, clua_Walk *w) {
    int top = lua_gettop(L), idx = given, slot = 0, status = CLUA_MEASURE_OK;
    lua_Integer next = 1;
    const void *identity;
    if (w->depth >= w->m->max_depth) return CLUA_MEASURE_DEPTH;
    if (!lua_checkstack(L, 4)) return CLUA_MEASURE_STACK;
    /* A read-only proxy (library or host data) converts as the table behind it. */
    if (clua_push_proxied(L, given)) idx = lua_gettop(L);
    identity = lua_topointer(L, idx);
    if (identity == NULL) goto done;
    slot = clua_path_enter(w, identity);
    if (slot < 0) {
        status = CLUA_MEASURE_CYCLE;
        goto done;
    }
    w->depth++;
    while (lua_rawgeti(L, idx, next) != LUA_TNIL) {
        status = clua_walk(L, lua_gettop(L), w);
        lua_pop(L, 1);
        if (status != CLUA_MEASURE_OK) goto leave;
        next++;
    }
    lua_pop(L, 1);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        if (lua_isinteger(L, -2)) {
            lua_Integer key = lua_tointeger(L, -2);
            if (key >= 1 && key < next) { /* already in the sequence */
                lua_pop(L, 1);
                continue;
            }
        }
        status = clua_walk(L, lua_gettop(L) - 1, w);
        if (status == CLUA_MEASURE_OK) status = clua_walk(L, lua_gettop(L), w);
        lua_pop(L, 1);
        if (status != CLUA_MEASURE_OK) goto leave;
    }
leave:
    w->depth--;
    w->path[slot] = NULL;
done:
    lua_settop(L, top);
    return status;
}

static int clua_walk(lua_State *L, int idx, clua_Walk *w) {
    clua_Measure *m = w->m;
    int type = lua_type(L, idx);
    size_t length;
    if (m->elements >= m->max_elements) return CLUA_MEASURE_ELEMENTS;
    m->elements++;
    switch (type) {
    case LUA_TNONE:
    case LUA_TNIL:
    case LUA_TBOOLEAN:
    case LUA_TNUMBER:
    case LUA_TFUNCTION: return CLUA_MEASURE_OK;
    case LUA_TSTRING:
        length = lua_rawlen(L, idx); /* not lua_tolstring: that could convert a key in place */
        if (m->bytes > m->max_bytes || length > m->max_bytes - m->bytes) return CLUA_MEASURE_BYTES;
        m->bytes += length;
        return CLUA_MEASURE_OK;
    case LUA_TTABLE: return clua_walk_table(L, idx, w);
    case LUA_TLIGHTUSERDATA: /* Money, the only light userdata scripts hold */
        return CLUA_MEASURE_OK;
    case LUA_TUSERDATA: {
        clua_Money money;
        return clua_box_object(L, idx, CLUA_OBJECT_MAGIC) != NULL || clua_get_money(L, idx, &money)
                   ? CLUA_MEASURE_OK
                   : CLUA_MEASURE_USERDATA;
    }
    default: m->refused_type = type; return CLUA_MEASURE_TYPE;
    }
}

int clua_measure(lua_State *L, int idx, clua_Measure *m) {
    clua_Walk w;
    clua_Control *c = clua_control(L);
    int top = lua_gettop(L), status;
    /* Only tables use the path. It lives in the control block, zeroed once: each table's slot
     * is cleared as the walk leaves it, so the set is empty again after every walk. */
    if (lua_type(L, idx) == LUA_TTABLE && c->measure_path == NULL) {
        c->measure_path = (const void **)calloc(CLUA_PATH_SLOTS, sizeof(const void *));
        if (c->measure_path == NULL) return CLUA_MEASURE_STACK;
    }
    w.path = c->measure_path;
    w.m = m;
    w.depth = 0;
    if (m->max_depth > CLUA_MEASURE_MAX_DEPTH) m->max_depth = CLUA_MEASURE_MAX_DEPTH;
    status = clua_walk(L, lua_absindex(L, idx), &w);
    lua_settop(L, top);
    return status;
}
