/* string.find, string.match, string.gmatch and string.gsub for the sandbox: Lua 5.4's
 * pattern language, matched by a backtracking matcher written for Tiwizi that charges every
 * step to the run's instruction budget, and so to its deadline and cancel flag. The stock
 * matcher cannot be interrupted: a 30-byte subject and a pattern of a few `.-` keep it busy
 * for hours, and bounding the subject does not bound that work. Results, errors and the order
 * arguments are checked in are stock Lua 5.4's; Tests/LuaHostTests/PatternTests.swift checks
 * that against the stock functions on a random corpus. */
#include "internal.h"

#include <ctype.h>
#include <string.h>

#define PAT_ESC '%'
#define PAT_SPECIALS "^$*+?.([%-"
#define PAT_MAX_CAPTURES 32 /* LUA_MAXCAPTURES */
#define PAT_MAX_DEPTH 200   /* nested matches before "pattern too complex", as stock */
#define PAT_UNFINISHED (-1)
#define PAT_POSITION (-2)
#define PAT_CHARGE_EVERY 256 /* steps between two charges (each also checks the deadline) */

typedef struct {
    const char *start;
    ptrdiff_t len; /* a length, PAT_UNFINISHED or PAT_POSITION */
} pat_Capture;

/* One match in progress. Subjects and patterns are Lua strings, so reading the byte at their
 * end gives the terminating '\0', as the stock matcher also relies on. */
typedef struct {
    lua_State *L;
    const char *subject, *subject_end, *pattern_end;
    int depth_left;
    int level; /* captures opened */
    lua_Integer steps; /* done and not yet charged */
    pat_Capture capture[PAT_MAX_CAPTURES];
} pat_State;

static void pat_charge(pat_State *m, lua_Integer steps) {
    m->steps += steps;
    if (m->steps >= PAT_CHARGE_EVERY) {
        lua_Integer due = m->steps;
        m->steps = 0;
        clua_charge(m->L, due);
    }
}

/* Charges what is left, at the end of a call: raises only if a limit tripped. */
static void pat_settle(pat_State *m) {
    lua_Integer due = m->steps;
    m->steps = 0;
    if (due > 0) clua_charge(m->L, due);
}

static void pat_begin(pat_State *m, lua_State *L, const char *s, size_t ls, const char *p, size_t lp) {
    m->L = L;
    m->subject = s;
    m->subject_end = s + ls;
    m->pattern_end = p + lp;
    m->steps = 0;
}

/* Before each attempt at a new start position (which costs one step). */
static void pat_rewind(pat_State *m) {
    pat_charge(m, 1);
    m->level = 0;
    m->depth_left = PAT_MAX_DEPTH;
}

/* The end of the one-character class (`x`, `.`, `%a`, `[set]`) that starts at p. */
static const char *pat_class_end(pat_State *m, const char *p) {
    char c = *p++;
    if (c == PAT_ESC) {
        if (p == m->pattern_end) luaL_error(m->L, "malformed pattern (ends with '%%')");
        return p + 1;
    }
    if (c == '[') {
        if (*p == '^') p++;
        do { /* the first character, even ']', belongs to the set */
            if (p == m->pattern_end) luaL_error(m->L, "malformed pattern (missing ']')");
            c = *p++;
            if (c == PAT_ESC && p < m->pattern_end) p++;
        } while (*p != ']');
        return p + 1;
    }
    return p;
}

/* Whether byte c is in class %cl (C locale, as stock); an uppercase class is the complement. */
static int pat_in_class(int c, int cl) {
    int in;
    switch (tolower(cl)) {
    case 'a': in = isalpha(c); break;
    case 'c': in = iscntrl(c); break;
    case 'd': in = isdigit(c); break;
    case 'g': in = isgraph(c); break;
    case 'l': in = islower(c); break;
    case 'p': in = ispunct(c); break;
    case 's': in = isspace(c); break;
    case 'u': in = isupper(c); break;
    case 'w': in = isalnum(c); break;
    case 'x': in = isxdigit(c); break;
    case 'z': in = c == 0; break; /* deprecated, still in Lua 5.4 */
    default: return cl == c; /* %x for any other x is x itself */
    }
    return isupper(cl) ? !in : in != 0;
}

/* Whether byte c is in the set from '[' at `open` to its ']' at `close`. */
static int pat_in_set(int c, const char *open, const char *close) {
    const char *p = open + 1;
    int inside = 1;
    if (*p == '^') inside = 0, p++;
    for (; p < close; p++) {
        if (*p == PAT_ESC) {
            p++;
            if (pat_in_class(c, (unsigned char)*p)) return inside;
        } else if (p[1] == '-' && p + 2 < close) {
            if ((unsigned char)p[0] <= c && c <= (unsigned char)p[2]) return inside;
            p += 2;
        } else if ((unsigned char)*p == c) return inside;
    }
    return !inside;
}

/* Whether the subject byte at s is in the class from p to ep. */
static int pat_single(pat_State *m, const char *s, const char *p, const char *ep) {
    int c;
    if (s >= m->subject_end) return 0;
    c = (unsigned char)*s;
    switch (*p) {
    case '.': return 1;
    case PAT_ESC: return pat_in_class(c, (unsigned char)p[1]);
    case '[': pat_charge(m, (ep - p) / 32); return pat_in_set(c, p, ep - 1);
    default: return (unsigned char)*p == c;
    }
}

static const char *pat_match(pat_State *m, const char *s, const char *p);

static const char *pat_open(pat_State *m, const char *s, const char *p, ptrdiff_t kind) {
    const char *end;
    if (m->level >= PAT_MAX_CAPTURES) luaL_error(m->L, "too many captures");
    m->capture[m->level].start = s;
    m->capture[m->level].len = kind;
    m->level++;
    if ((end = pat_match(m, s, p)) == NULL) m->level--;
    return end;
}

static const char *pat_close(pat_State *m, const char *s, const char *p) {
    const char *end;
    int i = m->level - 1;
    while (i >= 0 && m->capture[i].len != PAT_UNFINISHED) i--;
    if (i < 0) luaL_error(m->L, "invalid pattern capture");
    m->capture[i].len = s - m->capture[i].start;
    if ((end = pat_match(m, s, p)) == NULL) m->capture[i].len = PAT_UNFINISHED;
    return end;
}

/* %bxy at p (pointing at x): a balanced run from x to its matching y. */
static const char *pat_balance(pat_State *m, const char *s, const char *p) {
    int depth = 1;
    if (p >= m->pattern_end - 1) luaL_error(m->L, "malformed pattern (missing arguments to '%%b')");
    if (*s != *p) return NULL;
    while (++s < m->subject_end) {
        pat_charge(m, 1);
        if (*s == p[1]) {
            if (--depth == 0) return s + 1;
        } else if (*s == p[0]) depth++;
    }
    return NULL;
}

/* %1 to %9 (digit d): the text of an earlier capture again. */
static const char *pat_backreference(pat_State *m, const char *s, int d) {
    int i = d - '1';
    ptrdiff_t len;
    if (i < 0 || i >= m->level || m->capture[i].len == PAT_UNFINISHED)
        luaL_error(m->L, "invalid capture index %%%d", i + 1);
    len = m->capture[i].len;
    if (len < 0 || m->subject_end - s < len) return NULL; /* a position never matches */
    pat_charge(m, len / 32);
    return memcmp(m->capture[i].start, s, (size_t)len) == 0 ? s + len : NULL;
}

/* x* and x+: the longest run of x first, then shorter ones. */
static const char *pat_longest(pat_State *m, const char *s, const char *p, const char *ep) {
    ptrdiff_t n = 0;
    while (pat_single(m, s + n, p, ep)) n++, pat_charge(m, 1);
    for (; n >= 0; n--) {
        const char *end = pat_match(m, s + n, ep + 1);
        if (end != NULL) return end;
    }
    return NULL;
}

/* x-: the shortest run of x first, then longer ones. */
static const char *pat_shortest(pat_State *m, const char *s, const char *p, const char *ep) {
    for (;;) {
        const char *end = pat_match(m, s, ep + 1);
        if (end != NULL) return end;
        if (!pat_single(m, s, p, ep)) return NULL;
        s++;
    }
}

/* Matches the pattern from p against the subject from s: the end of the match, or NULL. */
static const char *pat_match(pat_State *m, const char *s, const char *p) {
    if (m->depth_left-- == 0) luaL_error(m->L, "pattern too complex");
    while (p != m->pattern_end) {
        const char *ep;
        pat_charge(m, 1);
        switch (*p) {
        case '(':
            s = p[1] == ')' ? pat_open(m, s, p + 2, PAT_POSITION) : pat_open(m, s, p + 1, PAT_UNFINISHED);
            goto done;
        case ')': s = pat_close(m, s, p + 1); goto done;
        case '$':
            if (p + 1 != m->pattern_end) break; /* a '$' inside is an ordinary character */
            if (s != m->subject_end) s = NULL;
            goto done;
        case PAT_ESC:
            if (p[1] == 'b') {
                if ((s = pat_balance(m, s, p + 2)) == NULL) goto done;
                p += 4;
                continue;
            }
            if (p[1] == 'f') {
                int before;
                p += 2;
                if (*p != '[') luaL_error(m->L, "missing '[' after '%%f' in pattern");
                ep = pat_class_end(m, p);
                before = s == m->subject ? '\0' : (unsigned char)s[-1];
                if (!pat_in_set(before, p, ep - 1) && pat_in_set((unsigned char)*s, p, ep - 1)) {
                    p = ep;
                    continue;
                }
                s = NULL;
                goto done;
            }
            if (isdigit((unsigned char)p[1])) {
                if ((s = pat_backreference(m, s, (unsigned char)p[1])) == NULL) goto done;
                p += 2;
                continue;
            }
            break;
        default: break;
        }
        /* a one-character class, maybe followed by a quantifier */
        ep = pat_class_end(m, p);
        if (!pat_single(m, s, p, ep)) {
            if (*ep == '*' || *ep == '?' || *ep == '-') { /* zero repetitions are fine */
                p = ep + 1;
                continue;
            }
            s = NULL;
            goto done;
        }
        switch (*ep) {
        case '?': {
            const char *end = pat_match(m, s + 1, ep + 1);
            if (end != NULL) {
                s = end;
                goto done;
            }
            p = ep + 1;
            continue;
        }
        case '+': s = pat_longest(m, s + 1, p, ep); goto done;
        case '*': s = pat_longest(m, s, p, ep); goto done;
        case '-': s = pat_shortest(m, s, p, ep); goto done;
        default: s++, p = ep; continue;
        }
    }
done:
    m->depth_left++;
    return s;
}

/* Pushes capture i, or the whole match s..e when i is 0 and the pattern has no captures. */
static void pat_push_capture(pat_State *m, int i, const char *s, const char *e) {
    if (i >= m->level) {
        if (i != 0) luaL_error(m->L, "invalid capture index %%%d", i + 1);
        lua_pushlstring(m->L, s, (size_t)(e - s));
        return;
    }
    if (m->capture[i].len == PAT_UNFINISHED) luaL_error(m->L, "unfinished capture");
    if (m->capture[i].len == PAT_POSITION) lua_pushinteger(m->L, (m->capture[i].start - m->subject) + 1);
    else lua_pushlstring(m->L, m->capture[i].start, (size_t)m->capture[i].len);
}

/* Pushes every capture (the whole match when there are none and s is given); returns how many. */
static int pat_push_captures(pat_State *m, const char *s, const char *e) {
    int i, n = (m->level == 0 && s != NULL) ? 1 : m->level;
    luaL_checkstack(m->L, n, "too many captures");
    for (i = 0; i < n; i++) pat_push_capture(m, i, s, e);
    return n;
}

/* A start position as given (negative: from the end) as a 1-based position, at least 1. */
static size_t pat_start(lua_Integer pos, size_t len) {
    if (pos > 0) return (size_t)pos;
    if (pos == 0 || pos < -(lua_Integer)len) return 1;
    return len + (size_t)pos + 1;
}

static int pat_has_specials(const char *p, size_t lp) {
    size_t i;
    for (i = 0; i < lp; i++)
        if (p[i] != '\0' && strchr(PAT_SPECIALS, p[i]) != NULL) return 1;
    return 0;
}

/* The first occurrence of p (lp bytes) in s (ls bytes), charging the bytes compared. */
static const char *pat_find_plain(pat_State *m, const char *s, size_t ls, const char *p, size_t lp) {
    const char *last;
    if (lp == 0) return s;
    if (lp > ls) return NULL;
    last = s + (ls - lp);
    while (s <= last) {
        const char *hit = (const char *)memchr(s, *p, (size_t)(last - s) + 1);
        if (hit == NULL) {
            pat_charge(m, (last - s) / 32);
            return NULL;
        }
        pat_charge(m, (hit - s) / 32 + (lua_Integer)(lp / 32) + 1);
        if (memcmp(hit + 1, p + 1, lp - 1) == 0) return hit;
        s = hit + 1;
    }
    return NULL;
}

static int pat_find_or_match(lua_State *L, int find) {
    size_t ls, lp, init;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    pat_State m;
    init = pat_start(luaL_optinteger(L, 3, 1), ls) - 1;
    if (init > ls) {
        luaL_pushfail(L);
        return 1;
    }
    if (find && (lua_toboolean(L, 4) || !pat_has_specials(p, lp))) {
        const char *hit;
        pat_begin(&m, L, s, ls, p, lp);
        hit = pat_find_plain(&m, s + init, ls - init, p, lp);
        pat_settle(&m);
        if (hit != NULL) {
            lua_pushinteger(L, (hit - s) + 1);
            lua_pushinteger(L, (lua_Integer)((size_t)(hit - s) + lp));
            return 2;
        }
    } else {
        const char *from = s + init;
        int anchored = *p == '^';
        if (anchored) p++, lp--;
        pat_begin(&m, L, s, ls, p, lp);
        do {
            const char *end;
            pat_rewind(&m);
            if ((end = pat_match(&m, from, p)) != NULL) {
                pat_settle(&m);
                if (!find) return pat_push_captures(&m, from, end);
                lua_pushinteger(L, (from - s) + 1);
                lua_pushinteger(L, end - s);
                return pat_push_captures(&m, NULL, NULL) + 2;
            }
        } while (from++ < m.subject_end && !anchored);
        pat_settle(&m);
    }
    luaL_pushfail(L);
    return 1;
}

int clua_string_find(lua_State *L) { return pat_find_or_match(L, 1); }

int clua_string_match(lua_State *L) { return pat_find_or_match(L, 0); }

/* gmatch's state, in a userdata beside the subject and pattern it points into. */
typedef struct {
    pat_State m;
    const char *next;    /* where the next search starts */
    const char *pattern;
    const char *last;    /* end of the last match: an empty match there is skipped */
} pat_Iteration;

static int pat_gmatch_next(lua_State *L) {
    pat_Iteration *it = (pat_Iteration *)lua_touserdata(L, lua_upvalueindex(3));
    const char *from;
    it->m.L = L; /* the iterator may run in another coroutine */
    for (from = it->next; from <= it->m.subject_end; from++) {
        const char *end;
        pat_rewind(&it->m);
        if ((end = pat_match(&it->m, from, it->pattern)) != NULL && end != it->last) {
            it->next = it->last = end;
            pat_settle(&it->m);
            return pat_push_captures(&it->m, from, end);
        }
    }
    pat_settle(&it->m);
    return 0;
}

int clua_string_gmatch(lua_State *L) {
    size_t ls, lp, init;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    pat_Iteration *it;
    init = pat_start(luaL_optinteger(L, 3, 1), ls) - 1;
    lua_settop(L, 2); /* the iterator keeps both strings alive */
    it = (pat_Iteration *)lua_newuserdatauv(L, sizeof(pat_Iteration), 0);
    if (init > ls) init = ls + 1; /* no match, and no pointer past the end */
    pat_begin(&it->m, L, s, ls, p, lp);
    it->next = s + init;
    it->pattern = p;
    it->last = NULL;
    lua_pushcclosure(L, pat_gmatch_next, 3);
    return 1;
}

/* Appends a replacement string (argument 3) with its %0-%9 and %% filled in. */
static void pat_add_template(pat_State *m, luaL_Buffer *b, const char *s, const char *e) {
    size_t len;
    const char *text = lua_tolstring(m->L, 3, &len), *esc;
    while ((esc = (const char *)memchr(text, PAT_ESC, len)) != NULL) {
        char c = esc[1];
        luaL_addlstring(b, text, (size_t)(esc - text));
        if (c == PAT_ESC) luaL_addchar(b, PAT_ESC);
        else if (c == '0') luaL_addlstring(b, s, (size_t)(e - s));
        else if (isdigit((unsigned char)c)) {
            int i = c - '1';
            if (i < m->level && m->capture[i].len >= 0)
                luaL_addlstring(b, m->capture[i].start, (size_t)m->capture[i].len);
            else {
                pat_push_capture(m, i, s, e);
                luaL_addvalue(b);
            }
        } else luaL_error(m->L, "invalid use of '%c' in replacement string", PAT_ESC);
        len -= (size_t)(esc + 2 - text);
        text = esc + 2;
        pat_charge(m, 1);
    }
    luaL_addlstring(b, text, len);
    pat_charge(m, (lua_Integer)((size_t)(e - s) + len) / 32);
}

/* Appends the replacement of the match s..e of kind `kind` (argument 3's type); returns
 * whether it changed the text. */
static int pat_add_replacement(pat_State *m, luaL_Buffer *b, const char *s, const char *e, int kind) {
    lua_State *L = m->L;
    if (kind == LUA_TFUNCTION) {
        int n;
        lua_pushvalue(L, 3);
        n = pat_push_captures(m, s, e);
        lua_call(L, n, 1);
    } else if (kind == LUA_TTABLE) {
        pat_push_capture(m, 0, s, e);
        lua_gettable(L, 3);
    } else {
        pat_add_template(m, b, s, e);
        return 1;
    }
    if (!lua_toboolean(L, -1)) { /* nil or false keeps the match */
        lua_pop(L, 1);
        luaL_addlstring(b, s, (size_t)(e - s));
        return 0;
    }
    if (!lua_isstring(L, -1)) return luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
    luaL_addvalue(b);
    return 1;
}

int clua_string_gsub(lua_State *L) {
    size_t ls, lp;
    const char *src = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    const char *last = NULL;
    int kind = lua_type(L, 3);
    lua_Integer most = luaL_optinteger(L, 4, (lua_Integer)ls + 1);
    int anchored = *p == '^';
    lua_Integer n = 0;
    int changed = 0;
    pat_State m;
    luaL_Buffer b;
    luaL_argexpected(L, kind == LUA_TNUMBER || kind == LUA_TSTRING || kind == LUA_TFUNCTION || kind == LUA_TTABLE,
                     3, "string/function/table");
    luaL_buffinit(L, &b);
    if (anchored) p++, lp--;
    pat_begin(&m, L, src, ls, p, lp);
    while (n < most) {
        const char *end;
        pat_rewind(&m);
        if ((end = pat_match(&m, src, p)) != NULL && end != last) {
            n++;
            changed = pat_add_replacement(&m, &b, src, end, kind) | changed;
            src = last = end;
        } else if (src < m.subject_end) luaL_addchar(&b, *src++);
        else break;
        if (anchored) break;
    }
    pat_settle(&m);
    if (!changed) lua_pushvalue(L, 1);
    else {
        luaL_addlstring(&b, src, (size_t)(m.subject_end - src));
        luaL_pushresult(&b);
    }
    lua_pushinteger(L, n);
    return 2;
}
