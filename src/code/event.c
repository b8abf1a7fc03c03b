#include "code/event.h"

#include <string.h>

void wt_event_list_init(wt_event_list *l)
{
    memset(l, 0, sizeof *l);
    wt_arena_init(&l->arena, 64 * 1024);
}

void wt_event_list_init_small(wt_event_list *l)
{
    memset(l, 0, sizeof *l);
    wt_arena_init_first(&l->arena, 2 * 1024, 64 * 1024);
}

void wt_event_list_clear(wt_event_list *l)
{
    for (size_t i = 0; i < l->items_vec.len; i++) WT_VEC_FREE(l->items_vec.items[i].mention_spans);
    l->items_vec.len = 0;
    wt_arena_reset(&l->arena);
}

void wt_event_list_free(wt_event_list *l)
{
    wt_event_list_clear(l);
    WT_VEC_FREE(l->items_vec);
    wt_arena_free(&l->arena);
}

wt_event *wt_event_list_add(wt_event_list *l)
{
    wt_event *e = WT_VEC_PUSH(l->items_vec);
    e->mentions = 1;
    return e;
}

void wt_event_set_code(wt_event *e, const char *code)
{
    size_t n = strlen(code);
    if (n >= sizeof e->code) n = sizeof e->code - 1;
    memcpy(e->code, code, n);
    e->code[n] = '\0';
    e->root[0] = n > 0 ? code[0] : '\0';
    e->root[1] = n > 1 ? code[1] : '\0';
    e->root[2] = '\0';
}
