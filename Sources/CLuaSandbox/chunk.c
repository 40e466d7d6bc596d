/* Every chunk the sandbox compiles (scripts, modules, `load`) goes through clua_load_text:
 * text only, then corrected for two code-generation bugs of Lua 5.4.4 (the version Debian
 * ships; both fixed in 5.4.6) by walking the compiled chunk as lua_dump writes it:
 *   - 5.4.4-6, "'break' may not properly exit a loop with a to-be-closed variable": a `break`
 *     out of a generic `for` whose body captures a local closes from above the loop's closing
 *     value, which then stays in the thread's to-be-closed list; a later `<close>` variable
 *     writes out of bounds. The OP_CLOSE right after the loop's OP_TFORLOOP A must close from A
 *     (every other OP_CLOSE there already does): it is corrected and the chunk reloaded.
 *   - 5.4.4-3, "wrong code generation for constants in bitwise operations": in a function with
 *     more than 256 constants, a bitwise operation on a constant can read a stale register.
 *     Such a function is refused with a message that says how to avoid it.
 * The opcode numbers and the dump format are Lua 5.4's (lopcodes.h, ldump.c). */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#define CHUNK_OP_MASK 0x7Fu
#define CHUNK_OP_CLOSE 54
#define CHUNK_OP_TFORLOOP 77
#define CHUNK_MAX_CONSTANTS 256 /* MAXINDEXRK + 1 */

/* A bitwise operation with two operands (OP_BANDK ... OP_SHLI, OP_BAND ... OP_SHR). */
static int chunk_is_bitwise(unsigned op) { return (op >= 29 && op <= 33) || (op >= 41 && op <= 45); }

typedef struct {
    unsigned char *at, *end;
    int broken;          /* the dump is not what this walker expects */
    const char *refusal; /* why the chunk is refused, or NULL */
    int corrected;       /* OP_CLOSEs corrected */
} chunk_Walk;

static size_t chunk_size(chunk_Walk *w) { /* ldump.c's dumpSize: 7 bits a byte, last byte | 0x80 */
    size_t x = 0;
    unsigned char byte;
    do {
        if (w->at >= w->end || x > (SIZE_MAX >> 7)) {
            w->broken = 1;
            return 0;
        }
        byte = *w->at++;
        x = (x << 7) | (byte & 0x7Fu);
    } while ((byte & 0x80u) == 0);
    return x;
}

static unsigned char *chunk_skip(chunk_Walk *w, size_t n) {
    unsigned char *start = w->at;
    if ((size_t)(w->end - w->at) < n) {
        w->broken = 1;
        w->at = w->end;
    } else w->at += n;
    return start;
}

static void chunk_string(chunk_Walk *w) {
    size_t n = chunk_size(w); /* length + 1, or 0 for no string */
    if (n > 0) chunk_skip(w, n - 1);
}

static unsigned chunk_instruction(const unsigned char *at) {
    unsigned ins;
    memcpy(&ins, at, sizeof ins);
    return ins;
}

/* Checks and corrects the code of one function (the bytes of n instructions at `code`). */
static void chunk_code(chunk_Walk *w, unsigned char *code, size_t n, size_t constants) {
    size_t i;
    int bitwise = 0;
    for (i = 0; i < n; i++) {
        unsigned ins = chunk_instruction(code + 4 * i);
        bitwise |= chunk_is_bitwise(ins & CHUNK_OP_MASK);
        if ((ins & CHUNK_OP_MASK) == CHUNK_OP_TFORLOOP && i + 1 < n) {
            unsigned next = chunk_instruction(code + 4 * (i + 1));
            unsigned base = ins & (0xFFu << 7); /* argument A */
            if ((next & CHUNK_OP_MASK) == CHUNK_OP_CLOSE && (next & (0xFFu << 7)) != base) {
                next = (next & ~(0xFFu << 7)) | base;
                memcpy(code + 4 * (i + 1), &next, sizeof next);
                w->corrected++;
            }
        }
    }
    if (bitwise && constants > CHUNK_MAX_CONSTANTS && w->refusal == NULL)
        w->refusal = "a function with more than 256 constants uses a bitwise operator, which Lua 5.4.4 compiles "
                     "wrongly: move the constants (a large table, say) into a function of their own";
}

static void chunk_function(chunk_Walk *w, int depth) {
    size_t i, n, instructions, constants;
    unsigned char *code;
    if (w->broken || depth > 250) {
        w->broken = 1;
        return;
    }
    chunk_string(w);                    /* source */
    chunk_size(w), chunk_size(w);       /* first and last line */
    chunk_skip(w, 3);                   /* parameters, vararg, stack size */
    instructions = chunk_size(w);
    if (instructions > (size_t)(w->end - w->at) / 4) {
        w->broken = 1;
        return;
    }
    code = chunk_skip(w, instructions * 4);
    constants = chunk_size(w);
    for (i = 0; i < constants && !w->broken; i++) {
        unsigned char *tag = chunk_skip(w, 1);
        if (w->broken) break;
        switch (*tag) {
        case 0x03: case 0x13: chunk_skip(w, 8); break;      /* integer, float */
        case 0x04: case 0x14: chunk_string(w); break;       /* short, long string */
        case 0x00: case 0x01: case 0x11: break;             /* nil, false, true */
        default: w->broken = 1; break;
        }
    }
    if (w->broken) return;
    chunk_code(w, code, instructions, constants);
    n = chunk_size(w); /* upvalues: in stack, index, kind */
    chunk_skip(w, n > SIZE_MAX / 3 ? SIZE_MAX : 3 * n);
    n = chunk_size(w); /* nested functions */
    for (i = 0; i < n && !w->broken; i++) chunk_function(w, depth + 1);
    n = chunk_size(w); /* line info */
    chunk_skip(w, n);
    n = chunk_size(w); /* absolute line info: pc, line */
    for (i = 0; i < n && !w->broken; i++) chunk_size(w), chunk_size(w);
    n = chunk_size(w); /* local variables: name, first pc, last pc */
    for (i = 0; i < n && !w->broken; i++) chunk_string(w), chunk_size(w), chunk_size(w);
    n = chunk_size(w); /* upvalue names */
    for (i = 0; i < n && !w->broken; i++) chunk_string(w);
}

typedef struct {
    unsigned char *bytes;
    size_t length, capacity;
} chunk_Buffer;

static int chunk_write(lua_State *L, const void *p, size_t size, void *ud) {
    chunk_Buffer *b = (chunk_Buffer *)ud;
    (void)L;
    if (size > b->capacity - b->length) {
        size_t capacity = (b->capacity + size) * 2;
        unsigned char *bytes = (unsigned char *)realloc(b->bytes, capacity);
        if (bytes == NULL) return 1;
        b->bytes = bytes;
        b->capacity = capacity;
    }
    memcpy(b->bytes + b->length, p, size);
    b->length += size;
    return 0;
}

/* Checks and corrects the function just compiled on top; on refusal replaces it with a
 * message and returns LUA_ERRSYNTAX. Never raises. */
static int chunk_check(lua_State *L, const char *chunkname) {
    chunk_Buffer dump = {NULL, 0, 0};
    chunk_Walk w = {NULL, NULL, 0, NULL, 0};
    int status = LUA_OK;
    const size_t header = 4 + 1 + 1 + 6 + 3 + sizeof(lua_Integer) + sizeof(lua_Number);
    if (lua_dump(L, chunk_write, &dump, 0) != 0 || dump.length < header + 1 ||
        memcmp(dump.bytes, LUA_SIGNATURE, 4) != 0 || dump.bytes[4] != 0x54)
        w.broken = 1;
    else {
        w.at = dump.bytes + header + 1; /* the header, then the main function's upvalue count */
        w.end = dump.bytes + dump.length;
        chunk_function(&w, 0);
        if (w.at != w.end) w.broken = 1;
    }
    if (w.broken || w.refusal != NULL) {
        lua_pop(L, 1);
        lua_pushfstring(L, "%s: %s", *chunkname == '@' || *chunkname == '=' ? chunkname + 1 : "[string]",
                        w.broken ? "the compiled chunk could not be checked (host bug)" : w.refusal);
        status = LUA_ERRSYNTAX;
    } else if (w.corrected > 0) {
        status = luaL_loadbufferx(L, (const char *)dump.bytes, dump.length, chunkname, "b");
        lua_remove(L, -2); /* the uncorrected function, or keeps the message */
    }
    free(dump.bytes);
    return status;
}

#define CHUNK_PIECE 256 /* bytes handed to the parser at a time */

typedef struct {
    const char *next;
    size_t left;
} chunk_Source;

/* The parser cannot be interrupted, and some chunks take it far longer than their size says
 * (a 1 MiB chunk that looks names up through 150 nested functions of 190 locals each takes
 * stock Lua 20 s). So it is fed 256 bytes at a time, each charged one instruction a byte, and
 * the deadline and cancel flag are checked before each: once a limit trips, the chunk ends
 * there, and clua_load_text reports the limit, whatever the parser made of the rest. */
static const char *chunk_read(lua_State *L, void *ud, size_t *size) {
    chunk_Source *source = (chunk_Source *)ud;
    const char *piece = source->next;
    *size = source->left < CHUNK_PIECE ? source->left : CHUNK_PIECE;
    if (*size == 0 || clua_charge_quietly(L, (lua_Integer)*size)) {
        *size = 0;
        return NULL;
    }
    source->next += *size;
    source->left -= *size;
    return piece;
}

int clua_load_text(lua_State *L, const char *text, size_t length, const char *chunkname) {
    chunk_Source source = {text, length};
    int status = lua_load(L, chunk_read, &source, chunkname, "t");
    if (clua_control(L)->tripped != CLUA_TRIP_NONE) {
        lua_pop(L, 1);
        lua_pushstring(L, "a limit stopped the compiling");
        return LUA_ERRRUN;
    }
    return status == LUA_OK ? chunk_check(L, chunkname) : status;
}
