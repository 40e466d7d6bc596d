/* The naive embedding the host-overhead benchmark compares Tiwizi with: see NaiveLuaHost.h. */
#include "NaiveLuaHost.h"

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>

struct naive_host {
    lua_State *L;
    int rule; /* registry reference of the rule's function */
};

static void set_error(char *error, size_t size, const char *what, const char *message) {
    if (error && size > 0) snprintf(error, size, "%s: %s", what, message ? message : "(no message)");
}

naive_host *naive_host_open(const char *rule_set, size_t length, char *error, size_t error_size) {
    lua_State *L = luaL_newstate();
    if (!L) {
        set_error(error, error_size, "luaL_newstate", "out of memory");
        return NULL;
    }
    luaL_openlibs(L);
    if (luaL_loadbufferx(L, rule_set, length, "=rule-set", "t") != LUA_OK || lua_pcall(L, 0, 1, 0) != LUA_OK) {
        set_error(error, error_size, "loading the rule set", lua_tostring(L, -1));
        lua_close(L);
        return NULL;
    }
    if (lua_getfield(L, -1, "rules") != LUA_TTABLE || lua_geti(L, -1, 1) != LUA_TTABLE ||
        lua_getfield(L, -1, "price") != LUA_TFUNCTION) {
        set_error(error, error_size, "the rule set", "has no rules[1].price function");
        lua_close(L);
        return NULL;
    }
    naive_host *host = malloc(sizeof *host);
    if (!host) {
        lua_close(L);
        set_error(error, error_size, "naive_host_open", "out of memory");
        return NULL;
    }
    host->L = L;
    host->rule = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_settop(L, 0);
    return host;
}

static void set_string(lua_State *L, const char *key, const char *value) {
    if (!value) return;
    lua_pushstring(L, value);
    lua_setfield(L, -2, key);
}

static void set_integer(lua_State *L, const char *key, int64_t value) {
    lua_pushinteger(L, (lua_Integer)value);
    lua_setfield(L, -2, key);
}

/* The product as a table of all its plain fields, as a naive host hands it over. */
static void push_product(lua_State *L, const naive_product *p) {
    lua_createtable(L, 0, 14);
    set_string(L, "sku", p->sku);
    set_string(L, "name", p->name);
    set_string(L, "category", p->category);
    lua_pushnumber(L, p->quantity);
    lua_setfield(L, -2, "quantity");
    set_string(L, "unit", p->unit);
    set_integer(L, "price", p->price);
    set_string(L, "vat", p->vat);
    set_integer(L, "vat_rate", p->vat_rate);
    if (p->stock >= 0) set_integer(L, "stock", p->stock);
    lua_pushboolean(L, p->made_to_order);
    lua_setfield(L, -2, "made_to_order");
    if (p->lead_days >= 0) set_integer(L, "lead_days", p->lead_days);
    set_string(L, "cooperative_id", p->cooperative_id);
    set_string(L, "origin_place", p->origin_place);
    set_string(L, "region", p->region);
}

/* `percent` % of a positive amount, rounded half-up (Tiwizi's Money.percent). */
static int64_t percent_of(int64_t amount, int64_t percent) { return (amount * percent + 50) / 100; }

/* Applies the effect table on top of the stack to `price`; 0, or -1 for a table it cannot read. */
static int apply(lua_State *L, int64_t *price) {
    int known = 0, isnum = 0;
    if (lua_getfield(L, -1, "markup_percent") != LUA_TNIL) {
        lua_Integer markup = lua_tointegerx(L, -1, &isnum);
        if (!isnum) return -1;
        *price += percent_of(*price, markup);
        known = 1;
    }
    lua_pop(L, 1);
    if (lua_getfield(L, -1, "percent_off") != LUA_TNIL) {
        lua_Integer off = lua_tointegerx(L, -1, &isnum);
        if (!isnum) return -1;
        *price -= percent_of(*price, off);
        known = 1;
    }
    lua_pop(L, 1);
    return known ? 0 : -1;
}

int naive_host_price(naive_host *host, const naive_product *products, size_t count, int64_t *total, char *error,
                     size_t error_size) {
    lua_State *L = host->L;
    for (size_t i = 0; i < count; i++) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, host->rule);
        push_product(L, &products[i]);
        if (lua_pcall(L, 1, 1, 0) != LUA_OK) {
            set_error(error, error_size, products[i].sku, lua_tostring(L, -1));
            lua_settop(L, 0);
            return -1;
        }
        int64_t price = products[i].price;
        if (lua_type(L, -1) == LUA_TTABLE && apply(L, &price) != 0) {
            set_error(error, error_size, products[i].sku, "the rule returned an effect this host does not know");
            lua_settop(L, 0);
            return -1;
        }
        lua_settop(L, 0);
        *total += price;
    }
    return 0;
}

void naive_host_close(naive_host *host) {
    if (!host) return;
    lua_close(host->L);
    free(host);
}
