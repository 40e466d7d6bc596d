/* Wrappers for Lua macros and variadic functions that Swift cannot import. */
#ifndef CLUA_MACROS_H
#define CLUA_MACROS_H

#include <lua.h>
#include <lauxlib.h>

/* LUA_RELEASE is a string-literal macro ("Lua 5.4.4"). */
static inline const char *clua_release(void) { return LUA_RELEASE; }

/* LUA_REGISTRYINDEX is an expression macro. */
static inline int clua_registryindex(void) { return LUA_REGISTRYINDEX; }

static inline void clua_pop(lua_State *L, int n) { lua_pop(L, n); }
static inline void clua_insert(lua_State *L, int idx) { lua_insert(L, idx); }
static inline void clua_newtable(lua_State *L) { lua_newtable(L); }

/* lua_pcall is a macro over lua_pcallk. */
static inline int clua_pcall(lua_State *L, int nargs, int nresults, int msgh) {
    return lua_pcall(L, nargs, nresults, msgh);
}

/* lua_gc is variadic. Full collections run finalizers in protected mode, so this never raises. */
static inline void clua_gc_collect(lua_State *L) { lua_gc(L, LUA_GCCOLLECT); }

#endif
