/* perceptron.c — the weight tables behind the tagger, the parser and the
 * labeller. See perceptron.h for the design. */
#include "parse/perceptron.h"
#include "util/mem.h"

#include <math.h>
#include <string.h>

uint64_t wt_atom(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    return wt_mix64(h);
}

void wt_ptrain_init(wt_ptrain *p, int nclass)
{
    memset(p, 0, sizeof *p);
    p->nclass = nclass;
    p->cap = 1 << 16;
    p->keys = wt_xcalloc(p->cap, sizeof *p->keys);
    p->row = wt_xcalloc(p->cap, sizeof *p->row);
}

void wt_ptrain_free(wt_ptrain *p)
{
    free(p->keys);
    free(p->row);
    free(p->w);
    free(p->u);
    free(p->nupd);
    free(p->nlook);
    memset(p, 0, sizeof *p);
}

static size_t find_slot(const uint64_t *keys, size_t cap, uint64_t k)
{
    size_t i = (size_t)(k >> 7) & (cap - 1);
    while (keys[i] && keys[i] != k) i = (i + 1) & (cap - 1);
    return i;
}

static void ptrain_grow(wt_ptrain *p)
{
    size_t cap = p->cap * 2;
    uint64_t *keys = wt_xcalloc(cap, sizeof *keys);
    uint32_t *row = wt_xcalloc(cap, sizeof *row);
    for (size_t i = 0; i < p->cap; i++)
        if (p->keys[i]) {
            size_t j = find_slot(keys, cap, p->keys[i]);
            keys[j] = p->keys[i];
            row[j] = p->row[i];
        }
    free(p->keys);
    free(p->row);
    p->keys = keys;
    p->row = row;
    p->cap = cap;
}

/* Row of feature k, created when asked to. -1 when absent. */
static long ptrain_row(wt_ptrain *p, uint64_t k, int create)
{
    size_t i = find_slot(p->keys, p->cap, k);
    if (p->keys[i]) return p->row[i];
    if (!create) return -1;
    if ((p->count + 1) * 2 > p->cap) {
        ptrain_grow(p);
        i = find_slot(p->keys, p->cap, k);
    }
    size_t nc = (size_t)p->nclass;
    if (p->count == p->rows_cap) {
        p->rows_cap = p->rows_cap ? p->rows_cap * 2 : 1024;
        p->w = wt_xrealloc(p->w, p->rows_cap * nc * sizeof *p->w);
        p->u = wt_xrealloc(p->u, p->rows_cap * nc * sizeof *p->u);
        p->nupd = wt_xrealloc(p->nupd, p->rows_cap * sizeof *p->nupd);
        p->nlook = wt_xrealloc(p->nlook, p->rows_cap * sizeof *p->nlook);
    }
    p->nupd[p->count] = 0;
    p->nlook[p->count] = 0;
    memset(p->w + p->count * nc, 0, nc * sizeof *p->w);
    memset(p->u + p->count * nc, 0, nc * sizeof *p->u);
    p->keys[i] = k;
    p->row[i] = (uint32_t)p->count;
    return (long)p->count++;
}

void wt_ptrain_score(wt_ptrain *p, const uint64_t *f, int nf, float *scores)
{
    size_t nc = (size_t)p->nclass;
    memset(scores, 0, nc * sizeof *scores);
    for (int i = 0; i < nf; i++) {
        long r = ptrain_row(p, f[i], 0);
        if (r < 0) continue;
        if (p->nlook[r] < UINT32_MAX) p->nlook[r]++;
        const float *w = p->w + (size_t)r * nc;
        for (size_t k = 0; k < nc; k++) scores[k] += w[k];
    }
}

void wt_ptrain_update(wt_ptrain *p, const uint64_t *f, int nf, int good, int bad)
{
    if (good == bad) return;
    size_t nc = (size_t)p->nclass;
    for (int i = 0; i < nf; i++) {
        long r = ptrain_row(p, f[i], 1);
        size_t base = (size_t)r * nc;
        p->nupd[r]++;
        p->w[base + (size_t)good] += 1.0f;
        p->u[base + (size_t)good] += p->c;
        p->w[base + (size_t)bad] -= 1.0f;
        p->u[base + (size_t)bad] -= p->c;
    }
}

void wt_ptrain_merge(wt_ptrain *a, const wt_ptrain *b)
{
    size_t nc = (size_t)a->nclass;
    double ca = a->c > 0 ? a->c : 1, cb = b->c > 0 ? b->c : 1;
    /* a's averaged weights in place, the running sums spent */
    for (size_t r = 0; r < a->count; r++)
        for (size_t k = 0; k < nc; k++) {
            a->w[r * nc + k] = (float)(a->w[r * nc + k] - a->u[r * nc + k] / ca);
            a->u[r * nc + k] = 0;
        }
    for (size_t s = 0; s < b->cap; s++) {
        if (!b->keys[s]) continue;
        size_t rb = b->row[s], ra = (size_t)ptrain_row(a, b->keys[s], 1);
        for (size_t k = 0; k < nc; k++)
            a->w[ra * nc + k] += (float)(b->w[rb * nc + k] - b->u[rb * nc + k] / cb);
        a->nupd[ra] += b->nupd[rb];
        uint64_t looks = (uint64_t)a->nlook[ra] + b->nlook[rb];
        a->nlook[ra] = looks < UINT32_MAX ? (uint32_t)looks : UINT32_MAX;
    }
    for (size_t i = 0; i < a->count * nc; i++) a->w[i] *= 0.5f;
    a->c = 1;
}

/* ---- finished model */

static size_t pow2_at_least(size_t n)
{
    size_t c = 16;
    while (c < n) c *= 2;
    return c;
}

/* Lays out a table with nfeat features and nent entries in one allocation. */
static void table_alloc(wt_ptable *t, uint32_t nfeat, uint32_t nent)
{
    size_t cap = pow2_at_least((size_t)nfeat * 2 + 1);
    char *mem = wt_xcalloc(1, cap * sizeof(wt_pslot) + ((size_t)nent + 1) * sizeof(wt_pentry));
    memset(t, 0, sizeof *t);
    t->owned = mem;
    t->mask = (uint32_t)(cap - 1);
    t->slots = (wt_pslot *)mem;
    t->ent = (wt_pentry *)(t->slots + cap);
    t->nentries = nent;
    t->nfeat = nfeat;
}

static void table_free(wt_ptable *t)
{
    free(t->owned);
    memset(t, 0, sizeof *t);
}

static inline uint32_t fingerprint(uint64_t k) { return (uint32_t)(k >> 32) | 1u; }
static inline size_t home_slot(const wt_ptable *t, uint64_t k)
{
    return (size_t)(k >> 8) & t->mask;   /* bit 0 is always set: skip the low byte */
}

static size_t slot_of(const wt_ptable *t, uint64_t k)
{
    uint32_t fp = fingerprint(k);
    size_t i = home_slot(t, k);
    while (t->slots[i].fp && t->slots[i].fp != fp) i = (i + 1) & t->mask;
    return i;
}

static wt_pentry pack(float w, uint32_t cls)
{
    union { float f; uint32_t u; } x = {w};
    return (x.u & ~0xffu) | (cls & 0xffu);
}

/* Puts feature k with its entries (already at off) into the table. Two
 * features of one table with the same slot chain and fingerprint would
 * share weights: refused (training drops the second). */
static int table_put(wt_ptable *t, uint64_t k, uint32_t off, uint32_t n)
{
    size_t i = slot_of(t, k);
    if (t->slots[i].fp || off > 0xffffffu || n > 0xffu) return -1;
    t->slots[i].fp = fingerprint(k);
    t->slots[i].meta = off << 8 | n;
    return 0;
}

/* The averaged weights of row r above eps, packed into out; their count. */
static uint32_t row_entries(const wt_ptrain *p, size_t r, float eps, double c, wt_pentry *out)
{
    size_t nc = (size_t)p->nclass, base = r * nc;
    uint32_t n = 0;
    for (size_t k = 0; k < nc; k++) {
        float avg = (float)(p->w[base + k] - p->u[base + k] / c);
        if (fabsf(avg) >= eps) out[n++] = pack(avg, (uint32_t)k);
    }
    return n;
}

static int cmp_desc(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x > y ? -1 : x < y;
}

void wt_pmodel_from_train(wt_pmodel *m, const wt_ptrain *p, float eps, uint32_t min_updates)
{
    size_t nc = (size_t)p->nclass;
    double c = p->c > 0 ? p->c : 1;
    wt_pentry *row = wt_xmalloc(nc * sizeof *row);
    /* the features kept, and how often training read them */
    uint32_t nkept = 0, *looks = wt_xmalloc((p->count + 1) * sizeof *looks);
    for (size_t s = 0; s < p->cap; s++) {
        if (!p->keys[s] || p->nupd[p->row[s]] < min_updates) continue;
        if (row_entries(p, p->row[s], eps, c, row)) looks[nkept++] = p->nlook[p->row[s]];
    }
    /* the WT_PT_HOT most read go to the hot table: those read more often
     * than the threshold, then those read exactly as often, in slot order */
    qsort(looks, nkept, sizeof *looks, cmp_desc);
    uint32_t thr = nkept > WT_PT_HOT ? looks[WT_PT_HOT - 1] : 0, at_thr = 0;
    for (uint32_t i = 0; i < nkept && i < WT_PT_HOT; i++) at_thr += looks[i] == thr;
    free(looks);
    memset(m, 0, sizeof *m);
    m->nclass = p->nclass;
    uint32_t nfeat[2] = {0, 0}, nent[2] = {0, 0};
    for (int pass = 0; pass < 2; pass++) {
        uint32_t off[2] = {0, 0}, kept[2] = {0, 0}, ties = at_thr;
        for (size_t s = 0; s < p->cap; s++) {
            if (!p->keys[s] || p->nupd[p->row[s]] < min_updates) continue;
            uint32_t n = row_entries(p, p->row[s], eps, c, row), lk = p->nlook[p->row[s]];
            if (!n) continue;
            int cold = 1;
            if (lk > thr) cold = 0;
            else if (lk == thr && ties) { cold = 0; ties--; }
            if (pass == 0) {
                nfeat[cold]++;
                nent[cold] += n;
                continue;
            }
            wt_ptable *t = cold ? &m->cold : &m->hot;
            memcpy(t->ent + off[cold], row, n * sizeof *row);
            if (table_put(t, p->keys[s], off[cold], n) == 0) {
                off[cold] += n;
                kept[cold]++;
            }
        }
        if (pass == 0) {
            table_alloc(&m->hot, nfeat[0], nent[0]);
            table_alloc(&m->cold, nfeat[1], nent[1]);
        } else {
            /* a feature refused as a duplicate is gone */
            m->hot.nfeat = kept[0];
            m->hot.nentries = off[0];
            m->cold.nfeat = kept[1];
            m->cold.nentries = off[1];
        }
    }
    free(row);
}

void wt_pmodel_free(wt_pmodel *m)
{
    table_free(&m->hot);
    table_free(&m->cold);
    memset(m, 0, sizeof *m);
}

void wt_pmodel_score(const wt_pmodel *m, const uint64_t *f, int nf, float *scores)
{
    memset(scores, 0, (size_t)m->nclass * sizeof *scores);
    /* Passes, so that the memory misses overlap instead of queueing:
     * prefetch every feature's hot slot; find the hot slots, prefetching
     * the cold slot of each feature not there; find the cold slots; then
     * add the weights up in feature order. */
    uint32_t meta[256];
    const wt_ptable *tab[256];
    const wt_ptable *hot = &m->hot, *cold = &m->cold;
    if (nf > 256) nf = 256;
    for (int i = 0; i < nf; i++) __builtin_prefetch(&hot->slots[home_slot(hot, f[i])]);
    for (int i = 0; i < nf; i++) {
        const wt_pslot *sl = &hot->slots[slot_of(hot, f[i])];
        meta[i] = sl->meta;
        tab[i] = hot;
        if (!sl->fp) {
            tab[i] = cold;
            __builtin_prefetch(&cold->slots[home_slot(cold, f[i])]);
        }
    }
    for (int i = 0; i < nf; i++) {
        if (tab[i] != cold) continue;
        const wt_pslot *sl = &cold->slots[slot_of(cold, f[i])];
        meta[i] = sl->fp ? sl->meta : 0;
        __builtin_prefetch(cold->ent + (meta[i] >> 8));
    }
    for (int i = 0; i < nf; i++) {
        const wt_pentry *e = tab[i]->ent + (meta[i] >> 8);
        for (uint32_t j = 0, n = meta[i] & 0xff; j < n; j++) scores[wt_pentry_cls(e[j])] += wt_pentry_w(e[j]);
    }
}

/* ---- serialisation: little-endian, entries grouped by feature */

static void put32(wt_buf *b, uint32_t v)
{
    unsigned char x[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    wt_buf_append(b, x, 4);
}


static void table_write(const wt_ptable *t, wt_buf *b)
{
    /* the table as it is in memory: the used slots (index, fingerprint,
     * meta), then the entries; loading is a copy and a check */
    put32(b, t->nfeat);
    put32(b, t->nentries);
    put32(b, t->mask);
    for (uint32_t s = 0; s <= t->mask; s++) {
        if (!t->slots[s].fp) continue;
        put32(b, s);
        put32(b, t->slots[s].fp);
        put32(b, t->slots[s].meta);
    }
    for (uint32_t e = 0; e < t->nentries; e++) put32(b, t->ent[e]);
}

void wt_pmodel_write(const wt_pmodel *m, wt_buf *b)
{
    put32(b, (uint32_t)m->nclass);
    table_write(&m->hot, b);
    table_write(&m->cold, b);
}

static int get32(const unsigned char **p, const unsigned char *end, uint32_t *v)
{
    if (end - *p < 4) return -1;
    const unsigned char *x = *p;
    *v = (uint32_t)x[0] | (uint32_t)x[1] << 8 | (uint32_t)x[2] << 16 | (uint32_t)x[3] << 24;
    *p += 4;
    return 0;
}

static int table_read(wt_ptable *t, uint32_t nclass, const unsigned char **p, const unsigned char *end,
                      const char **err)
{
    uint32_t nfeat, nent, mask;
    memset(t, 0, sizeof *t);
    if (get32(p, end, &nfeat) || get32(p, end, &nent) || get32(p, end, &mask)) {
        *err = "truncated weight table header";
        return -1;
    }
    uint64_t cap = (uint64_t)mask + 1;
    if (nent < nfeat || (cap & mask) || cap < 16 ||
        cap < (uint64_t)nfeat * 2 + 1 || cap > ((uint64_t)nfeat * 2 + 1) * 2 + 16 ||
        (uint64_t)nfeat * 12 + (uint64_t)nent * 4 > (uint64_t)(end - *p)) {
        *err = "weight table counts do not match the file size";
        return -1;
    }
    table_alloc(t, nfeat, nent);
    if ((uint64_t)t->mask != mask) {
        *err = "weight table size does not match its feature count";
        goto fail;
    }
    uint64_t sum = 0;
    uint32_t prev = 0;
    for (uint32_t f = 0; f < nfeat; f++) {
        uint32_t s = 0, fp = 0, meta = 0;
        get32(p, end, &s);
        get32(p, end, &fp);
        get32(p, end, &meta);
        uint32_t n = meta & 0xff, off = meta >> 8;
        if (s > mask || (f && s <= prev) || !(fp & 1) || n == 0 || n > nclass || (uint64_t)off + n > nent)
            goto bad;
        t->slots[s].fp = fp;
        t->slots[s].meta = meta;
        prev = s;
        sum += n;
    }
    if (sum != nent) goto bad;
    for (uint32_t e = 0; e < nent; e++) {
        get32(p, end, &t->ent[e]);
        float w = wt_pentry_w(t->ent[e]);
        if (wt_pentry_cls(t->ent[e]) >= nclass || !isfinite(w)) goto bad;
    }
    return 0;
bad:
    *err = "bad slot or entry in weight table";
fail:
    table_free(t);
    return -1;
}

int wt_pmodel_read(wt_pmodel *m, const unsigned char **p, const unsigned char *end,
                   const char **err)
{
    uint32_t nclass;
    memset(m, 0, sizeof *m);
    if (get32(p, end, &nclass)) {
        *err = "truncated weight table header";
        return -1;
    }
    if (nclass < 1 || nclass > WT_PT_MAXCLASS) {
        *err = "bad class count in weight table";
        return -1;
    }
    m->nclass = (int)nclass;
    if (table_read(&m->hot, nclass, p, end, err)) return -1;
    if (table_read(&m->cold, nclass, p, end, err)) {
        wt_pmodel_free(m);
        return -1;
    }
    return 0;
}
