/* strmap.h — open-addressing hash map from byte strings to a pointer-sized
 * value. Used for lexicons, dictionaries and caches. Keys are copied into the
 * map's own arena; lookups take (pointer, length) so callers can probe with
 * a slice of a larger buffer without copying it. */
#ifndef WARTA_UTIL_STRMAP_H
#define WARTA_UTIL_STRMAP_H

#include "util/arena.h"
#include <stddef.h>
#include <stdint.h>

typedef struct wt_strmap_slot {
    const char *key;   /* NULL = empty */
    uint32_t len;
    uint32_t hash;
    void *value;
} wt_strmap_slot;

typedef struct wt_strmap {
    wt_strmap_slot *slots;
    size_t cap, count;
    wt_arena keys;
} wt_strmap;

void wt_strmap_init(wt_strmap *m);
void wt_strmap_free(wt_strmap *m);
uint32_t wt_hash(const char *s, size_t n);
/* Returns the slot for key, inserting it (value NULL) when absent;
 * *inserted tells which (may be NULL). */
wt_strmap_slot *wt_strmap_put(wt_strmap *m, const char *key, size_t n, int *inserted);
/* Returns the stored value, or NULL. */
void *wt_strmap_get(const wt_strmap *m, const char *key, size_t n);
wt_strmap_slot *wt_strmap_find(const wt_strmap *m, const char *key, size_t n);

#endif
