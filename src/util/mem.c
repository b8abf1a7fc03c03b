#include "util/mem.h"

#include <stdio.h>
#include <string.h>

static void out_of_memory(size_t n)
{
    fprintf(stderr, "warta: out of memory (allocating %zu bytes)\n", n);
    abort();
}

void *wt_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) out_of_memory(n);
    return p;
}

void *wt_xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p) out_of_memory(count * size);
    return p;
}

void *wt_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) out_of_memory(n);
    return q;
}

char *wt_xstrdup(const char *s) { return wt_xstrndup(s, strlen(s)); }

char *wt_xstrndup(const char *s, size_t n)
{
    char *d = wt_xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

void *wt_vec_grow(void *items, size_t *cap, size_t len, size_t item_size)
{
    if (len < *cap) return items;
    *cap = *cap ? *cap * 2 : 8;
    return wt_xrealloc(items, *cap * item_size);
}
