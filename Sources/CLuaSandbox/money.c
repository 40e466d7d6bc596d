/* Money as a plain value, with no Swift object and no finalizer. Its operators, its fields and
 * its string forms are C, so `total + price * 3` never leaves Lua's C side; its methods
 * (percent, scale, …) are host functions that the host adds to its names table.
 *
 * Two representations, one type to scripts (`userdata`, named Money):
 * - an amount whose minor units fit in 44 bits (±8,796,093,022,207: 87 billion dirhams) is a
 *   light userdata whose bits are the amount and its currency: making one allocates nothing,
 *   and two equal amounts are the same Lua value (`rawequal`, one table key);
 * - a larger amount is a full userdata holding a clua_Money, made once per amount as long as it
 *   lives (a weak table keeps them by value), so that equal amounts are the same value there too.
 * Light userdata share one metatable per state, which is Money's: scripts cannot make light
 * userdata, and the host makes none but Money, so every light userdata is an amount.
 *
 * Everything here is worded exactly as the Swift implementation it replaces was (TiwiziCore's
 * MoneyError texts, LuaHost's messages for fields and arguments), and raised from the
 * metamethod's own frame, so that the message carries the script's position. */
#include "internal.h"

#include <string.h>

/* Registry keys (their addresses, as light userdata). */
static char clua_money_mt_key;     /* Money's metatable */
static char clua_money_names_key;  /* field name -> field number, method name -> function */
static char clua_money_concat_key; /* the host's `..` for other operands (a target box), if set */
static char clua_money_large_key;  /* weak-valued: large amount's bytes -> its full userdata */

enum { CLUA_MONEY_MINOR = 1, CLUA_MONEY_CURRENCY, CLUA_MONEY_AMOUNT, CLUA_MONEY_IS_ZERO };
static const char *const clua_money_fields[] = {"minor", "currency", "amount", "is_zero", NULL};

#define CLUA_MONEY_OVERFLOW "the amount is too large to compute exactly."
#define CLUA_MONEY_DIVISION                                                                           \
    "Money cannot be divided with an operator: use :scale(1, n, mode), :percent(p, mode) or "         \
    ":allocate{\xE2\x80\xA6}"

/* Enough for "-9223372036854775808" with a decimal point, a space and a code. */
#define CLUA_MONEY_TEXT 40

/* A light amount's bits: the minor units above CLUA_TAG_BITS bits of currency (the code's three
 * letters, 5 bits each, then 4 bits of digits, then bit 0, always set). A full userdata's block
 * is aligned, so its address has bit 0 clear, and lua_touserdata gives NULL for anything else:
 * bit 0 of lua_touserdata tells a light amount from any other value in one call. */
#define CLUA_TAG_BITS 20
#define CLUA_TAG_MASK ((UINT64_C(1) << CLUA_TAG_BITS) - 1)
#define CLUA_LIGHT_LIMIT ((lua_Integer)1 << (63 - CLUA_TAG_BITS)) /* |minor| < this, or = -this */

/* The tag of a currency, or 0 with `ok` cleared if it has no tag (not three letters A–Z, or too
 * many digits): such amounts are always full userdata. */
static uint64_t clua_tag(uint32_t code, int digits, int *ok) {
    uint64_t tag = 0;
    int i;
    *ok = digits >= 0 && digits < 16;
    for (i = 0; i < 3; i++) {
        unsigned letter = (code >> (8 * i)) & 0xFF;
        if (letter < 'A' || letter > 'Z') *ok = 0;
        tag |= (uint64_t)((letter - 'A') & 0x1F) << (5 + 5 * i);
    }
    return *ok ? tag | (uint64_t)digits << 1 | 1 : 0;
}

/* Reads the amount at `idx` into `out` and returns 1, or returns 0 if it is not Money. */
int clua_get_money(lua_State *L, int idx, clua_Money *out) {
    switch (lua_type(L, idx)) {
    case LUA_TLIGHTUSERDATA: {
        uint64_t bits = (uint64_t)(uintptr_t)lua_touserdata(L, idx);
        int i;
        out->magic = CLUA_MONEY_MAGIC;
        out->minor = (lua_Integer)((int64_t)bits >> CLUA_TAG_BITS); /* arithmetic: the sign stays */
        out->digits = (int)((bits >> 1) & 0xF);
        out->code = 0;
        for (i = 0; i < 3; i++) out->code |= (uint32_t)('A' + ((bits >> (5 + 5 * i)) & 0x1F)) << (8 * i);
        return 1;
    }
    case LUA_TUSERDATA: {
        const clua_Money *m;
        if (lua_rawlen(L, idx) != sizeof(clua_Money)) return 0;
        m = (const clua_Money *)lua_touserdata(L, idx);
        if (m->magic != CLUA_MONEY_MAGIC) return 0;
        *out = *m;
        return 1;
    }
    default: return 0;
    }
}

void clua_push_money(lua_State *L, lua_Integer minor, uint32_t code, int digits) {
    clua_Money *m;
    int ok;
    uint64_t tag;
    if (digits < 0) digits = 0;
    if (digits > CLUA_MONEY_MAX_DIGITS) digits = CLUA_MONEY_MAX_DIGITS;
    tag = clua_tag(code, digits, &ok);
    if (ok && minor >= -CLUA_LIGHT_LIMIT && minor < CLUA_LIGHT_LIMIT) {
        lua_pushlightuserdata(L, (void *)(uintptr_t)(((uint64_t)minor << CLUA_TAG_BITS) | tag));
        return;
    }
    /* A large amount: the live userdata of the same amount, else a new one. */
    lua_rawgetp(L, LUA_REGISTRYINDEX, &clua_money_large_key);
    {
        clua_Money key;
        memset(&key, 0, sizeof key); /* the padding is part of the key */
        key.magic = CLUA_MONEY_MAGIC;
        key.code = code;
        key.minor = minor;
        key.digits = digits;
        lua_pushlstring(L, (const char *)&key, sizeof key);
        if (lua_rawget(L, -2) == LUA_TUSERDATA) {
            lua_remove(L, -2);
            return;
        }
        lua_pop(L, 1);
        lua_pushlstring(L, (const char *)&key, sizeof key);
        m = (clua_Money *)lua_newuserdatauv(L, sizeof(clua_Money), 0);
        *m = key;
    }
    lua_rawgetp(L, LUA_REGISTRYINDEX, &clua_money_mt_key);
    lua_setmetatable(L, -2);
    lua_pushvalue(L, -1);
    lua_insert(L, -4); /* amount, weak table, key, amount */
    lua_rawset(L, -3);
    lua_pop(L, 1);
}

/* The code's three letters, NUL-terminated, into `out`. */
static void clua_money_code(const clua_Money *m, char out[4]) {
    out[0] = (char)(m->code & 0xFF);
    out[1] = (char)((m->code >> 8) & 0xFF);
    out[2] = (char)((m->code >> 16) & 0xFF);
    out[3] = '\0';
}

/* The plain decimal form of `m` into `out` ("-145.50", "1450" for 0 digits: all minor digits,
 * no grouping), followed by " CODE" if `with_code`; returns the length. */
static size_t clua_money_text(const clua_Money *m, char out[CLUA_MONEY_TEXT], int with_code) {
    char reversed[24];
    int count = 0, i;
    size_t length = 0;
    /* The magnitude as unsigned, so that the most negative amount needs no negation. */
    unsigned long long magnitude = m->minor < 0 ? 0ULL - (unsigned long long)m->minor : (unsigned long long)m->minor;
    do {
        reversed[count++] = (char)('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0);
    while (count < m->digits + 1) reversed[count++] = '0'; /* at least "0.05" */
    if (m->minor < 0) out[length++] = '-';
    for (i = count - 1; i >= m->digits; i--) out[length++] = reversed[i];
    if (m->digits > 0) {
        out[length++] = '.';
        for (i = m->digits - 1; i >= 0; i--) out[length++] = reversed[i];
    }
    if (with_code) {
        out[length++] = ' ';
        clua_money_code(m, out + length);
        length += 3;
    }
    return length;
}

static void clua_push_money_text(lua_State *L, const clua_Money *m, int with_code) {
    char text[CLUA_MONEY_TEXT];
    lua_pushlstring(L, text, clua_money_text(m, text, with_code));
}

void clua_push_host_typename(lua_State *L, int idx) {
    clua_Money m;
    if (clua_get_money(L, idx, &m)) lua_pushliteral(L, "Money");
    else if (clua_box_object(L, idx, CLUA_OBJECT_MAGIC) != NULL && luaL_getmetafield(L, idx, "__name") != LUA_TNIL) {
        if (lua_type(L, -1) != LUA_TSTRING) {
            lua_pop(L, 1);
            lua_pushstring(L, luaL_typename(L, idx));
        }
    } else lua_pushstring(L, luaL_typename(L, idx));
}

/* Reads the Money at argument `arg` into `out`, or raises "bad argument #arg to 'f' (Money
 * expected, got T)". */
static void clua_check_money(lua_State *L, int arg, clua_Money *out) {
    if (!clua_get_money(L, arg, out)) {
        clua_push_host_typename(L, arg);
        luaL_argerror(L, arg, lua_pushfstring(L, "Money expected, got %s", lua_tostring(L, -1)));
    }
}

static int clua_same_currency(const clua_Money *a, const clua_Money *b) {
    return a->code == b->code && a->digits == b->digits;
}

static int clua_money_mismatch(lua_State *L, const clua_Money *a, const clua_Money *b) {
    char left[4], right[4];
    clua_money_code(a, left);
    clua_money_code(b, right);
    return luaL_error(L, "cannot combine amounts in %s and %s.", left, right);
}

/* The integer factor at argument `arg`: an integer, or a float with an exact integer value
 * below 9e15 in magnitude (`4.0`); anything else is "integer quantity expected, got T". */
static lua_Integer clua_money_factor(lua_State *L, int arg) {
    if (lua_type(L, arg) == LUA_TNUMBER) {
        int is_integer;
        lua_Integer n = lua_tointegerx(L, arg, &is_integer);
        lua_Number f;
        if (is_integer && lua_isinteger(L, arg)) return n;
        f = lua_tonumberx(L, arg, NULL);
        if (f > -9e15 && f < 9e15 && f == (lua_Number)(lua_Integer)f) return (lua_Integer)f;
    }
    return luaL_argerror(L, arg, lua_pushfstring(L, "integer quantity expected, got %s", luaL_typename(L, arg)));
}

/* The operators. Each starts with the common case, light amounts of one currency whose result
 * is light too, reading and writing their bits; anything else takes the general way. */

#define CLUA_BITS(L, i) ((uint64_t)(uintptr_t)lua_touserdata(L, i))
#define CLUA_MINOR(bits) ((lua_Integer)((int64_t)(bits) >> CLUA_TAG_BITS))
#define CLUA_FITS(minor) ((minor) >= -CLUA_LIGHT_LIMIT && (minor) < CLUA_LIGHT_LIMIT)
#define CLUA_PUSH_LIGHT(L, minor, tag)                                                              \
    lua_pushlightuserdata(L, (void *)(uintptr_t)(((uint64_t)(minor) << CLUA_TAG_BITS) | (tag)))

/* `a + b` (subtract == 0) or `a - b`: light amounts of one currency whose result still fits
 * stay light; everything else is checked (currency, overflow) on the full values. */
static int clua_money_combine(lua_State *L, int subtract) {
    clua_Money a, b;
    lua_Integer result;
    {
        uint64_t x = CLUA_BITS(L, 1), y = CLUA_BITS(L, 2);
        /* 44-bit operands: no overflow */
        result = subtract ? CLUA_MINOR(x) - CLUA_MINOR(y) : CLUA_MINOR(x) + CLUA_MINOR(y);
        if ((x & y & 1) && ((x ^ y) & CLUA_TAG_MASK) == 0 && CLUA_FITS(result)) {
            CLUA_PUSH_LIGHT(L, result, x & CLUA_TAG_MASK);
            return 1;
        }
    }
    clua_check_money(L, 1, &a);
    clua_check_money(L, 2, &b);
    if (!clua_same_currency(&a, &b)) return clua_money_mismatch(L, &a, &b);
    int overflow = subtract ? __builtin_sub_overflow(a.minor, b.minor, &result)
                            : __builtin_add_overflow(a.minor, b.minor, &result);
    if (overflow) return luaL_error(L, CLUA_MONEY_OVERFLOW);
    clua_push_money(L, result, a.code, a.digits);
    return 1;
}

static int clua_money_add(lua_State *L) { return clua_money_combine(L, 0); }

static int clua_money_sub(lua_State *L) { return clua_money_combine(L, 1); }

/* `price * 3` or `3 * price`. */
static int clua_money_mul(lua_State *L) {
    clua_Money m;
    lua_Integer factor, product;
    uint64_t x = CLUA_BITS(L, 1);
    int light = (x & 1) ? 1 : ((x = CLUA_BITS(L, 2)) & 1) ? 2 : 0;
    if (light != 0 && lua_isinteger(L, 3 - light)) {
        if (!__builtin_mul_overflow(CLUA_MINOR(x), lua_tointegerx(L, 3 - light, NULL), &product) && CLUA_FITS(product)) {
            CLUA_PUSH_LIGHT(L, product, x & CLUA_TAG_MASK);
            return 1;
        }
    }
    if (clua_get_money(L, 1, &m)) factor = clua_money_factor(L, 2);
    else {
        clua_check_money(L, 2, &m);
        factor = clua_money_factor(L, 1);
    }
    if (__builtin_mul_overflow(m.minor, factor, &product)) return luaL_error(L, CLUA_MONEY_OVERFLOW);
    clua_push_money(L, product, m.code, m.digits);
    return 1;
}

static int clua_money_unm(lua_State *L) {
    clua_Money m;
    lua_Integer negation;
    clua_check_money(L, 1, &m);
    if (__builtin_sub_overflow((lua_Integer)0, m.minor, &negation)) return luaL_error(L, CLUA_MONEY_OVERFLOW);
    clua_push_money(L, negation, m.code, m.digits);
    return 1;
}

/* A division needs a rounding mode, which an operator cannot take: say what to use instead. */
static int clua_money_divide(lua_State *L) { return luaL_error(L, CLUA_MONEY_DIVISION); }

/* What Money does not have, worded as Lua words it for a full userdata named Money (Lua names
 * the type of a light userdata "userdata", and only for a full one looks up __name). Lua's own
 * message may end with the operand's variable, "(local 'm')", which C cannot know. There is no
 * __len: with one, the table library would take Money for a table (`#m` says "userdata"). */
static int clua_money_arithmetic(lua_State *L) {
    return luaL_error(L, "attempt to perform arithmetic on a Money value");
}
static int clua_money_bitwise(lua_State *L) {
    return luaL_error(L, "attempt to perform bitwise operation on a Money value");
}
static int clua_money_call(lua_State *L) { return luaL_error(L, "attempt to call a Money value"); }

/* `==` between two full userdata (equal light amounts are equal bits, and a light amount never
 * equals a large one): same currency and amount. */
static int clua_money_eq(lua_State *L) {
    clua_Money a, b;
    int equal = clua_get_money(L, 1, &a) && clua_get_money(L, 2, &b);
    lua_pushboolean(L, equal && clua_same_currency(&a, &b) && a.minor == b.minor);
    return 1;
}

static int clua_money_lt(lua_State *L) {
    clua_Money a, b;
    clua_check_money(L, 1, &a);
    clua_check_money(L, 2, &b);
    if (!clua_same_currency(&a, &b)) return clua_money_mismatch(L, &a, &b);
    lua_pushboolean(L, a.minor < b.minor);
    return 1;
}

/* `a <= b` is `not (b < a)`: b is read first, and a mismatch names b's currency first. */
static int clua_money_le(lua_State *L) {
    clua_Money a, b;
    clua_check_money(L, 2, &b);
    clua_check_money(L, 1, &a);
    if (!clua_same_currency(&b, &a)) return clua_money_mismatch(L, &b, &a);
    lua_pushboolean(L, !(b.minor < a.minor));
    return 1;
}

static int clua_money_tostring(lua_State *L) {
    clua_Money m;
    clua_check_money(L, 1, &m);
    clua_push_money_text(L, &m, 1);
    return 1;
}

/* Whether the `length` bytes at `s` are valid UTF-8 (no overlong forms, no surrogates, at most
 * U+10FFFF): what the host's concatenation would have to repair is left to it. */
static int clua_is_utf8(const unsigned char *s, size_t length) {
    size_t i = 0;
    while (i < length) {
        unsigned char c = s[i];
        size_t n, k;
        unsigned char low = 0x80, high = 0xBF;
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) n = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            if (c == 0xE0) low = 0xA0;
            if (c == 0xED) high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            if (c == 0xF0) low = 0x90;
            if (c == 0xF4) high = 0x8F;
        } else return 0;
        if (length - i <= n) return 0;
        if (s[i + 1] < low || s[i + 1] > high) return 0;
        for (k = 2; k <= n; k++)
            if (s[i + k] < 0x80 || s[i + k] > 0xBF) return 0;
        i += n + 1;
    }
    return 1;
}

/* Pushes the text that `..` uses for operand `i` and returns 1: Money's tostring, a number (as
 * lua_concat writes it, like tostring), a string (if `utf8_only`, only valid UTF-8); returns 0,
 * pushing nothing, for anything else. */
static int clua_push_concat_operand(lua_State *L, int i, int utf8_only) {
    clua_Money m;
    size_t length;
    if (clua_get_money(L, i, &m)) clua_push_money_text(L, &m, 1);
    else if (lua_type(L, i) == LUA_TNUMBER) lua_pushvalue(L, i);
    else if (lua_type(L, i) != LUA_TSTRING) return 0;
    else if (utf8_only && !clua_is_utf8((const unsigned char *)lua_tolstring(L, i, &length), length)) return 0;
    else lua_pushvalue(L, i);
    return 1;
}

/* `..` with strings (valid UTF-8), numbers and Money is done here. With any other operand, the
 * host's concatenation runs in this frame (so its errors carry the script's position and name
 * 'concat'); without one, strings are taken as they are and anything else is an argument error. */
static int clua_money_concat(lua_State *L) {
    void *target;
    int bad;
    lua_settop(L, 2);
    if (clua_push_concat_operand(L, 1, 1) && clua_push_concat_operand(L, 2, 1)) {
        lua_concat(L, 2);
        return 1;
    }
    lua_settop(L, 2);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &clua_money_concat_key);
    target = clua_box_object(L, 3, CLUA_TARGET_MAGIC);
    lua_pop(L, 1); /* the registry keeps the box, and with it the target */
    if (target != NULL) return clua_invoke(L, target, CLUA_OP_CALL, 0);
    bad = clua_push_concat_operand(L, 1, 0) ? (clua_push_concat_operand(L, 2, 0) ? 0 : 2) : 1;
    if (bad == 0) {
        lua_concat(L, 2);
        return 1;
    }
    return luaL_argerror(L, bad, lua_pushfstring(L, "cannot concatenate a %s", luaL_typename(L, bad)));
}

/* __index: fields in C, methods from the names table (upvalue 1). */
static int clua_money_index(lua_State *L) {
    clua_Money m;
    clua_check_money(L, 1, &m);
    lua_settop(L, 2);
    lua_pushvalue(L, 2);
    switch (lua_rawget(L, lua_upvalueindex(1))) {
    case LUA_TFUNCTION: return 1;
    case LUA_TNUMBER:
        switch (lua_tointegerx(L, -1, NULL)) {
        case CLUA_MONEY_MINOR: lua_pushinteger(L, m.minor); return 1;
        case CLUA_MONEY_CURRENCY: {
            char code[4];
            clua_money_code(&m, code);
            lua_pushlstring(L, code, 3);
            return 1;
        }
        case CLUA_MONEY_AMOUNT: clua_push_money_text(L, &m, 0); return 1;
        case CLUA_MONEY_IS_ZERO: lua_pushboolean(L, m.minor == 0); return 1;
        default: break;
        }
        break;
    default: break;
    }
    clua_push_key_name(L, 2);
    return luaL_error(L, "Money has no field %s", lua_tostring(L, -1));
}

/* __newindex: amounts are values. */
static int clua_money_newindex(lua_State *L) {
    clua_push_key_name(L, 2);
    return luaL_error(L, "attempt to write read-only field %s of Money", lua_tostring(L, -1));
}

void clua_open_money(lua_State *L) {
    static const luaL_Reg operators[] = {
        {"__add", clua_money_add},
        {"__sub", clua_money_sub},
        {"__mul", clua_money_mul},
        {"__unm", clua_money_unm},
        {"__div", clua_money_divide},
        {"__idiv", clua_money_divide},
        {"__mod", clua_money_divide},
        {"__pow", clua_money_arithmetic},
        {"__band", clua_money_bitwise},
        {"__bor", clua_money_bitwise},
        {"__bxor", clua_money_bitwise},
        {"__shl", clua_money_bitwise},
        {"__shr", clua_money_bitwise},
        {"__bnot", clua_money_bitwise},
        {"__call", clua_money_call},
        {"__eq", clua_money_eq},
        {"__lt", clua_money_lt},
        {"__le", clua_money_le},
        {"__concat", clua_money_concat},
        {"__tostring", clua_money_tostring},
        {"__newindex", clua_money_newindex},
        {NULL, NULL}};
    int i;
    lua_createtable(L, 0, 26);
    lua_pushliteral(L, "Money");
    lua_setfield(L, -2, "__name");
    lua_pushliteral(L, "Money");
    lua_setfield(L, -2, "__metatable");
    luaL_setfuncs(L, operators, 0);
    lua_createtable(L, 0, 8); /* names */
    for (i = 0; clua_money_fields[i] != NULL; i++) {
        lua_pushinteger(L, i + 1);
        lua_setfield(L, -2, clua_money_fields[i]);
    }
    lua_pushvalue(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &clua_money_names_key);
    lua_pushcclosure(L, clua_money_index, 1);
    lua_setfield(L, -2, "__index");
    /* Every light userdata of the state is an amount: they all have Money's metatable. */
    lua_pushlightuserdata(L, NULL);
    lua_pushvalue(L, -2);
    lua_setmetatable(L, -2);
    lua_pop(L, 1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &clua_money_mt_key);
    /* Large amounts by value, as long as they live. */
    lua_createtable(L, 0, 0);
    lua_createtable(L, 0, 1);
    lua_pushliteral(L, "v");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &clua_money_large_key);
}

int clua_define_money_method(lua_State *L, const char *name) {
    int i;
    for (i = 0; clua_money_fields[i] != NULL; i++) {
        if (strcmp(clua_money_fields[i], name) == 0) {
            lua_pop(L, 1);
            return 0;
        }
    }
    lua_rawgetp(L, LUA_REGISTRYINDEX, &clua_money_names_key);
    lua_insert(L, -2);
    lua_setfield(L, -2, name); /* the names table has no metatable: a raw write */
    lua_pop(L, 1);
    return 1;
}

void clua_set_money_concat(lua_State *L) { lua_rawsetp(L, LUA_REGISTRYINDEX, &clua_money_concat_key); }
