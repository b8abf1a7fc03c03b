/* tagger.c — UPOS tagging, greedy left to right with an averaged
 * perceptron. The features are the word, its lemma and affixes, its shape,
 * the words around it and the tags already chosen to its left: the usual
 * set for a perceptron tagger, plus the lemmatiser's affix class, which is
 * what tells a verb (meN-, di-) from a noun (peN-an) in Indonesian. */
#include "parse/syntax.h"

#include <string.h>

#define NONE 0x5151u   /* atom for "no word here" */

static uint64_t form_at(const wt_psent *s, int i)
{
    return i >= 1 && i < (int)s->w.len ? wt_pword_form(&s->w.items[i]) : NONE + (uint64_t)(i < 1 ? 1 : 2);
}

static uint64_t tag_at(const wt_psent *s, int i)
{
    return i >= 1 && i < (int)s->w.len ? (uint64_t)s->w.items[i].tag + 1 : 99;
}

/* The features of word i that do not read the tags already chosen: the
 * word, its neighbours, their classes. At run time their weights are
 * looked up a word ahead (wt_tagger_tag). */
static int static_features(const wt_psent *s, int i, uint64_t *f)
{
    const wt_pword *w = &s->w.items[i];
    int n = 0, len = (int)s->w.len;
    const wt_pword *nx = i + 1 < len ? &s->w.items[i + 1] : NULL;
    const wt_pword *pv = i > 1 ? &s->w.items[i - 1] : NULL;
    uint64_t form = wt_pword_form(w), lemma = wt_pword_lemma(w);
    f[n++] = wt_feat(1, 0, 0, 0);
    f[n++] = wt_feat(2, form, 0, 0);
    f[n++] = wt_feat(3, lemma, 0, 0);
    for (int k = 0; k < 4; k++) f[n++] = wt_feat(4 + (uint32_t)k, w->sfx[k], 0, 0);
    for (int k = 0; k < 3; k++) f[n++] = wt_feat(8 + (uint32_t)k, w->pfx[k], 0, 0);
    f[n++] = wt_feat(11, w->shape, 0, 0);
    f[n++] = wt_feat(12, w->morph, 0, 0);
    f[n++] = wt_feat(13, w->morph, w->shape, 0);
    f[n++] = wt_feat(14, form_at(s, i - 1), 0, 0);
    f[n++] = wt_feat(15, form_at(s, i + 1), 0, 0);
    f[n++] = wt_feat(16, form_at(s, i - 2), 0, 0);
    f[n++] = wt_feat(17, form_at(s, i + 2), 0, 0);
    f[n++] = wt_feat(21, nx ? nx->sfx[2] : NONE, 0, 0);
    f[n++] = wt_feat(22, pv ? pv->sfx[2] : NONE, 0, 0);
    f[n++] = wt_feat(23, pv ? pv->shape : NONE, w->shape, nx ? nx->shape : NONE);
    f[n++] = wt_feat(24, nx ? nx->morph : NONE, 0, 0);
    f[n++] = wt_feat(25, nx ? wt_pword_lemma(nx) : NONE, 0, 0);
    f[n++] = wt_feat(26, form, form_at(s, i + 1), 0);
    f[n++] = wt_feat(27, form_at(s, i - 1), form, 0);
    /* word classes: the word's, its neighbours', the coarse one */
    if (w->clus) {
        f[n++] = wt_feat(30, w->clus & 0xff, 0, 0);
        f[n++] = wt_feat(31, w->clus >> 8, w->shape, 0);
    } else {
        f[n++] = wt_feat(33, w->sfx[2], w->shape, 0);   /* unknown word: its ending and shape */
    }
    f[n++] = wt_feat(34, pv ? pv->clus & 0xff : 999, w->clus & 0xff, 0);
    f[n++] = wt_feat(35, nx ? nx->clus & 0xff : 999, 0, 0);
    /* the treebank's style: PROPN or NOUN */
    f[n++] = wt_feat(37, (uint64_t)s->style, form, 0);
    return n;
}

/* The features that read the two tags before word i. */
static int tag_features(const wt_psent *s, int i, uint64_t *f)
{
    const wt_pword *w = &s->w.items[i];
    uint64_t t1 = tag_at(s, i - 1), t2 = tag_at(s, i - 2);
    int n = 0;
    f[n++] = wt_feat(18, t1, 0, 0);
    f[n++] = wt_feat(19, t2, t1, 0);
    f[n++] = wt_feat(20, t1, wt_pword_form(w), 0);
    f[n++] = wt_feat(28, t1, w->sfx[2], 0);
    f[n++] = wt_feat(29, t1, w->morph, 0);
    if (w->clus) f[n++] = wt_feat(32, t1, w->clus & 0xff, 0);
    f[n++] = wt_feat(36, (uint64_t)s->style, w->shape, t1);   /* capitalised: PROPN or NOUN */
    return n;
}

int wt_tagger_features(const wt_psent *s, int i, uint64_t *f)
{
    int n = static_features(s, i, f);
    return n + tag_features(s, i, f + n);
}

/* One word's static features on their way through the pipeline below. */
typedef struct tag_stage {
    uint64_t f[WT_TAG_MAXFEAT];
    uint32_t home[WT_TAG_MAXFEAT], found[WT_TAG_MAXFEAT];
    int nf, nfound;
} tag_stage;

/* Greedy left to right, the static features pipelined: while word i's
 * tag is chosen, the buckets of word i + 2's static features are on their
 * way and word i + 1's have been found (their weights on their way), so
 * a word waits only for the few features over the tags just chosen. The
 * sums are the same integers as in one look-up. */
void wt_tagger_tag(const wt_pmodel *m, wt_psent *s)
{
    tag_stage st[3];
    int n = (int)s->w.len - 1;
    for (int i = 1; i <= 2 && i <= n; i++) {
        st[i % 3].nf = static_features(s, i, st[i % 3].f);
        wt_pmodel_prefetch(m, st[i % 3].f, st[i % 3].nf, st[i % 3].home);
    }
    if (n >= 1) st[1].nfound = wt_pmodel_find(m, st[1].f, st[1].home, st[1].nf, st[1].found);
    for (int i = 1; i <= n; i++) {
        /* the features over the tags just chosen first, so that their
         * buckets load while the next words' stages run */
        uint64_t f[WT_TAG_MAXFEAT];
        uint32_t home[WT_TAG_MAXFEAT], found[WT_TAG_MAXFEAT];
        wt_pscore sc[WT_PT_MAXCLASS];
        int nf = tag_features(s, i, f);
        wt_pmodel_prefetch(m, f, nf, home);
        if (i + 2 <= n) {
            tag_stage *p = &st[(i + 2) % 3];
            p->nf = static_features(s, i + 2, p->f);
            wt_pmodel_prefetch(m, p->f, p->nf, p->home);
        }
        if (i + 1 <= n) {
            tag_stage *p = &st[(i + 1) % 3];
            p->nfound = wt_pmodel_find(m, p->f, p->home, p->nf, p->found);
        }
        int nfound = wt_pmodel_find(m, f, home, nf, found);
        memset(sc, 0, (size_t)m->stride * sizeof *sc);
        wt_pmodel_add(m, st[i % 3].found, st[i % 3].nfound, sc);
        wt_pmodel_add(m, found, nfound, sc);
        s->w.items[i].tag = wt_argmax_i(sc, WT_UPOS_COUNT);
    }
}

int wt_tagger_train(wt_ptrain *p, wt_psent *s)
{
    uint64_t f[WT_TAG_MAXFEAT];
    float sc[WT_PT_MAXCLASS];
    int n = (int)s->w.len, right = 0;
    int *gold = wt_xmalloc((size_t)n * sizeof *gold);
    for (int i = 0; i < n; i++) gold[i] = s->w.items[i].tag;
    for (int i = 1; i < n; i++) {
        int nf = wt_tagger_features(s, i, f);
        wt_ptrain_score(p, f, nf, sc);
        int guess = wt_argmax(sc, WT_UPOS_COUNT);
        wt_ptrain_tick(p);
        wt_ptrain_update(p, f, nf, gold[i], guess);
        right += guess == gold[i];
        s->w.items[i].tag = guess;      /* history as it will be at run time */
    }
    for (int i = 0; i < n; i++) s->w.items[i].tag = gold[i];
    free(gold);
    return right - 0;
}
