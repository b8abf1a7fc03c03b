/* perceptron.h — averaged multi-class perceptrons over hashed features.
 *
 * A feature is a 64-bit hash of a template number and the atoms it joins
 * (a word's form, a tag, a distance…), so no vocabulary is kept: the model
 * is a table from feature hash to the weights of the classes that feature
 * has ever voted for. Training (wt_ptrain) keeps dense weight rows and the
 * running sums for averaging (Daumé's trick: averaged = w - u/c); the
 * finished model (wt_pmodel) keeps only the non-zero averaged weights,
 * sparse, in one open-addressed table: small enough to load in milliseconds
 * and to stay in cache while tagging and parsing. */
#ifndef WARTA_PARSE_PERCEPTRON_H
#define WARTA_PARSE_PERCEPTRON_H

#include "util/buf.h"
#include <stddef.h>
#include <stdint.h>

#define WT_PT_MAXCLASS 128

static inline uint64_t wt_mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb3fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

/* The atom of a word the model never saw in training (syntax.h:
 * wt_syntax_mark_unseen). A feature over it cannot have a weight, whatever
 * the word: every such feature of template t is one feature, looked up in
 * a slot that stays in the cache, instead of a miss to memory for a row
 * that is not there. */
#define WT_ATOM_UNSEEN 0x756e7365656e2121ULL

/* The last step of a feature hash: one multiply between two shifts (the
 * atoms are mixed hashes already, and a look-up reads only bits 8..31 and
 * 48..63 of the result); about half the work of wt_mix64, and a decision
 * hashes some 150 features. */
static inline uint64_t wt_feat_mix(uint64_t h)
{
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ULL;
    return h ^ h >> 32;
}

/* Feature hash of template t over atoms a, b, c (0 for unused): one
 * multiply-add per atom with distinct odd constants, then one mix. Atoms
 * are themselves mixed hashes, so linear collisions are as unlikely as any
 * other 64-bit collision. Never 0 (0 marks an empty table slot). */
static inline uint64_t wt_feat(uint32_t t, uint64_t a, uint64_t b, uint64_t c)
{
    if (a == WT_ATOM_UNSEEN || b == WT_ATOM_UNSEEN || c == WT_ATOM_UNSEEN)
        return wt_feat_mix((uint64_t)t * 0x9e3779b97f4a7c15ULL + WT_ATOM_UNSEEN) | 1;
    uint64_t h = (uint64_t)t * 0x9e3779b97f4a7c15ULL + a * 0xc2b2ae3d27d4eb4fULL +
                 b * 0x165667b19e3779f9ULL + c * 0xd6e8feb86659fd93ULL;
    return wt_feat_mix(h) | 1;
}

/* FNV-1a, then mixed: the atom of a string. */
uint64_t wt_atom(const char *s, size_t n);

/* ---- training */
typedef struct wt_ptrain {
    int nclass;
    size_t cap, count;         /* table of feature hashes → row */
    size_t rows_cap;           /* rows allocated in w and u */
    uint64_t *keys;
    uint32_t *row;
    float *w;                  /* count × nclass */
    double *u;                 /* running c·Δ sums */
    uint32_t *nupd;            /* updates per row: rare features are dropped */
    double c;                  /* updates so far (the clock) */
} wt_ptrain;

void wt_ptrain_init(wt_ptrain *p, int nclass);
void wt_ptrain_free(wt_ptrain *p);
/* scores[k] = Σ weights of the features for class k (current weights). */
void wt_ptrain_score(const wt_ptrain *p, const uint64_t *f, int nf, float *scores);
/* One perceptron step: + for class good, − for class bad. */
void wt_ptrain_update(wt_ptrain *p, const uint64_t *f, int nf, int good, int bad);
/* Makes a the mean of two finished training runs (a's and b's averaged
 * weights; a feature one run never saw counts as 0 there). */
void wt_ptrain_merge(wt_ptrain *a, const wt_ptrain *b);
/* Advances the clock by one example (call once per classified example). */
static inline void wt_ptrain_tick(wt_ptrain *p) { p->c += 1.0; }

/* ---- finished model */
/* The averaged weights, quantised to 16-bit integers (one scale for the
 * whole table, chosen so that its largest weight fills the range): scores
 * are integer sums, exact in any order, so a partial sum can be computed
 * once and reused (parser.c caches the features of one word) without a
 * rounding difference changing a decision; and a weight takes two bytes.
 *
 * The table is of buckets, one cache line each: a feature is looked for in
 * its home bucket, all fingerprints compared at once, with no branch on
 * whether it is there (half the look-ups find nothing, and a probe loop
 * that stops at the first empty slot mispredicted about once a look-up).
 * A bucket whose features do not fit is marked as overflowed and carries
 * the rest on to the next bucket (about one in seven).
 *
 * A table of more than 3 classes (tagger, labeller) has eight slots a
 * bucket, two-thirds full; the overflow mark takes the last. A slot holds
 * the feature's fingerprint (the high 32 bits of its hash; other bits
 * chose the bucket) and where its weights are: meta = offset << 8 | k.
 * k = 0: a dense row, one weight per class (padded to the stride), added
 * with vector instructions; k > 0: k (class, weight) pairs, for the
 * features that vote for few classes (most of the labeller's and tagger's
 * table; a dense row there would be larger).
 *
 * A table of at most 3 classes (the parser's transitions, half of all
 * look-ups) keeps the weights in the slot itself, so that a look-up is one
 * memory access, not two: twelve slots a bucket, three-quarters full, each
 * a 16-bit fingerprint and three one-byte codes of weights on a log scale
 * (lut[code] is the weight: 6% steps, an error that the 85 features of a
 * decision average out; the table is 2.6 MB instead of 4.1 at two bytes a
 * weight, and more of it stays in the cache). The price of the short
 * fingerprint: a feature the model lacks is compared with twelve, so about
 * one such look-up in 5,500 matches a stored feature and adds its weights
 * (noise the cross-validation measures with the rest).
 *
 * The scorer prefetches the buckets of all of a decision's features before
 * reading any, so what costs is how many distinct cache lines the table
 * spans. */
enum { WT_PBUCKET = 8, WT_PBUCKET3 = 12 };
typedef struct wt_pbucket { uint32_t fp[WT_PBUCKET], meta[WT_PBUCKET]; } wt_pbucket;
typedef struct wt_pbucket3 {
    uint16_t fp[WT_PBUCKET3];
    uint8_t w[WT_PBUCKET3][3];    /* codes: the weight of class c is lut[w[j][c]] */
    uint8_t over;                 /* overflowed: the look-up goes on in the next bucket */
    uint8_t pad[3];
} wt_pbucket3;
typedef int32_t wt_pscore;

typedef struct wt_pmodel {
    int nclass;
    int stride;                /* length of a dense row (nclass, padded) */
    int wide;                  /* dense rows added with AVX2 (the processor has it) */
    uint32_t nhome;            /* buckets a look-up starts in */
    uint32_t nbucket;          /* nhome and the buckets overflow reaches */
    wt_pbucket *b;             /* fp 0 = empty slot, ~0 = overflow mark; NULL when inline */
    wt_pbucket3 *b3;           /* the inline table (nclass <= 3), else NULL */
    int16_t *w;                /* dense rows and sparse pairs */
    uint32_t nw, nfeat;
    float scale;               /* quantised = round(weight · scale) */
    int16_t lut[256];          /* the inline table's weight of each code */
    void *owned;               /* one allocation holding buckets and weights */
} wt_pmodel;

/* The averaged weights of a training run, dropping |w| < eps and the
 * features updated fewer than min_updates times (seen in one or two
 * training decisions: noise more often than knowledge, and most of the
 * table). */
void wt_pmodel_from_train(wt_pmodel *m, const wt_ptrain *p, float eps, uint32_t min_updates);
void wt_pmodel_free(wt_pmodel *m);
/* scores[0..stride) = Σ quantised weights of the features f (nf <= 256). */
void wt_pmodel_score(const wt_pmodel *m, const uint64_t *f, int nf, wt_pscore *scores);
/* The same in steps, for a caller that has work to overlap with the
 * memory misses (the tagger finds the next word's features while it adds
 * up this word's): prefetch starts loading the features' buckets (and
 * gives their places, home, for find); find
 * (not for an inline table) gives where the weights of those the model
 * has are (n <= nf of them) and starts loading the weights; add adds
 * them to scores. */
void wt_pmodel_prefetch(const wt_pmodel *m, const uint64_t *f, int nf, uint32_t *home);
int wt_pmodel_find(const wt_pmodel *m, const uint64_t *f, const uint32_t *home, int nf, uint32_t *found);
void wt_pmodel_add(const wt_pmodel *m, const uint32_t *found, int n, wt_pscore *scores);
/* wt_pmodel_score of features already prefetched (their places in home). */
void wt_pmodel_score_at(const wt_pmodel *m, const uint64_t *f, const uint32_t *home, int nf,
                        wt_pscore *scores);

/* Serialisation: appends the model to b; reads it back from [p, end),
 * checking every count and index. 0, or -1 with *err set. */
void wt_pmodel_write(const wt_pmodel *m, wt_buf *b);
int wt_pmodel_read(wt_pmodel *m, const unsigned char **p, const unsigned char *end,
                   const char **err);

/* Index of the highest of n integer scores (the first on ties). */
static inline int wt_argmax_i(const wt_pscore *sc, int n)
{
    int best = 0;
    for (int k = 1; k < n; k++)
        if (sc[k] > sc[best]) best = k;
    return best;
}

#endif
