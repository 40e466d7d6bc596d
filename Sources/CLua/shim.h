/* CLua: Debian's Lua 5.4 headers, plus static inline wrappers (prefix `clua_`) for the
 * macros and variadic functions Swift cannot import. */
#ifndef CLUA_SHIM_H
#define CLUA_SHIM_H

#include <lua.h>
#include <lualib.h>
#include <lauxlib.h>

/* LUA_RELEASE is a string-literal macro ("Lua 5.4.4"); Swift cannot import it. */
static inline const char *clua_release(void) { return LUA_RELEASE; }

#endif
