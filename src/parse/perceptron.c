/* perceptron.c — the weight tables behind the tagger, the parser and the
 * labeller. See perceptron.h for the design. */
#include "parse/perceptron.h"
#include "util/mem.h"

#include <math.h>
#include <string.h>
#include <sys/mman.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

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

/* Slots a bucket has for features: the inline table's twelve, the other's
 * eight (the last of which holds the overflow mark when there is one). */
static uint32_t bucket_slots(int nclass) { return nclass <= 3 ? WT_PBUCKET3 : WT_PBUCKET; }

/* Home buckets for nfeat features: two-thirds full on average (eight
 * slots), three-quarters (twelve), so that few buckets overflow. */
static uint32_t table_buckets(int nclass, uint32_t nfeat)
{
    return nclass <= 3 ? nfeat / 9 + 2 : (nfeat + nfeat / 2) / WT_PBUCKET + 2;
}

/* A slot's place: bucket × 16 + index in the bucket. */
enum { SLOT_SHIFT = 4 };

/* Zeroed memory for a weight table. The look-ups land anywhere in
 * megabytes of table, so with 4 KiB pages nearly every one also misses the
 * TLB: 2 MiB pages (where the kernel gives them on request) cover the whole
 * table with a few entries. Smaller tables are still aligned to a cache
 * line, so that a bucket is one line. */
#define HUGE_PAGE ((size_t)2 << 20)
static void *table_alloc(size_t n)
{
    size_t align = n < HUGE_PAGE ? 64 : HUGE_PAGE;
    size_t len = (n + align - 1) & ~(align - 1);
    void *p = NULL;
    if (posix_memalign(&p, align, len) != 0) return wt_xcalloc(1, n);   /* unaligned: slower, same */
#ifdef MADV_HUGEPAGE
    if (align == HUGE_PAGE) madvise(p, len, MADV_HUGEPAGE);   /* advice only */
#endif
    memset(p, 0, len);
    return p;
}

/* Dense rows are added eight weights at a time (one vector), so a row
 * longer than a few classes is padded to a multiple of 8. */
static int stride_of(int nclass) { return nclass <= 4 ? nclass : (nclass + 7) & ~7; }

/* The same with AVX2 where the processor has it (chosen at run time: the
 * build targets plain x86-64): eight weights widened and added in two
 * instructions instead of ten. The dense rows are the frequent features,
 * so this is a tenth of the tagger's and labeller's work. The look-up
 * loops below are compiled for AVX2 too (wt_pmodel.wide). */
#if defined(__GNUC__) && defined(__x86_64__)
#define WIDE_ADD 1
__attribute__((target("avx2"))) static void add_dense_avx2(wt_pscore *sc, const int16_t *w, int stride)
{
    for (int b = 0; b < stride; b += 8) {
        __m256i x = _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(w + b)));
        __m256i *to = (__m256i *)(sc + b);
        _mm256_storeu_si256(to, _mm256_add_epi32(_mm256_loadu_si256(to), x));
    }
}
static int wide_add(int stride) { return (stride <= 3 || !(stride & 7)) && __builtin_cpu_supports("avx2"); }
#else
static int wide_add(int stride) { (void)stride; return 0; }
#endif

/* Lays out a model of nbucket buckets and nw weights in one allocation (an
 * inline table has no weights outside its buckets). */
static void pmodel_alloc(wt_pmodel *m, int nclass, uint32_t nhome, uint32_t nbucket, uint32_t nw)
{
    _Static_assert(sizeof(wt_pbucket) == 64 && sizeof(wt_pbucket3) == 64, "a bucket is a cache line");
    size_t bucket_bytes = (size_t)nbucket * 64;
    char *mem = table_alloc(bucket_bytes + ((size_t)nw + 8) * sizeof(int16_t));
    memset(m, 0, sizeof *m);
    m->owned = mem;
    m->nclass = nclass;
    m->stride = stride_of(nclass);
    m->nhome = nhome;
    m->nbucket = nbucket;
    m->wide = wide_add(m->stride);
    if (nclass <= 3) m->b3 = (wt_pbucket3 *)mem;
    else m->b = (wt_pbucket *)mem;
    m->w = (int16_t *)(mem + bucket_bytes);
    m->nw = nw;
}

/* Fingerprints: the high bits of the hash (other bits chose the bucket);
 * never 0 (an empty slot), and a 32-bit one never all ones (the overflow
 * mark of an eight-slot bucket). */
#define MARK32 0xffffffffu
static inline uint32_t fingerprint(uint64_t k)
{
    uint32_t fp = (uint32_t)(k >> 32);
    return fp == 0 ? 1 : fp == MARK32 ? MARK32 - 1 : fp;
}
static inline uint16_t fingerprint16(uint64_t k)
{
    uint16_t fp = (uint16_t)(k >> 48);
    return fp == 0 ? 1 : fp;
}
static uint32_t fingerprint_of(int nclass, uint64_t k)
{
    return nclass <= 3 ? fingerprint16(k) : fingerprint(k);
}

/* The bucket a feature's look-up starts in: bits 8..31 of its hash (bit 0
 * is always set; the fingerprints use the high bits) scaled to the table. */
static inline uint32_t home_of(uint32_t nhome, uint64_t k)
{
    return (uint32_t)(((k >> 8) & 0xffffffu) * (uint64_t)nhome >> 24);
}

/* Which of a bucket's eight slots hold fingerprint fp: bit j for slot j.
 * Eight compares at once and no branch: whether a feature is in the model
 * is a coin toss to the branch predictor, and a probe loop that stops at
 * the first empty slot mispredicted about once a look-up. */
static inline unsigned match3(const wt_pbucket3 *b, uint16_t fp)
{
#if defined(__SSE2__)
    /* sixteen lanes from the bucket's first 32 bytes: the twelve
     * fingerprints, then weights (masked off) */
    __m128i q = _mm_set1_epi16((short)fp);
    __m128i lo = _mm_cmpeq_epi16(_mm_loadu_si128((const __m128i *)b->fp), q);
    __m128i hi = _mm_cmpeq_epi16(_mm_loadu_si128((const __m128i *)b->fp + 1), q);
    return (unsigned)_mm_movemask_epi8(_mm_packs_epi16(lo, hi)) & ((1u << WT_PBUCKET3) - 1);
#else
    unsigned hit = 0;
    for (int j = 0; j < WT_PBUCKET3; j++) hit |= (unsigned)(b->fp[j] == fp) << j;
    return hit;
#endif
}

static inline unsigned match(const wt_pbucket *b, uint32_t fp)
{
#if defined(__SSE2__)
    __m128i q = _mm_set1_epi32((int)fp);
    __m128i lo = _mm_cmpeq_epi32(_mm_loadu_si128((const __m128i *)b->fp), q);
    __m128i hi = _mm_cmpeq_epi32(_mm_loadu_si128((const __m128i *)(b->fp + 4)), q);
    return (unsigned)_mm_movemask_epi8(_mm_packs_epi16(_mm_packs_epi32(lo, hi), _mm_setzero_si128()));
#else
    unsigned hit = 0;
    for (int j = 0; j < WT_PBUCKET; j++) hit |= (unsigned)(b->fp[j] == fp) << j;
    return hit;
#endif
}

/* The slot of a feature: its bucket in *b and index j (7, with no bit in
 * *hit, when the model lacks it). A bucket that overflowed has the mark in
 * its last slot and its chain goes on in the next bucket: rare (a few
 * percent of buckets), so the one branch is well predicted. */
static inline int find3(const wt_pbucket3 **b, uint16_t fp, unsigned *hit)
{
    unsigned h = match3(*b, fp);
    while (__builtin_expect((h == 0) & (*b)->over, 0)) h = match3(++*b, fp);
    *hit = h;
    return __builtin_ctz(h | 1u << (WT_PBUCKET3 - 1));
}

static inline int find(const wt_pbucket **b, uint32_t fp, unsigned *hit)
{
    unsigned h = match(*b, fp);
    while (__builtin_expect((h == 0) & ((*b)->fp[WT_PBUCKET - 1] == MARK32), 0)) h = match(++*b, fp);
    *hit = h;
    return __builtin_ctz(h | 1u << (WT_PBUCKET - 1));
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

/* The inline table's weights are one byte each, a code for a magnitude on
 * a log scale (127 steps from 16 to 32,000 of the quantised range, each
 * 6% above the one before) and a sign: the table is then 2.6 MB instead
 * of 4.1, and more of it stays in the cache. Sums of the decoded 16-bit
 * weights are still exact integers. lut[code] is the weight. */
static void make_lut(int16_t *lut)
{
    int16_t mag[128] = {0};
    for (int k = 1; k < 128; k++) {
        long v = lrint(16.0 * pow(2000.0, (k - 1) / 126.0));
        mag[k] = (int16_t)(v <= mag[k - 1] ? mag[k - 1] + 1 : v > 32000 ? 32000 : v);
    }
    for (int c = 0; c < 256; c++) lut[c] = c < 128 ? mag[c] : c == 128 ? 0 : (int16_t)-mag[256 - c];
}

/* The code of quantised weight v: the nearest magnitude (0 below half the
 * smallest). */
static uint8_t encode(const int16_t *lut, int v)
{
    int a = v < 0 ? -v : v, lo = 1, hi = 127;
    if (2 * a < lut[1]) return 0;
    while (lo < hi) {                       /* the first magnitude >= a */
        int mid = (lo + hi) / 2;
        if (lut[mid] < a) lo = mid + 1;
        else hi = mid;
    }
    if (lo > 1 && a - lut[lo - 1] < lut[lo] - a) lo--;
    return (uint8_t)(v < 0 ? 256 - lo : lo);
}

/* Row q's codes into c (an inline table: three classes); how many are
 * not 0. */
static int encode_row(const wt_pmodel *m, const int16_t *q, int nclass, uint8_t *c)
{
    int n = 0;
    for (int k = 0; k < 3; k++) {
        c[k] = k < nclass ? encode(m->lut, q[k]) : 0;
        n += c[k] != 0;
    }
    return n;
}

/* A feature on its way into the table: its key, training row, home
 * bucket and the slot it gets (bucket << SLOT_SHIFT | index). */
typedef struct pfeat { uint64_t key; uint32_t row, home, slot; } pfeat;

/* The features kept from training (some weight not 0 once quantised),
 * sorted by home bucket (stably: the order is the training table's, so
 * the layout is the same on every run). */
static pfeat *kept_features(const wt_pmodel *m, const wt_ptrain *p, float eps, uint32_t min_updates,
                            uint32_t *n)
{
    int16_t q[WT_PT_MAXCLASS];
    uint8_t c[3];
    pfeat *f = wt_xmalloc((p->count + 1) * sizeof *f);
    uint32_t k = 0;
    for (size_t s = 0; s < p->cap; s++) {
        if (!p->keys[s] || p->nupd[p->row[s]] < min_updates) continue;
        if (!quantise_row(p, p->row[s], eps, m->scale, q)) continue;
        if (p->nclass <= 3 && !encode_row(m, q, p->nclass, c)) continue;
        f[k++] = (pfeat){.key = p->keys[s], .row = p->row[s]};
    }
    uint32_t nhome = table_buckets(p->nclass, k);
    uint32_t *start = wt_xcalloc((size_t)nhome + 1, sizeof *start);
    for (uint32_t i = 0; i < k; i++) start[(f[i].home = home_of(nhome, f[i].key)) + 1]++;
    for (uint32_t b = 0; b < nhome; b++) start[b + 1] += start[b];
    pfeat *sorted = wt_xmalloc((k + 1) * sizeof *sorted);
    for (uint32_t i = 0; i < k; i++) sorted[start[f[i].home]++] = f[i];
    free(start);
    free(f);
    *n = k;
    return sorted;
}

/* Gives each feature (sorted by home) a slot: a bucket takes the features
 * whose home it is and those carried over from the buckets before; when
 * they do not fit, it takes what fits (eight-slot buckets: seven, the last
 * slot will hold the overflow mark) and carries the rest on. Returns the
 * buckets used (at least nhome); the last one never overflows, so every
 * look-up ends inside the table. */
static uint32_t lay_out(pfeat *f, uint32_t n, uint32_t nhome, int nclass)
{
    uint32_t b = 0, i = 0, cap = bucket_slots(nclass), full = nclass <= 3 ? cap : cap - 1;
    for (; i < n; b++) {
        uint32_t end = i;
        while (end < n && f[end].home <= b) end++;
        uint32_t take = end - i <= cap ? end - i : full;
        for (uint32_t j = 0; j < take; j++) f[i + j].slot = b << SLOT_SHIFT | j;
        i += take;
    }
    return b > nhome ? b : nhome;
}

/* Whether feature i would be found: no feature before it on its look-up's
 * path (its home bucket up to its slot) has its fingerprint, or a look-up
 * would stop there and read the other's weights. Such a pair (one in tens
 * of thousands) loses the later one. */
static int reachable(int nclass, const pfeat *f, uint32_t i)
{
    uint32_t from = f[i].home << SLOT_SHIFT, fp = fingerprint_of(nclass, f[i].key);
    for (uint32_t j = i; j-- > 0 && f[j].slot >= from;)
        if (f[j].slot != UINT32_MAX && fingerprint_of(nclass, f[j].key) == fp) return 0;
    return 1;
}

/* Sizes the weights of the features kept; marks the shadowed ones
 * (slot UINT32_MAX). */
static uint32_t weights_needed(const wt_pmodel *sizing, const wt_ptrain *p, pfeat *f, uint32_t n,
                               float eps)
{
    int16_t q[WT_PT_MAXCLASS];
    uint32_t nw = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (!reachable(sizing->nclass, f, i)) {
            f[i].slot = UINT32_MAX;
            continue;
        }
        int dense, k = quantise_row(p, f[i].row, eps, sizing->scale, q);
        if (sizing->nclass > 3) nw += row_size(sizing, k, &dense);
    }
    return nw;
}

/* Stores feature f's fingerprint and weights (its row at *off). */
static void store(wt_pmodel *m, const wt_ptrain *p, const pfeat *f, float eps, uint32_t *off)
{
    int16_t q[WT_PT_MAXCLASS];
    int k = quantise_row(p, f->row, eps, m->scale, q), dense;
    uint32_t b = f->slot >> SLOT_SHIFT, j = f->slot & ((1u << SLOT_SHIFT) - 1);
    if (m->b3) {
        m->b3[b].fp[j] = fingerprint16(f->key);
        encode_row(m, q, m->nclass, m->b3[b].w[j]);
        return;
    }
    m->b[b].fp[j] = fingerprint(f->key);
    m->b[b].meta[j] = *off << 8 | put_row(m, q, k, *off);
    *off += row_size(m, k, &dense);
}

static void mark_overflow(wt_pmodel *m, uint32_t b)
{
    if (m->b3) m->b3[b].over = 1;
    else m->b[b].fp[WT_PBUCKET - 1] = MARK32;
}

void wt_pmodel_from_train(wt_pmodel *m, const wt_ptrain *p, float eps, uint32_t min_updates)
{
    wt_pmodel sizing = {.nclass = p->nclass, .stride = stride_of(p->nclass),
                        .scale = quant_scale(p, min_updates)};
    make_lut(sizing.lut);
    uint32_t n;
    pfeat *f = kept_features(&sizing, p, eps, min_updates, &n);
    uint32_t nhome = table_buckets(p->nclass, n), nbucket = lay_out(f, n, nhome, p->nclass);
    uint32_t nw = weights_needed(&sizing, p, f, n, eps);
    pmodel_alloc(m, p->nclass, nhome, nbucket, nw);
    m->scale = sizing.scale;
    memcpy(m->lut, sizing.lut, sizeof m->lut);
    uint32_t off = 0;
    for (uint32_t i = 0; i < n; i++) {
        /* the buckets a feature was carried past overflowed */
        uint32_t at = f[i].slot == UINT32_MAX ? f[i].home : f[i].slot >> SLOT_SHIFT;
        for (uint32_t b = f[i].home; b < at; b++) mark_overflow(m, b);
        if (f[i].slot == UINT32_MAX) continue;
        store(m, p, &f[i], eps, &off);
        m->nfeat++;
    }
    free(f);
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


/* The inline table: one bucket a feature, its three weights in the slot;
 * a feature the model lacks adds slot 11's weights times 0. */
static inline __attribute__((always_inline)) void
score3_body(const wt_pmodel *m, const uint64_t *f, const uint32_t *home, int nf, wt_pscore *scores)
{
    wt_pscore s0 = 0, s1 = 0, s2 = 0;
    for (int i = 0; i < nf; i++) {
        const wt_pbucket3 *b = &m->b3[home[i]];
        unsigned hit;
        int j = find3(&b, fingerprint16(f[i]), &hit);
        int32_t keep = -(int32_t)(hit != 0);
        s0 += m->lut[b->w[j][0]] & keep;
        s1 += m->lut[b->w[j][1]] & keep;
        s2 += m->lut[b->w[j][2]] & keep;
    }
    scores[0] = s0;
    scores[1] = s1;
    scores[2] = s2;
}

/* The same compiled for AVX2 (three-operand instructions, a one-step
 * broadcast): a sixth fewer instructions in the loop that runs most. */
#ifdef WIDE_ADD
__attribute__((target("avx2"))) static void score3_avx2(const wt_pmodel *m, const uint64_t *f,
                                                        const uint32_t *home, int nf, wt_pscore *scores)
{
    score3_body(m, f, home, nf, scores);
}
#endif

static void score3_at(const wt_pmodel *m, const uint64_t *f, const uint32_t *home, int nf,
                      wt_pscore *scores)
{
#ifdef WIDE_ADD
    if (m->wide) {
        score3_avx2(m, f, home, nf, scores);
        return;
    }
#endif
    score3_body(m, f, home, nf, scores);
}

static void score3(const wt_pmodel *m, const uint64_t *f, int nf, wt_pscore *scores)
{
    uint32_t at[256];           /* each feature's home bucket, found once */
    if (nf > 256) nf = 256;
    for (int i = 0; i < nf; i++) {
        at[i] = home_of(m->nhome, f[i]);
        __builtin_prefetch(&m->b3[at[i]]);
    }
    score3_at(m, f, at, nf, scores);
}

void wt_pmodel_score_at(const wt_pmodel *m, const uint64_t *f, const uint32_t *home, int nf,
                        wt_pscore *scores)
{
    if (m->b3) {
        score3_at(m, f, home, nf, scores);
        return;
    }
    uint32_t found[256];
    if (nf > 256) nf = 256;
    int n = wt_pmodel_find(m, f, home, nf, found);
    memset(scores, 0, (size_t)m->stride * sizeof *scores);
    wt_pmodel_add(m, found, n, scores);
}

void wt_pmodel_prefetch(const wt_pmodel *m, const uint64_t *f, int nf, uint32_t *home)
{
    for (int i = 0; i < nf; i++) {
        uint32_t h = home[i] = home_of(m->nhome, f[i]);
        if (m->b3) __builtin_prefetch(&m->b3[h]);
        else __builtin_prefetch(&m->b[h]);
    }
}

static inline __attribute__((always_inline)) int
find_body(const wt_pmodel *m, const uint64_t *f, const uint32_t *home, int nf, uint32_t *found)
{
    int n = 0;
    for (int i = 0; i < nf; i++) {
        const wt_pbucket *b = &m->b[home[i]];
        unsigned hit;
        int j = find(&b, fingerprint(f[i]), &hit);
        found[n] = b->meta[j];             /* kept only when found */
        __builtin_prefetch(m->w + (b->meta[j] >> 8));
        n += hit != 0;
    }
    return n;
}

#ifdef WIDE_ADD
__attribute__((target("avx2"))) static int find_avx2(const wt_pmodel *m, const uint64_t *f,
                                                     const uint32_t *home, int nf, uint32_t *found)
{
    return find_body(m, f, home, nf, found);
}
#endif

int wt_pmodel_find(const wt_pmodel *m, const uint64_t *f, const uint32_t *home, int nf, uint32_t *found)
{
#ifdef WIDE_ADD
    if (m->wide) return find_avx2(m, f, home, nf, found);
#endif
    return find_body(m, f, home, nf, found);
}

void wt_pmodel_add(const wt_pmodel *m, const uint32_t *found, int n, wt_pscore *scores)
{
    for (int i = 0; i < n; i++) {
        const int16_t *w = m->w + (found[i] >> 8);
        uint32_t k = found[i] & 0xff;
        if (k)
            for (uint32_t j = 0; j < k; j++) scores[w[2 * j]] += w[2 * j + 1];
#ifdef WIDE_ADD
        else if (m->wide)
            add_dense_avx2(scores, w, m->stride);
#endif
        else
            add_dense(scores, w, m->stride);
    }
}

void wt_pmodel_score(const wt_pmodel *m, const uint64_t *f, int nf, wt_pscore *scores)
{
    if (nf > 256) nf = 256;
    if (m->b3) {
        score3(m, f, nf, scores);
        return;
    }
    /* Three passes, so that the memory misses overlap instead of queueing:
     * prefetch every feature's bucket; find the slots and prefetch their
     * weights; add the weights up. */
    uint32_t found[256], home[256];
    wt_pmodel_prefetch(m, f, nf, home);
    int n = wt_pmodel_find(m, f, home, nf, found);
    memset(scores, 0, (size_t)m->stride * sizeof *scores);
    wt_pmodel_add(m, found, n, scores);
}

/* ---- serialisation: little-endian */

static void put32(wt_buf *b, uint32_t v)
{
    unsigned char x[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    wt_buf_append(b, x, 4);
}

static int overflowed(const wt_pmodel *m, uint32_t b)
{
    return m->b3 ? m->b3[b].over : m->b[b].fp[WT_PBUCKET - 1] == MARK32;
}

static uint32_t count_marks(const wt_pmodel *m)
{
    uint32_t n = 0;
    for (uint32_t b = 0; b < m->nbucket; b++) n += (uint32_t)overflowed(m, b);
    return n;
}

/* Puts 16-bit values two to a word. */
static void put16s(wt_buf *b, const int16_t *v, uint32_t n)
{
    for (uint32_t i = 0; i < n; i += 2)
        put32(b, (uint16_t)v[i] | (uint32_t)(i + 1 < n ? (uint16_t)v[i + 1] : 0) << 16);
}

void wt_pmodel_write(const wt_pmodel *m, wt_buf *b)
{
    /* the table as it is in memory: the inline table's code table, the
     * weights (padded to 4 bytes), the used slots (place, fingerprint,
     * meta; inline: place, fingerprint and the three codes), the buckets
     * that overflowed; loading is a copy and a check */
    union { float f; uint32_t u; } sc = {m->scale};
    put32(b, (uint32_t)m->nclass);
    put32(b, m->nfeat);
    put32(b, count_marks(m));
    put32(b, m->nw);
    put32(b, m->nhome);
    put32(b, m->nbucket);
    put32(b, sc.u);
    if (m->b3) put16s(b, m->lut, 256);
    put16s(b, m->w, m->nw);
    uint32_t slots = bucket_slots(m->nclass);
    for (uint32_t bk = 0; bk < m->nbucket; bk++)
        for (uint32_t j = 0; j < slots; j++) {
            if (m->b3 && m->b3[bk].fp[j]) {
                const wt_pbucket3 *x = &m->b3[bk];
                put32(b, bk << SLOT_SHIFT | j);
                put32(b, x->fp[j] | (uint32_t)x->w[j][0] << 16 | (uint32_t)x->w[j][1] << 24);
                put32(b, x->w[j][2]);
            } else if (m->b && m->b[bk].fp[j] && m->b[bk].fp[j] != MARK32) {
                put32(b, bk << SLOT_SHIFT | j);
                put32(b, m->b[bk].fp[j]);
                put32(b, m->b[bk].meta[j]);
            }
        }
    for (uint32_t bk = 0; bk < m->nbucket; bk++)
        if (overflowed(m, bk)) put32(b, bk);
}

static int get32(const unsigned char **p, const unsigned char *end, uint32_t *v)
{
    if (end - *p < 4) return -1;
    const unsigned char *x = *p;
    *v = (uint32_t)x[0] | (uint32_t)x[1] << 8 | (uint32_t)x[2] << 16 | (uint32_t)x[3] << 24;
    *p += 4;
    return 0;
}

/* n 16-bit values, two to a word (the counts were checked against the
 * bytes left). */
static void get16s(const unsigned char **p, const unsigned char *end, int16_t *v, uint32_t n)
{
    for (uint32_t i = 0; i < n; i += 2) {
        uint32_t x = 0;
        get32(p, end, &x);
        v[i] = (int16_t)(uint16_t)x;
        if (i + 1 < n) v[i + 1] = (int16_t)(uint16_t)(x >> 16);
    }
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

/* One used slot s from the file (a, b: fingerprint and codes or meta)
 * into the table; 0 when anything is out of range (a slot past the
 * bucket's, weights outside the table, a class that does not exist). */
static int read_slot(wt_pmodel *m, uint32_t s, uint32_t a, uint32_t b, uint32_t *size)
{
    uint32_t bk = s >> SLOT_SHIFT, j = s & ((1u << SLOT_SHIFT) - 1);
    *size = 0;
    if (bk >= m->nbucket || j >= bucket_slots(m->nclass)) return 0;
    if (m->b3) {
        uint16_t fp = (uint16_t)a;
        if (!fp || b > 0xff || (m->nclass < 3 && b) || (m->nclass < 2 && (a >> 24))) return 0;
        m->b3[bk].fp[j] = fp;
        m->b3[bk].w[j][0] = (uint8_t)(a >> 16);
        m->b3[bk].w[j][1] = (uint8_t)(a >> 24);
        m->b3[bk].w[j][2] = (uint8_t)b;
        return 1;
    }
    if (!a || a == MARK32 || !slot_ok(m, b, size)) return 0;
    m->b[bk].fp[j] = a;
    m->b[bk].meta[j] = b;
    return 1;
}

/* Bucket bk overflowed: never the last bucket (every look-up ends inside
 * the table), and in an eight-slot table its last slot is free for the
 * mark. */
static int read_mark(wt_pmodel *m, uint32_t bk)
{
    if ((uint64_t)bk + 1 >= m->nbucket) return 0;
    if (m->b3) m->b3[bk].over = 1;
    else if (m->b[bk].fp[WT_PBUCKET - 1]) return 0;
    else m->b[bk].fp[WT_PBUCKET - 1] = MARK32;
    return 1;
}

/* The header's counts against each other and the bytes left. */
static int counts_ok(uint32_t nclass, uint32_t nfeat, uint32_t nmark, uint32_t nw, uint32_t nhome,
                     uint32_t nbucket, uint64_t left)
{
    uint64_t lut = nclass <= 3 ? 512 : 0;
    return nclass >= 1 && nclass <= WT_PT_MAXCLASS && !(nclass > 3 && nw < nfeat) &&
           !(nclass <= 3 && nw) && nfeat <= 0x7fffffffu / 2 &&
           nhome >= table_buckets((int)nclass, nfeat) &&
           (uint64_t)nhome <= (uint64_t)table_buckets((int)nclass, nfeat) * 2 && nbucket >= nhome &&
           (uint64_t)nbucket <= (uint64_t)nhome + nmark && nmark <= nbucket &&
           nbucket < (1u << (32 - SLOT_SHIFT)) &&
           lut + (uint64_t)nfeat * 12 + (uint64_t)nmark * 4 + ((uint64_t)nw + 1) / 2 * 4 <= left;
}

int wt_pmodel_read(wt_pmodel *m, const unsigned char **p, const unsigned char *end,
                   const char **err)
{
    uint32_t nclass, nfeat, nmark, nw, nhome, nbucket, scale;
    memset(m, 0, sizeof *m);
    if (get32(p, end, &nclass) || get32(p, end, &nfeat) || get32(p, end, &nmark) || get32(p, end, &nw) ||
        get32(p, end, &nhome) || get32(p, end, &nbucket) || get32(p, end, &scale)) {
        *err = "truncated weight table header";
        return -1;
    }
    if (!counts_ok(nclass, nfeat, nmark, nw, nhome, nbucket, (uint64_t)(end - *p))) {
        *err = "weight table counts do not match the file size";
        return -1;
    }
    pmodel_alloc(m, (int)nclass, nhome, nbucket, nw);
    union { uint32_t u; float f; } sc = {scale};
    m->scale = sc.f;
    if (m->b3) get16s(p, end, m->lut, 256);
    get16s(p, end, m->w, nw);
    uint64_t sum = 0;
    uint32_t prev = 0;
    if (m->lut[0] != 0) goto bad;           /* code 0 is a weight of 0 */
    for (uint32_t f = 0; f < nfeat; f++) {
        uint32_t s = 0, a = 0, b = 0, size = 0;
        get32(p, end, &s);
        get32(p, end, &a);
        get32(p, end, &b);
        if ((f && s <= prev) || !read_slot(m, s, a, b, &size)) goto bad;
        prev = s;
        sum += size;
    }
    for (uint32_t k = 0; k < nmark; k++) {
        uint32_t bk = 0;
        get32(p, end, &bk);
        if ((k && bk <= prev) || !read_mark(m, bk)) goto bad;
        prev = bk;
    }
    if (sum != nw) goto bad;
    m->nfeat = nfeat;
    return 0;
bad:
    *err = "bad slot or weight in weight table";
    wt_pmodel_free(m);
    return -1;
}
