/* CLua: Debian's Lua 5.4 headers (liblua5.4-dev), plus wrappers for what Swift cannot import.
 *
 * Swift cannot import Lua's function-like macros or variadic functions: clua_macros.h wraps
 * the few LuaHost needs, each as a `static inline` function with the `clua_` prefix. The
 * sandbox's own C code (allocator, hook, trampoline, guards, library) is compiled C in the
 * CLuaSandbox target, not here. */
#ifndef CLUA_SHIM_H
#define CLUA_SHIM_H

#include <lua.h>
#include <lualib.h>
#include <lauxlib.h>

#include "clua_macros.h"

#endif
