#include "util/arena.h"
#include "util/mem.h"

#include <string.h>

struct wt_arena_block {
    wt_arena_block *next;
    size_t used, size;
    _Alignas(16) unsigned char data[];
};

/* Blocks start at 64 KiB (or block_size when smaller) and double up to
 * block_size: a dictionary arena sized for the full CAMEO set costs little
 * when it holds a test's or a fuzz input's ten entries. */
#define ARENA_FIRST_BLOCK (64 * 1024)

void wt_arena_init(wt_arena *a, size_t block_size)
{
    a->head = NULL;
    a->block_size = block_size ? block_size : ARENA_FIRST_BLOCK;
    a->next_size = a->block_size < ARENA_FIRST_BLOCK ? a->block_size : ARENA_FIRST_BLOCK;
}

void wt_arena_init_first(wt_arena *a, size_t first, size_t block_size)
{
    wt_arena_init(a, block_size);
    if (first && first < a->next_size) a->next_size = first;
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
        a->head = new_block(n > a->next_size ? n : a->next_size, a->head);
        if (a->next_size < a->block_size) a->next_size *= 2;
        if (a->next_size > a->block_size) a->next_size = a->block_size;
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
