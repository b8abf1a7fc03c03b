#include "text/doc.h"

#include <string.h>

void wt_doc_init(wt_doc *d)
{
    memset(d, 0, sizeof *d);
    wt_arena_init(&d->arena, 256 * 1024);
}

void wt_doc_reset(wt_doc *d)
{
    wt_arena saved = d->arena;
    /* The vectors keep their capacity: clearing lengths is enough. */
    __typeof__(d->related) related = d->related;
    __typeof__(d->credits) credits = d->credits;
    __typeof__(d->paras) paras = d->paras;
    __typeof__(d->sents) sents = d->sents;
    __typeof__(d->toks) toks = d->toks;
    __typeof__(d->quotes) quotes = d->quotes;
    __typeof__(d->dates) dates = d->dates;
    __typeof__(d->entities) entities = d->entities;
    __typeof__(d->mentions) mentions = d->mentions;
    memset(d, 0, sizeof *d);
    d->arena = saved;
    wt_arena_reset(&d->arena);
    d->related = related; d->related.len = 0;
    d->credits = credits; d->credits.len = 0;
    d->paras = paras; d->paras.len = 0;
    d->sents = sents; d->sents.len = 0;
    d->toks = toks; d->toks.len = 0;
    d->quotes = quotes; d->quotes.len = 0;
    d->dates = dates; d->dates.len = 0;
    d->entities = entities; d->entities.len = 0;
    d->mentions = mentions; d->mentions.len = 0;
}

void wt_doc_free(wt_doc *d)
{
    WT_VEC_FREE(d->related);
    WT_VEC_FREE(d->credits);
    WT_VEC_FREE(d->paras);
    WT_VEC_FREE(d->sents);
    WT_VEC_FREE(d->toks);
    WT_VEC_FREE(d->quotes);
    WT_VEC_FREE(d->dates);
    WT_VEC_FREE(d->entities);
    WT_VEC_FREE(d->mentions);
    wt_arena_free(&d->arena);
}

const char *wt_doc_slice(wt_doc *d, wt_span s)
{
    if (s.end > d->len) s.end = (uint32_t)d->len;
    if (s.start > s.end) s.start = s.end;
    return wt_arena_strndup(&d->arena, d->text + s.start, s.end - s.start);
}
