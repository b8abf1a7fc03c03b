/* mem.h — allocation that does not return NULL.
 *
 * warta treats out-of-memory as fatal: every caller checking for NULL would
 * add an untested error path per allocation, and a half-coded article is
 * worse than a clear abort message. */
#ifndef WARTA_UTIL_MEM_H
#define WARTA_UTIL_MEM_H

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

void *wt_xmalloc(size_t n);
void *wt_xcalloc(size_t count, size_t size);
void *wt_xrealloc(void *p, size_t n);
char *wt_xstrdup(const char *s);
char *wt_xstrndup(const char *s, size_t n);

/* Growable array: a struct with fields `items`, `len`, `cap`.
 * WT_VEC_PUSH(v) returns a pointer to a new zeroed slot at the end. */
#define WT_VEC(T) struct { T *items; size_t len, cap; }
/* Makes room for one more item; returns the (possibly moved) array. */
void *wt_vec_grow(void *items, size_t *cap, size_t len, size_t item_size);
#define WT_VEC_GROW(v) \
    ((v).items = wt_vec_grow((v).items, &(v).cap, (v).len, sizeof *(v).items))
#define WT_VEC_PUSH(v) (WT_VEC_GROW(v), memset(&(v).items[(v).len], 0, sizeof *(v).items), &(v).items[(v).len++])
#define WT_VEC_FREE(v) do { free((v).items); (v).items = NULL; (v).len = (v).cap = 0; } while (0)

#endif
