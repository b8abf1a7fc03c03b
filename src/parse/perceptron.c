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
    }
    p->nupd[p->count] = 0;
    memset(p->w + p->count * nc, 0, nc * sizeof *p->w);
    memset(p->u + p->count * nc, 0, nc * sizeof *p->u);
    p->keys[i] = k;
    p->row[i] = (uint32_t)p->count;
    return (long)p->count++;
}

void wt_ptrain_score(const wt_ptrain *p, const uint64_t *f, int nf, float *scores)
{
    size_t nc = (size_t)p->nclass;
    memset(scores, 0, nc * sizeof *scores);
    for (int i = 0; i < nf; i++) {
        long r = ptrain_row((wt_ptrain *)p, f[i], 0);
        if (r < 0) continue;
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

/* Lays out a model with nfeat features and nent entries in one allocation. */
static void pmodel_alloc(wt_pmodel *m, int nclass, uint32_t nfeat, uint32_t nent)
{
    size_t cap = pow2_at_least((size_t)nfeat * 2 + 1);
    char *mem = wt_xcalloc(1, cap * sizeof(wt_pslot) + ((size_t)nent + 1) * sizeof(wt_pentry));
    memset(m, 0, sizeof *m);
    m->owned = mem;
    m->nclass = nclass;
    m->mask = (uint32_t)(cap - 1);
    m->slots = (wt_pslot *)mem;
    m->ent = (wt_pentry *)(m->slots + cap);
    m->nentries = nent;
    m->nfeat = nfeat;
}

static inline uint32_t fingerprint(uint64_t k) { return (uint32_t)(k >> 32) | 1u; }

static size_t slot_of(const wt_pmodel *m, uint64_t k)
{
    uint32_t fp = fingerprint(k);
    size_t i = (size_t)(k >> 8) & m->mask;   /* bit 0 is always set: skip the low byte */
    while (m->slots[i].fp && m->slots[i].fp != fp) i = (i + 1) & m->mask;
    return i;
}

static wt_pentry pack(float w, uint32_t cls)
{
    union { float f; uint32_t u; } x = {w};
    return (x.u & ~0xffu) | (cls & 0xffu);
}

/* Puts feature k with its entries (already at off) into the table. Two
 * features of one model with the same slot chain and fingerprint would
 * share weights: refused (training drops the second). */
static int pmodel_put(wt_pmodel *m, uint64_t k, uint32_t off, uint32_t n)
{
    size_t i = slot_of(m, k);
    if (m->slots[i].fp || off > 0xffffffu || n > 0xffu) return -1;
    m->slots[i].fp = fingerprint(k);
    m->slots[i].meta = off << 8 | n;
    return 0;
}

void wt_pmodel_from_train(wt_pmodel *m, const wt_ptrain *p, float eps, uint32_t min_updates)
{
    size_t nc = (size_t)p->nclass;
    double c = p->c > 0 ? p->c : 1;
    uint32_t nfeat = 0, nent = 0;
    float *avg = wt_xmalloc(nc * sizeof *avg);
    for (int pass = 0; pass < 2; pass++) {
        uint32_t off = 0;
        for (size_t s = 0; s < p->cap; s++) {
            if (!p->keys[s] || p->nupd[p->row[s]] < min_updates) continue;
            size_t base = (size_t)p->row[s] * nc;
            uint8_t n = 0;
            for (size_t k = 0; k < nc; k++) {
                avg[k] = (float)(p->w[base + k] - p->u[base + k] / c);
                if (fabsf(avg[k]) >= eps) {
                    if (pass == 1) m->ent[off + n] = pack(avg[k], (uint32_t)k);
                    n++;
                }
            }
            if (!n) continue;
            if (pass == 0) {
                nfeat++;
                nent += n;
            } else if (pmodel_put(m, p->keys[s], off, n) == 0) {
                off += n;
            }
        }
        if (pass == 0) pmodel_alloc(m, p->nclass, nfeat, nent);
    }
    free(avg);
}

void wt_pmodel_free(wt_pmodel *m)
{
    free(m->owned);
    memset(m, 0, sizeof *m);
}

void wt_pmodel_score(const wt_pmodel *m, const uint64_t *f, int nf, float *scores)
{
    memset(scores, 0, (size_t)m->nclass * sizeof *scores);
    /* Three passes, so that the memory misses overlap instead of queueing:
     * prefetch every feature's slot; find the slots and prefetch their
     * weights; add the weights up. */
    uint32_t meta[256];
    if (nf > 256) nf = 256;
    for (int i = 0; i < nf; i++) __builtin_prefetch(&m->slots[(f[i] >> 8) & m->mask]);
    int found = 0;
    for (int i = 0; i < nf; i++) {
        const wt_pslot *sl = &m->slots[slot_of(m, f[i])];
        if (!sl->fp) continue;
        meta[found++] = sl->meta;
        __builtin_prefetch(m->ent + (sl->meta >> 8));
    }
    for (int i = 0; i < found; i++) {
        const wt_pentry *e = m->ent + (meta[i] >> 8);
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


void wt_pmodel_write(const wt_pmodel *m, wt_buf *b)
{
    /* the table as it is in memory: the used slots (index, fingerprint,
     * meta), then the entries; loading is a copy and a check */
    put32(b, (uint32_t)m->nclass);
    put32(b, m->nfeat);
    put32(b, m->nentries);
    put32(b, m->mask);
    for (uint32_t s = 0; s <= m->mask; s++) {
        if (!m->slots[s].fp) continue;
        put32(b, s);
        put32(b, m->slots[s].fp);
        put32(b, m->slots[s].meta);
    }
    for (uint32_t e = 0; e < m->nentries; e++) put32(b, m->ent[e]);
}

static int get32(const unsigned char **p, const unsigned char *end, uint32_t *v)
{
    if (end - *p < 4) return -1;
    const unsigned char *x = *p;
    *v = (uint32_t)x[0] | (uint32_t)x[1] << 8 | (uint32_t)x[2] << 16 | (uint32_t)x[3] << 24;
    *p += 4;
    return 0;
}

int wt_pmodel_read(wt_pmodel *m, const unsigned char **p, const unsigned char *end,
                   const char **err)
{
    uint32_t nclass, nfeat, nent, mask;
    memset(m, 0, sizeof *m);
    if (get32(p, end, &nclass) || get32(p, end, &nfeat) || get32(p, end, &nent) || get32(p, end, &mask)) {
        *err = "truncated weight table header";
        return -1;
    }
    uint64_t cap = (uint64_t)mask + 1;
    if (nclass < 1 || nclass > WT_PT_MAXCLASS || nent < nfeat || (cap & mask) || cap < 16 ||
        cap < (uint64_t)nfeat * 2 + 1 || cap > ((uint64_t)nfeat * 2 + 1) * 2 + 16 ||
        (uint64_t)nfeat * 12 + (uint64_t)nent * 4 > (uint64_t)(end - *p)) {
        *err = "weight table counts do not match the file size";
        return -1;
    }
    pmodel_alloc(m, (int)nclass, nfeat, nent);
    if ((uint64_t)m->mask != mask) {
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
        m->slots[s].fp = fp;
        m->slots[s].meta = meta;
        prev = s;
        sum += n;
    }
    if (sum != nent) goto bad;
    for (uint32_t e = 0; e < nent; e++) {
        get32(p, end, &m->ent[e]);
        float w = wt_pentry_w(m->ent[e]);
        if (wt_pentry_cls(m->ent[e]) >= nclass || !isfinite(w)) goto bad;
    }
    return 0;
bad:
    *err = "bad slot or entry in weight table";
fail:
    wt_pmodel_free(m);
    return -1;
}
