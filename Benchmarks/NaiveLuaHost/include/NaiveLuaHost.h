/* NaiveLuaHost: the baseline of the host-overhead benchmark (docs/performance.md).
 *
 * What most embeddings of Lua do: one lua_State with the standard libraries, no memory cap, no
 * instruction hook, no deadline, and each product handed to the rule as a Lua table built
 * field by field for every call. It calls the same rule function as Tiwizi's engine (the first
 * rule's `price` function of a rule set's source) and applies the effect it returns the way the
 * engine does, so that both must come to the same prices. */
#ifndef NAIVE_LUA_HOST_H
#define NAIVE_LUA_HOST_H

#include <stddef.h>
#include <stdint.h>

/* One product, as a host would keep it: amounts in centimes, strings NUL-terminated (NULL for none). */
typedef struct naive_product {
    const char *sku, *name, *category, *unit, *vat, *cooperative_id, *origin_place, *region;
    double quantity;
    int64_t price;
    int64_t vat_rate;
    int64_t stock; /* < 0: not in stock */
    int made_to_order;
    int64_t lead_days; /* < 0: none */
} naive_product;

typedef struct naive_host naive_host;

/* A new state with `rule_set` (Lua source returning a rule set) run, its first rule's `price`
 * function kept. NULL on failure, with a message in `error`. */
naive_host *naive_host_open(const char *rule_set, size_t length, char *error, size_t error_size);

/* Prices `count` products, one call of the rule each, and adds their final prices to `*total`.
 * Returns 0, or -1 with a message in `error` (a Lua error, or an effect it does not know). */
int naive_host_price(naive_host *host, const naive_product *products, size_t count, int64_t *total, char *error,
                     size_t error_size);

void naive_host_close(naive_host *host);

#endif
