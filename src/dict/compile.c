/* compile.c — the compiled matcher of a finished wt_dict.
 *
 * wt_dict_finish() builds two hashed tries from the dictionaries so that
 * the per-token work of the coder does not grow with their size:
 *
 *   the letter trie   every vocabulary word, one edge per byte. A text
 *                     word is walked once: the nodes passed on the way are
 *                     its stem prefixes, the node at its end the exact word,
 *                     and the nodes a few letters before the end give the
 *                     words it makes with a regular ending (-S, -'S, -ING,
 *                     -ED…, also DEPLORE_ + D). This replaces one hash probe
 *                     (and one hashing of the prefix) per prefix length.
 *   the phrase trie   every actor/agent/noun/adjective/time/verb phrase
 *                     whose words are all joined (consecutive), one edge per
 *                     (dictionary word, match kind). The coder walks it from
 *                     a token with the words each following token matches,
 *                     so finding the longest phrase at a position costs the
 *                     phrase's length, not a scan of every phrase that starts
 *                     with the same word. Verb roots with blank-joined words
 *                     (which may skip words) are few and keep a per-word list
 *                     scanned as before.
 *
 * Edges live in one open-addressing table per trie keyed by (node, label),
 * which keeps the tries compact (no per-node child arrays) and makes a step
 * one multiply-and-probe. The tries are rebuilt by every wt_dict_finish(),
 * and thrown away by wt_dict_free(); a cached dict (cache.c) rebuilds them
 * on load, which takes a few milliseconds. */
#include "dict/dict.h"
#include "dict/dict_internal.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* ------------------------------------------------------------ edge table */

/* One edge: its key, the node it leads to, and that node's data (the
 * word or the best phrase ending there, see LETTER_* and the phrase trie)
 * in the same 16 bytes, so that a step costs one cache line. */
typedef struct edge_slot {
    uint64_t key;            /* 0 = empty; stored keys are key + 1 */
    uint32_t child;
    uint32_t data;           /* set by edges_seal(); 0 = none */
} edge_slot;

/* Letter-trie data: 1 + the word's id, and whether it is a stem. */
#define LETTER_STEM 0x80000000u
#define LETTER_ID(data) (((data) & ~LETTER_STEM) - 1)

typedef struct edge_table {
    edge_slot *slots;
    size_t cap, count;       /* cap is a power of two */
} edge_table;

static inline uint64_t mix64(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return k;
}

/* Zeroed memory for a table. Big tables are mapped with their pages
 * populated in one call: on virtual machines a page fault per 4 KiB page
 * costs more than building the table. */
#define BIG_TABLE (256 * 1024)

static void *table_alloc(size_t bytes)
{
    if (bytes >= BIG_TABLE) {
        void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p != MAP_FAILED) {
#ifdef MADV_HUGEPAGE
            madvise(p, bytes, MADV_HUGEPAGE);
#endif
#ifdef MADV_POPULATE_WRITE
            madvise(p, bytes, MADV_POPULATE_WRITE);
#endif
            return p;
        }
    }
    return wt_xcalloc(1, bytes);
}

static void table_free(void *p, size_t bytes)
{
    if (!p)
        return;
    if (bytes >= BIG_TABLE)
        munmap(p, bytes);
    else
        free(p);
}

static void edges_init(edge_table *t, size_t expect)
{
    size_t cap = 64;
    while (cap < expect + expect / 2)
        cap <<= 1;
    t->slots = table_alloc(cap * sizeof *t->slots);
    t->cap = cap;
    t->count = 0;
}

static void edges_free(edge_table *t)
{
    table_free(t->slots, t->cap * sizeof *t->slots);
    memset(t, 0, sizeof *t);
}

/* The edge with this key, or NULL. */
static inline const edge_slot *edges_find(const edge_table *t, uint64_t key)
{
    uint64_t k = key + 1;
    size_t mask = t->cap - 1, i = (size_t)mix64(k) & mask;
    for (;;) {
        const edge_slot *s = &t->slots[i];
        if (s->key == k)
            return s;
        if (s->key == 0)
            return NULL;
        i = (i + 1) & mask;
    }
}

static void edges_grow(edge_table *t);

/* Returns the child for key, storing `val` first when the key is new. */
static uint32_t edges_put(edge_table *t, uint64_t key, uint32_t val)
{
    if ((t->count + 1) * 4 > t->cap * 3)
        edges_grow(t);
    uint64_t k = key + 1;
    size_t mask = t->cap - 1, i = (size_t)mix64(k) & mask;
    while (t->slots[i].key) {
        if (t->slots[i].key == k)
            return t->slots[i].child;
        i = (i + 1) & mask;
    }
    t->slots[i].key = k;
    t->slots[i].child = val;
    t->count++;
    return val;
}

static void edges_grow(edge_table *t)
{
    edge_table n;
    edges_init(&n, t->cap);
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].key)
            edges_put(&n, t->slots[i].key - 1, t->slots[i].child);
    edges_free(t);
    *t = n;
}

/* Copies each child's data into the edge leading to it. */
static void edges_seal(edge_table *t, const uint32_t *data)
{
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].key)
            t->slots[i].data = data[t->slots[i].child];
}

/* ------------------------------------------------------------ compiled */

#define HAS_GAPPED 0x10

typedef struct wt_compiled wt_compiled;
struct wt_compiled {
    /* letter trie: node 0 is the root; edge key (node << 8 | byte) */
    edge_table letters;
    WT_VEC(uint32_t) letter_word;          /* by node: LETTER data (while building) */
    /* phrase trie: node 0 is the root; edge key
     * (node << 34 | word << 2 | match kind) */
    edge_table phrases;
    WT_VEC(const wt_entry *) phrase_end;   /* by node: best entry ending there (while building) */
    WT_VEC(const wt_entry *) ends;         /* phrase-trie data - 1 → the entry */
    /* by word id: entries with blank-joined words, longest first */
    WT_VEC(const wt_entry *) *gapped;
    /* by word id: the match kinds (bit 1 << kind) with which the word
     * labels a phrase-trie edge out of the root / out of another node, so
     * that most probes are answered without touching the edge table */
    uint8_t *first_kinds, *later_kinds;   /* first_kinds also: HAS_GAPPED */
    /* one bit per phrase-trie edge key, by a second hash: the edge table
     * is megabytes and most probes of it find nothing, each costing a
     * cache miss; the bits fit the cache and turn ~9 of 10 of those
     * misses away before the table is touched */
    uint64_t *phrase_bits;
    unsigned phrase_bits_shift;          /* 64 - log2(number of bits) */
    uint32_t *anchors;        /* every verb's wt_verb.anchors, end to end */
    size_t nwords;
};

static void for_each_verb(wt_dict *d, void (*fn)(wt_verb *v, void *user), void *user)
{
    for (size_t i = 0; i < d->words.len; i++) {
        const wt_word *w = d->words.items[i];
        for (size_t j = 0; j < w->first.len; j++)
            if (w->first.items[j]->kind == WT_E_VERB)
                fn(w->first.items[j]->u.verb, user);
    }
}

static void clear_anchors(wt_verb *v, void *user)
{
    (void)user;
    v->anchors = NULL;
}

void wt_dict_compiled_free(wt_dict *d)
{
    wt_compiled *c = d->compiled;
    if (!c)
        return;
    for_each_verb(d, clear_anchors, NULL);
    free(c->anchors);
    edges_free(&c->letters);
    edges_free(&c->phrases);
    WT_VEC_FREE(c->letter_word);
    WT_VEC_FREE(c->phrase_end);
    WT_VEC_FREE(c->ends);
    for (size_t i = 0; i < c->nwords; i++)
        WT_VEC_FREE(c->gapped[i]);
    free(c->gapped);
    free(c->first_kinds);
    free(c->later_kinds);
    free(c->phrase_bits);
    free(c);
    d->compiled = NULL;
}

static void build_letters(wt_compiled *c, const wt_dict *d)
{
    size_t chars = 0;
    for (size_t i = 0; i < d->words.len; i++)
        chars += d->words.items[i]->len;
    edges_init(&c->letters, chars / 2 + 16);
    *WT_VEC_PUSH(c->letter_word) = 0;                  /* the root */
    for (size_t i = 0; i < d->words.len; i++) {
        const wt_word *w = d->words.items[i];
        uint32_t node = 0;
        for (uint32_t j = 0; j < w->len; j++) {
            uint32_t fresh = (uint32_t)c->letter_word.len;
            uint32_t next = edges_put(&c->letters, (uint64_t)node << 8 | (unsigned char)w->text[j], fresh);
            if (next == fresh)
                *WT_VEC_PUSH(c->letter_word) = 0;
            node = next;
        }
        c->letter_word.items[node] = (w->id + 1) | (w->is_stem ? LETTER_STEM : 0);
    }
    edges_seal(&c->letters, c->letter_word.items);
    WT_VEC_FREE(c->letter_word);        /* the edges carry it now */
}

static int entry_all_joined(const wt_entry *e)
{
    for (uint32_t k = 1; k < e->nwords; k++)
        if (!e->words[k].adjacent)
            return 0;
    return 1;
}

static int entry_better(const wt_entry *e, const wt_entry *best)
{
    return !best || e->length > best->length ||
           (e->length == best->length && e->seq < best->seq);
}

static inline uint64_t bit_of(const wt_compiled *c, uint64_t key)
{
    return ((key + 1) * 0x9E3779B97F4A7C15ULL) >> c->phrase_bits_shift;
}

static inline int maybe_edge(const wt_compiled *c, uint64_t key)
{
    uint64_t b = bit_of(c, key);
    return (c->phrase_bits[b >> 6] >> (b & 63)) & 1;
}

/* Sixteen bits per edge (a power of two at least): about one probe in
 * sixteen for a key with no edge still reaches the table. */
static void build_phrase_bits(wt_compiled *c)
{
    unsigned log2 = 12;
    while (((size_t)1 << log2) < c->phrases.count * 16 && log2 < 30)
        log2++;
    c->phrase_bits_shift = 64 - log2;
    c->phrase_bits = wt_xcalloc(((size_t)1 << log2) / 64, sizeof *c->phrase_bits);
    for (size_t i = 0; i < c->phrases.cap; i++)
        if (c->phrases.slots[i].key) {
            uint64_t b = bit_of(c, c->phrases.slots[i].key - 1);
            c->phrase_bits[b >> 6] |= (uint64_t)1 << (b & 63);
        }
}

static void build_phrases(wt_compiled *c, const wt_dict *d)
{
    size_t edges = 0;        /* at most one per word of every phrase */
    for (size_t i = 0; i < d->words.len; i++)
        for (size_t j = 0; j < d->words.items[i]->first.len; j++)
            edges += d->words.items[i]->first.items[j]->nwords;
    edges_init(&c->phrases, edges + 16);
    *WT_VEC_PUSH(c->phrase_end) = NULL;
    c->nwords = d->words.len;
    c->gapped = wt_xcalloc(c->nwords ? c->nwords : 1, sizeof *c->gapped);
    c->first_kinds = wt_xcalloc(c->nwords ? c->nwords : 1, 1);
    c->later_kinds = wt_xcalloc(c->nwords ? c->nwords : 1, 1);
    for (size_t i = 0; i < d->words.len; i++) {
        const wt_word *w = d->words.items[i];
        for (size_t j = 0; j < w->first.len; j++) {
            const wt_entry *e = w->first.items[j];
            if (!entry_all_joined(e)) {
                *WT_VEC_PUSH(c->gapped[i]) = e;        /* the list is sorted already */
                c->first_kinds[i] |= HAS_GAPPED;
                continue;
            }
            uint32_t node = 0;
            for (uint32_t k = 0; k < e->nwords; k++) {
                uint64_t key = (uint64_t)node << 34 | (uint64_t)e->words[k].word << 2 |
                               (e->words[k].match & 3);
                uint8_t bit = (uint8_t)(1u << (e->words[k].match & 3));
                if (k == 0) c->first_kinds[e->words[k].word] |= bit;
                else c->later_kinds[e->words[k].word] |= bit;
                uint32_t fresh = (uint32_t)c->phrase_end.len;
                uint32_t next = edges_put(&c->phrases, key, fresh);
                if (next == fresh)
                    *WT_VEC_PUSH(c->phrase_end) = NULL;
                node = next;
            }
            if (entry_better(e, c->phrase_end.items[node]))
                c->phrase_end.items[node] = e;
        }
    }
    /* node data: 1 + the index of its best entry in c->ends */
    uint32_t *data = wt_xcalloc(c->phrase_end.len ? c->phrase_end.len : 1, sizeof *data);
    for (size_t n = 0; n < c->phrase_end.len; n++)
        if (c->phrase_end.items[n]) {
            *WT_VEC_PUSH(c->ends) = c->phrase_end.items[n];
            data[n] = (uint32_t)c->ends.len;
        }
    edges_seal(&c->phrases, data);
    free(data);
    build_phrase_bits(c);
    WT_VEC_FREE(c->phrase_end);
}

static void set_verb_anchors(wt_verb *v, void *user)
{
    const wt_dict *d = user;
    for (uint32_t p = 0; p < v->npatterns; p++) {
        wt_pattern *pat = &v->patterns[p];
        /* the two longest words: the rarest, as a rule */
        uint32_t best = 0, best_len = 0, second = 0, second_len = 0;
        for (uint32_t k = 0; k < pat->nelems; k++) {
            const wt_pelem *el = &pat->elems[k];
            if (el->kind != WT_PE_WORD || el->word >= d->words.len || el->word + 1 == best)
                continue;
            uint32_t len = d->words.items[el->word]->len;
            if (len > best_len) {
                second = best;
                second_len = best_len;
                best_len = len;
                best = el->word + 1;
            } else if (len > second_len && el->word + 1 != second) {
                second_len = len;
                second = el->word + 1;
            }
        }
        pat->anchor1 = best;
        pat->anchor2 = second;
    }
}

typedef struct anchor_fill {
    uint32_t *next;
} anchor_fill;

static void count_patterns(wt_verb *v, void *user)
{
    if (!v->anchors) {      /* a verb with several entries (forms) counts once */
        v->anchors = (const uint32_t *)v;
        *(size_t *)user += 2 * (size_t)v->npatterns;
    }
}

static void fill_anchors(wt_verb *v, void *user)
{
    anchor_fill *f = user;
    if (v->anchors != (const uint32_t *)v)
        return;          /* done already */
    for (uint32_t p = 0; p < v->npatterns; p++) {
        f->next[2 * p] = v->patterns[p].anchor1;
        f->next[2 * p + 1] = v->patterns[p].anchor2;
    }
    v->anchors = f->next;
    f->next += 2 * (size_t)v->npatterns;
}

static void set_anchors(wt_dict *d, wt_compiled *c)
{
    size_t total = 0;
    for_each_verb(d, set_verb_anchors, d);
    for_each_verb(d, clear_anchors, NULL);
    for_each_verb(d, count_patterns, &total);     /* marks each verb once */
    c->anchors = wt_xcalloc(total ? total : 1, sizeof *c->anchors);
    anchor_fill f = { c->anchors };
    for_each_verb(d, fill_anchors, &f);
}

void wt_dict_compile(wt_dict *d)
{
    wt_dict_compiled_free(d);
    wt_compiled *c = wt_xcalloc(1, sizeof *c);
    set_anchors(d, c);
    build_letters(c, d);
    build_phrases(c, d);
    d->compiled = c;
}

/* ------------------------------------------------------------ words */


static inline const edge_slot *letter_step(const wt_compiled *c, uint32_t node, unsigned char ch)
{
    return edges_find(&c->letters, (uint64_t)node << 8 | ch);
}

/* The LETTER data of the word spelled by `node` then `ch` (0: none). */
static uint32_t word_after(const wt_compiled *c, uint32_t node, unsigned char ch)
{
    const edge_slot *e = letter_step(c, node, ch);
    return e ? e->data : 0;
}

/* Same results, in the same order, as the probing version in dict.c. */
size_t wt_dict_word_matches_compiled(const wt_dict *d, const char *s, size_t n,
                                     wt_word_match *out, size_t max)
{
    const wt_compiled *c = d->compiled;
    size_t k = 0;
    if (n == 0)
        return 0;
    if (!c->letters.slots)
        return wt_dict_word_matches_scan(d, s, n, out, max);
    /* nodes at depth n-3 .. n (0 = the path ended before) */
    uint32_t tail[4] = { 0, 0, 0, 0 };
    uint32_t tail_word[4] = { 0, 0, 0, 0 };
    int tail_ok[4] = { 0, 0, 0, 0 };
    uint32_t prefix[64];
    size_t nprefix = 0;
    int prefix_overflow = 0;
    uint32_t node = 0;
    size_t depth = 0;
    if (n <= 3) { tail[3 - n] = 0; tail_ok[3 - n] = 1; }
    uint32_t w_end = 0;               /* the word at the node reached */
    for (; depth < n; depth++) {
        const edge_slot *e = letter_step(c, node, (unsigned char)s[depth]);
        if (!e)
            break;
        node = e->child;
        size_t dd = depth + 1;
        uint32_t w = e->data;
        w_end = w;
        if (dd < n && (w & LETTER_STEM)) {
            if (nprefix < 64) prefix[nprefix++] = LETTER_ID(w);
            else prefix_overflow = 1;
        }
        if (dd + 3 >= n) {
            tail[dd + 3 - n] = node;
            tail_ok[dd + 3 - n] = 1;
            tail_word[dd + 3 - n] = w;
        }
    }
    if (prefix_overflow)   /* absurdly long stems chains: keep it exact */
        return wt_dict_word_matches_scan(d, s, n, out, max);
    if (depth == n) {
        uint32_t w = w_end;
        if (w)
            wt_word_match_add(out, &k, max, LETTER_ID(w), WT_HOW_EXACT | ((w & LETTER_STEM) ? WT_HOW_PREFIX : 0));
    }
    for (size_t i = 0; i < nprefix; i++)
        wt_word_match_add(out, &k, max, prefix[i], WT_HOW_PREFIX);
    /* the word at depth n - el, or NULL */
#define BASE(el) (tail_ok[3 - (el)] && tail[3 - (el)] ? tail_word[3 - (el)] : 0)
    /* 'S  S'  S */
    if (n > 3 && s[n - 2] == '\'' && s[n - 1] == 'S') {
        uint32_t b = BASE(2);
        if (b) wt_word_match_add(out, &k, max, LETTER_ID(b), WT_HOW_ENDING);
    }
    if (n > 3 && s[n - 2] == 'S' && s[n - 1] == '\'') {
        uint32_t b = BASE(2);
        if (b) wt_word_match_add(out, &k, max, LETTER_ID(b), WT_HOW_ENDING);
    }
    if (n > 2 && s[n - 1] == 'S') {
        uint32_t b = BASE(1);
        if (b) wt_word_match_add(out, &k, max, LETTER_ID(b), WT_HOW_ENDING);
    }
    if (n >= 128)
        return k;
    static const char *const verb_endings[] = { "ING", "ES", "ED", "EN", "S", NULL };
    for (int i = 0; verb_endings[i]; i++) {
        size_t el = strlen(verb_endings[i]);
        if (!(n > el + 1 && !memcmp(s + n - el, verb_endings[i], el)))
            continue;
        uint32_t b = BASE(el);
        if (b)
            wt_word_match_add(out, &k, max, LETTER_ID(b), WT_HOW_VENDING);
        if (verb_endings[i][0] == 'E' || verb_endings[i][0] == 'I') {
            int ok = tail_ok[3 - el];
            uint32_t at = tail[3 - el];
            /* depth n - el reached (the root counts when n - el == 0,
             * which the length checks above rule out) */
            if (ok && at) {
                b = word_after(c, at, 'E');
                if (b)
                    wt_word_match_add(out, &k, max, LETTER_ID(b), WT_HOW_VENDING);
            }
        }
    }
#undef BASE
    return k;
}

/* ------------------------------------------------------------ phrases */


/* by WT_HOW_* bits: the match kinds (bit 1 << WT_M_*) they satisfy */
static const uint8_t accepted_kinds[16] = {
#define K_OF(how) (uint8_t)( \
    (((how) & (WT_HOW_PREFIX | WT_HOW_EXACT)) ? 1u << WT_M_STEM : 0) | \
    (((how) & WT_HOW_EXACT) ? 1u << WT_M_EXACT : 0) | \
    (((how) & (WT_HOW_EXACT | WT_HOW_ENDING)) ? 1u << WT_M_ENDING : 0) | \
    (((how) & (WT_HOW_EXACT | WT_HOW_VENDING)) ? 1u << WT_M_VERB_ENDING : 0))
    K_OF(0), K_OF(1), K_OF(2), K_OF(3), K_OF(4), K_OF(5), K_OF(6), K_OF(7),
    K_OF(8), K_OF(9), K_OF(10), K_OF(11), K_OF(12), K_OF(13), K_OF(14), K_OF(15),
#undef K_OF
};

#define MAX_GAP 6            /* as the coder: words skipped in a blank-joined root */
#define MAX_FRONTIER 256

static int view_accepts(const wt_token_view *v, const wt_pelem *e, size_t t)
{
    if (!v->is_word(v->user, t))
        return 0;
    return wt_pelem_accepts(e, v->m + t * v->stride, v->nm[t]);
}

/* Entry words 1.. after the first at token i (the coder's rule: a joined
 * word must come next, a blank-joined one within MAX_GAP words); the last
 * token or -1. */
static long match_rest(const wt_token_view *v, const wt_entry *e, size_t i)
{
    size_t pos = i;
    for (uint32_t k = 1; k < e->nwords; k++) {
        const wt_pelem *el = &e->words[k];
        size_t t = pos + 1, lim = el->adjacent ? pos + 1 : pos + 1 + MAX_GAP;
        int found = 0;
        for (; t < v->n && t <= lim; t++) {
            if (!v->is_word(v->user, t))
                break;
            if (view_accepts(v, el, t)) { found = 1; break; }
        }
        if (!found)
            return -1;
        pos = t;
    }
    return (long)pos;
}

/* Are all words after the first somewhere in the sentence? (A filter:
 * an entry that fails it cannot match.) */
static int words_seen(const wt_token_view *v, const wt_entry *e)
{
    for (uint32_t q = 1; q < e->nwords; q++) {
        uint32_t w = e->words[q].word;
        if (w < v->seen_words && !(v->seen[w >> 6] & (1ull << (w & 63))))
            return 0;
    }
    return 1;
}

/* Scans per-word entry lists (longest first) the way the coder did before
 * the phrase trie; `lists` gives the list of a word id. */
static const wt_entry *scan_lists(const wt_dict *d, const wt_token_view *v, size_t i,
                                  int gapped_only, const wt_entry *best, long *best_end)
{
    const wt_compiled *c = d->compiled;
    const wt_word_match *m = v->m + i * v->stride;
    size_t nm = v->nm[i];
    for (size_t k = 0; k < nm; k++) {
        const wt_entry *const *items;
        size_t len;
        if (gapped_only) {
            if (!(c->first_kinds[m[k].word] & HAS_GAPPED))
                continue;
            items = c->gapped[m[k].word].items;
            len = c->gapped[m[k].word].len;
        } else {
            items = (const wt_entry *const *)d->words.items[m[k].word]->first.items;
            len = d->words.items[m[k].word]->first.len;
        }
        for (size_t j = 0; j < len; j++) {
            const wt_entry *e = items[j];
            if (!entry_better(e, best))
                break;
            if (!wt_pelem_accepts(&e->words[0], m, nm))
                continue;
            if (v->seen && !words_seen(v, e))
                continue;
            long end = e->nwords == 1 ? (long)i : match_rest(v, e, i);
            if (end < 0)
                continue;
            best = e;
            *best_end = end;
            break;
        }
    }
    return best;
}

const wt_entry *wt_dict_best_phrase(const wt_dict *d, const wt_token_view *v, size_t i,
                                    long *end)
{
    const wt_compiled *c = d->compiled;
    const wt_entry *best = NULL;
    long best_end = -1;
    *end = -1;
    if (!c || !d->finished)
        return scan_lists(d, v, i, 0, NULL, end);
    unsigned any = 0;
    {   /* many words start no phrase: say so without walking */
        const wt_word_match *m = v->m + i * v->stride;
        for (size_t q = 0; q < v->nm[i]; q++)
            any |= c->first_kinds[m[q].word] & (accepted_kinds[m[q].how & 15] | HAS_GAPPED);
        if (!any)
            return NULL;
    }
    uint32_t buf_a[MAX_FRONTIER], buf_b[MAX_FRONTIER];
    uint32_t *front = buf_a, *next = buf_b;
    size_t nf = 1, nn;
    front[0] = 0;
    for (size_t t = i; t < v->n && nf; t++) {
        if (t > i && !v->is_word(v->user, t))
            break;
        const wt_word_match *m = v->m + t * v->stride;
        size_t nm = v->nm[t];
        nn = 0;
        const uint8_t *kinds = t == i ? c->first_kinds : c->later_kinds;
        for (size_t q = 0; q < nm; q++) {
            /* the kinds this word labels edges with and this match satisfies */
            unsigned mask = kinds[m[q].word] & accepted_kinds[m[q].how & 15];
            if (!mask)
                continue;
            for (size_t f = 0; f < nf; f++)
                for (unsigned bits = mask; bits; bits &= bits - 1) {
                    unsigned kind = (unsigned)__builtin_ctz(bits);
                    uint64_t key = (uint64_t)front[f] << 34 | (uint64_t)m[q].word << 2 | kind;
                    const edge_slot *edge = maybe_edge(c, key) ? edges_find(&c->phrases, key) : NULL;
                    if (!edge)
                        continue;
                    uint32_t child = edge->child;
                    if (nn == MAX_FRONTIER)     /* never seen; stay exact */
                        return scan_lists(d, v, i, 0, NULL, end);
                    next[nn++] = child;
                    const wt_entry *e = edge->data ? c->ends.items[edge->data - 1] : NULL;
                    if (e && entry_better(e, best)) {
                        best = e;
                        best_end = (long)t;
                    }
                }
        }
        uint32_t *tmp = front;
        front = next;
        next = tmp;
        nf = nn;
    }
    if (any & HAS_GAPPED)
        best = scan_lists(d, v, i, 1, best, &best_end);
    *end = best_end;
    return best;
}

/* ------------------------------------------------------------ word memo */

/* A direct-mapped memo of recent text words and their matches. News text
 * repeats a few thousand words most of the time, so most tokens cost one
 * hash and one compare instead of a trie walk. One per coder (the dict
 * stays read-only and shareable). It starts small and grows with the
 * misses: a coder that sees one sentence (a test, a fuzz input) should not
 * pay for the 1.8 MB a long run wants. */
#define MEMO_SLOTS_FIRST 256
#define MEMO_SLOTS_MAX 32768
#define MEMO_TEXT 24           /* longer words are not memoised */
#define MEMO_MAX 12            /* matches a caller asks for */

/* One cache line: the word, and up to MEMO_INLINE matches packed as ids
 * and kinds (WT_HOW_* fits four bits). A word with more matches (rare) is
 * not memoised. The table is read once per text token at a random place,
 * so its size is what the cache sees: 64 bytes a slot keeps 32k slots at
 * 2 MiB. */
#define MEMO_INLINE 8
typedef struct memo_slot {
    uint64_t text[3];          /* the word, zero-padded: compared as 3 words */
    uint8_t len;               /* 0 = empty */
    uint8_t nm;
    uint8_t how[MEMO_INLINE / 2];   /* two WT_HOW_* nibbles a byte */
    uint32_t word[MEMO_INLINE];    /* from byte 32: 24 + 2 + 4, aligned */
} memo_slot;
_Static_assert(sizeof(memo_slot) == 64, "a memo slot is one cache line");

struct wt_word_memo {
    const void *compiled;     /* the tries the slots were filled from */
    memo_slot *slots;         /* nslots of them, NULL until the first word */
    size_t nslots;
    size_t misses;            /* since the last growth */
    /* one memo per thread, written on every miss: keep the next
     * allocation (another thread's coder, say) off its cache line */
    char cache_pad_[64];
};

wt_word_memo *wt_word_memo_new(void)
{
    return wt_xcalloc(1, sizeof(wt_word_memo));
}

void wt_word_memo_free(wt_word_memo *memo)
{
    if (!memo) return;
    free(memo->slots);
    free(memo);
}

/* (Re)allocates the slots, empty: on first use, when the tries change, and
 * when misses outnumber the slots twice over (the text's vocabulary is
 * larger than the memo). */
static void memo_reset(wt_word_memo *memo, size_t nslots)
{
    free(memo->slots);
    memo->slots = wt_xcalloc(nslots, sizeof *memo->slots);
    memo->nslots = nslots;
    memo->misses = 0;
}

size_t wt_word_memo_matches(wt_word_memo *memo, const wt_dict *d, const char *s, size_t n,
                            wt_word_match *out, size_t max)
{
    if (!memo || !d->compiled || !d->finished || max != MEMO_MAX || n == 0 || n > MEMO_TEXT)
        return wt_dict_word_matches(d, s, n, out, max);
    if (memo->compiled != d->compiled || !memo->slots) {
        memo_reset(memo, MEMO_SLOTS_FIRST);
        memo->compiled = d->compiled;
    } else if (memo->misses > 2 * memo->nslots && memo->nslots < MEMO_SLOTS_MAX) {
        memo_reset(memo, memo->nslots * 8 < MEMO_SLOTS_MAX ? memo->nslots * 8 : MEMO_SLOTS_MAX);
    }
    uint64_t w[3] = { 0, 0, 0 };
    memcpy(w, s, n);
    uint64_t h = (w[0] * 0x9E3779B97F4A7C15ULL) ^ (w[1] * 0xC2B2AE3D27D4EB4FULL) ^
                 (w[2] * 0x165667B19E3779F9ULL) ^ n;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    memo_slot *slot = &memo->slots[(h >> 40) & (memo->nslots - 1)];
    if (slot->len == n && slot->text[0] == w[0] && slot->text[1] == w[1] && slot->text[2] == w[2]) {
        for (size_t q = 0; q < slot->nm; q++) {
            out[q].word = slot->word[q];
            out[q].how = (uint8_t)(slot->how[q / 2] >> (q % 2 * 4) & 15);
        }
        return slot->nm;
    }
    size_t k = wt_dict_word_matches_compiled(d, s, n, out, max);
    memo->misses++;
    if (k > MEMO_INLINE)
        return k;
    memcpy(slot->text, w, sizeof w);
    slot->len = (uint8_t)n;
    slot->nm = (uint8_t)k;
    memset(slot->how, 0, sizeof slot->how);
    for (size_t q = 0; q < k; q++) {
        slot->word[q] = out[q].word;
        slot->how[q / 2] |= (uint8_t)((out[q].how & 15) << (q % 2 * 4));
    }
    return k;
}
