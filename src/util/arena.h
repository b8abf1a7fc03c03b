/* arena.h — bump allocator for everything that lives as long as one
 * article (tokens, strings, events). Freed in one call when the article is
 * done, which is what keeps memory flat however many articles stream by. */
#ifndef WARTA_UTIL_ARENA_H
#define WARTA_UTIL_ARENA_H

#include <stddef.h>

typedef struct wt_arena_block wt_arena_block;
typedef struct wt_arena {
    wt_arena_block *head;
    size_t block_size;       /* the largest regular block */
    size_t next_size;        /* the next regular block's size (grows to block_size) */
} wt_arena;

void wt_arena_init(wt_arena *a, size_t block_size);
/* Blocks start at `first` bytes and double up to block_size: for the many
 * small arenas a batch of short records keeps at once. */
void wt_arena_init_first(wt_arena *a, size_t first, size_t block_size);
void *wt_arena_alloc(wt_arena *a, size_t n);          /* zeroed, 16-aligned */
char *wt_arena_strndup(wt_arena *a, const char *s, size_t n);
char *wt_arena_strdup(wt_arena *a, const char *s);
/* Keeps the first block for reuse, frees the rest. */
void wt_arena_reset(wt_arena *a);
void wt_arena_free(wt_arena *a);

#endif
