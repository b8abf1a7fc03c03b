#include "util/strmap.h"
#include "util/mem.h"

#include <string.h>

uint32_t wt_hash(const char *s, size_t n)
{
    /* FNV-1a: short keys dominate (words), where it is fast and good enough. */
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

void wt_strmap_init(wt_strmap *m)
{
    m->slots = NULL;
    m->cap = m->count = 0;
    wt_arena_init(&m->keys, 64 * 1024);
}

void wt_strmap_free(wt_strmap *m)
{
    free(m->slots);
    wt_arena_free(&m->keys);
    m->slots = NULL;
    m->cap = m->count = 0;
}

static wt_strmap_slot *probe(wt_strmap_slot *slots, size_t cap, const char *key,
                             size_t n, uint32_t h)
{
    size_t mask = cap - 1, i = h & mask;
    for (;;) {
        wt_strmap_slot *s = &slots[i];
        if (!s->key || (s->hash == h && s->len == n && memcmp(s->key, key, n) == 0))
            return s;
        i = (i + 1) & mask;
    }
}

static void grow(wt_strmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    wt_strmap_slot *slots = wt_xcalloc(cap, sizeof *slots);
    for (size_t i = 0; i < m->cap; i++) {
        wt_strmap_slot *old = &m->slots[i];
        if (old->key) *probe(slots, cap, old->key, old->len, old->hash) = *old;
    }
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
}

wt_strmap_slot *wt_strmap_put(wt_strmap *m, const char *key, size_t n, int *inserted)
{
    if ((m->count + 1) * 4 >= m->cap * 3) grow(m);
    uint32_t h = wt_hash(key, n);
    wt_strmap_slot *s = probe(m->slots, m->cap, key, n, h);
    if (inserted) *inserted = s->key == NULL;
    if (!s->key) {
        s->key = wt_arena_strndup(&m->keys, key, n);
        s->len = (uint32_t)n;
        s->hash = h;
        s->value = NULL;
        m->count++;
    }
    return s;
}

wt_strmap_slot *wt_strmap_find(const wt_strmap *m, const char *key, size_t n)
{
    if (!m->cap) return NULL;
    wt_strmap_slot *s = probe(m->slots, m->cap, key, n, wt_hash(key, n));
    return s->key ? s : NULL;
}

void *wt_strmap_get(const wt_strmap *m, const char *key, size_t n)
{
    wt_strmap_slot *s = wt_strmap_find(m, key, n);
    return s ? s->value : NULL;
}
