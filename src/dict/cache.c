/* cache.c — a binary cache of loaded dictionaries.
 *
 * Parsing the full CAMEO set (~2.6 MB of text, 40,000 phrases) takes about
 * 100 ms; reading back what the parse produced takes a few. The cache
 * file holds the dict's contents — vocabulary, actors, agents, verbs and
 * their patterns, phrase entries with their longest-first order, synsets,
 * options, counts — and the diagnostics the parse reported, which are
 * replayed on a warm load so that a user sees the same warnings either
 * way. The compiled tries (compile.c) are rebuilt on load by
 * wt_dict_finish(); they are cheaper to build than to read.
 *
 * File layout (all integers little-endian as written by this machine; a
 * cache is not meant to travel):
 *   "WARTADC\0"  u32 format  u32 layout  u64 payload length  u64 checksum
 *   payload: key string, then the sections written by put_dict().
 * The key names warta's version and every source file with its size and
 * modification time; the file name is a hash of the key, and the key is
 * compared in full on load. A cache whose magic, format, layout, length,
 * checksum, key or any index inside does not check out is rejected (never
 * trusted), the dictionaries are parsed again and the cache rewritten.
 * Writes go to a temporary file renamed into place, so a reader never sees
 * a half-written cache. */
#include "dict/dict.h"
#include "dict/dict_internal.h"
#include "util/buf.h"
#include "util/file.h"
#include "warta.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define CACHE_MAGIC "WARTADC"          /* 8 bytes with the NUL */
#define CACHE_FORMAT 2u
#define NONE32 0xFFFFFFFFu

/* Changes when a struct the cache mirrors changes size: old caches are
 * then rejected instead of misread. (A new field must also be written and
 * read below; tests/test_dict_cache.c compares coding with and without.) */
static uint32_t layout_id(void)
{
    uint32_t h = 17;
    h = h * 31 + (uint32_t)sizeof(wt_coder_options);
    h = h * 31 + (uint32_t)sizeof(wt_entry);
    h = h * 31 + (uint32_t)sizeof(wt_pattern);
    h = h * 31 + (uint32_t)sizeof(wt_verb);
    h = h * 31 + (uint32_t)sizeof(wt_actor);
    h = h * 31 + (uint32_t)sizeof(wt_actor_code);
    h = h * 31 + (uint32_t)sizeof(wt_agent);
    h = h * 31 + (uint32_t)sizeof(wt_time);
    h = h * 31 + (uint32_t)sizeof(wt_pelem);
    h = h * 31 + (uint32_t)sizeof(wt_event_code);
    return h;
}

/* A fast 64-bit checksum, 8 bytes a step. */
static uint64_t checksum(const unsigned char *p, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * 0x100000001B3ULL;
        h ^= h >> 29;
    }
    for (; i < n; i++)
        h = (h ^ p[i]) * 0x100000001B3ULL;
    h ^= h >> 32;
    return h;
}

/* ------------------------------------------------------------ writer */

static void put_u8(wt_buf *b, uint8_t v) { wt_buf_append(b, &v, 1); }
static void put_u32(wt_buf *b, uint32_t v) { wt_buf_append(b, &v, 4); }
static void put_i32(wt_buf *b, int32_t v) { wt_buf_append(b, &v, 4); }
static void put_u64(wt_buf *b, uint64_t v) { wt_buf_append(b, &v, 8); }

static void put_str(wt_buf *b, const char *s)
{
    if (!s) {
        put_u32(b, NONE32);
        return;
    }
    size_t n = strlen(s);
    put_u32(b, (uint32_t)n);
    wt_buf_append(b, s, n + 1);      /* with its NUL: read back in place */
}

/* Pointer → index, for objects several entries share (actors, verbs). */
typedef struct ptrmap {
    const void **keys;
    uint32_t *vals;
    size_t cap, count;
} ptrmap;

static size_t ptr_hash(const void *p, size_t mask)
{
    uint64_t k = (uint64_t)(uintptr_t)p;
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return (size_t)k & mask;
}

static void ptrmap_grow(ptrmap *m);

/* The index of p, giving it `next` when new (*fresh = 1). */
static uint32_t ptrmap_put(ptrmap *m, const void *p, uint32_t next, int *fresh)
{
    if ((m->count + 1) * 2 > m->cap)
        ptrmap_grow(m);
    size_t mask = m->cap - 1, i = ptr_hash(p, mask);
    while (m->keys[i]) {
        if (m->keys[i] == p) {
            *fresh = 0;
            return m->vals[i];
        }
        i = (i + 1) & mask;
    }
    m->keys[i] = p;
    m->vals[i] = next;
    m->count++;
    *fresh = 1;
    return next;
}

static void ptrmap_grow(ptrmap *m)
{
    ptrmap n = { 0 };
    n.cap = m->cap ? m->cap * 2 : 1024;
    n.keys = wt_xcalloc(n.cap, sizeof *n.keys);
    n.vals = wt_xcalloc(n.cap, sizeof *n.vals);
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i]) {
            int fresh;
            ptrmap_put(&n, m->keys[i], m->vals[i], &fresh);
        }
    free(m->keys);
    free(m->vals);
    *m = n;
}

static void ptrmap_free(ptrmap *m)
{
    free(m->keys);
    free(m->vals);
}

typedef struct writer {
    const wt_dict *d;
    ptrmap files;             /* interned file name → index */
    WT_VEC(const char *) file_list;
    int frozen;               /* the table is written: no new names */
} writer;

static uint32_t file_index(writer *w, const char *file)
{
    if (!file)
        return NONE32;
    int fresh;
    uint32_t i = ptrmap_put(&w->files, file, (uint32_t)w->file_list.len, &fresh);
    if (fresh) {
        if (w->frozen)
            return NONE32;   /* never happens with interned names */
        *WT_VEC_PUSH(w->file_list) = file;
    }
    return i;
}

static void put_origin(wt_buf *b, writer *w, const wt_origin *o)
{
    put_u32(b, file_index(w, o->file));
    put_u32(b, o->line);
}

static void put_event_code(wt_buf *b, const wt_event_code *c)
{
    put_str(b, c->code);
    put_str(b, c->pair);
    put_u8(b, c->special);
    put_u8(b, c->subordinate);
    put_u8(b, c->dominant);
}

static void put_elems(wt_buf *b, const wt_pelem *e, uint32_t n)
{
    put_u32(b, n);
    for (uint32_t i = 0; i < n; i++) {
        put_u32(b, e[i].word);
        put_u8(b, e[i].kind);
        put_u8(b, e[i].match);
        put_u8(b, e[i].adjacent);
    }
}

typedef struct diag_line {
    int severity;
    char *where, *message;
} diag_line;
typedef WT_VEC(diag_line) diag_lines;

/* Serialises everything but the file table into `body`; the file table
 * (filled on the way) goes into `head`. */
static void put_dict(wt_buf *body, const wt_dict *d, const diag_lines *diags, long rejected)
{
    writer w = { .d = d };
    /* the file table first: every origin's file is one of the interned
     * names (an origin with another pointer is written as no file) */
    for (size_t i = 0; i < d->files.cap; i++)
        if (d->files.slots && d->files.slots[i].key)
            file_index(&w, d->files.slots[i].value);
    w.frozen = 1;
    put_u32(body, (uint32_t)w.file_list.len);
    for (size_t i = 0; i < w.file_list.len; i++)
        put_str(body, w.file_list.items[i]);
    ptrmap objs = { 0 };
    WT_VEC(const wt_entry *) entries = { 0 };
    WT_VEC(const void *) actors = { 0 }, agents = { 0 }, verbs = { 0 }, times = { 0 };
    ptrmap entry_ix = { 0 };
    for (size_t i = 0; i < d->words.len; i++) {
        const wt_word *wd = d->words.items[i];
        for (size_t j = 0; j < wd->first.len; j++) {
            const wt_entry *e = wd->first.items[j];
            int fresh;
            ptrmap_put(&entry_ix, e, (uint32_t)entries.len, &fresh);
            if (!fresh)
                continue;
            *WT_VEC_PUSH(entries) = e;
            const void *obj = e->u.actor;
            size_t next = 0;
            switch (e->kind) {
            case WT_E_ACTOR: next = actors.len; break;
            case WT_E_AGENT: next = agents.len; break;
            case WT_E_VERB: next = verbs.len; break;
            case WT_E_TIME: next = times.len; break;
            default: obj = NULL; break;
            }
            if (!obj)
                continue;
            ptrmap_put(&objs, obj, (uint32_t)next, &fresh);
            if (!fresh)
                continue;
            switch (e->kind) {
            case WT_E_ACTOR: *WT_VEC_PUSH(actors) = obj; break;
            case WT_E_AGENT: *WT_VEC_PUSH(agents) = obj; break;
            case WT_E_VERB: *WT_VEC_PUSH(verbs) = obj; break;
            default: *WT_VEC_PUSH(times) = obj; break;
            }
        }
    }
    /* scalars */
    put_u64(body, (uint64_t)rejected);
    wt_coder_options opts = d->opts;
    put_u32(body, (uint32_t)sizeof opts);
    wt_buf_append(body, &opts, sizeof opts);
    put_u32(body, d->max_word_len);
    put_u32(body, d->next_seq);
    size_t counts[] = { d->n_actors, d->n_actor_phrases, d->n_agents, d->n_nouns, d->n_adjs,
                        d->n_verbs, d->n_verb_forms, d->n_patterns, d->n_times, d->n_synsets,
                        d->n_options, d->n_rejected };
    for (size_t i = 0; i < sizeof counts / sizeof *counts; i++)
        put_u64(body, counts[i]);
    /* words */
    put_u32(body, (uint32_t)d->words.len);
    for (size_t i = 0; i < d->words.len; i++) {
        const wt_word *wd = d->words.items[i];
        put_u32(body, wd->len);
        wt_buf_append(body, wd->text, wd->len);
        put_u8(body, wd->is_stem);
    }
    /* actors */
    put_u32(body, (uint32_t)actors.len);
    for (size_t i = 0; i < actors.len; i++) {
        const wt_actor *a = actors.items[i];
        put_str(body, a->name);
        put_origin(body, &w, &a->origin);
        put_u32(body, a->ncodes);
        for (uint32_t k = 0; k < a->ncodes; k++) {
            put_str(body, a->codes[k].code);
            put_u8(body, a->codes[k].special);
            put_u8(body, a->codes[k].restrict_kind);
            put_i32(body, a->codes[k].from);
            put_i32(body, a->codes[k].to);
        }
    }
    /* agents */
    put_u32(body, (uint32_t)agents.len);
    for (size_t i = 0; i < agents.len; i++) {
        const wt_agent *a = agents.items[i];
        put_str(body, a->code);
        put_u8(body, a->actor_first);
        put_u8(body, a->special);
        put_str(body, a->name);
        put_origin(body, &w, &a->origin);
    }
    /* verbs and their patterns */
    put_u32(body, (uint32_t)verbs.len);
    for (size_t i = 0; i < verbs.len; i++) {
        const wt_verb *v = verbs.items[i];
        put_str(body, v->name);
        put_event_code(body, &v->code);
        put_origin(body, &w, &v->origin);
        put_u8(body, v->sorted);
        put_u32(body, v->npatterns);
        for (uint32_t k = 0; k < v->npatterns; k++) {
            const wt_pattern *p = &v->patterns[k];
            put_elems(body, p->elems, p->nelems);
            put_u32(body, p->length);
            put_event_code(body, &p->code);
            put_str(body, p->text);
            put_origin(body, &w, &p->origin);
            put_u32(body, p->seq);
            put_u8(body, p->has_source);
            put_u8(body, p->has_target);
            put_u8(body, p->has_compound);
        }
    }
    /* time phrases */
    put_u32(body, (uint32_t)times.len);
    for (size_t i = 0; i < times.len; i++) {
        const wt_time *t = times.items[i];
        put_i32(body, t->shift_days);
        put_u8(body, t->special);
        put_origin(body, &w, &t->origin);
    }
    /* entries */
    put_u32(body, (uint32_t)entries.len);
    for (size_t i = 0; i < entries.len; i++) {
        const wt_entry *e = entries.items[i];
        put_elems(body, e->words, e->nwords);
        put_u32(body, e->length);
        put_u8(body, e->kind);
        uint32_t ref = NONE32;
        if (e->kind == WT_E_ACTOR || e->kind == WT_E_AGENT || e->kind == WT_E_VERB ||
            e->kind == WT_E_TIME) {
            int fresh;
            ref = ptrmap_put(&objs, e->u.actor, 0, &fresh);
        }
        put_u32(body, ref);
        put_origin(body, &w, &e->origin);
        put_u32(body, e->seq);
    }
    /* each word's entries, in their (sorted) order */
    for (size_t i = 0; i < d->words.len; i++) {
        const wt_word *wd = d->words.items[i];
        put_u32(body, (uint32_t)wd->first.len);
        for (size_t j = 0; j < wd->first.len; j++) {
            int fresh;
            put_u32(body, ptrmap_put(&entry_ix, wd->first.items[j], 0, &fresh));
        }
    }
    /* synsets */
    put_u32(body, (uint32_t)d->synsets.count);
    for (size_t i = 0; i < d->synsets.cap; i++) {
        const wt_strmap_slot *s = &d->synsets.slots[i];
        if (!s->key)
            continue;
        put_u32(body, s->len);
        wt_buf_append(body, s->key, s->len);
        const wt_synset *ss = s->value;
        put_u32(body, ss ? (uint32_t)ss->members.len : 0);
        for (size_t k = 0; ss && k < ss->members.len; k++)
            put_str(body, ss->members.items[k]);
    }
    /* diagnostics to replay */
    put_u32(body, (uint32_t)diags->len);
    for (size_t i = 0; i < diags->len; i++) {
        put_u8(body, (uint8_t)diags->items[i].severity);
        put_str(body, diags->items[i].where);
        put_str(body, diags->items[i].message);
    }
    ptrmap_free(&w.files);
    WT_VEC_FREE(w.file_list);
    ptrmap_free(&objs);
    ptrmap_free(&entry_ix);
    WT_VEC_FREE(entries);
    WT_VEC_FREE(actors);
    WT_VEC_FREE(agents);
    WT_VEC_FREE(verbs);
    WT_VEC_FREE(times);
}

/* ------------------------------------------------------------ reader */

typedef struct reader {
    const unsigned char *p, *end;
    int bad;                  /* set on the first inconsistency; reads then return 0 */
    wt_dict *d;
    const char **files;
    uint32_t nfiles;
} reader;

static int need(reader *r, size_t n)
{
    if (r->bad || (size_t)(r->end - r->p) < n) {
        r->bad = 1;
        return 0;
    }
    return 1;
}

static uint8_t get_u8(reader *r)
{
    if (!need(r, 1)) return 0;
    return *r->p++;
}

static uint32_t get_u32(reader *r)
{
    uint32_t v;
    if (!need(r, 4)) return 0;
    memcpy(&v, r->p, 4);
    r->p += 4;
    return v;
}

static int32_t get_i32(reader *r) { return (int32_t)get_u32(r); }

static uint64_t get_u64(reader *r)
{
    uint64_t v;
    if (!need(r, 8)) return 0;
    memcpy(&v, r->p, 8);
    r->p += 8;
    return v;
}

/* A count of items each at least `min_bytes` long: more than the bytes
 * left could hold means corruption (and must not become a huge malloc). */
static uint32_t get_count(reader *r, size_t min_bytes)
{
    uint32_t n = get_u32(r);
    if (!r->bad && (size_t)n > (size_t)(r->end - r->p) / (min_bytes ? min_bytes : 1))
        r->bad = 1;
    return r->bad ? 0 : n;
}

/* A string, used in place (the dict keeps the cache bytes); NULL only
 * when `nullable`. */
static const char *get_str(reader *r, int nullable)
{
    uint32_t n = get_u32(r);
    if (n == NONE32 && !r->bad) {
        if (!nullable) r->bad = 1;
        return nullable ? NULL : "";
    }
    if (!need(r, (size_t)n + 1))
        return "";
    const char *s = (const char *)r->p;
    if (s[n] != '\0' || memchr(s, '\0', n)) {
        r->bad = 1;
        return "";
    }
    r->p += (size_t)n + 1;
    return s;
}

static void get_origin(reader *r, wt_origin *o)
{
    uint32_t f = get_u32(r);
    o->line = get_u32(r);
    if (f == NONE32)
        o->file = NULL;
    else if (f < r->nfiles)
        o->file = r->files[f];
    else
        r->bad = 1;
}

static void get_event_code(reader *r, wt_event_code *c)
{
    c->code = get_str(r, 0);
    c->pair = get_str(r, 1);
    c->special = get_u8(r);
    c->subordinate = get_u8(r);
    c->dominant = get_u8(r);
    if (c->special > WT_CODE_COMPLEX)
        r->bad = 1;
}

/* Elements of a phrase (`pattern` 0) or a pattern (1), checked so the
 * coder can trust them: word ids in range, known kinds, exactly one `*`
 * in a pattern, only words in a phrase. */
static wt_pelem *get_elems(reader *r, uint32_t *count, int pattern, uint32_t nwords)
{
    uint32_t n = get_count(r, 7);
    *count = n;
    if (r->bad || (!pattern && n == 0)) {
        r->bad = 1;
        return NULL;
    }
    wt_pelem *e = wt_arena_alloc(&r->d->arena, (n ? n : 1) * sizeof *e);
    int verbs = 0;
    for (uint32_t i = 0; i < n; i++) {
        e[i].word = get_u32(r);
        e[i].kind = get_u8(r);
        e[i].match = get_u8(r);
        e[i].adjacent = get_u8(r);
        if (e[i].kind > WT_PE_SKIP || e[i].match > WT_M_VERB_ENDING)
            r->bad = 1;
        if (e[i].kind == WT_PE_WORD && e[i].word >= nwords)
            r->bad = 1;
        if (!pattern && e[i].kind != WT_PE_WORD)
            r->bad = 1;
        verbs += e[i].kind == WT_PE_VERB;
    }
    if (pattern && verbs != 1)
        r->bad = 1;
    return e;
}

/* Fills an empty dict from the payload; 0 when it all checks out. */
static int get_dict(reader *r, long *rejected, diag_lines *diags)
{
    wt_dict *d = r->d;
    /* file table */
    uint32_t nf = get_count(r, 4);
    r->files = wt_arena_alloc(&d->arena, (nf ? nf : 1) * sizeof *r->files);
    for (uint32_t i = 0; i < nf && !r->bad; i++) {
        const char *f = get_str(r, 0);
        r->files[i] = r->bad ? "" : wt_dict_intern_file(d, f);
    }
    r->nfiles = nf;
    /* scalars */
    *rejected = (long)get_u64(r);
    if (get_u32(r) != sizeof d->opts || !need(r, sizeof d->opts))
        return -1;
    memcpy(&d->opts, r->p, sizeof d->opts);
    r->p += sizeof d->opts;
    d->opts.default_source[sizeof d->opts.default_source - 1] = 0;
    d->opts.default_target[sizeof d->opts.default_target - 1] = 0;
    d->max_word_len = get_u32(r);
    d->next_seq = get_u32(r);
    size_t *counts[] = { &d->n_actors, &d->n_actor_phrases, &d->n_agents, &d->n_nouns, &d->n_adjs,
                         &d->n_verbs, &d->n_verb_forms, &d->n_patterns, &d->n_times, &d->n_synsets,
                         &d->n_options, &d->n_rejected };
    for (size_t i = 0; i < sizeof counts / sizeof *counts; i++)
        *counts[i] = (size_t)get_u64(r);
    /* words */
    uint32_t nwords = get_count(r, 5);
    for (uint32_t i = 0; i < nwords && !r->bad; i++) {
        uint32_t n = get_u32(r);
        if (n == 0 || !need(r, n)) { r->bad = 1; break; }
        wt_word *w = wt_dict_intern_word(d, (const char *)r->p, n);
        r->p += n;
        if (w->id != i) { r->bad = 1; break; }     /* a duplicate word */
        w->is_stem = get_u8(r);
    }
    if (r->bad)
        return -1;
    /* actors */
    uint32_t nact = get_count(r, 16);
    wt_actor *actors = wt_arena_alloc(&d->arena, (nact ? nact : 1) * sizeof *actors);
    for (uint32_t i = 0; i < nact && !r->bad; i++) {
        wt_actor *a = &actors[i];
        a->name = get_str(r, 1);
        get_origin(r, &a->origin);
        a->ncodes = get_count(r, 14);
        a->codes = wt_arena_alloc(&d->arena, (a->ncodes ? a->ncodes : 1) * sizeof *a->codes);
        for (uint32_t k = 0; k < a->ncodes && !r->bad; k++) {
            wt_actor_code *c = &a->codes[k];
            c->code = get_str(r, 0);
            c->special = get_u8(r);
            c->restrict_kind = get_u8(r);
            c->from = get_i32(r);
            c->to = get_i32(r);
            if (c->special > WT_CODE_COMPLEX || c->restrict_kind > WT_DATE_RANGE)
                r->bad = 1;
        }
    }
    /* agents */
    uint32_t nag = get_count(r, 18);
    wt_agent *agents = wt_arena_alloc(&d->arena, (nag ? nag : 1) * sizeof *agents);
    for (uint32_t i = 0; i < nag && !r->bad; i++) {
        wt_agent *a = &agents[i];
        a->code = get_str(r, 0);
        a->actor_first = get_u8(r);
        a->special = get_u8(r);
        a->name = get_str(r, 1);
        get_origin(r, &a->origin);
    }
    /* verbs */
    uint32_t nverb = get_count(r, 24);
    wt_verb *verbs = wt_arena_alloc(&d->arena, (nverb ? nverb : 1) * sizeof *verbs);
    for (uint32_t i = 0; i < nverb && !r->bad; i++) {
        wt_verb *v = &verbs[i];
        v->name = get_str(r, 1);
        get_event_code(r, &v->code);
        get_origin(r, &v->origin);
        v->sorted = get_u8(r);
        v->npatterns = get_count(r, 38);
        v->patterns = wt_arena_alloc(&d->arena, (v->npatterns ? v->npatterns : 1) * sizeof *v->patterns);
        for (uint32_t k = 0; k < v->npatterns && !r->bad; k++) {
            wt_pattern *p = &v->patterns[k];
            p->elems = get_elems(r, &p->nelems, 1, nwords);
            p->length = get_u32(r);
            get_event_code(r, &p->code);
            p->text = get_str(r, 1);
            get_origin(r, &p->origin);
            p->seq = get_u32(r);
            p->has_source = get_u8(r);
            p->has_target = get_u8(r);
            p->has_compound = get_u8(r);
        }
    }
    /* times */
    uint32_t ntime = get_count(r, 13);
    wt_time *times = wt_arena_alloc(&d->arena, (ntime ? ntime : 1) * sizeof *times);
    for (uint32_t i = 0; i < ntime && !r->bad; i++) {
        times[i].shift_days = get_i32(r);
        times[i].special = get_u8(r);
        get_origin(r, &times[i].origin);
    }
    if (r->bad)
        return -1;
    /* entries */
    uint32_t nent = get_count(r, 28);
    wt_entry *entries = wt_arena_alloc(&d->arena, (nent ? nent : 1) * sizeof *entries);
    for (uint32_t i = 0; i < nent && !r->bad; i++) {
        wt_entry *e = &entries[i];
        e->words = get_elems(r, &e->nwords, 0, nwords);
        e->length = get_u32(r);
        e->kind = get_u8(r);
        uint32_t ref = get_u32(r);
        get_origin(r, &e->origin);
        e->seq = get_u32(r);
        switch (e->kind) {
        case WT_E_ACTOR: if (ref < nact) e->u.actor = &actors[ref]; else r->bad = 1; break;
        case WT_E_AGENT: if (ref < nag) e->u.agent = &agents[ref]; else r->bad = 1; break;
        case WT_E_VERB: if (ref < nverb) e->u.verb = &verbs[ref]; else r->bad = 1; break;
        case WT_E_TIME: if (ref < ntime) e->u.time = &times[ref]; else r->bad = 1; break;
        case WT_E_NOUN: case WT_E_ADJ: break;
        default: r->bad = 1; break;
        }
    }
    /* word → entries, each entry starting with that word */
    for (uint32_t i = 0; i < nwords && !r->bad; i++) {
        uint32_t n = get_count(r, 4);
        wt_word *w = d->words.items[i];
        if (n) {       /* sized once: no growing */
            w->first.items = wt_xmalloc(n * sizeof *w->first.items);
            w->first.cap = n;
        }
        for (uint32_t j = 0; j < n && !r->bad; j++) {
            uint32_t k = get_u32(r);
            if (k >= nent || entries[k].words[0].word != i) { r->bad = 1; break; }
            *WT_VEC_PUSH(w->first) = &entries[k];
        }
    }
    /* synsets */
    uint32_t nsyn = get_count(r, 8);
    for (uint32_t i = 0; i < nsyn && !r->bad; i++) {
        uint32_t n = get_u32(r);
        if (!need(r, n)) break;
        int inserted = 0;
        wt_strmap_slot *slot = wt_strmap_put(&d->synsets, (const char *)r->p, n, &inserted);
        r->p += n;
        if (!inserted) { r->bad = 1; break; }
        wt_synset *ss = wt_arena_alloc(&d->arena, sizeof *ss);
        slot->value = ss;
        uint32_t nm = get_count(r, 4);
        for (uint32_t k = 0; k < nm && !r->bad; k++)
            *WT_VEC_PUSH(ss->members) = (char *)get_str(r, 0);
    }
    /* diagnostics */
    uint32_t ndiag = get_count(r, 9);
    for (uint32_t i = 0; i < ndiag && !r->bad; i++) {
        diag_line *l = WT_VEC_PUSH(*diags);
        l->severity = get_u8(r);
        l->where = (char *)get_str(r, 0);
        l->message = (char *)get_str(r, 0);
        if (l->severity > WT_DIAG_ERROR) r->bad = 1;
    }
    if (r->p != r->end)
        r->bad = 1;
    return r->bad ? -1 : 0;
}

/* ------------------------------------------------------------ the file */


#define HEADER_SIZE 32

/* Decodes `data`, which becomes the dict's (freed with it, or here on
 * failure). */
static int decode_owned(wt_dict *d, void *data, size_t len, const char *key,
                        long *rejected, wt_dict_replay *replay)
{
    const unsigned char *p = data;
    if (d->cache_blob || d->words.len) {      /* only into an empty dict */
        free(data);
        return -1;
    }
    d->cache_blob = data;
    if (len < HEADER_SIZE || memcmp(p, CACHE_MAGIC, 8))
        goto fail;
    uint32_t format, layout;
    uint64_t plen, sum;
    memcpy(&format, p + 8, 4);
    memcpy(&layout, p + 12, 4);
    memcpy(&plen, p + 16, 8);
    memcpy(&sum, p + 24, 8);
    if (format != CACHE_FORMAT || layout != layout_id() || plen != len - HEADER_SIZE)
        goto fail;
    if (checksum(p + HEADER_SIZE, (size_t)plen) != sum)
        goto fail;
    reader r = { p + HEADER_SIZE, p + len, 0, d, NULL, 0 };
    uint32_t klen = get_u32(&r);
    if (r.bad || klen == NONE32 || !need(&r, (size_t)klen + 1))
        goto fail;
    if (key && (strlen(key) != klen || memcmp(r.p, key, klen)))
        goto fail;
    r.p += (size_t)klen + 1;
    diag_lines diags = { 0 };
    long rej = 0;
    int ok = get_dict(&r, &rej, &diags) == 0;
    if (ok) {
        *rejected = rej;
        if (replay) {
            replay->n = diags.len;
            replay->severity = wt_arena_alloc(&d->arena, (diags.len + 1) * sizeof *replay->severity);
            replay->where = wt_arena_alloc(&d->arena, (diags.len + 1) * sizeof *replay->where);
            replay->message = wt_arena_alloc(&d->arena, (diags.len + 1) * sizeof *replay->message);
            for (size_t i = 0; i < diags.len; i++) {
                replay->severity[i] = diags.items[i].severity;
                replay->where[i] = diags.items[i].where;
                replay->message[i] = diags.items[i].message;
            }
        }
    }
    WT_VEC_FREE(diags);
    if (!ok)
        goto fail;
    wt_dict_finish(d);
    return 0;
fail:
    /* leave an empty, usable dict behind (wt_dict_free frees the bytes) */
    wt_dict_free(d);
    wt_dict_init(d);
    return -1;
}

int wt_dict_cache_decode(wt_dict *d, const void *data, size_t len, const char *key,
                         long *rejected, wt_dict_replay *replay)
{
    void *copy = wt_xmalloc(len ? len : 1);
    if (len)
        memcpy(copy, data, len);
    return decode_owned(d, copy, len, key, rejected, replay);
}

static void encode(wt_buf *file, const wt_dict *d, const char *key, const diag_lines *diags,
                   long rejected)
{
    /* one buffer: the header is filled in once the payload is known */
    static const char zeros[HEADER_SIZE] = { 0 };
    wt_buf_append(file, zeros, HEADER_SIZE);
    put_str(file, key);
    put_dict(file, d, diags, rejected);
    memcpy(file->data, CACHE_MAGIC, 8);
    uint32_t format = CACHE_FORMAT, layout = layout_id();
    memcpy(file->data + 8, &format, 4);
    memcpy(file->data + 12, &layout, 4);
    wt_dict_cache_seal(file->data, file->len);
}

void wt_dict_cache_seal(void *data, size_t len)
{
    unsigned char *p = data;
    if (len < HEADER_SIZE)
        return;
    uint64_t plen = len - HEADER_SIZE;
    uint64_t sum = checksum(p + HEADER_SIZE, (size_t)plen);
    memcpy(p + 16, &plen, 8);
    memcpy(p + 24, &sum, 8);
}

int wt_dict_cache_encode(const wt_dict *d, const char *key, long rejected, void **data, size_t *len)
{
    diag_lines none = { 0 };
    wt_buf f;
    wt_buf_init(&f);
    encode(&f, d, key, &none, rejected);
    *len = f.len;
    *data = wt_buf_detach(&f);
    return 0;
}

/* ------------------------------------------------------------ loading */

static int is_plain_dict(const char *path)
{
    return wt_has_suffix(path, ".verbs") || wt_has_suffix(path, ".actors") ||
           wt_has_suffix(path, ".agents") || wt_has_suffix(path, ".options");
}

/* The running program's size and mtime. A cache holds what one build of
 * the readers made of the files; a rebuilt reader may read them
 * differently without any version number changing, so the build that wrote
 * a cache is part of its key. Linux-only (/proc); elsewhere the key falls
 * back to the version alone. */
static void key_add_program(wt_buf *k)
{
    struct stat st;
    if (stat("/proc/self/exe", &st) == 0)
        wt_buf_printf(k, "program\t%lld\t%lld.%09ld\n", (long long)st.st_size,
                      (long long)st.st_mtim.tv_sec, (long)st.st_mtim.tv_nsec);
}

/* The key: warta's version, the program, and each file's path, size and
 * mtime. NULL when a file cannot be stat'ed (the parse will report it). */
static char *make_key(const char *const *paths, size_t n)
{
    wt_buf k;
    wt_buf_init(&k);
    wt_buf_printf(&k, "warta %s cache %u\n", WARTA_VERSION, CACHE_FORMAT);
    key_add_program(&k);
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        char *abs = realpath(paths[i], NULL);
        if (!abs || stat(abs, &st) != 0) {
            free(abs);
            wt_buf_free(&k);
            return NULL;
        }
        wt_buf_printf(&k, "%s\t%lld\t%lld.%09ld\n", abs, (long long)st.st_size,
                      (long long)st.st_mtim.tv_sec, (long)st.st_mtim.tv_nsec);
        free(abs);
    }
    return wt_buf_detach(&k);
}

static uint64_t key_hash(const char *key)
{
    uint64_t h = 14695981039346656037ULL;
    for (const unsigned char *p = (const unsigned char *)key; *p; p++)
        h = (h ^ *p) * 1099511628211ULL;
    return h;
}

static int make_dirs(const char *dir)
{
    char *p = wt_xstrdup(dir);
    for (char *s = p + 1; *s; s++)
        if (*s == '/') {
            *s = 0;
            mkdir(p, 0755);
            *s = '/';
        }
    int ok = mkdir(p, 0755) == 0 || errno == EEXIST;
    free(p);
    return ok && access(dir, W_OK) == 0;
}

char *wt_dict_cache_dir(const char *const *paths, size_t n)
{
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    char *dir = NULL;
    if (xdg && xdg[0] == '/') {
        dir = wt_path_join(xdg, "warta");
        if (make_dirs(dir)) return dir;
        free(dir);
    }
    if (home && home[0]) {
        dir = wt_path_join(home, ".cache/warta");
        if (make_dirs(dir)) return dir;
        free(dir);
    }
    if (n) {   /* next to the dictionaries */
        char *first = wt_xstrdup(paths[0]);
        char *slash = strrchr(first, '/');
        if (slash) *slash = 0;
        else strcpy(first, ".");
        if (access(first, W_OK) == 0) return first;
        free(first);
    }
    return NULL;
}

/* The cache file's bytes, in a buffer the dict will own (freed with
 * free()). Read with one read() into memory whose pages were populated in
 * one call (see compile.c: page faults are what a warm load spends most
 * of its time on otherwise). NULL when absent or unreadable. */
static char *read_cache_file(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return NULL;
    struct stat st;
    char *buf = NULL;
    if (fstat(fd, &st) == 0 && st.st_size > 0 && (uint64_t)st.st_size < ((uint64_t)1 << 32)) {
        size_t n = (size_t)st.st_size;
        buf = malloc(n + 1);
#ifdef MADV_POPULATE_WRITE
        if (buf && n >= (1u << 20)) {
            /* round inwards to whole pages: madvise wants aligned ranges */
            uintptr_t a = ((uintptr_t)buf + 4095) & ~(uintptr_t)4095;
            uintptr_t b = ((uintptr_t)buf + n) & ~(uintptr_t)4095;
            if (b > a)
                madvise((void *)a, b - a, MADV_POPULATE_WRITE);
        }
#endif
        size_t got = 0;
        while (buf && got < n) {
            ssize_t r = read(fd, buf + got, n - got);
            if (r <= 0)
                break;
            got += (size_t)r;
        }
        if (buf && got == n) {
            buf[n] = 0;
            *len = n;
        } else {
            free(buf);
            buf = NULL;
        }
    }
    close(fd);
    return buf;
}

typedef struct capture {
    diag_lines lines;
} capture;

static void capture_fn(void *user, int severity, const char *where, const char *message)
{
    capture *c = user;
    diag_line *l = WT_VEC_PUSH(c->lines);
    l->severity = severity;
    l->where = wt_xstrdup(where ? where : "warta");
    l->message = wt_xstrdup(message);
}

static void write_cache(const char *path, const wt_dict *d, const char *key,
                        const diag_lines *diags, long rejected)
{
    wt_buf f;
    wt_buf_init(&f);
    encode(&f, d, key, diags, rejected);
    char *tmp = wt_xmalloc(strlen(path) + 32);
    sprintf(tmp, "%s.%ld.tmp", path, (long)getpid());
    FILE *out = fopen(tmp, "wb");
    int ok = out && fwrite(f.data, 1, f.len, out) == f.len;
    if (out && fclose(out) != 0) ok = 0;
    if (ok && rename(tmp, path) != 0) ok = 0;
    if (!ok) remove(tmp);   /* a cache that cannot be written is no error */
    free(tmp);
    wt_buf_free(&f);
}

long wt_dict_load_cached(wt_dict *d, const char *const *paths, size_t n,
                         const wt_dict_cache_opts *opts, wt_diag *diag, int *from_cache)
{
    if (from_cache) *from_cache = 0;
    int use = !(opts && opts->disabled) && n > 0 && d->words.len == 0;
    for (size_t i = 0; i < n && use; i++)
        if (!is_plain_dict(paths[i]))
            use = 0;       /* .project files name other files: parsed each time */
    char *key = use ? make_key(paths, n) : NULL;
    char *dir = NULL, *file = NULL;
    if (key) {
        dir = opts && opts->dir ? wt_xstrdup(opts->dir) : wt_dict_cache_dir(paths, n);
        if (dir && opts && opts->dir && !make_dirs(dir)) {
            free(dir);
            dir = NULL;
        }
    }
    if (dir) {
        file = wt_xmalloc(strlen(dir) + 40);
        sprintf(file, "%s/dict-%016llx.wdc", dir, (unsigned long long)key_hash(key));
        size_t len;
        char *data = read_cache_file(file, &len);
        if (data) {
            long rejected = 0;
            wt_dict_replay replay = { 0 };
            int ok = decode_owned(d, data, len, key, &rejected, &replay) == 0;
            if (ok) {
                for (size_t i = 0; i < replay.n; i++)
                    wt_diag_report(diag, replay.severity[i], replay.where[i], "%s", replay.message[i]);
                if (from_cache) *from_cache = 1;
                free(key);
                free(dir);
                free(file);
                return rejected;
            }
        }
    }
    /* parse, capturing what is reported so that a warm load can repeat it */
    capture cap = { 0 };
    wt_diag mine;
    wt_diag_init(&mine);
    mine.fn = capture_fn;
    mine.user = &cap;
    long rejected = 0;
    int failed = 0;
    for (size_t i = 0; i < n; i++) {
        long r = wt_dict_load_file(d, paths[i], &mine);
        if (r < 0) { failed = 1; break; }
        rejected += r;
    }
    for (size_t i = 0; i < cap.lines.len; i++)
        wt_diag_report(diag, cap.lines.items[i].severity, cap.lines.items[i].where, "%s",
                       cap.lines.items[i].message);
    if (!failed) {
        wt_dict_finish(d);
        if (file)
            write_cache(file, d, key, &cap.lines, rejected);
    }
    for (size_t i = 0; i < cap.lines.len; i++) {
        free(cap.lines.items[i].where);
        free(cap.lines.items[i].message);
    }
    WT_VEC_FREE(cap.lines);
    free(key);
    free(dir);
    free(file);
    return failed ? -1 : rejected;
}
