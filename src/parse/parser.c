/* parser.c — labelled dependency parsing with the arc-hybrid transition
 * system (Kuhlmann, Gómez-Rodríguez and Satta 2011):
 *
 *   SHIFT  move the buffer's first word b0 onto the stack
 *   LEFT   b0 becomes the head of the stack's top s0; pop s0
 *   RIGHT  s1 (under s0) becomes the head of s0; pop s0
 *
 * ROOT sits at the bottom of the stack and may take a dependent only when
 * the buffer is empty, so every tree has exactly one root. An averaged
 * perceptron picks the transition from Zhang–Nivre style features of the
 * stack and buffer; when an arc is made, a second perceptron (the
 * labeller) picks its relation. The dependent is complete at that moment
 * (arc-hybrid attaches a word only after all its dependents), so the
 * labeller sees the case marker, the "yang", the determiner under it:
 * what tells obl from obj and nsubj from nsubj:pass.
 *
 * Training uses Goldberg and Nivre's (2013) dynamic oracle: every
 * transition has a cost (gold arcs it makes unreachable), the model is
 * updated towards the best-scoring zero-cost transition, and after the
 * first pass it follows its own mistakes with probability `explore`, so it
 * learns to recover from them. */
#include "parse/syntax.h"

#include <string.h>

enum { SH, LA, RA, NACT };
#define NONE 0x4e4fu

typedef struct cfg {
    wt_psent *s;
    int n;                      /* words 1..n */
    int *stack, sp;
    int b;                      /* buffer front; n+1 when empty */
    int *lc1, *lc2, *rc1, *rc2, *nl, *nr;
    uint64_t *labset;
    int *punct;                 /* punct[i]: punctuation among words 1..i */
    struct watoms *wa;          /* each word's atoms (the parts that do not change) */
} cfg;

/* What the features read of a word that parsing does not change: made
 * once per sentence, not at every one of the ~20 reads a transition does. */
typedef struct watoms { uint64_t w, t, l, m, c; } watoms;
enum { LAB_WORDS = 1 + sizeof(watoms) / sizeof(uint64_t) };  /* u64s a word takes in `lab` */

static void cfg_atoms(cfg *c)
{
    for (int i = 0; i <= c->n; i++) {
        const wt_pword *w = &c->s->w.items[i];
        watoms *a = &c->wa[i];
        a->w = wt_pword_form(w);
        a->t = (uint64_t)w->tag + 1;
        a->l = wt_pword_lemma(w);
        a->m = w->morph;
        a->c = w->clus ? w->clus & 0xff : 998;
    }
}

/* lab: LAB_WORDS × (n + 2) u64s (label sets, then the words' atoms). */
static void cfg_init(cfg *c, wt_psent *s, int *mem, uint64_t *lab)
{
    int n = wt_psent_len(s);
    size_t m = (size_t)n + 2;
    c->s = s;
    c->n = n;
    c->stack = mem;
    c->lc1 = mem + m;
    c->lc2 = mem + 2 * m;
    c->rc1 = mem + 3 * m;
    c->rc2 = mem + 4 * m;
    c->nl = mem + 5 * m;
    c->nr = mem + 6 * m;
    c->punct = mem + 7 * m;
    c->labset = lab;
    c->wa = (watoms *)(lab + m);
    cfg_atoms(c);
    for (size_t i = 0; i < m; i++) {
        c->lc1[i] = c->lc2[i] = c->rc1[i] = c->rc2[i] = -1;
        c->nl[i] = c->nr[i] = 0;
        lab[i] = 0;
    }
    c->punct[0] = 0;
    for (int i = 1; i <= n; i++)
        c->punct[i] = c->punct[i - 1] + (s->w.items[i].tag == WT_UPOS_PUNCT);
    for (int i = 0; i <= n; i++) {
        s->w.items[i].head = -1;
        s->w.items[i].label = -1;
    }
    c->stack[0] = 0;
    c->sp = 1;
    c->b = n >= 1 ? 1 : 2;
}

static int valid(const cfg *c, int a)
{
    int buf = c->b <= c->n;
    switch (a) {
    case SH: return buf;
    case LA: return buf && c->stack[c->sp - 1] != 0;
    default: return c->sp >= 2 && (c->stack[c->sp - 2] != 0 || !buf);
    }
}

static void add_arc(cfg *c, int h, int d, int label)
{
    wt_pword *w = c->s->w.items;
    w[d].head = h;
    w[d].label = label;
    if (d < h) {
        if (c->lc1[h] < 0 || d < c->lc1[h]) { c->lc2[h] = c->lc1[h]; c->lc1[h] = d; }
        else if (c->lc2[h] < 0 || d < c->lc2[h]) c->lc2[h] = d;
        c->nl[h]++;
    } else {
        if (d > c->rc1[h]) { c->rc2[h] = c->rc1[h]; c->rc1[h] = d; }
        else if (d > c->rc2[h]) c->rc2[h] = d;
        c->nr[h]++;
    }
    if (label >= 0) c->labset[h] |= 1ULL << label;
}

/* ---- features */

/* at() and parse_features() are inlined into each caller with `want` a
 * constant (parse_group below), so that the compiler drops the features
 * and atoms a group does not read: a position group costs its handful of
 * features, not the whole list. */
#if defined(__GNUC__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE inline
#endif

typedef struct atoms { uint64_t w, t, l, m, lab, c; } atoms;

static ALWAYS_INLINE atoms at(const cfg *c, int i)
{
    atoms a;
    if (i < 0) {
        a.w = a.l = a.m = NONE;
        a.t = 98;
        a.lab = 97;
        a.c = 999;
        return a;
    }
    const watoms *x = &c->wa[i];
    int label = c->s->w.items[i].label;
    a.w = x->w;
    a.t = x->t;
    a.l = x->l;
    a.m = x->m;
    a.lab = label >= 0 ? (uint64_t)label + 1 : 96;
    a.c = x->c;
    return a;
}

/* Two atoms joined into one; an unseen word's atom stays unseen, so that
 * the feature over the pair is the template's one unseen feature. */
static inline uint64_t J(uint64_t a, uint64_t b)
{
    if (a == WT_ATOM_UNSEEN || b == WT_ATOM_UNSEEN) return WT_ATOM_UNSEEN;
    return wt_feat_mix(a * 0x9e3779b97f4a7c15ULL + b);
}

static uint64_t dist_bucket(int d)
{
    if (d < 0) d = -d;
    return d <= 4 ? (uint64_t)d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
}

/* The groups of parser features. The features of one word in one position
 * (s0, s1, s2, or the buffer front with the two words after it) depend on
 * nothing else in the configuration, so at run time their scores are
 * summed once per word and position and reused at every transition that
 * has the word there (scores are integer sums: the result is the same);
 * the rest (pairs across positions, children, distance, valency) change
 * with every transition. Training computes them all, in one list. */
enum { G_S0 = 1, G_S1 = 2, G_S2 = 4, G_B = 8, G_DYN = 16, G_ALL = 31 };
#define F(g, a, b, c)                                      \
    do {                                                   \
        if (want & (g)) f[n++] = wt_feat(t, a, b, c);      \
        t++;                                               \
    } while (0)

static ALWAYS_INLINE int parse_features(const cfg *c, uint64_t *f, unsigned want)
{
    int sp = c->sp, n = 0;
    int s0 = sp >= 1 ? c->stack[sp - 1] : -1;
    int s1 = sp >= 2 ? c->stack[sp - 2] : -1;
    int s2 = sp >= 3 ? c->stack[sp - 3] : -1;
    int b0 = c->b <= c->n ? c->b : -1;
    int b1 = c->b + 1 <= c->n ? c->b + 1 : -1;
    int b2 = c->b + 2 <= c->n ? c->b + 2 : -1;
    atoms S0 = at(c, s0), S1 = at(c, s1), S2 = at(c, s2), B0 = at(c, b0), B1 = at(c, b1),
          B2 = at(c, b2);
    /* the children only where a feature reads them (the position groups do not) */
    int dyn = (want & G_DYN) != 0;
    atoms S0L = at(c, dyn && s0 >= 0 ? c->lc1[s0] : -1), S0R = at(c, dyn && s0 >= 0 ? c->rc1[s0] : -1);
    atoms S0L2 = at(c, dyn && s0 >= 0 ? c->lc2[s0] : -1), S0R2 = at(c, dyn && s0 >= 0 ? c->rc2[s0] : -1);
    atoms S1L = at(c, dyn && s1 >= 0 ? c->lc1[s1] : -1), S1R = at(c, dyn && s1 >= 0 ? c->rc1[s1] : -1);
    atoms B0L = at(c, dyn && b0 >= 0 ? c->lc1[b0] : -1), B0L2 = at(c, dyn && b0 >= 0 ? c->lc2[b0] : -1);
    uint64_t s0wt = J(S0.w, S0.t), s1wt = J(S1.w, S1.t), b0wt = J(B0.w, B0.t), b1wt = J(B1.w, B1.t);
    uint64_t d = s0 >= 0 && b0 >= 0 ? dist_bucket(b0 - s0) : 9;
    uint64_t pu = s0 > 0 && b0 > 0 ? (uint64_t)(c->punct[b0 - 1] - c->punct[s0]) : 9;
    if (pu > 3 && pu != 9) pu = 3;
    uint32_t t = 1;
    /* single positions */
    F(G_S0, S0.w, 0, 0);
    F(G_S0, S0.t, 0, 0);
    F(G_S0, s0wt, 0, 0);
    F(G_S0, S0.l, 0, 0);
    F(G_S0, S0.m, S0.t, 0);
    F(G_S1, S1.w, 0, 0);
    F(G_S1, S1.t, 0, 0);
    F(G_S1, s1wt, 0, 0);
    F(G_S1, S1.l, 0, 0);
    F(G_B, B0.w, 0, 0);
    F(G_B, B0.t, 0, 0);
    F(G_B, b0wt, 0, 0);
    F(G_B, B0.l, 0, 0);
    F(G_B, B0.m, B0.t, 0);
    F(G_B, B1.w, 0, 0);
    F(G_B, B1.t, 0, 0);
    F(G_B, b1wt, 0, 0);
    F(G_B, B2.w, 0, 0);
    F(G_B, B2.t, 0, 0);
    F(G_S2, S2.t, 0, 0);
    F(G_S1, S1.m, S1.t, 0);
    /* pairs */
    F(G_DYN, s0wt, b0wt, 0);
    F(G_DYN, s0wt, B0.w, 0);
    F(G_DYN, S0.w, b0wt, 0);
    F(G_DYN, s0wt, B0.t, 0);
    F(G_DYN, S0.t, b0wt, 0);
    F(G_DYN, S0.w, B0.w, 0);
    F(G_DYN, S0.t, B0.t, 0);
    F(G_DYN, S0.l, B0.l, 0);
    F(G_DYN, S0.t, B0.l, 0);
    F(G_DYN, S0.l, B0.t, 0);
    F(G_B, B0.t, B1.t, 0);
    F(G_DYN, S1.t, S0.t, 0);
    F(G_DYN, S1.w, S0.w, 0);
    F(G_DYN, S1.t, B0.t, 0);
    F(G_DYN, S1.l, B0.l, 0);
    F(G_DYN, S1.t, s0wt, 0);
    F(G_DYN, s1wt, S0.t, 0);
    F(G_DYN, S0.m, B0.m, 0);
    F(G_DYN, S0.m, B0.t, S0.t);
    F(G_DYN, S0.t, B0.m, B0.t);
    /* triples of tags */
    F(G_B, B0.t, B1.t, B2.t);
    F(G_DYN, S0.t, B0.t, B1.t);
    F(G_DYN, S1.t, S0.t, B0.t);
    F(G_DYN, S2.t, S1.t, S0.t);
    F(G_DYN, S0.t, S0L.t, B0.t);
    F(G_DYN, S0.t, S0R.t, B0.t);
    F(G_DYN, S0.t, B0.t, B0L.t);
    F(G_DYN, S0.t, S0L.t, S0L2.t);
    F(G_DYN, S0.t, S0R.t, S0R2.t);
    F(G_DYN, B0.t, B0L.t, B0L2.t);
    F(G_DYN, S1.t, S1R.t, S0.t);
    F(G_DYN, S1.t, S1L.t, S0.t);
    /* children */
    F(G_DYN, S0L.w, 0, 0);
    F(G_DYN, S0L.t, S0L.lab, 0);
    F(G_DYN, S0R.w, 0, 0);
    F(G_DYN, S0R.t, S0R.lab, 0);
    F(G_DYN, B0L.w, 0, 0);
    F(G_DYN, B0L.t, B0L.lab, 0);
    F(G_DYN, S1R.t, S1R.lab, 0);
    F(G_DYN, S0.t, S0L.lab, S0R.lab);
    /* distance, valency, labels attached so far, punctuation between */
    F(G_DYN, S0.w, d, 0);
    F(G_DYN, S0.t, d, 0);
    F(G_DYN, B0.w, d, 0);
    F(G_DYN, B0.t, d, 0);
    F(G_DYN, S0.t, B0.t, d);
    F(G_DYN, S0.t, s0 >= 0 ? (uint64_t)c->nl[s0] : 9, s0 >= 0 ? (uint64_t)c->nr[s0] : 9);
    F(G_DYN, S0.w, s0 >= 0 ? (uint64_t)c->nr[s0] : 9, 0);
    F(G_DYN, B0.t, b0 >= 0 ? (uint64_t)c->nl[b0] : 9, 0);
    F(G_DYN, S0.t, s0 >= 0 ? c->labset[s0] : 0, 0);
    F(G_DYN, B0.t, b0 >= 0 ? c->labset[b0] : 0, 0);
    F(G_DYN, S0.t, B0.t, pu);
    F(G_DYN, S0.t, S1.t, b0 < 0);
    F(G_DYN, (uint64_t)(sp > 4 ? 4 : sp), B0.t, 0);
    /* word classes */
    F(G_S0, S0.c, S0.t, 0);
    F(G_B, B0.c, B0.t, 0);
    F(G_S1, S1.c, 0, 0);
    F(G_B, B1.c, 0, 0);
    F(G_DYN, S0.c, B0.c, 0);
    F(G_DYN, S0.c, B0.t, 0);
    F(G_DYN, S0.t, B0.c, 0);
    F(G_DYN, S1.c, S0.c, B0.t);
    /* the treebank's style */
    uint64_t st = (uint64_t)c->s->style + 1;
    F(G_DYN, st, S0.t, B0.t);
    F(G_DYN, st, J(S0.t, S1.t), B0.t);
    F(G_B, st, B0.t, B1.t);
    return n;
}
#undef F

/* The features of one group (or all), each a specialised copy. */
static int parse_group(const cfg *c, uint64_t *f, unsigned group)
{
    switch (group) {
    case G_S0: return parse_features(c, f, G_S0);
    case G_S1: return parse_features(c, f, G_S1);
    case G_S2: return parse_features(c, f, G_S2);
    case G_B: return parse_features(c, f, G_B);
    case G_DYN: return parse_features(c, f, G_DYN);
    default: return parse_features(c, f, G_ALL);
    }
}

/* ---- labeller */

static int label_features(const cfg *c, int h, int d, uint64_t *f)
{
    int n = 0;
    atoms H = at(c, h), D = at(c, d);
    atoms DL = at(c, c->lc1[d]), DR = at(c, c->rc1[d]);
    atoms DL2 = at(c, c->lc2[d]);
    atoms Dp = at(c, d - 1 >= 1 ? d - 1 : -1), Dn = at(c, d + 1 <= c->n ? d + 1 : -1);
    uint64_t dir = h == 0 ? 3 : d < h ? 1 : 2;
    uint64_t dist = h == 0 ? 8 : dist_bucket(h - d);
    uint32_t t = 200;
    f[n++] = wt_feat(t++, dir, 0, 0);
    f[n++] = wt_feat(t++, D.t, dir, 0);
    f[n++] = wt_feat(t++, D.w, dir, 0);
    f[n++] = wt_feat(t++, D.l, 0, 0);
    f[n++] = wt_feat(t++, D.m, D.t, 0);
    f[n++] = wt_feat(t++, H.t, dir, 0);
    f[n++] = wt_feat(t++, H.w, 0, 0);
    f[n++] = wt_feat(t++, H.l, 0, 0);
    f[n++] = wt_feat(t++, H.m, H.t, dir);
    f[n++] = wt_feat(t++, D.t, H.t, dir);
    f[n++] = wt_feat(t++, D.w, H.t, dir);
    f[n++] = wt_feat(t++, D.t, H.w, dir);
    f[n++] = wt_feat(t++, D.l, H.l, 0);
    f[n++] = wt_feat(t++, D.t, H.t, dist);
    f[n++] = wt_feat(t++, DL.w, D.t, 0);
    f[n++] = wt_feat(t++, DL.w, H.t, dir);
    f[n++] = wt_feat(t++, DL.t, DL.lab, D.t);
    f[n++] = wt_feat(t++, DL2.w, D.t, 0);
    f[n++] = wt_feat(t++, DR.t, DR.lab, D.t);
    f[n++] = wt_feat(t++, c->labset[d], D.t, 0);
    f[n++] = wt_feat(t++, c->labset[h], H.t, J(D.t, dir));
    f[n++] = wt_feat(t++, Dp.w, D.t, 0);
    f[n++] = wt_feat(t++, Dp.t, D.t, H.t);
    f[n++] = wt_feat(t++, Dn.t, D.t, 0);
    f[n++] = wt_feat(t++, H.m, D.t, J(DL.w, dir));
    f[n++] = wt_feat(t++, D.m, H.m, dir);
    f[n++] = wt_feat(t++, D.w, H.w, 0);
    f[n++] = wt_feat(t++, (uint64_t)c->nl[d], (uint64_t)c->nr[d], D.t);
    f[n++] = wt_feat(t++, D.c, dir, 0);
    f[n++] = wt_feat(t++, H.c, dir, 0);
    f[n++] = wt_feat(t++, D.c, H.c, dir);
    f[n++] = wt_feat(t++, D.c, H.t, DL.c);
    uint64_t st = (uint64_t)c->s->style + 1;
    f[n++] = wt_feat(t++, st, J(D.t, H.t), dir);
    f[n++] = wt_feat(t++, st, D.w, 0);
    f[n++] = wt_feat(t++, st, J(DL.w, D.t), H.t);
    f[n++] = wt_feat(t++, st, H.w, dir);
    return n;
}

static int argmax_valid(const float *sc, const int *ok)
{
    int best = -1;
    for (int a = 0; a < NACT; a++)
        if (ok[a] && (best < 0 || sc[a] > sc[best])) best = a;
    return best;
}

static int argmax_valid_i(const wt_pscore *sc, const int *ok)
{
    int best = -1;
    for (int a = 0; a < NACT; a++)
        if (ok[a] && (best < 0 || sc[a] > sc[best])) best = a;
    return best;
}


/* The one valid action, or -1 when there is a choice. */
static int only_valid(const int *ok)
{
    int a = -1;
    for (int k = 0; k < NACT; k++)
        if (ok[k]) {
            if (a >= 0) return -1;
            a = k;
        }
    return a;
}

/* Performs action a; the arc's label comes from label_fn. Returns the
 * dependent of the arc made (0 for SHIFT) and its head in *h. */
static int apply(cfg *c, int a, int *h)
{
    if (a == SH) {
        c->stack[c->sp++] = c->b++;
        return 0;
    }
    int d = c->stack[--c->sp];
    *h = a == LA ? c->b : c->stack[c->sp - 1];
    return d;
}

static size_t work_ints(int n) { return 8 * ((size_t)n + 2); }

/* The scores of the position groups (G_S0, G_S1, G_S2, G_B) for each word
 * in each position: role r of word i (i = -1, no word, is kept at n + 1). */
enum { NROLE = 4, PCLASS = NACT, ROLE_FEAT = 32, AHEAD = 3 };
typedef struct role_cache {
    wt_pscore *sc;              /* NROLE × (n + 2) × PCLASS */
} role_cache;

static size_t role_index(const cfg *c, int role, int i)
{
    return (size_t)role * ((size_t)c->n + 2) + (size_t)(i < 0 ? c->n + 1 : i);
}

/* The features of word i (-1: none) in every position, each group in its
 * own part of f (ROLE_FEAT apart), read from a copy of c whose stack and
 * buffer put the word there. */
static void word_roles(const cfg *c, int i, uint64_t *f, int *nf)
{
    cfg t = *c;
    int stack[3] = {i, i, i};
    t.stack = stack;
    for (int role = 0; role < NROLE; role++) {
        if (role == 3) {                        /* buffer front: i, or empty */
            t.sp = 1;
            t.b = i < 0 ? c->n + 1 : i;
        } else {                                /* s_role is i (none: a shorter stack) */
            t.sp = i < 0 ? role : role + 1;
            t.b = c->n + 1;
        }
        nf[role] = parse_group(&t, f + role * ROLE_FEAT, 1u << role);
    }
}

/* Every word's position scores, before the first transition: every word
 * passes through b0 and s0 and most through s1, so little is computed
 * that is not used, and the look-ups of the words AHEAD words on are
 * under way while a word's are added up, instead of each word waiting
 * for its own at the transition that first puts it in a position. */
static void fill_roles(const wt_pmodel *pm, const cfg *c, role_cache *rc)
{
    uint64_t f[AHEAD + 1][NROLE * ROLE_FEAT];
    uint32_t home[AHEAD + 1][NROLE * ROLE_FEAT];
    int nf[AHEAD + 1][NROLE];
    int last = c->n + 1;                        /* n + 1: no word */
    for (int i = 0; i <= last + AHEAD; i++) {
        if (i <= last) {
            int r = i % (AHEAD + 1);
            word_roles(c, i == last ? -1 : i, f[r], nf[r]);
            for (int role = 0; role < NROLE; role++)
                wt_pmodel_prefetch(pm, f[r] + role * ROLE_FEAT, nf[r][role], home[r] + role * ROLE_FEAT);
        }
        int w = i - AHEAD, r = w % (AHEAD + 1);
        if (w < 0) continue;
        for (int role = 0; role < NROLE; role++) {
            wt_pscore tmp[WT_PT_MAXCLASS];
            wt_pmodel_score_at(pm, f[r] + role * ROLE_FEAT, home[r] + role * ROLE_FEAT, nf[r][role], tmp);
            memcpy(rc->sc + role_index(c, role, w == last ? -1 : w) * PCLASS, tmp, PCLASS * sizeof *tmp);
        }
    }
}

/* The parser's scores of the three transitions in configuration c. */
static void score_transitions(const wt_pmodel *pm, const cfg *c, const role_cache *rc, wt_pscore *sc)
{
    uint64_t f[WT_PAR_MAXFEAT];
    int sp = c->sp;
    int nf = parse_group(c, f, G_DYN);
    wt_pmodel_score(pm, f, nf, sc);
    const wt_pscore *r[NROLE] = {
        rc->sc + role_index(c, 0, c->stack[sp - 1]) * PCLASS,
        rc->sc + role_index(c, 1, sp >= 2 ? c->stack[sp - 2] : -1) * PCLASS,
        rc->sc + role_index(c, 2, sp >= 3 ? c->stack[sp - 3] : -1) * PCLASS,
        rc->sc + role_index(c, 3, c->b <= c->n ? c->b : -1) * PCLASS};
    for (int k = 0; k < NROLE; k++)
        for (int a = 0; a < PCLASS; a++) sc[a] += r[k][a];
}

/* Carves the parse's working memory out of the sentence's scratch buffer
 * (grown once, reused for every sentence after). */
static int *parse_work(wt_psent *s, int n, uint64_t **lab, role_cache *rc)
{
    size_t m = (size_t)n + 2;
    size_t bytes = LAB_WORDS * m * sizeof(uint64_t) + NROLE * m * PCLASS * sizeof(wt_pscore) +
                   work_ints(n) * sizeof(int);
    char *p = wt_psent_work(s, bytes);
    *lab = (uint64_t *)p;
    rc->sc = (wt_pscore *)(p + LAB_WORDS * m * sizeof(uint64_t));
    return (int *)(rc->sc + NROLE * m * PCLASS);
}

void wt_parser_parse(const wt_syntax_model *m, wt_psent *s)
{
    int n = wt_psent_len(s);
    uint64_t *lab;
    role_cache rc;
    int *mem = parse_work(s, n, &lab, &rc);
    uint64_t f[WT_PAR_MAXFEAT];
    wt_pscore sc[WT_PT_MAXCLASS];
    cfg c;
    cfg_init(&c, s, mem, lab);
    fill_roles(&m->parser, &c, &rc);
    while (c.b <= n || c.sp > 1) {
        int ok[NACT] = {valid(&c, SH), valid(&c, LA), valid(&c, RA)};
        int a = only_valid(ok), h = 0;
        if (a < 0) {                 /* a choice: score it (a forced move needs no weights) */
            score_transitions(&m->parser, &c, &rc, sc);
            a = argmax_valid_i(sc, ok);
        }
        int d = apply(&c, a, &h);
        if (a == SH) continue;
        int l = m->root_label;       /* the root relation is not learnt */
        if (h != 0 && s->w.items[d].tag == WT_UPOS_PUNCT && m->punct_label >= 0) {
            l = m->punct_label;      /* what the labeller says of a mark (an eighth of all arcs) */
        } else if (h != 0) {
            int lf = label_features(&c, h, d, f);
            wt_pmodel_score(&m->labeller, f, lf, sc);
            sc[m->root_label] = INT32_MIN;           /* root only under ROOT */
            l = wt_argmax_i(sc, m->nlabels);
        }
        add_arc(&c, h, d, l);
    }
    /* punctuation by warta's convention (punct.c), given the other arcs */
    int *heads = mem, *punct = mem + n + 1;
    for (int i = 1; i <= n; i++) {
        heads[i] = s->w.items[i].head;
        punct[i] = s->w.items[i].tag == WT_UPOS_PUNCT;
    }
    wt_punct_attach(heads, punct, n);
    for (int i = 1; i <= n; i++) s->w.items[i].head = heads[i];
}

/* ---- training */

static int in_stack(const cfg *c, int x)
{
    for (int i = 0; i < c->sp; i++)
        if (c->stack[i] == x) return 1;
    return 0;
}

static void costs(const cfg *c, const int *gh, int *cost)
{
    int n = c->n, b = c->b, s0 = c->stack[c->sp - 1];
    int s1 = c->sp >= 2 ? c->stack[c->sp - 2] : -1;
    cost[SH] = cost[LA] = cost[RA] = 0;
    if (valid(c, SH)) {
        for (int i = 0; i < c->sp; i++)
            if (c->stack[i] && gh[c->stack[i]] == b) cost[SH]++;
        if (gh[b] != s0 && in_stack(c, gh[b])) cost[SH]++;
    }
    int kids = 0;
    for (int i = b; i <= n; i++) kids += gh[i] == s0;
    if (valid(c, LA)) {
        cost[LA] = kids;
        if (gh[s0] != b && (gh[s0] == s1 || gh[s0] > b)) cost[LA]++;
    }
    if (valid(c, RA)) cost[RA] = kids + (gh[s0] >= b && gh[s0] <= n);
}

int wt_parser_train(wt_ptrain *parser, wt_ptrain *labeller, int root_label,
                    wt_psent *s, const int *gh, const int *gl, const wt_parser_train_opts *o)
{
    int n = wt_psent_len(s), right = 0;
    int *mem = wt_xmalloc(work_ints(n) * sizeof *mem);
    uint64_t *lab = wt_xmalloc(LAB_WORDS * ((size_t)n + 2) * sizeof *lab);
    uint64_t f[WT_PAR_MAXFEAT];
    float sc[WT_PT_MAXCLASS];
    cfg c;
    cfg_init(&c, s, mem, lab);
    while (c.b <= n || c.sp > 1) {
        int ok[NACT] = {valid(&c, SH), valid(&c, LA), valid(&c, RA)}, cost[NACT];
        costs(&c, gh, cost);
        int nf = parse_group(&c, f, G_ALL);
        wt_ptrain_score(parser, f, nf, sc);
        int pred = argmax_valid(sc, ok);
        int mincost = 1 << 30;
        for (int a = 0; a < NACT; a++)
            if (ok[a] && cost[a] < mincost) mincost = cost[a];
        int best = -1;
        for (int a = 0; a < NACT; a++)
            if (ok[a] && cost[a] == mincost && (best < 0 || sc[a] > sc[best])) best = a;
        wt_ptrain_tick(parser);
        int a = best;
        if (cost[pred] != mincost) {
            wt_ptrain_update(parser, f, nf, best, pred);
            if (o->explore > 0 && (double)(wt_xorshift(o->rng) >> 11) / 9007199254740992.0 < o->explore)
                a = pred;
        }
        int h = 0;
        int d = apply(&c, a, &h);
        if (a == SH) continue;
        int lf = label_features(&c, h, d, f);
        int l;
        if (h == 0) {
            l = root_label;     /* the root relation is not learnt */
        } else {
            wt_ptrain_score(labeller, f, lf, sc);
            sc[root_label] = -1e30f;
            l = wt_argmax(sc, labeller->nclass);
            if (gh[d] == h) {
                wt_ptrain_tick(labeller);
                wt_ptrain_update(labeller, f, lf, gl[d], l);
            }
        }
        right += gh[d] == h;
        add_arc(&c, h, d, l);
    }
    free(mem);
    free(lab);
    return right;
}
