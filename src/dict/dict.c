/* dict.c — the vocabulary, word matching and index of a wt_dict.
 *
 * The readers (tabari_read.c) fill the dict; this file owns what the coder
 * uses per token: the map from a text word to the dictionary words it
 * matches, and the longest-first phrase lists. */
#include "dict/dict.h"
#include "dict/dict_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

void wt_coder_options_default(wt_coder_options *o)
{
    memset(o, 0, sizeof *o);
    o->code_by = WT_CODE_BY_CLAUSE;
    o->comma_on = 1;
    o->comma_min = 2;
    o->comma_max = 10;
    o->comma_emin = 2;
    o->comma_emax = 10;
    o->comma_bmin = 128;
    o->comma_bmax = 0;
    o->time_shift = 1;
    o->check_dominant = 1;
    o->minimum_words = 8;     /* TABARI: shorter "sentences" are mostly split fragments */
}

void wt_dict_init(wt_dict *d)
{
    memset(d, 0, sizeof *d);
    wt_arena_init(&d->arena, 1 << 20);
    wt_strmap_init(&d->vocab);
    wt_strmap_init(&d->synsets);
    wt_strmap_init(&d->files);
    wt_coder_options_default(&d->opts);
}

void wt_dict_free(wt_dict *d)
{
    wt_dict_compiled_free(d);
    for (size_t i = 0; i < d->words.len; i++)
        WT_VEC_FREE(d->words.items[i]->first);
    WT_VEC_FREE(d->words);
    for (size_t i = 0; i < d->synsets.cap; i++)
        if (d->synsets.slots && d->synsets.slots[i].key && d->synsets.slots[i].value)
            WT_VEC_FREE(((wt_synset *)d->synsets.slots[i].value)->members);
    wt_strmap_free(&d->vocab);
    wt_strmap_free(&d->synsets);
    wt_strmap_free(&d->files);
    wt_arena_free(&d->arena);
    free(d->cache_blob);
    memset(d, 0, sizeof *d);
}

const char *wt_dict_intern_file(wt_dict *d, const char *name)
{
    int inserted = 0;
    wt_strmap_slot *s = wt_strmap_put(&d->files, name, strlen(name), &inserted);
    if (inserted)
        s->value = wt_arena_strdup(&d->arena, name);
    return s->value;
}

uint32_t wt_dict_word_id(const wt_dict *d, const char *s, size_t n)
{
    wt_word *w = wt_strmap_get(&d->vocab, s, n);
    if (!w)
        return UINT32_MAX;
    return w->id;
}

wt_word *wt_dict_intern_word(wt_dict *d, const char *s, size_t n)
{
    int inserted = 0;
    wt_strmap_slot *slot = wt_strmap_put(&d->vocab, s, n, &inserted);
    if (inserted) {
        wt_word *w = wt_arena_alloc(&d->arena, sizeof *w);
        w->text = slot->key;
        w->len = (uint32_t)n;
        w->id = (uint32_t)d->words.len;
        *WT_VEC_PUSH(d->words) = w;
        slot->value = w;
        if (n > d->max_word_len)
            d->max_word_len = (uint32_t)n;
        d->finished = 0;      /* the compiled tries no longer cover it */
    }
    return slot->value;
}

/* Regular endings TABARI adds to exact words (manual §5.2.3). Longest
 * first so that "ING" is tried before "S". */
static const char *const noun_endings[] = { "'S", "S'", "S", NULL };
static const char *const verb_endings[] = { "ING", "ES", "ED", "EN", "S", NULL };

/* wt_word_match_add() is static inline in dict_internal.h */

size_t wt_dict_word_matches(const wt_dict *d, const char *s, size_t n,
                            wt_word_match *out, size_t max)
{
    if (d->compiled && d->finished)
        return wt_dict_word_matches_compiled(d, s, n, out, max);
    return wt_dict_word_matches_scan(d, s, n, out, max);
}

size_t wt_dict_word_matches_scan(const wt_dict *d, const char *s, size_t n,
                                 wt_word_match *out, size_t max)
{
    size_t k = 0;
    if (n == 0)
        return 0;
    wt_word *w = wt_strmap_get(&d->vocab, s, n);
    if (w)
        wt_word_match_add(out, &k, max, w->id, WT_HOW_EXACT | (w->is_stem ? WT_HOW_PREFIX : 0));
    size_t lim = n - 1 < d->max_word_len ? n - 1 : d->max_word_len;
    for (size_t len = 1; len <= lim; len++) {
        wt_word *p = wt_strmap_get(&d->vocab, s, len);
        if (p && p->is_stem)
            wt_word_match_add(out, &k, max, p->id, WT_HOW_PREFIX);
    }
    for (int i = 0; noun_endings[i]; i++) {
        size_t el = strlen(noun_endings[i]);
        if (n > el + 1 && !memcmp(s + n - el, noun_endings[i], el)) {
            wt_word *b = wt_strmap_get(&d->vocab, s, n - el);
            if (b)
                wt_word_match_add(out, &k, max, b->id, WT_HOW_ENDING);
        }
    }
    char tmp[128];
    for (int i = 0; verb_endings[i]; i++) {
        size_t el = strlen(verb_endings[i]);
        if (n > el + 1 && n < sizeof tmp && !memcmp(s + n - el, verb_endings[i], el)) {
            wt_word *b = wt_strmap_get(&d->vocab, s, n - el);
            if (b)
                wt_word_match_add(out, &k, max, b->id, WT_HOW_VENDING);
            /* DEPLORED, DEPLORING from DEPLORE_ */
            if (verb_endings[i][0] == 'E' || verb_endings[i][0] == 'I') {
                memcpy(tmp, s, n - el);
                tmp[n - el] = 'E';
                b = wt_strmap_get(&d->vocab, tmp, n - el + 1);
                if (b)
                    wt_word_match_add(out, &k, max, b->id, WT_HOW_VENDING);
            }
        }
    }
    return k;
}

int wt_pelem_accepts(const wt_pelem *e, const wt_word_match *m, size_t nm)
{
    for (size_t i = 0; i < nm; i++) {
        if (m[i].word != e->word)
            continue;
        switch (e->match) {
        case WT_M_STEM:   if (m[i].how & (WT_HOW_PREFIX | WT_HOW_EXACT)) return 1; break;
        case WT_M_EXACT:  if (m[i].how & WT_HOW_EXACT) return 1; break;
        case WT_M_ENDING: if (m[i].how & (WT_HOW_EXACT | WT_HOW_ENDING)) return 1; break;
        case WT_M_VERB_ENDING: if (m[i].how & (WT_HOW_EXACT | WT_HOW_VENDING)) return 1; break;
        }
    }
    return 0;
}

const wt_actor_code *wt_actor_code_for_date(const wt_actor *a, int32_t date)
{
    const wt_actor_code *dflt = NULL;
    for (uint32_t i = 0; i < a->ncodes; i++) {
        const wt_actor_code *c = &a->codes[i];
        switch (c->restrict_kind) {
        case WT_DATE_ANY:
            if (!dflt)
                dflt = c;
            break;
        case WT_DATE_BEFORE:
            if (date && date <= c->to) return c;
            break;
        case WT_DATE_AFTER:
            if (date && date >= c->from) return c;
            break;
        case WT_DATE_RANGE:
            if (date && date >= c->from && date <= c->to) return c;
            break;
        }
    }
    return dflt;
}

int32_t wt_tabari_date(const char *s, size_t n)
{
    if (n != 6 && n != 8)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return -1;
    int32_t v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    int32_t y, m, dd;
    if (n == 6) {
        y = v / 10000;
        y += y <= 30 ? 2000 : 1900;
    } else {
        y = v / 10000;
    }
    m = (v / 100) % 100;
    dd = v % 100;
    if (m < 1 || m > 12 || dd < 1 || dd > 31)
        return -1;
    return y * 10000 + m * 100 + dd;
}

static int entry_cmp(const void *a, const void *b)
{
    const wt_entry *x = *(wt_entry *const *)a, *y = *(wt_entry *const *)b;
    if (x->length != y->length)
        return x->length > y->length ? -1 : 1;
    if (x->seq != y->seq)
        return x->seq < y->seq ? -1 : 1;
    return 0;
}

static int pattern_cmp(const void *a, const void *b)
{
    const wt_pattern *x = a, *y = b;
    if (x->length != y->length)
        return x->length > y->length ? -1 : 1;
    if (x->seq != y->seq)
        return x->seq < y->seq ? -1 : 1;
    return 0;
}

void wt_dict_finish(wt_dict *d)
{
    for (size_t i = 0; i < d->words.len; i++) {
        wt_word *w = d->words.items[i];
        if (w->first.len > 1)
            qsort(w->first.items, w->first.len, sizeof *w->first.items, entry_cmp);
        for (size_t j = 0; j < w->first.len; j++) {
            wt_entry *e = w->first.items[j];
            if (e->kind == WT_E_VERB && !e->u.verb->sorted) {
                wt_verb *v = e->u.verb;
                if (v->npatterns > 1)
                    qsort(v->patterns, v->npatterns, sizeof *v->patterns, pattern_cmp);
                v->sorted = 1;
            }
        }
    }
    d->finished = 1;
    wt_dict_compile(d);
}

void wt_dict_index_entry(wt_dict *d, wt_entry *e)
{
    e->seq = d->next_seq++;
    wt_word *w = d->words.items[e->words[0].word];
    *WT_VEC_PUSH(w->first) = e;
    d->finished = 0;
}
