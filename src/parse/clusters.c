/* clusters.c — word classes learnt from unannotated news, so that the
 * tagger and parser know something about the many words the treebanks
 * never show them (50,000 annotated words against millions in the press).
 *
 * Each frequent word is described by the words seen just before and just
 * after it (counts over the 250 most frequent words, square-rooted and
 * normalised), and the descriptions are grouped by spherical k-means into
 * 128 fine classes, whose centres are grouped again into 16 coarse ones.
 * Words used alike (days of the week, titles, transitive verbs, place
 * names) land together. Deterministic: the most frequent words seed the
 * centres. The classes are stored in the model file (form atom → fine and
 * coarse class). */
#include "parse/syntax.h"
#include "parse/train.h"
#include "ingest/ingest.h"
#include "text/article.h"
#include "util/strmap.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define CTX_WORDS 250
#define DIMS (2 * (CTX_WORDS + 2))
#define MIN_COUNT 3
#define MAX_VOCAB 40000

typedef struct vocab_word { const char *w; uint32_t len; long count; int rank; } vocab_word;

static int by_count(const void *a, const void *b)
{
    const vocab_word *x = a, *y = b;
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    return strcmp(x->w, y->w);
}

/* Spherical k-means of n unit vectors (rows of v) into k centres. */
static void kmeans(const float *v, size_t n, size_t dims, int k, int iters, int *assign, float *cent)
{
    for (int c = 0; c < k; c++) memcpy(cent + (size_t)c * dims, v + (size_t)c * dims, dims * sizeof *cent);
    for (int it = 0; it < iters; it++) {
        for (size_t i = 0; i < n; i++) {
            const float *x = v + i * dims;
            int best = 0;
            float bs = -1e30f;
            for (int c = 0; c < k; c++) {
                const float *y = cent + (size_t)c * dims;
                float s = 0;
                for (size_t d = 0; d < dims; d++) s += x[d] * y[d];
                if (s > bs) { bs = s; best = c; }
            }
            assign[i] = best;
        }
        memset(cent, 0, (size_t)k * dims * sizeof *cent);
        for (size_t i = 0; i < n; i++)
            for (size_t d = 0; d < dims; d++) cent[(size_t)assign[i] * dims + d] += v[i * dims + d];
        for (int c = 0; c < k; c++) {
            float *y = cent + (size_t)c * dims, norm = 0;
            for (size_t d = 0; d < dims; d++) norm += y[d] * y[d];
            norm = sqrtf(norm);
            if (norm > 0)
                for (size_t d = 0; d < dims; d++) y[d] /= norm;
        }
    }
}

int wt_clusters_build(warta_ctx *ctx, const char *const *corpus, int ncorpus,
                      const wt_strmap *exclude, wt_syntax_model *m, FILE *report)
{
    wt_strmap words;
    wt_strmap_init(&words);
    WT_VEC(int32_t) seq = {0};           /* word ids, -1 between sentences */
    WT_VEC(vocab_word) vocab = {0};
    wt_reader *r = wt_reader_new(ctx, WT_INPUT_AUTO);
    for (int i = 0; i < ncorpus; i++) wt_reader_add(r, corpus[i]);
    wt_doc d;
    wt_doc_init(&d);
    while (wt_reader_next(r, &d)) {
        if (exclude && d.id && wt_strmap_get(exclude, d.id, strlen(d.id))) continue;
        if (wt_article_process(ctx, &d) != 0) continue;
        for (size_t s = 0; s < d.sents.len; s++) {
            const wt_sentence *se = &d.sents.items[s];
            for (uint32_t t = 0; t < se->tok_count; t++) {
                const char *w = d.toks.items[se->tok_first + t].norm;
                size_t n = strlen(w);
                int inserted = 0;
                wt_strmap_slot *sl = wt_strmap_put(&words, w, n, &inserted);
                if (inserted) {
                    sl->value = (void *)(intptr_t)vocab.len;
                    vocab_word *vw = WT_VEC_PUSH(vocab);
                    vw->w = sl->key;
                    vw->len = (uint32_t)n;
                }
                int id = (int)(intptr_t)sl->value;
                vocab.items[id].count++;
                *WT_VEC_PUSH(seq) = id;
            }
            *WT_VEC_PUSH(seq) = -1;
        }
    }
    wt_doc_free(&d);
    wt_reader_free(r);
    int status = -1;
    /* ranks by frequency; the vocabulary clustered is the frequent part */
    vocab_word *sorted = wt_xmalloc((vocab.len + 1) * sizeof *sorted);
    memcpy(sorted, vocab.items, vocab.len * sizeof *sorted);
    for (size_t i = 0; i < vocab.len; i++) sorted[i].rank = (int)i;   /* original id */
    qsort(sorted, vocab.len, sizeof *sorted, by_count);
    int *rank_of = wt_xmalloc((vocab.len + 1) * sizeof *rank_of);
    size_t nv = 0;
    for (size_t i = 0; i < vocab.len; i++) {
        rank_of[sorted[i].rank] = (int)i;
        if (sorted[i].count >= MIN_COUNT && i < MAX_VOCAB) nv = i + 1;
    }
    int k = 128, kc = 16;
    if (nv < (size_t)k * 4) {
        if (report) fprintf(report, "clusters: corpus too small (%zu words seen %d+ times)\n", nv, MIN_COUNT);
        goto done;
    }
    float *v = wt_xcalloc(nv * DIMS, sizeof *v);
    for (size_t i = 0; i < seq.len; i++) {
        if (seq.items[i] < 0) continue;
        int me = rank_of[seq.items[i]];
        if ((size_t)me >= nv) continue;
        int left = i > 0 && seq.items[i - 1] >= 0 ? rank_of[seq.items[i - 1]] : -1;
        int right = i + 1 < seq.len && seq.items[i + 1] >= 0 ? rank_of[seq.items[i + 1]] : -1;
        int lf = left < 0 ? CTX_WORDS + 1 : left < CTX_WORDS ? left : CTX_WORDS;
        int rf = right < 0 ? CTX_WORDS + 1 : right < CTX_WORDS ? right : CTX_WORDS;
        v[(size_t)me * DIMS + (size_t)lf] += 1;
        v[(size_t)me * DIMS + CTX_WORDS + 2 + (size_t)rf] += 1;
    }
    for (size_t i = 0; i < nv; i++) {
        float *x = v + i * DIMS, norm = 0;
        for (size_t j = 0; j < DIMS; j++) { x[j] = sqrtf(x[j]); norm += x[j] * x[j]; }
        norm = sqrtf(norm);
        for (size_t j = 0; j < DIMS; j++) x[j] /= norm;
    }
    int *assign = wt_xmalloc(nv * sizeof *assign), *cassign = wt_xmalloc((size_t)k * sizeof *cassign);
    float *cent = wt_xmalloc((size_t)k * DIMS * sizeof *cent), *ccent = wt_xmalloc((size_t)kc * DIMS * sizeof *ccent);
    kmeans(v, nv, DIMS, k, 12, assign, cent);
    kmeans(cent, (size_t)k, DIMS, kc, 12, cassign, ccent);
    m->ncluster = nv;
    m->cluster_key = wt_xmalloc((nv + 1) * sizeof *m->cluster_key);
    m->cluster_val = wt_xmalloc((nv + 1) * sizeof *m->cluster_val);
    uint64_t *tmp = wt_xmalloc((nv + 1) * 2 * sizeof *tmp);
    for (size_t i = 0; i < nv; i++) {
        tmp[2 * i] = wt_atom(sorted[i].w, sorted[i].len);
        tmp[2 * i + 1] = (uint64_t)(assign[i] + 1) | (uint64_t)(cassign[assign[i]] + 1) << 8;
    }
    /* sort pairs by key (insertion into a sorted index) */
    size_t *idx = wt_xmalloc((nv + 1) * sizeof *idx);
    for (size_t i = 0; i < nv; i++) idx[i] = i;
    for (size_t gap = nv / 2; gap > 0; gap /= 2)          /* shell sort: no comparator state */
        for (size_t i = gap; i < nv; i++)
            for (size_t j = i; j >= gap && tmp[2 * idx[j - gap]] > tmp[2 * idx[j]]; j -= gap) {
                size_t t = idx[j];
                idx[j] = idx[j - gap];
                idx[j - gap] = t;
            }
    size_t out = 0;
    for (size_t i = 0; i < nv; i++) {
        uint64_t key = tmp[2 * idx[i]];
        if (out && m->cluster_key[out - 1] == key) continue;
        m->cluster_key[out] = key;
        m->cluster_val[out++] = (uint16_t)tmp[2 * idx[i] + 1];
    }
    m->ncluster = out;
    if (report) fprintf(report, "clusters: %zu words (seen %d+ times) in %d classes, %d coarse\n", out, MIN_COUNT, k, kc);
    free(idx);
    free(tmp);
    free(assign);
    free(cassign);
    free(cent);
    free(ccent);
    free(v);
    status = 0;
done:
    free(sorted);
    free(rank_of);
    WT_VEC_FREE(seq);
    WT_VEC_FREE(vocab);
    wt_strmap_free(&words);
    return status;
}
