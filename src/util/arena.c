#include "util/arena.h"
#include "util/mem.h"

#include <string.h>

struct wt_arena_block {
    wt_arena_block *next;
    size_t used, size;
    _Alignas(16) unsigned char data[];
};

void wt_arena_init(wt_arena *a, size_t block_size)
{
    a->head = NULL;
    a->block_size = block_size ? block_size : 64 * 1024;
}

static wt_arena_block *new_block(size_t size, wt_arena_block *next)
{
    wt_arena_block *b = wt_xmalloc(sizeof *b + size);
    b->next = next;
    b->used = 0;
    b->size = size;
    return b;
}

void *wt_arena_alloc(wt_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (!a->head || a->head->size - a->head->used < n) {
        /* An oversized request gets a block of its own behind the current
         * one, so the space left in the current block is not wasted. */
        if (n > a->block_size / 4 && a->head) {
            wt_arena_block *big = new_block(n, a->head->next);
            a->head->next = big;
            big->used = n;
            memset(big->data, 0, n);
            return big->data;
        }
        a->head = new_block(n > a->block_size ? n : a->block_size, a->head);
    }
    void *p = a->head->data + a->head->used;
    a->head->used += n;
    memset(p, 0, n);
    return p;
}

char *wt_arena_strndup(wt_arena *a, const char *s, size_t n)
{
    char *d = wt_arena_alloc(a, n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *wt_arena_strdup(wt_arena *a, const char *s) { return wt_arena_strndup(a, s, strlen(s)); }

void wt_arena_reset(wt_arena *a)
{
    if (!a->head) return;
    wt_arena_block *keep = a->head, *b = keep->next;
    /* keep the last (oldest) regular block: walk to the tail */
    while (b) {
        wt_arena_block *next = b->next;
        free(b);
        b = next;
    }
    keep->next = NULL;
    keep->used = 0;
}

void wt_arena_free(wt_arena *a)
{
    wt_arena_block *b = a->head;
    while (b) {
        wt_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}
