/* The control block of a state: memory cap, instruction budget, deadline, cancel flag. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

clua_Control *clua_control_new(void) { return (clua_Control *)calloc(1, sizeof(clua_Control)); }

void clua_control_free(clua_Control *c) {
    if (!c) return;
    free((void *)c->measure_path);
    free(c);
}

clua_Control *clua_control(lua_State *L) { return *(clua_Control **)lua_getextraspace(L); }

uint64_t clua_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void clua_atomic_store(int *flag, int value) { __atomic_store_n(flag, value, __ATOMIC_RELAXED); }

/* lua_Alloc with a cap: never refuses a shrink or a free, sums without overflow. */
static void *clua_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    clua_Control *c = (clua_Control *)ud;
    size_t old = ptr ? osize : 0; /* for new blocks, osize is a type tag, not a size */
    void *block;
    if (nsize == 0) {
        free(ptr);
        c->used -= old;
        return NULL;
    }
    if (nsize > old && !c->host) {
        size_t grow = nsize - old;
        if (c->used > c->limit || grow > c->limit - c->used) {
            c->wanted = (c->used > SIZE_MAX - grow) ? SIZE_MAX : c->used + grow;
            if (c->refused_block == ptr && c->refused_old == osize && c->refused_new == nsize) {
                if (c->tripped == CLUA_TRIP_NONE) c->tripped = CLUA_TRIP_MEMORY;
            } else {
                c->refused_block = ptr;
                c->refused_old = osize;
                c->refused_new = nsize;
            }
            return NULL;
        }
    }
    block = realloc(ptr, nsize);
    if (block == NULL) return NULL; /* the old block is untouched, accounting too */
    c->used = c->used - old + nsize;
    if (c->used > c->peak) c->peak = c->used;
    if (nsize > old) c->refused_block = NULL, c->refused_old = 0, c->refused_new = 0;
    return block;
}

static const char *clua_trip_message(int trip) {
    switch (trip) {
    case CLUA_TRIP_INSTRUCTIONS: return "instruction limit reached";
    case CLUA_TRIP_TIMEOUT: return "time limit reached";
    case CLUA_TRIP_CANCEL: return "run cancelled";
    case CLUA_TRIP_OUTPUT: return "output limit reached";
    default: return "not enough memory";
    }
}

int clua_raise_trip(lua_State *L, clua_Control *c) {
    lua_pushstring(L, clua_trip_message(c->tripped));
    return lua_error(L);
}

int clua_trips(clua_Control *c) {
    if (c->tripped == CLUA_TRIP_NONE) {
        if (c->instructions > c->instruction_limit) c->tripped = CLUA_TRIP_INSTRUCTIONS;
        else if (clua_now_ns() > c->deadline_ns) c->tripped = CLUA_TRIP_TIMEOUT;
        else if (c->cancel && __atomic_load_n(c->cancel, __ATOMIC_RELAXED))
            c->tripped = CLUA_TRIP_CANCEL;
    }
    return c->tripped != CLUA_TRIP_NONE;
}

/* Trips the budget, the deadline or the cancel flag when due; raises once tripped. */
static void clua_check_budget(lua_State *L, clua_Control *c) {
    if (clua_trips(c)) clua_raise_trip(L, c);
}

int clua_charge_quietly(lua_State *L, lua_Integer cost) {
    clua_Control *c = clua_control(L);
    if (cost < 0 || cost > LUA_MAXINTEGER - c->instructions) c->instructions = LUA_MAXINTEGER;
    else c->instructions += cost;
    return clua_trips(c);
}

void clua_charge(lua_State *L, lua_Integer cost) {
    if (clua_charge_quietly(L, cost)) clua_raise_trip(L, clua_control(L));
}

/* The count hook: runs every hook_interval VM instructions, in every coroutine. Once a
 * limit tripped it raises again on every tick, so a script that catches the error keeps
 * failing (the catching functions themselves are guarded too, see guards.c). */
static void clua_hook(lua_State *L, lua_Debug *ar) {
    clua_Control *c = clua_control(L);
    (void)ar;
    c->instructions += c->hook_interval;
    clua_check_budget(L, c);
}

void clua_hook_thread(lua_State *L, lua_State *co) {
    lua_sethook(co, clua_hook, LUA_MASKCOUNT, clua_control(L)->hook_interval);
}

void clua_set_hook(lua_State *L, int interval) {
    clua_control(L)->hook_interval = interval;
    lua_sethook(L, clua_hook, LUA_MASKCOUNT, interval);
}

/* An unprotected error is a bug in the host: say so, then let Lua abort. */
static int clua_panic(lua_State *L) {
    const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?";
    fprintf(stderr, "LuaHost: unprotected Lua error (host bug): %s\n", msg);
    fflush(stderr);
    return 0;
}

lua_State *clua_newstate(clua_Control *c) {
    lua_State *L;
    c->host = 1;
    c->limit = SIZE_MAX;
    c->instruction_limit = LUA_MAXINTEGER;
    c->deadline_ns = UINT64_MAX;
    c->max_scan = SIZE_MAX;
    L = lua_newstate(clua_alloc, c);
    if (L == NULL) return NULL;
    *(clua_Control **)lua_getextraspace(L) = c; /* copied into every new thread */
    lua_atpanic(L, clua_panic);
    clua_set_hook(L, 1000);
    return L;
}
