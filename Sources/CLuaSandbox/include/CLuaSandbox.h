/* CLuaSandbox: the compiled C half of LuaHost, over Debian's Lua 5.4 (the CLua target).
 *
 * Lua raises errors with longjmp, which must never cross a Swift frame. So everything that
 * raises Lua errors on the host's behalf is C, here: the control block (allocator with a cap,
 * instruction hook, deadline, cancel flag), the trampoline that calls Swift and raises its
 * failures after the Swift frame has returned, read-only tables, the guards around library
 * functions, and the library scripts see. This header declares what Swift calls; the .c files
 * share the rest through internal.h. Every symbol has the clua_ prefix. */
#ifndef CLUA_SANDBOX_H
#define CLUA_SANDBOX_H

#include <lua.h>
#include <stddef.h>
#include <stdint.h>

/* Why a run was stopped. Once set, the stop is "sticky" until the host starts a new run. */
enum {
    CLUA_TRIP_NONE = 0,
    CLUA_TRIP_INSTRUCTIONS = 1,
    CLUA_TRIP_TIMEOUT = 2,
    CLUA_TRIP_CANCEL = 3,
    CLUA_TRIP_MEMORY = 4,
    CLUA_TRIP_OUTPUT = 5
};

/* What the Swift entry is asked to do. */
enum {
    CLUA_OP_CALL = 0, /* call a host function with the arguments on the stack */
    CLUA_OP_FIELD = 1 /* push field `arg` (an interned field id) of the object at index 1 */
};

/* Statuses the Swift entry returns instead of raising. */
enum {
    CLUA_RAISE = -1,     /* message on top: raise it, prefixed with the caller's position */
    CLUA_RAISE_ARG = -2, /* detail on top: raise "bad argument #error_arg to 'f' (detail)" */
    CLUA_RERAISE = -3    /* error object on top: raise it unchanged (a nested or host error) */
};

/* Box kinds, so the host can tell its objects from any other userdata (scripts cannot make
 * full userdata, so a box's kind cannot be forged). */
#define CLUA_OBJECT_MAGIC 0x4F424A31u     /* a Swift value exposed to scripts */
#define CLUA_TARGET_MAGIC 0x54524731u     /* the Swift side of a host function */
#define CLUA_HOST_ERROR_MAGIC 0x484F5331u /* a Swift error raised to scripts as a host error */

/* What scripts see of a host error: "<script:line: >" followed by this text. */
#define CLUA_HOST_ERROR_TEXT "host error (details are reported to the host, not to scripts)"

/* Registry fields the message handler fills for the host. */
#define CLUA_TRACEBACK "clua.traceback" /* the traceback of the last failed protected call */
#define CLUA_WHERE "clua.where"         /* "script.lua:12:", the innermost Lua code's position */

/* The Swift side of the trampoline: returns a result count (>= 0) or a CLUA_RAISE_* status. */
typedef int (*clua_Entry)(lua_State *L, void *target, int op, lua_Integer arg);
/* Releases a retained Swift object held by a userdata box (called from __gc). */
typedef void (*clua_Release)(void *object);

/* The control block of one Lua state: memory accounting and cap, instruction budget,
 * deadline and cancel flag. It is the allocator's userdata and is also reachable from
 * every thread (coroutine) of the state through lua_getextraspace, so all coroutines of a
 * run share one budget. */
typedef struct clua_Control {
    /* Memory, in bytes. `limit` applies only while Lua code runs (host == 0). */
    size_t used;
    size_t peak;
    size_t limit;
    size_t wanted;             /* total that the last refused request would have needed */
    const void *refused_block; /* last refused request, to recognise Lua's retry after an */
    size_t refused_old;        /* emergency collection: a second refusal of the same     */
    size_t refused_new;        /* request is final and trips the memory limit            */
    /* 1 while host (Swift) code runs: the allocator then never refuses, because a refusal
     * would raise "not enough memory" with a longjmp over Swift frames (or, outside any
     * protected call, panic). The overshoot is checked when control returns to Lua. */
    int host;
    /* Instruction budget, counted by the hook in steps of hook_interval. */
    lua_Integer instructions;
    lua_Integer instruction_limit;
    int hook_interval;
    uint64_t deadline_ns; /* CLOCK_MONOTONIC */
    const int *cancel;    /* set from any thread with clua_atomic_store */
    int tripped;          /* CLUA_TRIP_* */
    /* Largest chunk `load` and `require` compile (the parser cannot be interrupted). */
    size_t max_scan;
    /* Bytes the run printed or logged through the host, and how many it may. */
    size_t output;
    size_t output_limit;
    lua_Integer seed;   /* seed for math.randomseed() without arguments */
    int seed_pending;   /* 1: math.random seeds from `seed` first (the host reseeded; nothing drew yet) */
    /* clua_measure's set of the tables on the path, allocated on first use; every walk leaves
     * it empty, so it is cleared once, not for every value converted. */
    const void **measure_path;
    lua_Integer run_id; /* increments with every top-level run */
    /* Host callbacks. */
    clua_Entry entry;
    clua_Release release;
    void *owner;   /* the Swift LuaState, unretained */
    int error_arg; /* argument position for CLUA_RAISE_ARG */
} clua_Control;

/* control.c: the control block, allocator, hook and state */

/* Allocates a zeroed control block, or returns NULL. */
clua_Control *clua_control_new(void);
/* Frees a control block (after lua_close of its state). */
void clua_control_free(clua_Control *c);
/* The control block of any thread of a state made by clua_newstate. */
clua_Control *clua_control(lua_State *L);
/* CLOCK_MONOTONIC in nanoseconds. */
uint64_t clua_now_ns(void);
/* Stores a flag atomically (relaxed): the cancel flag, from any thread. */
void clua_atomic_store(int *flag, int value);
/* Sets the count hook of the main thread to every `interval` instructions. */
void clua_set_hook(lua_State *L, int interval);
/* Trips the budget, the deadline or the cancel flag when due; returns whether a limit tripped. */
int clua_trips(clua_Control *c);
/* Creates a state whose allocator and extra space point at `c`, in host mode, with no limits. */
lua_State *clua_newstate(clua_Control *c);

/* trampoline.c: host functions, boxes, host classes, host errors, protected calls */

/* Creates the state-wide metatables of the trampoline (call in host mode). */
void clua_open_trampoline(lua_State *L);
/* Whether the innermost host call running on this thread belongs to a run whose limits tripped
 * (deadline, budget, cancel flag: tripping it if due); 0 outside host calls. For work the host
 * does for a script that may last (a database query's progress handler). */
int clua_host_call_must_stop(void);
/* Pushes a box holding `object` (retained for Lua) with the metatable at registry `metatable_ref`. */
void clua_push_box(lua_State *L, unsigned int magic, void *object, int metatable_ref);
/* The object of the box at `idx` if it is a box of kind `magic`, else NULL. Never raises. */
void *clua_box_object(lua_State *L, int idx, unsigned int magic);
/* Pushes a box for the Swift side of a host function or class (retained for Lua). */
void clua_push_target(lua_State *L, void *target);
/* Pushes a Lua function that calls the Swift target (retained for Lua) through the trampoline. */
void clua_push_host_function(lua_State *L, void *target);

/* The same, holding `bytes` of the state's memory for as long as the function lives: memory the
 * host keeps for it (an open catalog cursor) then counts against the cap and speeds the
 * collector that frees it. */
void clua_push_host_function_holding(lua_State *L, void *target, size_t bytes);
/* Replaces [names table, class target box] on top with a protected class metatable named `name`. */
void clua_push_class_metatable(lua_State *L, const char *name);
/* Pushes a host error holding the Swift error `object` (retained for Lua) and the caller's position. */
void clua_push_host_error(lua_State *L, void *object);
/* Pushes the position ("script.lua:12: " or "") a host error was raised at. */
void clua_push_host_error_where(lua_State *L, int idx);
/* Pushes the message handler of the host's protected calls (records traceback and position). */
void clua_push_message_handler(lua_State *L);
/* Pushes a function returning tostring(arg) with metamethods, to call in a protected call. */
void clua_push_describe(lua_State *L);

/* readonly.c: read-only proxies of shared tables */

/* Replaces the table on top of the stack with a read-only proxy of it. */
void clua_make_readonly(lua_State *L);
/* Pushes the real table behind the read-only proxy at idx and returns 1, or returns 0. */
int clua_push_proxied(lua_State *L, int idx);

/* Names the table on top `name` for error messages of functions called without a name (it
 * stays on the stack). */
void clua_publish(lua_State *L, const char *name);

/* sandbox.c: the library scripts see */

/* Pushes the function that builds the sandbox library: lua_pcall it with (print sink, resolver). */
void clua_push_open_sandbox(lua_State *L);
/* Pushes a fresh script environment: own globals, reads fall back to the read-only library. */
void clua_push_environment(lua_State *L);
/* Reseeds math.random from `seed` before its next draw: costs nothing until a script draws. */
void clua_reseed(lua_State *L, lua_Integer seed);
/* Pushes the shared library table (to add host definitions). */
void clua_push_library(lua_State *L);

/* chunk.c: compiling */

/* Compiles text (never bytecode) in pieces, each charged to the budget and checked against the
 * deadline, then checks and corrects the compiled chunk for Lua 5.4.4's code-generation bugs
 * (chunk.c). Returns a lua_load status, with the function or a message on top; LUA_ERRRUN
 * when a limit tripped (the control block's `tripped` says which). Never raises. */
int clua_load_text(lua_State *L, const char *source, size_t length, const char *chunkname);

/* pattern.c: string.find, match, gmatch and gsub, with every matching step charged */

/* Pushes a table of the sandbox's find, match, gmatch and gsub (to compare them with stock
 * Lua's in tests; the sandbox's string library has them already). */
void clua_push_pattern_functions(lua_State *L);

/* money.c: Money as a plain value */

#define CLUA_MONEY_MAGIC 0x4D4F4E31u /* a large amount (clua_Money in a full userdata) */
#define CLUA_MONEY_MAX_DIGITS 9      /* the most minor-unit digits an amount may have */

/* An amount: minor units of a currency. Scripts hold an amount as a light userdata encoding it
 * (when its minor units fit in 44 bits) or as a full userdata holding this struct (larger
 * amounts); both are Money to scripts (money.c). Its magic tells a full one from a box. */
typedef struct clua_Money {
    unsigned int magic; /* CLUA_MONEY_MAGIC */
    uint32_t code;      /* the ISO 4217 code's three ASCII letters, the first in the lowest byte */
    lua_Integer minor;  /* the amount in minor units: 14550 for 145.50 MAD */
    int digits;         /* the currency's minor-unit digits, 0 ... CLUA_MONEY_MAX_DIGITS */
} clua_Money;

/* Creates Money's protected metatable (also that of every light userdata of the state), its
 * operators, fields and names table (call in host mode, once per state). */
void clua_open_money(lua_State *L);
/* Pushes an amount (`code` as in clua_Money); uses up to 4 stack slots. */
void clua_push_money(lua_State *L, lua_Integer minor, uint32_t code, int digits);
/* Reads the amount at `idx` into `out` and returns 1, or returns 0 if it is not Money. Never
 * raises. */
int clua_get_money(lua_State *L, int idx, clua_Money *out);
/* Pops the value on top into Money's names table as method `name` and returns 1; returns 0
 * (and pops it) if `name` is one of Money's fields. */
int clua_define_money_method(lua_State *L, const char *name);
/* Pops a target box (clua_push_target): what `..` calls, as a host function of both operands,
 * when an operand is not Money, a number nor a string of valid UTF-8. */
void clua_set_money_concat(lua_State *L);

/* measure.c: the pre-pass of converting a Lua value into host values */

/* Why clua_measure refused a value (0: it fits). */
enum {
    CLUA_MEASURE_OK = 0,
    CLUA_MEASURE_ELEMENTS = 1, /* more than max_elements values */
    CLUA_MEASURE_BYTES = 2,    /* more than max_bytes bytes of strings */
    CLUA_MEASURE_DEPTH = 3,    /* tables nested deeper than max_depth */
    CLUA_MEASURE_STACK = 4,    /* Lua's stack is full */
    CLUA_MEASURE_CYCLE = 5,    /* a table that contains itself */
    CLUA_MEASURE_USERDATA = 6, /* a userdata that is neither a host object nor Money */
    CLUA_MEASURE_TYPE = 7      /* a value of type refused_type (a thread; light userdata are Money) */
};

/* The largest max_depth clua_measure accepts (larger ones are lowered to it). */
#define CLUA_MEASURE_MAX_DEPTH 250

/* The limits of one conversion and what it has counted so far: the counts carry over from
 * one clua_measure to the next, so several values (a run's results) share the limits. */
typedef struct clua_Measure {
    lua_Integer max_elements;
    size_t max_bytes;
    int max_depth;
    lua_Integer elements; /* values counted, tables and keys included */
    size_t bytes;         /* bytes of strings counted */
    int refused_type;     /* the type refused by CLUA_MEASURE_TYPE */
} clua_Measure;

/* Walks the value at `idx` as the host's conversion reads it (raw access only, each shared
 * subtable as often as it appears) and checks the limits of `m` on the way, stopping at the
 * first that fails: at most max_elements steps, nothing built, never raises. The stack is
 * left as found. Returns CLUA_MEASURE_OK or why the value is refused. */
int clua_measure(lua_State *L, int idx, clua_Measure *m);

#endif
