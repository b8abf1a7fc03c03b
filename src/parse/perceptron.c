/* perceptron.c — the weight tables behind the tagger, the parser and the
 * labeller. See perceptron.h for the design. */
#include "parse/perceptron.h"
#include "util/mem.h"

#include <math.h>
#include <string.h>
#include <sys/mman.h>

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

/* Slots for nfeat features: two-thirds full. */
static uint32_t table_cap(uint32_t nfeat) { return nfeat + nfeat / 2 + 16; }

/* Probes run on past the last home slot into this many more instead of
 * wrapping around (no test in the probe loop); the last one is always
 * empty, so every probe ends. */
#define TAIL 64u

/* Zeroed memory for a weight table. The look-ups land anywhere in
 * megabytes of table, so with 4 KiB pages nearly every one also misses the
 * TLB: 2 MiB pages (where the kernel gives them on request) cover the whole
 * table with a few entries. */
#define HUGE_PAGE ((size_t)2 << 20)
static void *table_alloc(size_t n)
{
    if (n < HUGE_PAGE) return wt_xcalloc(1, n);
    size_t len = (n + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    void *p = NULL;
    if (posix_memalign(&p, HUGE_PAGE, len) != 0) return wt_xcalloc(1, n);
#ifdef MADV_HUGEPAGE
    madvise(p, len, MADV_HUGEPAGE);   /* advice only: ignored where unsupported */
#endif
    memset(p, 0, len);
    return p;
}

/* Dense rows are added eight weights at a time (one vector), so a row
 * longer than a few classes is padded to a multiple of 8. */
static int stride_of(int nclass) { return nclass <= 4 ? nclass : (nclass + 7) & ~7; }

/* Lays out a model with nfeat features and nw weights in one allocation
 * (an inline table has no weights outside its slots). */
static void pmodel_alloc(wt_pmodel *m, int nclass, uint32_t cap, uint32_t nfeat, uint32_t nw)
{
    int in = nclass <= 3;
    size_t slot_bytes = ((size_t)cap + TAIL) * (in ? sizeof(wt_pslot3) : sizeof(wt_pslot));
    char *mem = table_alloc(slot_bytes + ((size_t)nw + 8) * sizeof(int16_t));
    memset(m, 0, sizeof *m);
    m->owned = mem;
    m->nclass = nclass;
    m->stride = stride_of(nclass);
    m->cap = cap;
    if (in) m->slots3 = (wt_pslot3 *)mem;
    else m->slots = (wt_pslot *)mem;
    m->w = (int16_t *)(mem + slot_bytes);
    m->nw = nw;
    m->nfeat = nfeat;
}

static inline uint32_t fingerprint(uint64_t k) { return (uint32_t)(k >> 32) | 1u; }
static inline uint16_t fingerprint16(uint64_t k)
{
    uint16_t fp = (uint16_t)(k >> 48);
    return fp ? fp : 1;         /* 0 marks an empty slot */
}

/* The slot a feature's probe starts at: bits 8..31 of its hash (bit 0 is
 * always set; the fingerprints use the high bits) scaled to the table. */
static inline size_t home(const wt_pmodel *m, uint64_t k)
{
    return (size_t)(((k >> 8) & 0xffffffu) * (uint64_t)m->cap >> 24);
}

/* The slot holding feature k, or the empty slot where it would go; the
 * probe starts at i, its home. */
static size_t probe(const wt_pmodel *m, uint64_t k, size_t i)
{
    uint32_t fp = fingerprint(k);
    while (m->slots[i].fp && m->slots[i].fp != fp) i++;
    return i;
}

static size_t probe3(const wt_pmodel *m, uint64_t k, size_t i)
{
    uint16_t fp = fingerprint16(k);
    while (m->slots3[i].fp && m->slots3[i].fp != fp) i++;
    return i;
}

static size_t slot_of(const wt_pmodel *m, uint64_t k) { return probe(m, k, home(m, k)); }
static size_t slot3_of(const wt_pmodel *m, uint64_t k) { return probe3(m, k, home(m, k)); }

/* Puts feature k with its weights (already at off; k pairs, or a dense
 * row when k is 0) into the table. Two features of one model with the
 * same slot chain and fingerprint would share weights: refused (training
 * drops the second). */
static int pmodel_put(wt_pmodel *m, uint64_t k, uint32_t off, uint32_t n)
{
    size_t i = slot_of(m, k);
    if (m->slots[i].fp || i + 1 >= (size_t)m->cap + TAIL || off > 0xffffffu || n > 0xffu) return -1;
    m->slots[i].fp = fingerprint(k);
    m->slots[i].meta = off << 8 | n;
    return 0;
}

static int pmodel_put3(wt_pmodel *m, uint64_t k, const int16_t *q)
{
    size_t i = slot3_of(m, k);
    if (m->slots3[i].fp || i + 1 >= (size_t)m->cap + TAIL) return -1;
    m->slots3[i].fp = fingerprint16(k);
    for (int c = 0; c < 3; c++) m->slots3[i].w[c] = c < m->nclass ? q[c] : 0;
    return 0;
}

static float averaged(const wt_ptrain *p, size_t i)
{
    return (float)(p->w[i] - p->u[i] / (p->c > 0 ? p->c : 1));
}

/* The scale that maps the largest averaged weight to 32000. */
static float quant_scale(const wt_ptrain *p, uint32_t min_updates)
{
    size_t nc = (size_t)p->nclass;
    float mx = 0;
    for (size_t s = 0; s < p->cap; s++) {
        if (!p->keys[s] || p->nupd[p->row[s]] < min_updates) continue;
        for (size_t k = 0; k < nc; k++) {
            float a = fabsf(averaged(p, (size_t)p->row[s] * nc + k));
            if (a > mx) mx = a;
        }
    }
    return mx > 0 ? 32000.0f / mx : 1.0f;
}

/* The quantised weights of training row r into q; returns how many are
 * kept (non-zero after rounding, and |w| >= eps). */
static int quantise_row(const wt_ptrain *p, size_t r, float eps, float scale, int16_t *q)
{
    int n = 0;
    for (int k = 0; k < p->nclass; k++) {
        float a = averaged(p, r * (size_t)p->nclass + (size_t)k);
        long v = fabsf(a) >= eps ? lrintf(a * scale) : 0;
        q[k] = (int16_t)(v > 32767 ? 32767 : v < -32767 ? -32767 : v);
        n += q[k] != 0;
    }
    return n;
}

/* Weights a row of n kept classes takes: a dense row when that is at most
 * one and a half times as large as n (class, weight) pairs: adding a
 * dense row costs a few vector instructions per eight classes, a pair
 * several scalar ones. */
static uint32_t row_size(const wt_pmodel *m, int n, int *dense)
{
    *dense = 3 * n >= m->stride;
    return *dense ? (uint32_t)m->stride : 2u * (uint32_t)n;
}

/* Writes row q (n kept) at off; returns the slot's k (0 = dense). */
static uint32_t put_row(wt_pmodel *m, const int16_t *q, int n, uint32_t off)
{
    int dense;
    row_size(m, n, &dense);
    if (dense) {
        for (int k = 0; k < m->nclass; k++) m->w[off + (uint32_t)k] = q[k];
        return 0;
    }
    uint32_t j = off;
    for (int k = 0; k < m->nclass; k++)
        if (q[k]) {
            m->w[j++] = (int16_t)k;
            m->w[j++] = q[k];
        }
    return (uint32_t)n;
}

void wt_pmodel_from_train(wt_pmodel *m, const wt_ptrain *p, float eps, uint32_t min_updates)
{
    float scale = quant_scale(p, min_updates);
    int16_t q[WT_PT_MAXCLASS];
    wt_pmodel sizing = {.nclass = p->nclass, .stride = stride_of(p->nclass)};
    uint32_t nfeat = 0, nw = 0;
    uint32_t put = 0, off = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t s = 0; s < p->cap; s++) {
            if (!p->keys[s] || p->nupd[p->row[s]] < min_updates) continue;
            int n = quantise_row(p, p->row[s], eps, scale, q), dense;
            if (!n) continue;
            uint32_t size = sizing.nclass <= 3 ? 0 : row_size(&sizing, n, &dense);
            if (pass == 0) {
                nfeat++;
                nw += size;
            } else if (m->slots3 ? pmodel_put3(m, p->keys[s], q) == 0
                                 : pmodel_put(m, p->keys[s], off, put_row(m, q, n, off)) == 0) {
                put++;
                off += size;
            }
        }
        if (pass == 0) pmodel_alloc(m, p->nclass, table_cap(nfeat), nfeat, nw);
    }
    /* what was stored: a feature refused for sharing a fingerprint is not */
    m->nfeat = put;
    m->nw = off;
    m->scale = scale;
}

void wt_pmodel_free(wt_pmodel *m)
{
    free(m->owned);
    memset(m, 0, sizeof *m);
}

/* Adds a dense row: eight weights at a time, a loop of known length that
 * the compiler turns into vector instructions. */
static inline void add_dense(wt_pscore *sc, const int16_t *w, int stride)
{
    if (stride & 7) {
        for (int k = 0; k < stride; k++) sc[k] += w[k];
        return;
    }
    for (int b = 0; b < stride; b += 8)
        for (int k = 0; k < 8; k++) sc[b + k] += w[b + k];
}

/* The inline table: one probe a feature, its three weights in the slot. */
static void score3(const wt_pmodel *m, const uint64_t *f, int nf, wt_pscore *scores)
{
    wt_pscore s0 = 0, s1 = 0, s2 = 0;
    uint32_t at[256];           /* each feature's home slot, found once */
    if (nf > 256) nf = 256;
    for (int i = 0; i < nf; i++) {
        at[i] = (uint32_t)home(m, f[i]);
        __builtin_prefetch(&m->slots3[at[i]]);
    }
    for (int i = 0; i < nf; i++) {
        const wt_pslot3 *sl = &m->slots3[probe3(m, f[i], at[i])];
        s0 += sl->w[0];         /* an empty slot's weights are 0 */
        s1 += sl->w[1];
        s2 += sl->w[2];
    }
    scores[0] = s0;
    scores[1] = s1;
    scores[2] = s2;
}

void wt_pmodel_score(const wt_pmodel *m, const uint64_t *f, int nf, wt_pscore *scores)
{
    if (m->slots3) {
        score3(m, f, nf, scores);
        return;
    }
    memset(scores, 0, (size_t)m->stride * sizeof *scores);
    /* Three passes, so that the memory misses overlap instead of queueing:
     * prefetch every feature's slot; find the slots and prefetch their
     * weights; add the weights up. */
    uint32_t meta[256], at[256];
    if (nf > 256) nf = 256;
    for (int i = 0; i < nf; i++) {
        at[i] = (uint32_t)home(m, f[i]);
        __builtin_prefetch(&m->slots[at[i]]);
    }
    int found = 0;
    for (int i = 0; i < nf; i++) {
        const wt_pslot *sl = &m->slots[probe(m, f[i], at[i])];
        if (!sl->fp) continue;
        meta[found++] = sl->meta;
        __builtin_prefetch(m->w + (sl->meta >> 8));
    }
    for (int i = 0; i < found; i++) {
        const int16_t *w = m->w + (meta[i] >> 8);
        uint32_t n = meta[i] & 0xff;
        if (!n) add_dense(scores, w, m->stride);
        else
            for (uint32_t j = 0; j < n; j++) scores[w[2 * j]] += w[2 * j + 1];
    }
}

/* ---- serialisation: little-endian */

static void put32(wt_buf *b, uint32_t v)
{
    unsigned char x[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    wt_buf_append(b, x, 4);
}

void wt_pmodel_write(const wt_pmodel *m, wt_buf *b)
{
    /* the table as it is in memory: the weights (padded to 4 bytes), then
     * the used slots (index, fingerprint, meta; inline: index, fingerprint
     * and weights); loading is a copy and a check */
    union { float f; uint32_t u; } sc = {m->scale};
    put32(b, (uint32_t)m->nclass);
    put32(b, m->nfeat);
    put32(b, m->nw);
    put32(b, m->cap);
    put32(b, sc.u);
    for (uint32_t i = 0; i < m->nw; i += 2)
        put32(b, (uint16_t)m->w[i] | (uint32_t)(i + 1 < m->nw ? (uint16_t)m->w[i + 1] : 0) << 16);
    for (uint32_t s = 0; s < m->cap + TAIL; s++) {
        if (m->slots3 && m->slots3[s].fp) {
            const wt_pslot3 *x = &m->slots3[s];
            put32(b, s);
            put32(b, x->fp | (uint32_t)(uint16_t)x->w[0] << 16);
            put32(b, (uint16_t)x->w[1] | (uint32_t)(uint16_t)x->w[2] << 16);
        } else if (m->slots && m->slots[s].fp) {
            put32(b, s);
            put32(b, m->slots[s].fp);
            put32(b, m->slots[s].meta);
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

/* The weights of one slot lie inside the table and name real classes. */
static int slot_ok(const wt_pmodel *m, uint32_t meta, uint32_t *size)
{
    uint32_t n = meta & 0xff, off = meta >> 8;
    *size = n ? 2 * n : (uint32_t)m->stride;
    if (n > (uint32_t)m->nclass || (uint64_t)off + *size > m->nw) return 0;
    for (uint32_t j = 0; j < n; j++)
        if (m->w[off + 2 * j] < 0 || m->w[off + 2 * j] >= m->nclass) return 0;
    return 1;
}

/* One used slot from the file into the table; 0, or -1 when it is out of
 * range (its weights outside the table, a class that does not exist). */
static int read_slot(wt_pmodel *m, uint32_t s, uint32_t a, uint32_t b, uint32_t *size)
{
    if (m->slots3) {
        *size = 0;
        if (!(uint16_t)a || (m->nclass < 3 && (b >> 16)) || (m->nclass < 2 && (b & 0xffff))) return -1;
        m->slots3[s].fp = (uint16_t)a;
        m->slots3[s].w[0] = (int16_t)(uint16_t)(a >> 16);
        m->slots3[s].w[1] = (int16_t)(uint16_t)b;
        m->slots3[s].w[2] = (int16_t)(uint16_t)(b >> 16);
        return 0;
    }
    if (!(a & 1) || !slot_ok(m, b, size)) return -1;
    m->slots[s].fp = a;
    m->slots[s].meta = b;
    return 0;
}

int wt_pmodel_read(wt_pmodel *m, const unsigned char **p, const unsigned char *end,
                   const char **err)
{
    uint32_t nclass, nfeat, nw, cap, scale;
    memset(m, 0, sizeof *m);
    if (get32(p, end, &nclass) || get32(p, end, &nfeat) || get32(p, end, &nw) || get32(p, end, &cap) ||
        get32(p, end, &scale)) {
        *err = "truncated weight table header";
        return -1;
    }
    if (nclass < 1 || nclass > WT_PT_MAXCLASS || (nclass > 3 && nw < nfeat) || (nclass <= 3 && nw) ||
        nfeat > 0x7fffffffu / 2 || cap < table_cap(nfeat) || (uint64_t)cap > (uint64_t)table_cap(nfeat) * 2 ||
        (uint64_t)nfeat * 12 + ((uint64_t)nw + 1) / 2 * 4 > (uint64_t)(end - *p)) {
        *err = "weight table counts do not match the file size";
        return -1;
    }
    pmodel_alloc(m, (int)nclass, cap, nfeat, nw);
    union { uint32_t u; float f; } sc = {scale};
    m->scale = sc.f;
    for (uint32_t i = 0; i < nw; i += 2) {
        uint32_t v = 0;
        get32(p, end, &v);
        m->w[i] = (int16_t)(uint16_t)v;
        if (i + 1 < nw) m->w[i + 1] = (int16_t)(uint16_t)(v >> 16);
    }
    uint64_t sum = 0;
    uint32_t prev = 0;
    for (uint32_t f = 0; f < nfeat; f++) {
        uint32_t s = 0, a = 0, b = 0, size = 0;
        get32(p, end, &s);
        get32(p, end, &a);
        get32(p, end, &b);
        if (s >= cap + TAIL - 1 || (f && s <= prev) || read_slot(m, s, a, b, &size)) goto bad;
        prev = s;
        sum += size;
    }
    if (sum != nw) goto bad;
    return 0;
bad:
    *err = "bad slot or weight in weight table";
    wt_pmodel_free(m);
    return -1;
}
