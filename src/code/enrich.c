/* enrich.c — dates, places, weights and mention merging for coded events.
 *
 * The rules a user can check by eye (docs/events.md):
 *   date   the full date expression nearest the event in its sentence;
 *          else a date opening the paragraph's first sentence (it governs
 *          the paragraph); else a text date of another mention of the same
 *          event (same source, target and code) in the article; else the
 *          publication date.
 *   place  the `di / ke / dari X` phrase nearest the event in its clause
 *          whose X the gazetteer knows ("ibu kota X" = X's capital); else
 *          in its sentence; else the dateline when it is in the source's
 *          or target's country; else the country where the act takes
 *          place (place_event).
 *   quad, goldstein, plover  from the code (data/cameo/).
 *   mentions  one record per (source, target, code, date) per article, or
 *             per paragraph (WT_MERGE_PARAGRAPH). */
#include "code/enrich.h"
#include "ctx.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/mem.h"
#include "util/strmap.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------ CAMEO tables */

typedef struct wt_cameo_tables {
    wt_strmap goldstein;     /* code → index + 1 into values */
    WT_VEC(double) values;
    wt_strmap plover;        /* code → arena string */
    wt_arena arena;
} wt_cameo_tables;

static void free_cameo(wt_cameo_tables *t)
{
    if (!t) return;
    wt_strmap_free(&t->goldstein);
    wt_strmap_free(&t->plover);
    WT_VEC_FREE(t->values);
    wt_arena_free(&t->arena);
    free(t);
}

static int valid_code(const char *s, size_t n)
{
    if (n < 2 || n > 4) return 0;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return 0;
    return 1;
}

/* Reads a tab-separated table; calls row(t, fields, count) per data line.
 * Returns -1 when unreadable. */
static int read_table(wt_cameo_tables *t, const char *path, wt_diag *diag,
                      int (*row)(wt_cameo_tables *, char **, int))
{
    size_t len;
    char *text = wt_read_file(path, &len);
    if (!text) return -1;
    size_t lineno = 0;
    for (char *p = text, *nl; p && *p; p = nl ? nl + 1 : NULL) {
        nl = strchr(p, '\n');
        if (nl) *nl = '\0';
        lineno++;
        if (!*p || *p == '#') continue;
        char *f[6];
        int nf = 0;
        f[nf++] = p;
        for (char *q = p; *q && nf < 6; q++)
            if (*q == '\t') { *q = '\0'; f[nf++] = q + 1; }
        if (!row(t, f, nf))
            wt_diag_at(diag, WT_DIAG_ERROR, path, lineno, "malformed CAMEO table line");
    }
    free(text);
    return 0;
}

static int goldstein_row(wt_cameo_tables *t, char **f, int nf)
{
    char *end;
    size_t n = strlen(f[0]);
    if (nf < 2 || !valid_code(f[0], n)) return 0;
    double v = strtod(f[1], &end);
    if (end == f[1] || *end || v < -10 || v > 10) return 0;
    *WT_VEC_PUSH(t->values) = v;
    wt_strmap_put(&t->goldstein, f[0], n, NULL)->value = (void *)(uintptr_t)t->values.len;
    return 1;
}

static int plover_row(wt_cameo_tables *t, char **f, int nf)
{
    size_t n = strlen(f[0]);
    if (nf < 2 || !valid_code(f[0], n) || !f[1][0]) return 0;
    wt_strmap_put(&t->plover, f[0], n, NULL)->value = wt_arena_strdup(&t->arena, f[1]);
    return 1;
}

static wt_cameo_tables *cameo_tables(warta_ctx *ctx)
{
    if (ctx->cameo || ctx->cameo_tried) return ctx->cameo;
    ctx->cameo_tried = 1;
    wt_cameo_tables *t = wt_xcalloc(1, sizeof *t);
    wt_strmap_init(&t->goldstein);
    wt_strmap_init(&t->plover);
    wt_arena_init(&t->arena, 16 * 1024);
    char *dir = wt_path_join(ctx->data_dir, "cameo");
    char *gold = wt_path_join(dir, "goldstein.tsv");
    char *plov = wt_path_join(dir, "plover.tsv");
    int ok = read_table(t, gold, &ctx->diag, goldstein_row) == 0;
    if (!ok) wt_diag_at(&ctx->diag, WT_DIAG_ERROR, gold, 0, "cannot read the Goldstein table");
    else if (read_table(t, plov, &ctx->diag, plover_row) != 0)
        wt_diag_at(&ctx->diag, WT_DIAG_WARNING, plov, 0, "cannot read the PLOVER table; plover left empty");
    free(plov);
    free(gold);
    free(dir);
    if (!ok) {
        free_cameo(t);
        return NULL;
    }
    return ctx->cameo = t;
}

const wt_gazetteer *wt_enrich_gazetteer(warta_ctx *ctx)
{
    if (ctx->gazetteer || ctx->gazetteer_tried) return ctx->gazetteer;
    ctx->gazetteer_tried = 1;
    char *dir = wt_path_join(ctx->data_dir, "gazetteer");
    ctx->gazetteer = wt_gazetteer_load(dir, &ctx->diag);
    free(dir);
    return ctx->gazetteer;
}

void wt_enrich_load(warta_ctx *ctx)
{
    cameo_tables(ctx);
    wt_enrich_gazetteer(ctx);
}

void wt_enrich_free_tables(warta_ctx *ctx)
{
    free_cameo(ctx->cameo);
    wt_gazetteer_free(ctx->gazetteer);
    ctx->cameo = NULL;
    ctx->gazetteer = NULL;
}

int wt_cameo_quad(const char *code)
{
    if (!code || !valid_code(code, strlen(code))) return 0;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (root >= 1 && root <= 5) return 1;
    if (root >= 6 && root <= 8) return 2;
    if (root >= 9 && root <= 13) return 3;
    if (root >= 14 && root <= 20) return 4;
    return 0;
}

/* The value stored for the longest prefix of code (4, 3, then 2 digits)
 * that the table has. */
static void *lookup_prefix(const wt_strmap *m, const char *code)
{
    size_t n = code ? strlen(code) : 0;
    if (!valid_code(code, n)) return NULL;
    for (; n >= 2; n--) {
        void *v = wt_strmap_get(m, code, n);
        if (v) return v;
    }
    return NULL;
}

int wt_cameo_goldstein(warta_ctx *ctx, const char *code, double *out)
{
    wt_cameo_tables *t = cameo_tables(ctx);
    if (!t) return 0;
    size_t v = (size_t)(uintptr_t)lookup_prefix(&t->goldstein, code);
    if (!v) return 0;
    *out = t->values.items[v - 1];
    return 1;
}

const char *wt_cameo_plover(warta_ctx *ctx, const char *code)
{
    wt_cameo_tables *t = cameo_tables(ctx);
    if (!t) return NULL;
    return lookup_prefix(&t->plover, code);
}

/* ------------------------------------------------------------ spans */

static int inside(wt_span inner, wt_span outer)
{
    return inner.start >= outer.start && inner.end <= outer.end && inner.end > inner.start;
}

/* Bytes between two spans, 0 when they overlap. */
static uint32_t distance(wt_span a, wt_span b)
{
    if (a.end <= b.start) return b.start - a.end;
    if (b.end <= a.start) return a.start - b.end;
    return 0;
}

static int has_span(wt_span s) { return s.end > s.start; }

/* Where the event is, for the date and place searches. */
static wt_span event_anchor(const wt_event *e)
{
    if (has_span(e->evidence_span)) return e->evidence_span;
    return e->span;
}

/* Index of the sentence the event sits in, -1 when unknown. */
static long event_sentence(const wt_doc *doc, const wt_event *e)
{
    if (e->sent >= 0 && (size_t)e->sent < doc->sents.len) return e->sent;
    wt_span a = event_anchor(e);
    for (size_t i = 0; i < doc->sents.len; i++) {
        wt_span s = doc->sents.items[i].span;
        if (a.start >= s.start && a.start < s.end) return (long)i;
    }
    return -1;
}

static wt_span sentence_span(const wt_doc *doc, const wt_event *e)
{
    long s = event_sentence(doc, e);
    if (s >= 0) return doc->sents.items[s].span;
    return has_span(e->span) ? e->span : (wt_span){0, (uint32_t)doc->len};
}

/* ------------------------------------------------------------ indexes */

/* An article can have thousands of events and dates; looking at every one
 * of them for each event was quadratic. These are sorted by where they
 * start, so that the ones inside a sentence are found by binary search;
 * the rules then look at those candidates in their original order, so
 * that the results are exactly those of a scan of the whole list. */
typedef struct starts_index {
    size_t *idx;             /* indexes, sorted by start (then index) */
    uint32_t *start;         /* start of each, in idx order */
    size_t n;
} starts_index;

typedef struct start_item { uint32_t start; size_t i; } start_item;

static int by_start(const void *a, const void *b)
{
    const start_item *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

static void starts_build(starts_index *ix, const wt_span *spans, size_t stride, size_t n)
{
    start_item *items = wt_xcalloc(n ? n : 1, sizeof *items);
    for (size_t i = 0; i < n; i++) {
        const wt_span *sp = (const wt_span *)((const char *)spans + i * stride);
        items[i] = (start_item){ sp->start, i };
    }
    qsort(items, n, sizeof *items, by_start);
    ix->idx = wt_xcalloc(n ? n : 1, sizeof *ix->idx);
    ix->start = wt_xcalloc(n ? n : 1, sizeof *ix->start);
    for (size_t i = 0; i < n; i++) {
        ix->idx[i] = items[i].i;
        ix->start[i] = items[i].start;
    }
    ix->n = n;
    free(items);
}

static void starts_free(starts_index *ix)
{
    free(ix->idx);
    free(ix->start);
}

/* First position whose start is >= at. */
static size_t starts_lower(const starts_index *ix, uint32_t at)
{
    size_t lo = 0, hi = ix->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ix->start[mid] < at) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static int by_index(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

typedef WT_VEC(size_t) index_vec;

/* The indexes of the items starting in [span.start, span.end), in their
 * original order, into *out (reused). */
static void starts_within(const starts_index *ix, wt_span span, index_vec *out)
{
    out->len = 0;
    for (size_t p = starts_lower(ix, span.start); p < ix->n && ix->start[p] < span.end; p++)
        *WT_VEC_PUSH(*out) = ix->idx[p];
    if (out->len > 1) qsort(out->items, out->len, sizeof *out->items, by_index);
}

/* What enrichment looks things up in, built once per article. */
typedef struct article_index {
    starts_index dates;      /* doc->dates by span */
    starts_index evidence;   /* events by evidence span (events without one start at UINT32_MAX) */
    index_vec scratch;
} article_index;

/* ------------------------------------------------------------ dates */

/* A date that names one day: "pekan lalu" resolves to a day of that week
 * and "Desember" to a month, neither of which dates an event. */
static int day_date(const wt_date_mention *m)
{
    wt_date d = m->value;
    return d.year > 0 && d.month > 0 && d.day > 0 && (!m->granularity || !strcmp(m->granularity, "day"));
}

static const wt_date_mention *nearest_date_in(const wt_doc *doc, article_index *ix, wt_span within, wt_span anchor)
{
    const wt_date_mention *best = NULL;
    uint32_t best_d = UINT32_MAX;
    /* a date inside `within` starts inside it */
    starts_within(&ix->dates, within, &ix->scratch);
    for (size_t c = 0; c < ix->scratch.len; c++) {
        const wt_date_mention *m = &doc->dates.items[ix->scratch.items[c]];
        if (!day_date(m) || !inside(m->span, within)) continue;
        uint32_t d = distance(m->span, anchor);
        if (d < best_d) { best = m; best_d = d; }
    }
    return best;
}

/* A date in the first sentence of the event's paragraph governs the later
 * sentences of that paragraph when it is the paragraph's only date before
 * the event ("Pada Senin (11/12), polisi menangkap… Mereka juga menyita…").
 * With two or more dates it is not clear which one governs, so none does. */
static const wt_date_mention *governing_paragraph_date(const wt_doc *doc, article_index *ix, long sent)
{
    if (sent < 0) return NULL;
    const wt_sentence *s = &doc->sents.items[sent];
    if (s->para >= doc->paras.len) return NULL;
    const wt_paragraph *p = &doc->paras.items[s->para];
    if (p->sent_count == 0 || (long)p->sent_first >= sent) return NULL;
    wt_span first = doc->sents.items[p->sent_first].span;
    wt_span before = {p->line.start < first.start ? p->line.start : first.start, s->span.start};
    const wt_date_mention *found = NULL;
    int count = 0;
    starts_within(&ix->dates, before, &ix->scratch);
    for (size_t c = 0; c < ix->scratch.len; c++) {
        const wt_date_mention *m = &doc->dates.items[ix->scratch.items[c]];
        if (!inside(m->span, before)) continue;
        count++;
        if (day_date(m) && m->span.end <= first.end) found = m;
    }
    return count == 1 ? found : NULL;
}

static void date_event(const wt_doc *doc, article_index *ix, wt_event *e)
{
    long sent = event_sentence(doc, e);
    const wt_date_mention *m = nearest_date_in(doc, ix, sentence_span(doc, e), event_anchor(e));
    if (!m) m = governing_paragraph_date(doc, ix, sent);
    if (m) {
        e->date = m->value;
        e->date_source = "text";
        e->date_span = m->span;
    } else if (doc->date.year) {
        e->date = doc->date;
        e->date_source = "publication";
        e->date_span = (wt_span){0, 0};
    } else {
        e->date = (wt_date){0, 0, 0};
        e->date_source = "none";
    }
}

/* Primary actor: the country (or IGO organisation) part of an actor code,
 * USAGOV → USA, IGOUNO → IGOUNO. Tellings of one happening often code the
 * actors at different depths (RUSGOV in the lead, RUSMIL later). */
static int same_primary(const char *a, const char *b)
{
    size_t n = !strncmp(a, "IGO", 3) ? 6 : 3;
    return strlen(a) >= 3 && strlen(b) >= 3 && !strncmp(a, b, n);
}

static int same_happening(const wt_event *a, const wt_event *b)
{
    return same_primary(a->source, b->source) && same_primary(a->target, b->target) && !strcmp(a->code, b->code);
}

/* One happening told several times ("tiba di Pyongyang" in the lead,
 * "berada di Pyongyang sejak Selasa, 12 Desember" later) carries its date
 * and its precise place in only one telling; the others take them from
 * there. A place is only taken to refine a country-level or dateline one
 * within the same country, or to replace a missing one. */
static int vague_place(const wt_place *p)
{
    return !p->name || strcmp(p->source, "text") || !strcmp(p->kind, "country") || !strcmp(p->kind, "region");
}

/* The part of an actor code same_primary compares: 3 letters, 6 for an
 * IGO; "" when the code is too short to compare at all. */
static size_t primary_len(const char *code)
{
    size_t n = strlen(code);
    if (n < 3) return 0;
    size_t want = !strncmp(code, "IGO", 3) ? 6 : 3;
    return n < want ? n : want;
}

typedef struct telling_key { const wt_event *e; size_t i; } telling_key;

/* The compared part of a code as a string: its primary part, or the whole
 * code when it is too short to have one (such codes match nothing). */
static void primary_key(char out[8], const char *code)
{
    size_t n = primary_len(code);
    if (!n) n = strlen(code) < 7 ? strlen(code) : 7;
    memcpy(out, code, n);
    out[n] = '\0';
}

/* Orders events by (source primary, target primary, code), then index:
 * the tellings of one happening end up next to each other, in order. */
static int by_happening(const void *a, const void *b)
{
    const telling_key *x = a, *y = b;
    char p[8], q[8];
    primary_key(p, x->e->source);
    primary_key(q, y->e->source);
    int c = strcmp(p, q);
    if (!c) {
        primary_key(p, x->e->target);
        primary_key(q, y->e->target);
        c = strcmp(p, q);
    }
    if (!c) c = strcmp(x->e->code, y->e->code);
    if (!c) c = x->i < y->i ? -1 : x->i > y->i;
    return c;
}

/* Takes the date and the precise place of event i from another telling
 * (j, in order) of the same happening: group[0..n) are the tellings. */
static void share_from(wt_event *ev, size_t i, const telling_key *group, size_t n)
{
    int need_date = !strcmp(ev[i].date_source, "publication") || !strcmp(ev[i].date_source, "none");
    int need_place = vague_place(&ev[i].place);
    for (size_t g = 0; g < n && (need_date || need_place); g++) {
        size_t j = group[g].i;
        if (j == i) continue;
        if (need_date && !strcmp(ev[j].date_source, "text") && ev[j].date_span.end > ev[j].date_span.start) {
            ev[i].date = ev[j].date;
            ev[i].date_span = ev[j].date_span;
            ev[i].date_source = "text";
            need_date = 0;
        }
        const wt_place *p = &ev[j].place;
        if (need_place && !vague_place(p) &&
            (!ev[i].place.name || strcmp(ev[i].place.source, "text") || !strcmp(ev[i].place.country, p->country))) {
            ev[i].place = *p;
            need_place = 0;
        }
    }
}

/* Each event looks only at the tellings of its own happening (same
 * primary actors and code, same_happening), in their original order, so
 * the cost is that of sorting, not of every pair of events. */
static void share_across_tellings(wt_event_list *l)
{
    wt_event *ev = l->items_vec.items;
    size_t n = l->items_vec.len;
    if (n < 2) return;
    telling_key *keys = wt_xcalloc(n, sizeof *keys);
    size_t *group_of = wt_xcalloc(n, sizeof *group_of), *group_len = wt_xcalloc(n, sizeof *group_len);
    for (size_t i = 0; i < n; i++) keys[i] = (telling_key){ &ev[i], i };
    qsort(keys, n, sizeof *keys, by_happening);
    for (size_t a = 0; a < n;) {
        size_t b = a + 1;
        while (b < n && same_happening(keys[a].e, keys[b].e)) b++;
        for (size_t k = a; k < b; k++) {
            group_of[keys[k].i] = a;
            group_len[keys[k].i] = b - a;
        }
        a = b;
    }
    /* the keys point at the events, whose primary parts and codes do not
     * change below: only dates and places are shared */
    for (size_t i = 0; i < n; i++)
        if (primary_len(ev[i].source) && primary_len(ev[i].target))
            share_from(ev, i, &keys[group_of[i]], group_len[i]);
    free(keys);
    free(group_of);
    free(group_len);
}

/* ------------------------------------------------------------ places */

typedef struct word { wt_span span; } word;
typedef WT_VEC(word) word_vec;

static int word_byte(unsigned char c)
{
    return isalnum(c) || c >= 0x80 || c == '-' || c == '\'';
}

static void split_words(const char *text, wt_span within, word_vec *out)
{
    out->len = 0;
    uint32_t i = within.start;
    while (i < within.end) {
        while (i < within.end && !word_byte((unsigned char)text[i])) i++;
        if (i >= within.end) break;
        uint32_t start = i;
        while (i < within.end && word_byte((unsigned char)text[i])) i++;
        WT_VEC_PUSH(*out)->span = (wt_span){start, i};
    }
}

static int word_is(const char *text, word w, const char *s)
{
    size_t n = w.span.end - w.span.start;
    return n == strlen(s) && strncasecmp(text + w.span.start, s, n) == 0;
}

static int capitalised(const char *text, word w)
{
    unsigned char c = (unsigned char)text[w.span.start];
    return isupper(c) || c >= 0x80;
}

/* Words that may stand between the preposition and the name:
 * "di Kota Bandung", "ke Provinsi Papua", "di Kabupaten Bogor". */
static int place_noun(const char *text, word w)
{
    static const char *const nouns[] = {"kota", "kabupaten", "kab", "provinsi", "negara", "pulau",
                                        "wilayah", "daerah", "kawasan", "distrik", "negeri", NULL};
    for (int i = 0; nouns[i]; i++)
        if (word_is(text, w, nouns[i])) return 1;
    return 0;
}

/* Only spaces between consecutive words of one name: "Korea Utara (Korut)"
 * is the name "Korea Utara" followed by something else. */
static int adjacent(const char *text, word a, word b)
{
    for (uint32_t i = a.span.end; i < b.span.start; i++)
        if (text[i] != ' ') return 0;
    return 1;
}

/* The longest gazetteer name starting at words[k]; *used = its length. */
static const wt_gaz_place *match_name(const wt_gazetteer *g, const char *text, const word *w, size_t nw,
                                      size_t k, size_t *used)
{
    wt_buf key;
    wt_buf_init(&key);
    size_t max = nw - k < (size_t)g->max_words ? nw - k : (size_t)g->max_words;
    const wt_gaz_place *found = NULL;
    size_t n = 1;
    for (; n <= max; n++) {
        if (n > 1 && !adjacent(text, w[k + n - 2], w[k + n - 1])) break;
    }
    for (size_t len = n - 1; len >= 1 && !found; len--) {
        wt_buf_clear(&key);
        wt_gazetteer_key(&key, text + w[k].span.start, w[k + len - 1].span.end - w[k].span.start);
        found = wt_gazetteer_find(g, key.data, key.len);
        if (found) *used = len;
    }
    wt_buf_free(&key);
    return found;
}

typedef struct place_hit {
    const wt_gaz_place *place;
    wt_span span;
} place_hit;

/* The place named after the preposition at words[k], if any. */
static place_hit place_after(const wt_gazetteer *g, const char *text, const word *w, size_t nw, size_t k)
{
    place_hit hit = {NULL, {0, 0}};
    size_t i = k + 1;
    int capital_of = 0;
    if (i + 1 < nw && word_is(text, w[i], "ibu") && word_is(text, w[i + 1], "kota")) {
        capital_of = 1;
        i += 2;
    } else if (i < nw && word_is(text, w[i], "ibukota")) {
        capital_of = 1;
        i += 1;
    }
    size_t used = 0;
    const wt_gaz_place *p = NULL;
    /* "Kabupaten Bandung", "Kota Batu": the gazetteer lists a regency or
     * city whose bare name is another place's or a common word with its
     * noun; try that first, then the name after the noun */
    if (!capital_of && i + 1 < nw && place_noun(text, w[i]) && capitalised(text, w[i + 1]))
        p = match_name(g, text, w, nw, i, &used);
    if (!p) {
        if (!capital_of && i < nw && place_noun(text, w[i])) i++;
        if (i >= nw || !capitalised(text, w[i])) return hit;
        p = match_name(g, text, w, nw, i, &used);
    }
    if (!p) return hit;
    if (capital_of) {
        const wt_gaz_place *country = p->kind == WT_GAZ_COUNTRY ? p : wt_gazetteer_country(g, p->country);
        if (!country || country->capital < 0) return hit;
        p = &g->places.items[country->capital];
    }
    hit.place = p;
    hit.span = (wt_span){w[k + 1].span.start, w[i + used - 1].span.end};
    return hit;
}

static void set_place(wt_place *out, const wt_gaz_place *p, wt_span span, const char *source)
{
    out->name = p->name;
    memcpy(out->country, p->country, sizeof out->country);
    memcpy(out->adm1, p->adm1, sizeof out->adm1);
    out->lat = p->lat;
    out->lon = p->lon;
    out->span = span;
    out->source = source;
    static const char *const kinds[] = {"region", "country", "adm1", "adm2", "disputed", "city", "capital"};
    out->kind = p->kind >= 0 && p->kind <= WT_GAZ_CAPITAL ? kinds[p->kind] : "city";
}

/* The event's clause: its sentence, cut at the evidence of the events
 * before and after it in the same sentence, so that "X tiba di Pyongyang
 * setelah Y menyatakan…" gives Pyongyang to X's arrival and not to Y. */
static wt_span event_clause(const wt_doc *doc, article_index *ix, const wt_event_list *l, const wt_event *e)
{
    wt_span clause = sentence_span(doc, e);
    wt_span a = event_anchor(e);
    if (!has_span(e->evidence_span)) return clause;
    /* only events whose evidence starts in the sentence can be inside it */
    starts_within(&ix->evidence, clause, &ix->scratch);
    for (size_t c = 0; c < ix->scratch.len; c++) {
        const wt_event *o = &l->items_vec.items[ix->scratch.items[c]];
        wt_span b = o->evidence_span;
        if (o == e || !has_span(b) || !inside(b, clause)) continue;
        if (b.end <= a.start && b.end > clause.start) clause.start = b.end;
        if (b.start >= a.end && b.start < clause.end) clause.end = b.start;
    }
    return clause;
}

/* The `di / ke / dari X` phrase nearest the anchor within span. */
static place_hit nearest_place(const wt_doc *doc, const wt_gazetteer *g, wt_span within, wt_span anchor,
                               word_vec *words)
{
    split_words(doc->text, within, words);
    place_hit best = {NULL, {0, 0}};
    uint32_t best_d = UINT32_MAX;
    for (size_t k = 0; k + 1 < words->len; k++) {
        word w = words->items[k];
        if (!word_is(doc->text, w, "di") && !word_is(doc->text, w, "ke") && !word_is(doc->text, w, "dari"))
            continue;
        place_hit hit = place_after(g, doc->text, words->items, words->len, k);
        if (!hit.place) continue;
        uint32_t d = distance(hit.span, anchor);
        if (d < best_d) { best = hit; best_d = d; }
    }
    return best;
}

/* The country of an actor code (its first three letters), or NULL. */
static const wt_gaz_place *actor_country(const wt_gazetteer *g, const char *code)
{
    if (strlen(code) < 3) return NULL;
    char iso3[4] = {code[0], code[1], code[2], '\0'};
    return wt_gazetteer_country(g, iso3);
}

/* 1 when place p lies in the source's or the target's country. */
static int in_actor_country(const wt_gaz_place *p, const wt_gaz_place *src, const wt_gaz_place *tgt)
{
    return (src && !strcmp(p->country, src->country)) || (tgt && !strcmp(p->country, tgt->country));
}

/* The country where the act takes place when the text names no place: a
 * visit (042) happens at the host's, hosting one (043) at home; any other
 * act where its source is, else where its target is. */
static const wt_gaz_place *act_country(const wt_gazetteer *g, const wt_event *e)
{
    const wt_gaz_place *src = actor_country(g, e->source), *tgt = actor_country(g, e->target);
    if (!strcmp(e->code, "042") && tgt) return tgt;
    return src ? src : tgt;
}

/* Where the event happened, first rule that gives a place (place.source):
 *   text      a place named with di/ke/dari in the event's clause;
 *   sentence  such a place elsewhere in the sentence, when it lies in the
 *             source's or the target's country (a place in a third country
 *             belongs to another event of the sentence);
 *   dateline  the dateline, only when it lies in the source's or the
 *             target's country (an outlet's home city is not where a
 *             foreign event happened);
 *   actor     the country where the act takes place (act_country), at
 *             country precision.
 * A city in a country neither actor belongs to comes only from the text. */
static void place_event(const wt_doc *doc, article_index *ix, const wt_gazetteer *g, const wt_event_list *l,
                        wt_event *e, word_vec *words)
{
    memset(&e->place, 0, sizeof e->place);
    if (!g) return;
    wt_span anchor = event_anchor(e);
    place_hit hit = nearest_place(doc, g, event_clause(doc, ix, l, e), anchor, words);
    if (hit.place) {
        set_place(&e->place, hit.place, hit.span, "text");
        return;
    }
    const wt_gaz_place *src = actor_country(g, e->source), *tgt = actor_country(g, e->target);
    hit = nearest_place(doc, g, sentence_span(doc, e), anchor, words);
    if (hit.place && in_actor_country(hit.place, src, tgt)) {
        set_place(&e->place, hit.place, hit.span, "sentence");
        return;
    }
    if (doc->dateline && doc->dateline[0]) {
        wt_buf key;
        wt_buf_init(&key);
        wt_gazetteer_key(&key, doc->dateline, strlen(doc->dateline));
        const wt_gaz_place *p = wt_gazetteer_find(g, key.data, key.len);
        wt_buf_free(&key);
        if (p && in_actor_country(p, src, tgt)) {
            set_place(&e->place, p, doc->dateline_span, "dateline");
            return;
        }
    }
    const wt_gaz_place *c = act_country(g, e);
    if (c) set_place(&e->place, c, (wt_span){0, 0}, "actor");
}

/* ------------------------------------------------------------ mentions */

/* Folds events with the same (source, target, code, date) into the first
 * of them: mentions counts the tellings, mention_spans keeps each one's
 * evidence, and a place found in the text beats one from the dateline. */
/* What two events must share to be folded: source, target, code, date,
 * the paragraph (WT_MERGE_PARAGRAPH) and the article. */
static void merge_key(wt_buf *k, const wt_event *e, int scope)
{
    wt_buf_clear(k);
    wt_buf_append(k, e->source, strlen(e->source) + 1);
    wt_buf_append(k, e->target, strlen(e->target) + 1);
    wt_buf_append(k, e->code, strlen(e->code) + 1);
    wt_buf_append(k, &e->date.year, sizeof e->date.year);
    wt_buf_append(k, &e->date.month, sizeof e->date.month);
    wt_buf_append(k, &e->date.day, sizeof e->date.day);
    if (scope == WT_MERGE_PARAGRAPH) wt_buf_append(k, &e->para, sizeof e->para);
    wt_buf_putc(k, e->doc ? '1' : '0');
    if (e->doc) wt_buf_puts(k, e->doc);
}

static void merge_mentions(wt_event_list *l, int scope)
{
    if (scope == WT_MERGE_NONE || l->items_vec.len < 2) return;   /* one event folds into nothing */
    wt_event *ev = l->items_vec.items;
    size_t kept = 0;
    wt_strmap first;             /* merge key -> index + 1 of the event kept for it */
    wt_strmap_init(&first);
    wt_buf key;
    wt_buf_init(&key);
    for (size_t i = 0; i < l->items_vec.len; i++) {
        wt_event *e = &ev[i];
        merge_key(&key, e, scope);
        wt_strmap_slot *slot = wt_strmap_put(&first, key.data, key.len, NULL);
        if (!slot->value) {
            if (kept != i) ev[kept] = *e;
            kept++;
            slot->value = (void *)(uintptr_t)kept;
            continue;
        }
        wt_event *into = &ev[(size_t)(uintptr_t)slot->value - 1];
        into->mentions += e->mentions;
        for (size_t s = 0; s < e->mention_spans.len; s++) *WT_VEC_PUSH(into->mention_spans) = e->mention_spans.items[s];
        if (e->place.name && (!into->place.name || (strcmp(into->place.source, "text") && !strcmp(e->place.source, "text"))))
            into->place = e->place;
        WT_VEC_FREE(e->mention_spans);
    }
    l->items_vec.len = kept;
    wt_buf_free(&key);
    wt_strmap_free(&first);
}

/* ------------------------------------------------------------ driver */

static void score_event(warta_ctx *ctx, wt_event *e)
{
    if (!e->root[0] && e->code[0]) wt_event_set_code(e, e->code);
    e->quad = wt_cameo_quad(e->code);
    e->goldstein = 0;
    if (!wt_cameo_goldstein(ctx, e->code, &e->goldstein) && e->code[0])
        wt_diag_report(&ctx->diag, WT_DIAG_WARNING, e->doc, "no Goldstein value for CAMEO code '%s'", e->code);
    e->plover = wt_cameo_plover(ctx, e->code);
}

int wt_enrich(warta_ctx *ctx, const wt_doc *doc, wt_event_list *events)
{
    return wt_enrich_merge(ctx, doc, events, WT_MERGE_ARTICLE);
}

/* Events without an evidence span are never inside a clause: they are
 * indexed past every text offset. */
static void index_article(article_index *ix, const wt_doc *doc, const wt_event_list *l)
{
    starts_build(&ix->dates, doc->dates.len ? &doc->dates.items[0].span : NULL, sizeof(wt_date_mention),
                 doc->dates.len);
    size_t n = l->items_vec.len;
    wt_span *ev = wt_xcalloc(n ? n : 1, sizeof *ev);
    for (size_t i = 0; i < n; i++) {
        wt_span b = l->items_vec.items[i].evidence_span;
        ev[i] = has_span(b) ? b : (wt_span){UINT32_MAX, UINT32_MAX};
    }
    starts_build(&ix->evidence, ev, sizeof *ev, n);
    free(ev);
}

int wt_enrich_merge(warta_ctx *ctx, const wt_doc *doc, wt_event_list *events, int scope)
{
    if (!cameo_tables(ctx)) return -1;
    const wt_gazetteer *g = doc ? wt_enrich_gazetteer(ctx) : NULL;
    word_vec words = {0};
    article_index ix = {0};
    if (doc) index_article(&ix, doc, events);
    for (size_t i = 0; i < events->items_vec.len; i++) {
        wt_event *e = &events->items_vec.items[i];
        score_event(ctx, e);
        if (e->mentions == 0) e->mentions = 1;
        if (e->mention_spans.len == 0 && has_span(e->evidence_span))
            *WT_VEC_PUSH(e->mention_spans) = e->evidence_span;
        if (doc) {
            date_event(doc, &ix, e);
            place_event(doc, &ix, g, events, e, &words);
        } else if (!e->date_source) {
            e->date_source = e->date.year ? "record" : "none";
        }
    }
    if (doc) {
        starts_free(&ix.dates);
        starts_free(&ix.evidence);
        WT_VEC_FREE(ix.scratch);
    }
    WT_VEC_FREE(words);
    if (doc) share_across_tellings(events);
    merge_mentions(events, scope);
    return 0;
}
