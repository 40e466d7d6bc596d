/* CLua: Debian's Lua 5.4 headers plus the small C layer a Swift host needs.
 *
 * Every symbol has the `clua_` prefix. The layer exists for three reasons:
 * - Swift cannot import Lua's function-like macros or variadic functions (clua_macros.h);
 * - Lua raises errors with longjmp, which must never cross a Swift frame: the only C code
 *   that calls Swift is the trampoline (clua_trampoline.h), and it raises Lua errors itself
 *   after the Swift function has returned;
 * - the sandbox's limits (allocator, instruction hook, guards around library functions)
 *   must run in C, where raising an error is safe: clua_control.h (allocator, hook),
 *   clua_readonly.h (shared tables), clua_guards.h (library guards), clua_sandbox.h
 *   (the library scripts see).
 * All functions are `static inline` so the system-library target needs no compiled C. */
#ifndef CLUA_SHIM_H
#define CLUA_SHIM_H

#include <lua.h>
#include <lualib.h>
#include <lauxlib.h>

#include "clua_macros.h"
#include "clua_control.h"
#include "clua_trampoline.h"
#include "clua_readonly.h"
#include "clua_guards.h"
#include "clua_sandbox.h"

#endif
