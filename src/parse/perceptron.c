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
    }
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
        p->w[base + (size_t)good] += 1.0f;
        p->u[base + (size_t)good] += p->c;
        p->w[base + (size_t)bad] -= 1.0f;
        p->u[base + (size_t)bad] -= p->c;
    }
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

static size_t slot_of(const wt_pmodel *m, uint64_t k)
{
    size_t i = (size_t)(k >> 7) & m->mask;
    while (m->slots[i].key && m->slots[i].key != k) i = (i + 1) & m->mask;
    return i;
}

/* Puts feature k with its entries (already at off) into the table. */
static int pmodel_put(wt_pmodel *m, uint64_t k, uint32_t off, uint32_t n)
{
    size_t i = slot_of(m, k);
    if (m->slots[i].key) return -1;
    m->slots[i].key = k;
    m->slots[i].off = off;
    m->slots[i].n = n;
    return 0;
}

void wt_pmodel_from_train(wt_pmodel *m, const wt_ptrain *p, float eps)
{
    size_t nc = (size_t)p->nclass;
    double c = p->c > 0 ? p->c : 1;
    uint32_t nfeat = 0, nent = 0;
    float *avg = wt_xmalloc(nc * sizeof *avg);
    for (int pass = 0; pass < 2; pass++) {
        uint32_t off = 0;
        for (size_t s = 0; s < p->cap; s++) {
            if (!p->keys[s]) continue;
            size_t base = (size_t)p->row[s] * nc;
            uint8_t n = 0;
            for (size_t k = 0; k < nc; k++) {
                avg[k] = (float)(p->w[base + k] - p->u[base + k] / c);
                if (fabsf(avg[k]) >= eps) {
                    if (pass == 1) {
                        m->ent[off + n].cls = (uint32_t)k;
                        m->ent[off + n].w = avg[k];
                    }
                    n++;
                }
            }
            if (!n) continue;
            if (pass == 0) {
                nfeat++;
                nent += n;
            } else {
                pmodel_put(m, p->keys[s], off, n);
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
    /* prefetch every first slot, so the misses overlap */
    for (int i = 0; i < nf; i++) __builtin_prefetch(&m->slots[(f[i] >> 7) & m->mask]);
    for (int i = 0; i < nf; i++) {
        size_t s = slot_of(m, f[i]);
        const wt_pslot *sl = &m->slots[s];
        if (!sl->key) continue;
        const wt_pentry *e = m->ent + sl->off;
        for (uint32_t j = 0; j < sl->n; j++) scores[e[j].cls] += e[j].w;
    }
}

/* ---- serialisation: little-endian, entries grouped by feature */

static void put32(wt_buf *b, uint32_t v)
{
    unsigned char x[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    wt_buf_append(b, x, 4);
}

static void put64(wt_buf *b, uint64_t v)
{
    put32(b, (uint32_t)v);
    put32(b, (uint32_t)(v >> 32));
}

void wt_pmodel_write(const wt_pmodel *m, wt_buf *b)
{
    put32(b, (uint32_t)m->nclass);
    put32(b, m->nfeat);
    put32(b, m->nentries);
    /* features in table order: deterministic for a given training run */
    for (uint32_t s = 0; s <= m->mask; s++) {
        const wt_pslot *sl = &m->slots[s];
        if (!sl->key) continue;
        put64(b, sl->key);
        wt_buf_putc(b, (char)sl->n);
        for (unsigned j = 0; j < sl->n; j++) {
            wt_buf_putc(b, (char)m->ent[sl->off + j].cls);
            uint32_t bits;
            memcpy(&bits, &m->ent[sl->off + j].w, 4);
            put32(b, bits);
        }
    }
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
    uint32_t nclass, nfeat, nent;
    memset(m, 0, sizeof *m);
    if (get32(p, end, &nclass) || get32(p, end, &nfeat) || get32(p, end, &nent)) {
        *err = "truncated weight table header";
        return -1;
    }
    /* every feature needs at least 13 bytes and each entry 5 */
    if (nclass < 1 || nclass > WT_PT_MAXCLASS || nent < nfeat ||
        (uint64_t)nfeat * 9 + (uint64_t)nent * 5 > (uint64_t)(end - *p)) {
        *err = "weight table counts do not match the file size";
        return -1;
    }
    pmodel_alloc(m, (int)nclass, nfeat, nent);
    uint32_t off = 0;
    for (uint32_t f = 0; f < nfeat; f++) {
        uint32_t lo, hi;
        if (get32(p, end, &lo) || get32(p, end, &hi) || *p >= end) goto truncated;
        uint64_t key = (uint64_t)hi << 32 | lo;
        uint8_t n = *(*p)++;
        if (!key || n == 0 || n > nclass || off + n > nent) {
            *err = "bad feature record in weight table";
            goto fail;
        }
        for (unsigned j = 0; j < n; j++) {
            uint32_t bits;
            if (*p >= end) goto truncated;
            uint8_t c = *(*p)++;
            if (get32(p, end, &bits)) goto truncated;
            float w;
            memcpy(&w, &bits, 4);
            if (c >= nclass || !isfinite(w)) {
                *err = "bad class or weight in weight table";
                goto fail;
            }
            m->ent[off + j].cls = c;
            m->ent[off + j].w = w;
        }
        if (pmodel_put(m, key, off, n)) {
            *err = "duplicate feature in weight table";
            goto fail;
        }
        off += n;
    }
    if (off != nent) {
        *err = "weight table entry count does not match";
        goto fail;
    }
    return 0;
truncated:
    *err = "truncated weight table";
fail:
    wt_pmodel_free(m);
    return -1;
}
