/* Guards around library functions that could escape the limits: functions that catch
 * errors (a tripped limit is raised again), C functions the instruction hook cannot
 * interrupt (their work is measured and charged first), finalizers, shared tables,
 * coroutines and the random seed. */
#define _GNU_SOURCE /* pthread_getattr_np */
#include "internal.h"

#include <limits.h>
#include <pthread.h>
#include <string.h>

/* Raises again if the run tripped a limit: catching the error must not let a script go on. */
static void clua_raise_if_tripped(lua_State *L) {
    clua_Control *c = clua_control(L);
    if (c->tripped != CLUA_TRIP_NONE) clua_raise_trip(L, c);
}

/* Calls upvalue 1 (the original library function) with this function's arguments. A C
 * original without upvalues of its own runs in this frame, so that its argument errors name the
 * script's line (luaL_argerror reports the caller of the running function, which would
 * otherwise be this guard). Originals with upvalues (math.randomseed's state) are called. */
int clua_call_original(lua_State *L) {
    lua_CFunction original = lua_tocfunction(L, lua_upvalueindex(1));
    if (original != NULL) {
        if (lua_getupvalue(L, lua_upvalueindex(1), 1) == NULL) return original(L);
        lua_pop(L, 1);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* The continuation of guarded catching functions: raises a tripped limit again. */
static int clua_catch_done(lua_State *L, int status, lua_KContext ctx) {
    (void)status;
    (void)ctx;
    clua_raise_if_tripped(L);
    return lua_gettop(L);
}

/* pcall, xpcall, coroutine.close: these catch errors, so after the original returns, a
 * tripped limit is raised again. lua_callk keeps them yieldable. */
int clua_catch_guard(lua_State *L) {
    clua_raise_if_tripped(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_callk(L, lua_gettop(L) - 1, LUA_MULTRET, 0, clua_catch_done);
    return clua_catch_done(L, LUA_OK, 0);
}

/* An error raised by the count hook leaves the thread's hooks off (Lua re-enables them only
 * when a protected call unwinds). Lua code that runs before that would escape every limit:
 * an xpcall message handler (called before unwinding), and the __close handlers of a
 * coroutine that died from such an error, which coroutine.close and coroutine.wrap run.
 * So after a limit trips, message handlers are skipped, and coroutines it stopped are
 * remembered (weakly, in the registry's CLUA_STOPPED) and never closed: their pending
 * __close handlers are abandoned. */

/* Adds the coroutine at idx to the stopped set. */
static void clua_mark_stopped(lua_State *L, int idx) {
    clua_Control *c = clua_control(L);
    int was_host = c->host;
    idx = lua_absindex(L, idx);
    c->host = 1; /* the mark must not fail for lack of memory */
    lua_getfield(L, LUA_REGISTRYINDEX, CLUA_STOPPED);
    lua_pushvalue(L, idx);
    lua_pushboolean(L, 1);
    lua_rawset(L, -3);
    lua_pop(L, 1);
    c->host = was_host;
}

/* Whether the coroutine at idx is in the stopped set. */
static int clua_is_stopped(lua_State *L, int idx) {
    int stopped;
    idx = lua_absindex(L, idx);
    lua_getfield(L, LUA_REGISTRYINDEX, CLUA_STOPPED);
    lua_pushvalue(L, idx);
    stopped = lua_rawget(L, -2) != LUA_TNIL;
    lua_pop(L, 2);
    return stopped;
}

/* Wraps a script's xpcall message handler (upvalue 1): skipped once a limit tripped. */
static int clua_handler_guard(lua_State *L) {
    if (clua_control(L)->tripped != CLUA_TRIP_NONE) return 1; /* keep the error object */
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

int clua_xpcall(lua_State *L) {
    if (lua_type(L, 2) == LUA_TFUNCTION) {
        lua_pushvalue(L, 2);
        lua_pushcclosure(L, clua_handler_guard, 1);
        lua_replace(L, 2);
    }
    return clua_catch_guard(L);
}

int clua_coroutine_resume(lua_State *L) {
    clua_raise_if_tripped(L);
    lua_pushvalue(L, 1);
    lua_insert(L, 1); /* 1: the coroutine, kept; 2...: the original's arguments */
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 2);
    lua_call(L, lua_gettop(L) - 2, LUA_MULTRET);
    if (clua_control(L)->tripped != CLUA_TRIP_NONE) {
        if (lua_type(L, 1) == LUA_TTHREAD) clua_mark_stopped(L, 1);
        clua_raise_if_tripped(L);
    }
    return lua_gettop(L) - 1;
}

/* The lowest address of this thread's stack and its size (found once per thread). */
static __thread char *clua_stack_low;
static __thread size_t clua_stack_size;

/* Whether less than a quarter of this thread's C stack is left. (The frame's address, not a
 * local's: under the address sanitizer locals may live on a fake stack in the heap.) */
static int clua_stack_is_low(void) {
    char *here = (char *)__builtin_frame_address(0);
    if (clua_stack_low == NULL) {
        pthread_attr_t attr;
        void *low;
        size_t size;
        if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
        if (pthread_attr_getstack(&attr, &low, &size) == 0) clua_stack_low = (char *)low, clua_stack_size = size;
        pthread_attr_destroy(&attr);
        if (clua_stack_low == NULL) return 0;
    }
    return (size_t)(here - clua_stack_low) < clua_stack_size / 4;
}

/* Lua 5.4.4 bug "C-stack overflow with deep nesting of coroutine.close" (fixed in 5.4.6): a
 * __close handler that closes another coroutine recurses in C without Lua's C-call limit,
 * each level with a fresh count, until the process crashes. The guard refuses a close once
 * three quarters of the thread's C stack are in use, as Lua refuses a C stack overflow. */
int clua_coroutine_close(lua_State *L) {
    clua_raise_if_tripped(L);
    if (clua_stack_is_low()) return luaL_error(L, "C stack overflow (coroutine.close nested too deeply)");
    if (lua_type(L, 1) == LUA_TTHREAD && clua_is_stopped(L, 1)) {
        lua_pushboolean(L, 0);
        lua_pushliteral(L, "the coroutine was stopped by a sandbox limit");
        return 2;
    }
    return clua_catch_guard(L);
}

/* The function coroutine.wrap returns. Upvalues: 1 the coroutine, 2 the guarded resume.
 * Like Lua's own (5.4.4 auxwrap), except that a coroutine stopped by a limit is not closed. */
static int clua_wrapped(lua_State *L) {
    lua_State *co = lua_tothread(L, lua_upvalueindex(1));
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_rotate(L, 1, 2); /* resume, co, arguments... */
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    if (lua_toboolean(L, 1)) {
        lua_remove(L, 1);
        return lua_gettop(L);
    }
    lua_settop(L, 2); /* false, error */
    if (lua_status(co) != LUA_OK && lua_status(co) != LUA_YIELD) {
        lua_pushvalue(L, lua_upvalueindex(1));
        if (!clua_is_stopped(L, -1)) lua_resetthread(co); /* runs its __close handlers */
        lua_pop(L, 1);
    }
    if (lua_type(L, 2) == LUA_TSTRING) {
        luaL_where(L, 1);
        lua_insert(L, 2);
        lua_concat(L, 2);
    }
    return lua_error(L);
}

int clua_coroutine_wrap(lua_State *L) {
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_pushcclosure(L, clua_wrapped, 2);
    return 1;
}

lua_Integer clua_sort_cost(lua_Integer n) {
    lua_Integer bits = 0, m = n;
    while (m > 1) m >>= 1, bits++; /* floor(log2(n)) */
    if (n <= 0) return 0;
    return n > LUA_MAXINTEGER / (bits + 1) ? LUA_MAXINTEGER : n * (bits + 1);
}

/* The length a table function will take for argument 1: __len's answer when there is one
 * (so its cost is charged, not the raw length's), else the raw length. */
static lua_Integer clua_length_seen(lua_State *L) {
    lua_Integer n;
    if (luaL_getmetafield(L, 1, "__len") == LUA_TNIL)
        return lua_type(L, 1) == LUA_TTABLE ? (lua_Integer)lua_rawlen(L, 1) : 0;
    lua_pop(L, 1);
    n = luaL_len(L, 1);
    return n > 0 ? n : 0;
}

/* How many indices the (table, first, last) arguments of table.move/unpack/concat span
 * (concat's are at 3 and 4, after the separator). */
static lua_Integer clua_range_length(lua_State *L, int at) {
    int isnum;
    lua_Integer first = 1, last;
    if (!lua_isnoneornil(L, at)) {
        first = lua_tointegerx(L, at, &isnum);
        if (!isnum) return 0; /* the original reports the bad argument */
    }
    if (!lua_isnoneornil(L, at + 1)) {
        last = lua_tointegerx(L, at + 1, &isnum);
        if (!isnum) return 0;
    } else last = clua_length_seen(L);
    if (last < first) return 0;
    {
        lua_Unsigned span = (lua_Unsigned)last - (lua_Unsigned)first;
        return span >= (lua_Unsigned)LUA_MAXINTEGER ? LUA_MAXINTEGER : (lua_Integer)span + 1;
    }
}

/* string.rep: refuses results larger than the memory left (instead of trying), and answers
 * empty results itself: the original loops n times even when nothing is copied. Returns 1
 * when it left the result on the stack. */
static int clua_rep_check(lua_State *L, clua_Control *c) {
    size_t len, seplen, total;
    lua_Integer n;
    luaL_checklstring(L, 1, &len);
    n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &seplen);
    if (n <= 0 || len + seplen == 0) {
        lua_settop(L, 0);
        lua_pushliteral(L, "");
        return 1;
    }
    /* Lua 5.4 refuses results over INT_MAX bytes itself, with a catchable "resulting string
     * too large": the original raises it, unchanged, before doing any work. */
    if (len + seplen < len || (lua_Unsigned)n > (lua_Unsigned)INT_MAX || len + seplen > (size_t)INT_MAX / (size_t)n)
        return 0;
    total = len * (size_t)n + seplen * (size_t)(n - 1);
    if (c->used > c->limit || total > c->limit - c->used) {
        c->wanted = total > SIZE_MAX - c->used ? SIZE_MAX : c->used + total;
        if (c->tripped == CLUA_TRIP_NONE) c->tripped = CLUA_TRIP_MEMORY;
        return clua_raise_trip(L, c);
    }
    clua_charge(L, (lua_Integer)(total / 64));
    return 0;
}

int clua_cost_guard(lua_State *L) {
    clua_Control *c = clua_control(L);
    switch ((int)lua_tointegerx(L, lua_upvalueindex(2), NULL)) {
    case CLUA_COST_REP:
        if (clua_rep_check(L, c)) return 1;
        break;
    case CLUA_COST_CONCAT: {
        /* Without metamethods, concat stops at the first nil, which comes by the border # finds
         * + 1: a range past it is refused at once, as stock Lua refuses it, not charged. */
        lua_Integer n = clua_range_length(L, 3);
        if (lua_type(L, 1) == LUA_TTABLE) {
            lua_Integer reach = (lua_Integer)lua_rawlen(L, 1) + 1;
            if (lua_getmetatable(L, 1)) lua_pop(L, 1);
            else if (n > reach) n = reach;
        }
        clua_charge(L, n);
        break;
    }
    case CLUA_COST_UNPACK: {
        /* Lua refuses to unpack more values than its stack holds (LUAI_MAXSTACK), before any work. */
        lua_Integer n = clua_range_length(L, 2);
        clua_charge(L, n > LUAI_MAXSTACK ? LUAI_MAXSTACK : n);
        break;
    }
    case CLUA_COST_SORT: {
        lua_Integer n = clua_length_seen(L);
        clua_charge(L, clua_sort_cost(n));
        break;
    }
    default: clua_charge(L, clua_range_length(L, 2)); break;
    }
    return clua_call_original(L);
}

/* Finalizers run with hooks off, so an endless __gc would escape the limits. Host metatables
 * are protected by __metatable, which the original enforces. */
int clua_setmetatable(lua_State *L) {
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_argerror(L, 2, "metatables with __gc are not allowed in the sandbox");
        lua_pop(L, 1);
    }
    return clua_call_original(L);
}

/* rawset would bypass a read-only proxy's __newindex and change a table every script shares. */
int clua_rawset(lua_State *L) {
    if (lua_type(L, 1) == LUA_TTABLE && clua_push_proxied(L, 1)) {
        clua_push_key_name(L, 2);
        return luaL_error(L, "attempt to write field %s of a read-only table", lua_tostring(L, -1));
    }
    return clua_call_original(L);
}

int clua_collectgarbage(lua_State *L) {
    const char *option = luaL_optstring(L, 1, "collect");
    if (strcmp(option, "count") != 0) return luaL_argerror(L, 1, "only \"count\" is allowed in the sandbox");
    lua_settop(L, 1);
    return clua_call_original(L);
}

/* Also coroutine.wrap's, so every coroutine charges the run's shared budget. */
int clua_coroutine_create(lua_State *L) {
    lua_State *co;
    clua_call_original(L);
    co = lua_tothread(L, -1);
    if (co != NULL) clua_hook_thread(L, co);
    return 1;
}

/* utf8.codes (upvalue 2: utf8.len): Lua 5.4.4 bug "utf8.codes does not raise an error on
 * spurious continuation bytes" (fixed in 5.4.6): stock 5.4.4 skips them silently. The guard
 * checks the whole subject first, so invalid text raises "invalid UTF-8 code" at the call
 * (5.4.6 raises it when the iteration reaches the bad byte). */
int clua_utf8_codes(lua_State *L) {
    size_t len;
    luaL_checklstring(L, 1, &len);
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_pushvalue(L, 1);
    lua_pushinteger(L, 1);
    lua_pushinteger(L, -1);
    lua_pushboolean(L, lua_toboolean(L, 2)); /* lax: larger code points, never stray bytes */
    lua_call(L, 4, 1);
    if (lua_isnil(L, -1)) return luaL_error(L, "invalid UTF-8 code");
    lua_pop(L, 1);
    clua_charge(L, (lua_Integer)(len / 32));
    return clua_call_original(L);
}

int clua_randomseed(lua_State *L) {
    clua_Control *c = clua_control(L);
    c->seed_pending = 0; /* seeded now, from the host's seed or the script's */
    if (lua_isnone(L, 1)) lua_pushinteger(L, c->seed);
    return clua_call_original(L);
}

int clua_random(lua_State *L) {
    if (clua_control(L)->seed_pending) {
        int top = lua_gettop(L);
        lua_getfield(L, LUA_REGISTRYINDEX, CLUA_RANDOMSEED);
        lua_call(L, 0, 0);
        lua_settop(L, top);
    }
    return clua_call_original(L);
}
