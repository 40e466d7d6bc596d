/* Money as a plain value: a small full userdata holding the amount in minor units and its
 * currency (clua_Money), with no Swift object and no finalizer. Its operators, its fields and
 * its string forms are C, so `total + price * 3` never leaves Lua's C side; its methods
 * (percent, scale, …) are host functions that the host adds to its names table.
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

enum { CLUA_MONEY_MINOR = 1, CLUA_MONEY_CURRENCY, CLUA_MONEY_AMOUNT, CLUA_MONEY_IS_ZERO };
static const char *const clua_money_fields[] = {"minor", "currency", "amount", "is_zero", NULL};

#define CLUA_MONEY_OVERFLOW "the amount is too large to compute exactly."
#define CLUA_MONEY_DIVISION                                                                           \
    "Money cannot be divided with an operator: use :scale(1, n, mode), :percent(p, mode) or "         \
    ":allocate{\xE2\x80\xA6}"

/* Enough for "-9223372036854775808" with a decimal point, a space and a code. */
#define CLUA_MONEY_TEXT 40

const clua_Money *clua_to_money(lua_State *L, int idx) {
    const clua_Money *m;
    if (lua_type(L, idx) != LUA_TUSERDATA || lua_rawlen(L, idx) != sizeof(clua_Money)) return NULL;
    m = (const clua_Money *)lua_touserdata(L, idx);
    return m->magic == CLUA_MONEY_MAGIC ? m : NULL;
}

/* A new Money with the metatable at `mt` on top of the stack. */
static void clua_new_money(lua_State *L, int mt, lua_Integer minor, uint32_t code, int digits) {
    clua_Money *m = (clua_Money *)lua_newuserdatauv(L, sizeof(clua_Money), 0);
    m->magic = CLUA_MONEY_MAGIC;
    m->code = code;
    m->digits = digits < 0 ? 0 : digits > CLUA_MONEY_MAX_DIGITS ? CLUA_MONEY_MAX_DIGITS : digits;
    m->minor = minor;
    lua_pushvalue(L, mt);
    lua_setmetatable(L, -2);
}

void clua_push_money(lua_State *L, lua_Integer minor, uint32_t code, int digits) {
    lua_rawgetp(L, LUA_REGISTRYINDEX, &clua_money_mt_key);
    clua_new_money(L, lua_gettop(L), minor, code, digits);
    lua_remove(L, -2);
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
    if (clua_to_money(L, idx) != NULL) lua_pushliteral(L, "Money");
    else if (clua_box_object(L, idx, CLUA_OBJECT_MAGIC) != NULL && luaL_getmetafield(L, idx, "__name") != LUA_TNIL) {
        if (lua_type(L, -1) != LUA_TSTRING) {
            lua_pop(L, 1);
            lua_pushstring(L, luaL_typename(L, idx));
        }
    } else lua_pushstring(L, luaL_typename(L, idx));
}

/* The Money at argument `arg`, or "bad argument #arg to 'f' (Money expected, got T)". */
static const clua_Money *clua_check_money(lua_State *L, int arg) {
    const clua_Money *m = clua_to_money(L, arg);
    if (m == NULL) {
        clua_push_host_typename(L, arg);
        luaL_argerror(L, arg, lua_pushfstring(L, "Money expected, got %s", lua_tostring(L, -1)));
    }
    return m;
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
        lua_Number n;
        if (lua_isinteger(L, arg)) return lua_tointegerx(L, arg, NULL);
        n = lua_tonumberx(L, arg, NULL);
        if (n > -9e15 && n < 9e15 && n == (lua_Number)(lua_Integer)n) return (lua_Integer)n;
    }
    return luaL_argerror(L, arg, lua_pushfstring(L, "integer quantity expected, got %s", luaL_typename(L, arg)));
}

/* The operators. Upvalue 1 of each is Money's metatable, for the amounts they make. */

static int clua_money_add(lua_State *L) {
    const clua_Money *a = clua_check_money(L, 1), *b = clua_check_money(L, 2);
    lua_Integer sum;
    if (!clua_same_currency(a, b)) return clua_money_mismatch(L, a, b);
    if (__builtin_add_overflow(a->minor, b->minor, &sum)) return luaL_error(L, CLUA_MONEY_OVERFLOW);
    clua_new_money(L, lua_upvalueindex(1), sum, a->code, a->digits);
    return 1;
}

static int clua_money_sub(lua_State *L) {
    const clua_Money *a = clua_check_money(L, 1), *b = clua_check_money(L, 2);
    lua_Integer difference;
    if (!clua_same_currency(a, b)) return clua_money_mismatch(L, a, b);
    if (__builtin_sub_overflow(a->minor, b->minor, &difference)) return luaL_error(L, CLUA_MONEY_OVERFLOW);
    clua_new_money(L, lua_upvalueindex(1), difference, a->code, a->digits);
    return 1;
}

/* `price * 3` or `3 * price`. */
static int clua_money_mul(lua_State *L) {
    const clua_Money *m = clua_to_money(L, 1);
    lua_Integer factor, product;
    if (m != NULL) factor = clua_money_factor(L, 2);
    else {
        m = clua_check_money(L, 2);
        factor = clua_money_factor(L, 1);
    }
    if (__builtin_mul_overflow(m->minor, factor, &product)) return luaL_error(L, CLUA_MONEY_OVERFLOW);
    clua_new_money(L, lua_upvalueindex(1), product, m->code, m->digits);
    return 1;
}

static int clua_money_unm(lua_State *L) {
    const clua_Money *m = clua_check_money(L, 1);
    lua_Integer negation;
    if (__builtin_sub_overflow((lua_Integer)0, m->minor, &negation)) return luaL_error(L, CLUA_MONEY_OVERFLOW);
    clua_new_money(L, lua_upvalueindex(1), negation, m->code, m->digits);
    return 1;
}

/* A division needs a rounding mode, which an operator cannot take: say what to use instead. */
static int clua_money_divide(lua_State *L) { return luaL_error(L, CLUA_MONEY_DIVISION); }

/* `==` (Lua asks only when both operands are userdata): same currency and amount. */
static int clua_money_eq(lua_State *L) {
    const clua_Money *a = clua_to_money(L, 1), *b = clua_to_money(L, 2);
    lua_pushboolean(L, a != NULL && b != NULL && clua_same_currency(a, b) && a->minor == b->minor);
    return 1;
}

static int clua_money_lt(lua_State *L) {
    const clua_Money *a = clua_check_money(L, 1), *b = clua_check_money(L, 2);
    if (!clua_same_currency(a, b)) return clua_money_mismatch(L, a, b);
    lua_pushboolean(L, a->minor < b->minor);
    return 1;
}

/* `a <= b` is `not (b < a)`: b is read first, and a mismatch names b's currency first. */
static int clua_money_le(lua_State *L) {
    const clua_Money *b = clua_check_money(L, 2), *a = clua_check_money(L, 1);
    if (!clua_same_currency(b, a)) return clua_money_mismatch(L, b, a);
    lua_pushboolean(L, !(b->minor < a->minor));
    return 1;
}

static int clua_money_tostring(lua_State *L) {
    clua_push_money_text(L, clua_check_money(L, 1), 1);
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
    const clua_Money *m = clua_to_money(L, i);
    size_t length;
    if (m != NULL) clua_push_money_text(L, m, 1);
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
    const clua_Money *m = clua_check_money(L, 1);
    lua_settop(L, 2);
    lua_pushvalue(L, 2);
    switch (lua_rawget(L, lua_upvalueindex(1))) {
    case LUA_TFUNCTION: return 1;
    case LUA_TNUMBER:
        switch (lua_tointegerx(L, -1, NULL)) {
        case CLUA_MONEY_MINOR: lua_pushinteger(L, m->minor); return 1;
        case CLUA_MONEY_CURRENCY: {
            char code[4];
            clua_money_code(m, code);
            lua_pushlstring(L, code, 3);
            return 1;
        }
        case CLUA_MONEY_AMOUNT: clua_push_money_text(L, m, 0); return 1;
        case CLUA_MONEY_IS_ZERO: lua_pushboolean(L, m->minor == 0); return 1;
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
        {"__add", clua_money_add}, {"__sub", clua_money_sub},     {"__mul", clua_money_mul},
        {"__unm", clua_money_unm}, {"__div", clua_money_divide},  {"__idiv", clua_money_divide},
        {"__mod", clua_money_divide}, {"__eq", clua_money_eq},    {"__lt", clua_money_lt},
        {"__le", clua_money_le},   {"__concat", clua_money_concat}, {"__tostring", clua_money_tostring},
        {NULL, NULL}};
    int i;
    lua_createtable(L, 0, 16);
    lua_pushliteral(L, "Money");
    lua_setfield(L, -2, "__name");
    lua_pushliteral(L, "Money");
    lua_setfield(L, -2, "__metatable");
    lua_pushvalue(L, -1);
    luaL_setfuncs(L, operators, 1); /* each with the metatable as upvalue 1 */
    lua_createtable(L, 0, 8);       /* names */
    for (i = 0; clua_money_fields[i] != NULL; i++) {
        lua_pushinteger(L, i + 1);
        lua_setfield(L, -2, clua_money_fields[i]);
    }
    lua_pushvalue(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &clua_money_names_key);
    lua_pushcclosure(L, clua_money_index, 1);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, clua_money_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_rawsetp(L, LUA_REGISTRYINDEX, &clua_money_mt_key);
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
