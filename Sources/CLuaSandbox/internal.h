/* What the .c files of CLuaSandbox share with each other but not with Swift. */
#ifndef CLUA_INTERNAL_H
#define CLUA_INTERNAL_H

#include "CLuaSandbox.h"

#include <lauxlib.h>
#include <lualib.h>

/* Registry fields. */
#define CLUA_TARGET_MT "clua.target"         /* metatable of target boxes */
#define CLUA_HOST_ERROR_MT "clua.hosterror"  /* metatable of host errors */
#define CLUA_PROXY "clua.proxy"              /* field of a proxy's metatable: the real table */
#define CLUA_STOPPED "clua.stopped"          /* weak set of coroutines stopped by a limit */
#define CLUA_LIB "clua.lib"                  /* the shared library table (scripts' fallback) */
#define CLUA_ENV_MT "clua.envmt"             /* metatable of script environments */
#define CLUA_LOADED "clua.loaded"            /* modules loaded by require, per state */
#define CLUA_LOADING "clua.loading"          /* module name -> run id while it loads */
#define CLUA_RANDOMSEED "clua.randomseed"    /* the guarded math.randomseed */

/* How a guarded C function's cost is measured before it runs (the hook cannot interrupt
 * C code, so work proportional to input size is charged to the instruction budget). */
enum {
    CLUA_COST_REP = 0,    /* string.rep: result size checked against free memory */
    CLUA_COST_CONCAT = 1, /* table.concat: one unit per index of its range it can reach */
    CLUA_COST_SORT = 2,   /* table.sort: n log n of the length __len or # gives */
    CLUA_COST_RANGE = 3,  /* table.move: one unit per index of the range */
    CLUA_COST_UNPACK = 4  /* table.unpack: one unit per value, at most Lua's stack limit */
};

/* control.c */

/* Raises the error of the tripped limit (the host classifies it by `tripped`, not by text). */
int clua_raise_trip(lua_State *L, clua_Control *c);
/* Charges `cost` units of uninterruptible work to the budget; raises once a limit tripped. */
void clua_charge(lua_State *L, lua_Integer cost);
/* Charges like clua_charge, but returns whether a limit tripped instead of raising (for code
 * that must not raise: a chunk reader). */
int clua_charge_quietly(lua_State *L, lua_Integer cost);
/* Gives the coroutine `co` of L's state the count hook, so it charges the shared budget. */
void clua_hook_thread(lua_State *L, lua_State *co);

/* trampoline.c */

/* Pushes a readable description of the key at idx for error messages ('name', [3]). */
void clua_push_key_name(lua_State *L, int idx);
/* Calls the Swift entry for `target` in the running C function's frame, raising its failures
 * (the message then carries the position of the Lua code that called this frame). */
int clua_invoke(lua_State *L, void *target, int op, lua_Integer arg);

/* money.c */

/* Pushes the name the host gives the type of the value at idx in messages: a host class's
 * name, "Money", else Lua's type name. */
void clua_push_host_typename(lua_State *L, int idx);

/* guards.c: library functions wrapped so that they cannot escape the limits (upvalue 1 is
 * the original function unless said otherwise) */

/* pcall: after the original returns, a tripped limit is raised again. */
int clua_catch_guard(lua_State *L);
/* xpcall: like pcall, and the script's message handler is skipped once a limit tripped. */
int clua_xpcall(lua_State *L);
/* setmetatable: refuses metatables with __gc. */
int clua_setmetatable(lua_State *L);
/* rawset: refuses writes into read-only proxies. */
int clua_rawset(lua_State *L);
/* collectgarbage: only "count". */
int clua_collectgarbage(lua_State *L);
/* coroutine.create: the new coroutine gets the count hook. */
int clua_coroutine_create(lua_State *L);
/* coroutine.resume: marks coroutines a limit stopped and raises the limit in the resumer. */
int clua_coroutine_resume(lua_State *L);
/* coroutine.close: never closes a coroutine a limit stopped. */
int clua_coroutine_close(lua_State *L);
/* coroutine.wrap (upvalues: guarded create, guarded resume): like Lua's, with the guards. */
int clua_coroutine_wrap(lua_State *L);
/* utf8.codes (upvalue 2: utf8.len): strict iteration refuses invalid UTF-8 (Lua 5.4.4 bug). */
int clua_utf8_codes(lua_State *L);
/* math.randomseed: without arguments, reseeds from the host's seed. */
int clua_randomseed(lua_State *L);
/* math.random: seeds first when the host reseeded since the last draw (clua_reseed). */
int clua_random(lua_State *L);
/* The cost charged for sorting n values: n (floor(log2 n) + 1). */
lua_Integer clua_sort_cost(lua_Integer n);
/* Calls upvalue 1, the original library function, with this function's arguments (in this
 * frame when it is a C function without upvalues, so its errors name the script's line). */
int clua_call_original(lua_State *L);
/* string and table functions (upvalue 2: CLUA_COST_*): charges or refuses their work first. */
int clua_cost_guard(lua_State *L);

/* identity.c: values shown by a reproducible identity instead of their address */

/* luaL_tolstring, except that objects without __tostring are shown by identity. */
const char *clua_tolstring(lua_State *L, int idx, size_t *len);
/* tostring, by clua_tolstring. */
int clua_tostring(lua_State *L);
/* string.format (upvalue 1: the original): %s and %p of objects show identities. */
int clua_string_format(lua_State *L);

/* pairs.c */

/* Pushes an iterator over a snapshot of the keys of the table at `table` (not handed out), in
 * the sandbox's reproducible order. */
void clua_push_ordered_iterator(lua_State *L, int table);
/* pairs: the reproducible order for tables without __pairs. */
int clua_pairs(lua_State *L);

/* table.c: table.insert and table.remove, charging each element moved */

int clua_table_insert(lua_State *L);
int clua_table_remove(lua_State *L);

/* pattern.c: the pattern functions of the sandbox's string library */

int clua_string_find(lua_State *L);
int clua_string_match(lua_State *L);
int clua_string_gmatch(lua_State *L);
int clua_string_gsub(lua_State *L);

#endif
