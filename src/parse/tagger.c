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

int wt_tagger_features(const wt_psent *s, int i, uint64_t *f)
{
    const wt_pword *w = &s->w.items[i];
    int n = 0, len = (int)s->w.len;
    const wt_pword *nx = i + 1 < len ? &s->w.items[i + 1] : NULL;
    const wt_pword *pv = i > 1 ? &s->w.items[i - 1] : NULL;
    uint64_t t1 = tag_at(s, i - 1), t2 = tag_at(s, i - 2);
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
    f[n++] = wt_feat(18, t1, 0, 0);
    f[n++] = wt_feat(19, t2, t1, 0);
    f[n++] = wt_feat(20, t1, form, 0);
    f[n++] = wt_feat(21, nx ? nx->sfx[2] : NONE, 0, 0);
    f[n++] = wt_feat(22, pv ? pv->sfx[2] : NONE, 0, 0);
    f[n++] = wt_feat(23, pv ? pv->shape : NONE, w->shape, nx ? nx->shape : NONE);
    f[n++] = wt_feat(24, nx ? nx->morph : NONE, 0, 0);
    f[n++] = wt_feat(25, nx ? wt_pword_lemma(nx) : NONE, 0, 0);
    f[n++] = wt_feat(26, form, form_at(s, i + 1), 0);
    f[n++] = wt_feat(27, form_at(s, i - 1), form, 0);
    f[n++] = wt_feat(28, t1, w->sfx[2], 0);
    f[n++] = wt_feat(29, t1, w->morph, 0);
    /* word classes: the word's, its neighbours', the coarse one */
    if (w->clus) {
        f[n++] = wt_feat(30, w->clus & 0xff, 0, 0);
        f[n++] = wt_feat(31, w->clus >> 8, w->shape, 0);
        f[n++] = wt_feat(32, t1, w->clus & 0xff, 0);
    } else {
        f[n++] = wt_feat(33, w->sfx[2], w->shape, 0);   /* unknown word: its ending and shape */
    }
    f[n++] = wt_feat(34, pv ? pv->clus & 0xff : 999, w->clus & 0xff, 0);
    f[n++] = wt_feat(35, nx ? nx->clus & 0xff : 999, 0, 0);
    /* the treebank's style: capitalised words, PROPN or NOUN */
    f[n++] = wt_feat(36, (uint64_t)s->style, w->shape, t1);
    f[n++] = wt_feat(37, (uint64_t)s->style, form, 0);
    return n;
}


void wt_tagger_tag(const wt_pmodel *m, wt_psent *s)
{
    uint64_t f[WT_TAG_MAXFEAT];
    wt_pscore sc[WT_PT_MAXCLASS];
    for (int i = 1; i < (int)s->w.len; i++) {
        int nf = wt_tagger_features(s, i, f);
        wt_pmodel_score(m, f, nf, sc);
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
