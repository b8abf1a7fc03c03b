/* train.c — from treebanks to a model, with the measurement that says how
 * good it is.
 *
 * Tokens. warta's tokeniser keeps an orthographic word whole ("katanya",
 * "tidaklah", "Menurutnya"); the treebanks split some of them into
 * syntactic words (multi-word tokens: kata + nya). The models therefore
 * work on orthographic tokens: a multi-word token is merged into one
 * token that takes the relation and head of the part that attaches
 * outside it, and the lemmatiser's clitic analysis carries what the split
 * said. When CoNLL-U with multi-word tokens is parsed (`--input conllu`),
 * the first part gets the token's tag, head and relation, and the other
 * parts attach to it with the tag and relation the treebanks most often
 * give that clitic after a host of that tag (the clitic table).
 *
 * Conventions. GSD writes noun-noun modification as `compound` where CSUI
 * and PUD write `nmod`; GSD's `compound` is mapped to `nmod` so that one
 * convention is learnt and measured (docs/parser.md).
 *
 * Measurement. k-fold cross-validation over the sentences of all files
 * (sentence i is in fold i mod k), every fold trained exactly as the final
 * model is, scored on the syntactic words of the held-out fold (so split
 * clitics count), punctuation included: UPOS, UAS, LAS, and precision and
 * recall of each relation. */
#include "parse/train.h"
#include "parse/conllu.h"
#include "text/normalise.h"

#include <stdlib.h>
#include <string.h>

/* ---- the treebank in memory */

typedef struct tb_word { int head, ohead, label, upos, tok, main; uint64_t form; } tb_word;
struct fw { uint64_t form; int val; };            /* a word and its coder features */
struct cl { uint64_t key; int upos, label; };     /* a clitic after a host tag */

typedef struct tb_sent {
    wt_psent ps;             /* tokens as the models see them (gold tags) */
    int ntok, nword;
    int *gtag, *ghead, *glabel, *ptag;   /* per token, 1..ntok */
    int *tok_word;           /* token → its first word row */
    size_t fw_first, fw_n, cl_first, cl_n;   /* its entries in the count tables */
    int source;              /* which treebank file (for per-treebank scores) */
    int style;               /* its annotation style (WT_STYLE_*) */
    tb_word *words;          /* 1..nword */
} tb_sent;

struct wt_treebank {
    wt_lemmatizer *lz;
    WT_VEC(tb_sent) sents;
    int nlabels;
    char *labels[WT_MAX_LABELS];
    wt_arena arena;
    int nsources;
    char *sources[16];
    /* counts for the feature-word and clitic tables */
    WT_VEC(struct fw) fw;
    WT_VEC(char *) featstr;
    WT_VEC(struct cl) cl;
};

void wt_train_opts_default(wt_train_opts *o)
{
    memset(o, 0, sizeof *o);
    o->tagger_epochs = 8;
    o->parser_epochs = 20;
    o->folds = 5;
    o->jackknife = 4;
    o->explore = 0.9;
    o->prune = 1e-3f;
    o->min_updates = 1;
    /* the parser's and labeller's features updated once are a third of
     * their tables and worth nothing in cross-validation (81.56 / 75.92
     * without them against 81.52 / 75.89); the tagger's are worth 0.2 UPOS */
    o->parser_min_updates = 2;
    o->runs = 2;
    o->seed = 20171212;
}

wt_treebank *wt_treebank_new(wt_lemmatizer *lz)
{
    wt_treebank *tb = wt_xcalloc(1, sizeof *tb);
    tb->lz = lz;
    wt_arena_init(&tb->arena, 1 << 20);
    return tb;
}

void wt_treebank_free(wt_treebank *tb)
{
    if (!tb) return;
    for (size_t i = 0; i < tb->sents.len; i++) wt_psent_free(&tb->sents.items[i].ps);
    WT_VEC_FREE(tb->sents);
    for (int i = 0; i < tb->nlabels; i++) free(tb->labels[i]);
    for (int i = 0; i < tb->nsources; i++) free(tb->sources[i]);
    for (size_t i = 0; i < tb->featstr.len; i++) free(tb->featstr.items[i]);
    WT_VEC_FREE(tb->featstr);
    WT_VEC_FREE(tb->fw);
    WT_VEC_FREE(tb->cl);
    wt_arena_free(&tb->arena);
    free(tb);
}

size_t wt_treebank_size(const wt_treebank *tb) { return tb->sents.len; }

static int label_id(wt_treebank *tb, const char *name)
{
    for (int i = 0; i < tb->nlabels; i++)
        if (!strcmp(tb->labels[i], name)) return i;
    if (tb->nlabels == WT_MAX_LABELS) return -1;
    tb->labels[tb->nlabels] = wt_xstrdup(name);
    return tb->nlabels++;
}

static const char *convert_label(const char *l, int gsd)
{
    if (gsd && !strcmp(l, "compound")) return "nmod";
    return l;
}

/* The value of the features the coder needs (PronType, Polarity) in a
 * FEATS column, or NULL. */
static const char *coder_feats(const char *feats, char *buf, size_t cap)
{
    buf[0] = '\0';
    const char *keys[] = {"Polarity=", "PronType="};
    for (int k = 0; k < 2; k++) {
        const char *p = strstr(feats, keys[k]);
        if (!p || (p != feats && p[-1] != '|')) continue;
        size_t n = strcspn(p, "|");
        size_t have = strlen(buf);
        if (have + n + 2 >= cap) break;
        if (have) buf[have++] = '|';
        memcpy(buf + have, p, n);
        buf[have + n] = '\0';
    }
    return buf[0] ? buf : NULL;
}

static int featstr_id(wt_treebank *tb, const char *s)
{
    for (size_t i = 0; i < tb->featstr.len; i++)
        if (!strcmp(tb->featstr.items[i], s)) return (int)i;
    *WT_VEC_PUSH(tb->featstr) = wt_xstrdup(s);
    return (int)tb->featstr.len - 1;
}

static uint64_t lower_atom(wt_arena *a, const char *form, const char **lower, size_t *ln)
{
    *lower = wt_normalise(a, form, strlen(form), ln);
    return wt_atom(*lower, *ln);
}

/* Fills a token's atoms from its form as written. */
static void token_atoms(wt_treebank *tb, wt_pword *w, const char *form, int first)
{
    size_t n = strlen(form), ln;
    const char *lower;
    lower_atom(&tb->arena, form, &lower, &ln);
    const wt_lemma *lm = tb->lz ? wt_lemmatize(tb->lz, first ? lower : form, first ? ln : n) : NULL;
    wt_pword_set(w, form, n, lower, ln, lm ? lm->root : NULL, lm ? lm->root_len : 0,
                 lm ? lm->morph : 0, first);
}

static int is_flat(const wt_treebank *tb, int label)
{
    return label >= 0 && !strncmp(tb->labels[label], "flat", 4);
}

/* Names: UD attaches every later word of a flat name to its first word
 * (CSUI does); GSD and PUD often chain each word to the one before. The
 * chains are read as UD writes them, so one convention is learnt. */
static void flat_to_first(const wt_treebank *tb, tb_sent *s)
{
    for (int w = 1; w <= s->nword; w++) {
        tb_word *tw = &s->words[w];
        if (!is_flat(tb, tw->label)) continue;
        int h = tw->head, guard = 0;
        while (h > 0 && h < w && is_flat(tb, s->words[h].label) && s->words[h].head > 0 &&
               s->words[h].head < h && guard++ < s->nword)
            h = s->words[h].head;
        tw->head = h;
    }
}

/* One CoNLL-U sentence → tokens (multi-word tokens merged) and word rows. */
static int add_sentence(wt_treebank *tb, const wt_conllu_sent *cs, int gsd, int style)
{
    int nword = (int)cs->words.len;
    tb_sent *s = WT_VEC_PUSH(tb->sents);
    s->source = tb->nsources - 1;
    s->fw_first = tb->fw.len;
    s->cl_first = tb->cl.len;
    s->nword = nword;
    s->words = wt_arena_alloc(&tb->arena, ((size_t)nword + 1) * sizeof *s->words);
    int *word_tok = wt_arena_alloc(&tb->arena, ((size_t)nword + 1) * sizeof *word_tok);
    const char **tok_form = wt_arena_alloc(&tb->arena, ((size_t)nword + 1) * sizeof *tok_form);
    s->tok_word = wt_arena_alloc(&tb->arena, ((size_t)nword + 1) * sizeof *s->tok_word);
    /* tokens: word rows, with multi-word ranges merged */
    int ntok = 0;
    for (size_t r = 0; r < cs->rows.len; r++) {
        const wt_conllu_row *row = &cs->rows.items[r];
        if (row->kind == WT_ROW_EMPTY) continue;
        if (row->kind == WT_ROW_MWT) {
            ntok++;
            tok_form[ntok] = row->col[WT_CU_FORM];
            s->tok_word[ntok] = row->first;
            for (int w = row->first; w <= row->last; w++) {
                word_tok[w] = ntok;
                s->words[w].main = w == row->first;
            }
            r += (size_t)(row->last - row->first + 1);
            continue;
        }
        ntok++;
        tok_form[ntok] = row->col[WT_CU_FORM];
        s->tok_word[ntok] = row->first;
        word_tok[row->first] = ntok;
        s->words[row->first].main = 1;
    }
    s->ntok = ntok;
    s->gtag = wt_arena_alloc(&tb->arena, ((size_t)ntok + 1) * sizeof(int) * 4);
    s->ghead = s->gtag + ntok + 1;
    s->glabel = s->ghead + ntok + 1;
    s->ptag = s->glabel + ntok + 1;
    for (int k = 0; k <= ntok; k++) s->ghead[k] = -1;
    /* gold per word row; the token takes the part that attaches outside */
    for (int w = 1; w <= nword; w++) {
        const wt_conllu_row *row = &cs->rows.items[cs->words.items[w - 1]];
        tb_word *tw = &s->words[w];
        tw->tok = word_tok[w];
        tw->head = tw->ohead = row->head < 0 ? 0 : row->head;
        tw->upos = wt_upos_index(row->col[WT_CU_UPOS]);
        if (tw->upos < 0) tw->upos = WT_UPOS_X;
        tw->label = label_id(tb, convert_label(row->col[WT_CU_DEPREL], gsd));
        size_t ln;
        const char *lower;
        tw->form = lower_atom(&tb->arena, row->col[WT_CU_FORM], &lower, &ln);
        char fb[128];
        const char *cf = coder_feats(row->col[WT_CU_FEATS], fb, sizeof fb);
        struct fw *e = WT_VEC_PUSH(tb->fw);
        e->form = tw->form;
        e->val = cf ? featstr_id(tb, cf) : -1;
    }
    flat_to_first(tb, s);
    for (int w = 1; w <= nword; w++) {
        const tb_word *tw = &s->words[w];
        int k = tw->tok;
        int outside = tw->head == 0 || word_tok[tw->head] != k;
        if (outside && s->ghead[k] < 0) {
            s->ghead[k] = tw->head == 0 ? 0 : word_tok[tw->head];
            s->glabel[k] = tw->label;
            s->gtag[k] = tw->upos;
        }
    }
    for (int k = 1; k <= ntok; k++)
        if (s->ghead[k] < 0) {       /* a cycle inside a token: keep its first part's */
            tb_word *tw = &s->words[s->tok_word[k]];
            s->ghead[k] = 0;
            s->glabel[k] = tw->label;
            s->gtag[k] = tw->upos;
        }
    /* punctuation by one convention (punct.c), in the tokens and in the
     * word rows scored against */
    int *punct = wt_xcalloc((size_t)ntok + 1, sizeof *punct);
    for (int k = 1; k <= ntok; k++) punct[k] = s->gtag[k] == WT_UPOS_PUNCT;
    wt_punct_attach(s->ghead, punct, ntok);
    for (int k = 1; k <= ntok; k++)
        if (punct[k]) {
            tb_word *tw = &s->words[s->tok_word[k]];
            tw->head = s->ghead[k] == 0 ? 0 : s->tok_word[s->ghead[k]];
        }
    free(punct);
    s->fw_n = tb->fw.len - s->fw_first;
    wt_psent_reset(&s->ps);
    s->ps.style = style;
    s->style = style;
    for (int k = 1; k <= ntok; k++) {
        wt_pword *pw = wt_psent_add(&s->ps);
        token_atoms(tb, pw, tok_form[k], k == 1);
        pw->tag = s->gtag[k];
    }
    /* clitic table counts: parts after the first, by the token's tag and
     * the host's voice; when the clitic is what attaches outside (menurut
     * + nya), the entry says so and describes the host under it */
    for (int w = 1; w <= nword; w++)
        if (!s->words[w].main) {
            int k = s->words[w].tok, first = s->tok_word[k];
            tb_word *host = &s->words[first];
            const wt_pword *tok = &s->ps.w.items[k];
            int hw = s->words[w].head;
            int outside = hw == 0 || word_tok[hw] != k;
            int heads = outside && host->head == w;   /* the clitic carries the token */
            struct cl e = {0};
            e.upos = heads ? (host->upos | 0x80) : s->words[w].upos;
            e.label = heads ? host->label : s->words[w].label;
            e.key = wt_syntax_clitic_key(s->words[w].form, s->gtag[k], tok->morph);
            *WT_VEC_PUSH(tb->cl) = e;
            e.key = wt_mix64(s->words[w].form + 999);
            *WT_VEC_PUSH(tb->cl) = e;
        }
    s->cl_n = tb->cl.len - s->cl_first;
    for (int k = 1; k <= ntok; k++)
        if (s->glabel[k] < 0) return -1;
    return 0;
}

long wt_treebank_add(wt_treebank *tb, const char *path, wt_diag *diag)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        wt_diag_at(diag, WT_DIAG_ERROR, path, 0, "cannot open treebank");
        return -1;
    }
    const char *base = strrchr(path, '/');
    const char *name = base ? base + 1 : path;
    int gsd = strstr(name, "gsd") != NULL;
    int style = gsd ? WT_STYLE_GSD : strstr(name, "csui") ? WT_STYLE_CSUI
              : strstr(name, "pud") ? WT_STYLE_PUD : WT_STYLE_OTHER;
    if (tb->nsources < 16) tb->sources[tb->nsources++] = wt_xstrdup(base ? base + 1 : path);
    wt_conllu_reader r;
    wt_conllu_reader_init(&r, f, path, diag);
    wt_conllu_sent cs;
    wt_conllu_sent_init(&cs);
    long bad = 0;
    while (wt_conllu_next(&r, &cs))
        if (add_sentence(tb, &cs, gsd, style)) {
            wt_diag_at(diag, WT_DIAG_ERROR, path, cs.line, "more than %d relation labels", WT_MAX_LABELS);
            tb->sents.len--;
            wt_psent_free(&tb->sents.items[tb->sents.len].ps);
            bad++;
        }
    bad += (long)r.rejected;
    wt_conllu_sent_free(&cs);
    wt_conllu_reader_free(&r);
    fclose(f);
    return bad;
}

void wt_treebank_set_clusters(wt_treebank *tb, const wt_syntax_model *m)
{
    for (size_t i = 0; i < tb->sents.len; i++) {
        wt_psent *ps = &tb->sents.items[i].ps;
        for (size_t k = 1; k < ps->w.len; k++) ps->w.items[k].clus = wt_syntax_cluster(m, ps->w.items[k].form);
    }
}

/* ---- training */

static void shuffle(size_t *idx, size_t n, uint64_t *rng)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(wt_xorshift(rng) % i);
        size_t t = idx[i - 1];
        idx[i - 1] = idx[j];
        idx[j] = t;
    }
}

static void set_tags(tb_sent *s, const int *tags)
{
    for (int k = 1; k <= s->ntok; k++) s->ps.w.items[k].tag = tags[k];
}

static void train_tagger(wt_treebank *tb, const size_t *set, size_t n, int epochs,
                         uint64_t *rng, float prune, int min_updates, wt_pmodel *out)
{
    wt_ptrain p;
    wt_ptrain_init(&p, WT_UPOS_COUNT);
    size_t *idx = wt_xmalloc((n + 1) * sizeof *idx);
    memcpy(idx, set, n * sizeof *idx);
    for (int e = 0; e < epochs; e++) {
        shuffle(idx, n, rng);
        for (size_t i = 0; i < n; i++) {
            tb_sent *s = &tb->sents.items[idx[i]];
            set_tags(s, s->gtag);
            wt_tagger_train(&p, &s->ps);
        }
    }
    wt_pmodel_from_train(out, &p, prune, (uint32_t)min_updates);
    wt_ptrain_free(&p);
    free(idx);
}

/* Tags of the sentences in set from m into each sentence's ptag. */
static void predict_tags(wt_treebank *tb, const wt_pmodel *m, const size_t *set, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        tb_sent *s = &tb->sents.items[set[i]];
        wt_tagger_tag(m, &s->ps);
        for (int k = 1; k <= s->ntok; k++) s->ptag[k] = s->ps.w.items[k].tag;
    }
}

/* The parser trains on tags as the tagger will give them at run time:
 * each part of the training set is tagged by a tagger trained on the rest. */
static void jackknife_tags(wt_treebank *tb, const size_t *set, size_t n, const wt_train_opts *o,
                           uint64_t *rng)
{
    int J = o->jackknife > 1 ? o->jackknife : 1;
    size_t *in = wt_xmalloc((n + 1) * sizeof *in), *out = wt_xmalloc((n + 1) * sizeof *out);
    for (int j = 0; j < J; j++) {
        size_t ni = 0, no = 0;
        for (size_t i = 0; i < n; i++) {
            if (J > 1 && (int)(i % (size_t)J) == j) out[no++] = set[i];
            else in[ni++] = set[i];
        }
        if (J == 1) memcpy(out, in, (no = ni) * sizeof *out);
        wt_pmodel m;
        train_tagger(tb, in, ni, o->tagger_epochs, rng, o->prune, o->min_updates, &m);
        predict_tags(tb, &m, out, no);
        wt_pmodel_free(&m);
    }
    free(in);
    free(out);
}

/* One parser training run over set (its own shuffles and exploration). */
static void parser_run(wt_treebank *tb, const size_t *set, size_t n, const wt_train_opts *o,
                       uint64_t *rng, int root_label, wt_ptrain *p, wt_ptrain *l)
{
    size_t *idx = wt_xmalloc((n + 1) * sizeof *idx);
    memcpy(idx, set, n * sizeof *idx);
    for (int e = 0; e < o->parser_epochs; e++) {
        shuffle(idx, n, rng);
        wt_parser_train_opts po = {e >= 1 ? o->explore : 0.0, rng};
        for (size_t i = 0; i < n; i++) {
            tb_sent *s = &tb->sents.items[idx[i]];
            set_tags(s, s->ptag);
            wt_parser_train(p, l, root_label, &s->ps, s->ghead, s->glabel, &po);
        }
    }
    free(idx);
}

/* The parser and labeller: o->runs training runs whose averaged weights are
 * averaged again (runs that shuffled and explored differently err
 * differently; their mean errs less). */
static void train_parser(wt_treebank *tb, const size_t *set, size_t n, const wt_train_opts *o,
                         uint64_t *rng, int root_label, wt_pmodel *parser, wt_pmodel *labeller)
{
    wt_ptrain p, l;
    wt_ptrain_init(&p, 3);
    wt_ptrain_init(&l, tb->nlabels);
    parser_run(tb, set, n, o, rng, root_label, &p, &l);
    for (int r = 1; r < o->runs; r++) {
        wt_ptrain p2, l2;
        wt_ptrain_init(&p2, 3);
        wt_ptrain_init(&l2, tb->nlabels);
        parser_run(tb, set, n, o, rng, root_label, &p2, &l2);
        wt_ptrain_merge(&p, &p2);
        wt_ptrain_merge(&l, &l2);
        wt_ptrain_free(&p2);
        wt_ptrain_free(&l2);
    }
    wt_pmodel_from_train(parser, &p, o->prune, (uint32_t)o->parser_min_updates);
    wt_pmodel_from_train(labeller, &l, o->prune, (uint32_t)o->parser_min_updates);
    wt_ptrain_free(&p);
    wt_ptrain_free(&l);
}

static int cmp_fw(const void *a, const void *b)
{
    const struct fw *x = a, *y = b;
    if (x->form != y->form) return x->form < y->form ? -1 : 1;
    return x->val - y->val;
}

static int cmp_cl(const void *a, const void *b)
{
    const struct cl *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    if (x->upos != y->upos) return x->upos - y->upos;
    return x->label - y->label;
}

/* Words that carry PronType/Polarity in at least half their occurrences
 * (and at least twice) keep that value. */
/* The count-table entries of the sentences in set, sorted. */
static void *gather(const wt_treebank *tb, const size_t *set, size_t n, int clitics, size_t *count)
{
    size_t total = 0, esz = clitics ? sizeof(struct cl) : sizeof(struct fw);
    for (size_t i = 0; i < n; i++) {
        const tb_sent *s = &tb->sents.items[set[i]];
        total += clitics ? s->cl_n : s->fw_n;
    }
    char *out = wt_xmalloc((total + 1) * esz), *p = out;
    for (size_t i = 0; i < n; i++) {
        const tb_sent *s = &tb->sents.items[set[i]];
        size_t k = clitics ? s->cl_n : s->fw_n;
        const void *src = clitics ? (const void *)(tb->cl.items + s->cl_first)
                                  : (const void *)(tb->fw.items + s->fw_first);
        memcpy(p, src, k * esz);
        p += k * esz;
    }
    qsort(out, total, esz, clitics ? cmp_cl : cmp_fw);
    *count = total;
    return out;
}

static void build_featwords(const wt_treebank *tb, const size_t *set, size_t nset, wt_syntax_model *m)
{
    struct { struct fw *items; size_t len; } fw;
    fw.items = gather(tb, set, nset, 0, &fw.len);
    m->featword_key = wt_xcalloc(fw.len + 1, sizeof *m->featword_key);
    m->featword_val = wt_xcalloc(fw.len + 1, 1);
    for (size_t i = 0; i < fw.len;) {
        size_t j = i, best = 0, bestn = 0;
        while (j < fw.len && fw.items[j].form == fw.items[i].form) {
            size_t k = j;
            while (k < fw.len && fw.items[k].form == fw.items[j].form &&
                   fw.items[k].val == fw.items[j].val) k++;
            if (fw.items[j].val >= 0 && k - j > bestn) { bestn = k - j; best = j; }
            j = k;
        }
        if (bestn >= 2 && bestn * 2 >= j - i) {
            m->featword_key[m->nfeatwords] = fw.items[best].form;
            m->featword_val[m->nfeatwords++] = (uint8_t)fw.items[best].val;
        }
        i = j;
    }
    free(fw.items);
    m->nfeatstr = (int)tb->featstr.len;
    m->featstr = wt_xcalloc(tb->featstr.len + 1, sizeof *m->featstr);
    for (size_t i = 0; i < tb->featstr.len; i++) m->featstr[i] = wt_xstrdup(tb->featstr.items[i]);
}

static void build_clitics(const wt_treebank *tb, const size_t *set, size_t nset, wt_syntax_model *m)
{
    struct { struct cl *items; size_t len; } cl;
    cl.items = gather(tb, set, nset, 1, &cl.len);
    m->clitic_key = wt_xcalloc(cl.len + 1, sizeof *m->clitic_key);
    m->clitic_upos = wt_xcalloc(cl.len + 1, 1);
    m->clitic_label = wt_xcalloc(cl.len + 1, 1);
    for (size_t i = 0; i < cl.len;) {
        size_t j = i, best = i, bestn = 0;
        while (j < cl.len && cl.items[j].key == cl.items[i].key) {
            size_t k = j;
            while (k < cl.len && !cmp_cl(&cl.items[k], &cl.items[j])) k++;
            if (k - j > bestn) { bestn = k - j; best = j; }
            j = k;
        }
        m->clitic_key[m->nclitic] = cl.items[best].key;
        m->clitic_upos[m->nclitic] = (uint8_t)cl.items[best].upos;
        m->clitic_label[m->nclitic++] = (uint8_t)cl.items[best].label;
        i = j;
    }
    free(cl.items);
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Sorts n atoms and drops repeats; returns how many are left. */
static size_t sort_unique(uint64_t *a, size_t n)
{
    qsort(a, n, sizeof *a, cmp_u64);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!k || a[i] != a[k - 1]) a[k++] = a[i];
    return k;
}

/* The form and lemma atoms of the training words: a feature over any other
 * word has no weight (wt_syntax_mark_unseen). */
static void build_seen(const wt_treebank *tb, const size_t *set, size_t nset, wt_syntax_model *m)
{
    size_t total = 0;
    for (size_t i = 0; i < nset; i++) total += tb->sents.items[set[i]].ps.w.len;
    m->seen_form = wt_xcalloc(total + 1, sizeof *m->seen_form);
    m->seen_lemma = wt_xcalloc(total + 1, sizeof *m->seen_lemma);
    size_t k = 0;
    for (size_t i = 0; i < nset; i++) {
        const wt_psent *ps = &tb->sents.items[set[i]].ps;
        for (size_t j = 1; j < ps->w.len; j++, k++) {
            m->seen_form[k] = ps->w.items[j].form;
            m->seen_lemma[k] = ps->w.items[j].lemma;
        }
    }
    m->nseen_form = sort_unique(m->seen_form, k);
    m->nseen_lemma = sort_unique(m->seen_lemma, k);
}

static void train_on(wt_treebank *tb, const size_t *set, size_t n, const wt_train_opts *o,
                     uint64_t *rng, wt_syntax_model *m)
{
    m->nlabels = tb->nlabels;
    for (int i = 0; i < tb->nlabels; i++) m->labels[i] = wt_xstrdup(tb->labels[i]);
    m->root_label = wt_syntax_label_index(m, "root");
    m->punct_label = wt_syntax_label_index(m, "punct");
    m->style = WT_STYLE_PUD;
    train_tagger(tb, set, n, o->tagger_epochs, rng, o->prune, o->min_updates, &m->tagger);
    jackknife_tags(tb, set, n, o, rng);
    train_parser(tb, set, n, o, rng, m->root_label, &m->parser, &m->labeller);
    build_featwords(tb, set, n, m);
    build_clitics(tb, set, n, m);
    build_seen(tb, set, n, m);
}

/* ---- measuring */

typedef struct score {
    long words, upos, uas, las;
    long src_words[16], src_uas[16], src_las[16];
    long np_words, np_uas, np_las;     /* punctuation left out */
    long o_uas, o_las;                 /* against the treebanks' own punctuation */
    long confusion[WT_MAX_LABELS][WT_MAX_LABELS];  /* gold × predicted, right heads */
    long gold[WT_MAX_LABELS], pred[WT_MAX_LABELS], right[WT_MAX_LABELS];
} score;

/* How token k splits into its word rows (wt_syntax_split): fills the
 * parts' heads, labels and tags; returns the number of parts and, in
 * *carrier, the word row that carries the token's own head and label. */
static int split_token(const wt_syntax_model *m, const tb_sent *s, int k, int *ph, int *pl,
                       int *pu, int *carrier)
{
    int first = s->tok_word[k], nparts = 0;
    uint64_t forms[8] = {0};
    while (first + nparts <= s->nword && s->words[first + nparts].tok == k && nparts < 8) {
        forms[nparts] = s->words[first + nparts].form;
        nparts++;
    }
    const wt_pword *tok = &s->ps.w.items[k];
    wt_syntax_split(m, forms, nparts, tok->tag, tok->morph, ph, pl, pu);
    *carrier = first;
    for (int i = 0; i < nparts; i++)
        if (ph[i] < 0) *carrier = first + i;
    return nparts;
}

/* Predicted head, label and tag of word row w, from the token analysis. */
static void word_prediction(const wt_syntax_model *m, const tb_sent *s, int w, int *head,
                            int *label, int *upos)
{
    int ph[8], pl[8], pu[8], carrier, hc;
    int k = s->words[w].tok, first = s->tok_word[k];
    const wt_pword *tok = &s->ps.w.items[k];
    int tok_head = 0;
    if (tok->head > 0) {       /* the head token's carrier part */
        split_token(m, s, tok->head, ph, pl, pu, &hc);
        tok_head = hc;
    }
    split_token(m, s, k, ph, pl, pu, &carrier);
    int j = w - first;
    *head = ph[j] < 0 ? tok_head : first + ph[j];
    *label = pl[j] < 0 ? tok->label : pl[j];
    *upos = pu[j] < 0 ? tok->tag : pu[j];
}

static void evaluate(wt_treebank *tb, const wt_syntax_model *m, const size_t *set, size_t n,
                     int style, score *sc)
{
    for (size_t i = 0; i < n; i++) {
        tb_sent *s = &tb->sents.items[set[i]];
        s->ps.style = style < 0 ? s->style : style;
        wt_syntax_mark_unseen(m, &s->ps);       /* as at run time */
        wt_tagger_tag(&m->tagger, &s->ps);
        wt_parser_parse(m, &s->ps);
        wt_syntax_clear_unseen(&s->ps);         /* training reads every word */
        for (int w = 1; w <= s->nword; w++) {
            int h, l, u;
            word_prediction(m, s, w, &h, &l, &u);
            const tb_word *g = &s->words[w];
            sc->words++;
            if (s->source >= 0 && s->source < 16) {
                sc->src_words[s->source]++;
                sc->src_uas[s->source] += h == g->head;
                sc->src_las[s->source] += h == g->head && l == g->label;
            }
            sc->upos += u == g->upos;
            sc->uas += h == g->head;
            sc->las += h == g->head && l == g->label;
            if (h == g->head && l >= 0 && l < WT_MAX_LABELS) sc->confusion[g->label][l]++;
            sc->o_uas += h == g->ohead;
            sc->o_las += h == g->ohead && l == g->label;
            if (g->upos != WT_UPOS_PUNCT) {
                sc->np_words++;
                sc->np_uas += h == g->head;
                sc->np_las += h == g->head && l == g->label;
            }
            sc->gold[g->label]++;
            if (l >= 0 && l < WT_MAX_LABELS) sc->pred[l]++;
            sc->right[g->label] += h == g->head && l == g->label;
        }
        set_tags(s, s->gtag);
        s->ps.style = s->style;
    }
}

static double pct(long a, long b) { return b ? 100.0 * (double)a / (double)b : 0.0; }

static void report(wt_buf *out, const wt_treebank *tb, const score *sc, int folds, size_t nsent)
{
    wt_buf_printf(out, "cross-validation: %d folds, %zu sentences, %ld words (punctuation included)\n",
                  folds, nsent, sc->words);
    wt_buf_printf(out, "UPOS %.2f  UAS %.2f  LAS %.2f\n", pct(sc->upos, sc->words),
                  pct(sc->uas, sc->words), pct(sc->las, sc->words));
    wt_buf_printf(out, "against each treebank's own punctuation attachment: UAS %.2f  LAS %.2f\n",
                  pct(sc->o_uas, sc->words), pct(sc->o_las, sc->words));
    wt_buf_printf(out, "punctuation left out: UAS %.2f  LAS %.2f (%ld words)\n",
                  pct(sc->np_uas, sc->np_words), pct(sc->np_las, sc->np_words), sc->np_words);
    for (int i = 0; i < tb->nsources; i++)
        wt_buf_printf(out, "%s: UAS %.2f  LAS %.2f (%ld words)\n", tb->sources[i],
                      pct(sc->src_uas[i], sc->src_words[i]), pct(sc->src_las[i], sc->src_words[i]),
                      sc->src_words[i]);
    static const char *const shown[] = {"nsubj", "nsubj:pass", "obj", "obl", "obl:agent", "xcomp",
                                        "ccomp", "conj", "acl:relcl", "appos", "nmod", "advcl",
                                        "flat:name", "case", "punct"};
    wt_buf_printf(out, "%-11s %6s %6s %6s %6s\n", "relation", "gold", "P", "R", "F1");
    for (size_t k = 0; k < sizeof shown / sizeof *shown; k++)
        for (int l = 0; l < tb->nlabels; l++)
            if (!strcmp(tb->labels[l], shown[k])) {
                double p = pct(sc->right[l], sc->pred[l]), r = pct(sc->right[l], sc->gold[l]);
                wt_buf_printf(out, "%-11s %6ld %6.2f %6.2f %6.2f\n", shown[k], sc->gold[l], p, r,
                              p + r > 0 ? 2 * p * r / (p + r) : 0.0);
            }
}

/* The most frequent labelling errors on correctly attached words. */
static void report_confusions(wt_buf *out, const wt_treebank *tb, const score *sc)
{
    long right = 0, wrong = 0;
    for (int g = 0; g < tb->nlabels; g++)
        for (int p = 0; p < tb->nlabels; p++) {
            if (g == p) right += sc->confusion[g][p];
            else wrong += sc->confusion[g][p];
        }
    wt_buf_printf(out, "relations of rightly attached words: %.2f%% right; most frequent errors (gold -> predicted):\n",
                  pct(right, right + wrong));
    long done[WT_MAX_LABELS][WT_MAX_LABELS] = {{0}};
    for (int k = 0; k < 12; k++) {
        int bg = -1, bp = -1;
        for (int g = 0; g < tb->nlabels; g++)
            for (int p = 0; p < tb->nlabels; p++)
                if (g != p && !done[g][p] && (bg < 0 || sc->confusion[g][p] > sc->confusion[bg][bp])) {
                    bg = g;
                    bp = p;
                }
        if (bg < 0 || !sc->confusion[bg][bp]) break;
        done[bg][bp] = 1;
        wt_buf_printf(out, "  %-12s -> %-12s %5ld\n", tb->labels[bg], tb->labels[bp], sc->confusion[bg][bp]);
    }
}

int wt_train_syntax(wt_treebank *tb, const wt_train_opts *o, wt_syntax_model *m, wt_buf *scores)
{
    size_t n = tb->sents.len;
    if (n == 0) return -1;
    uint64_t rng = o->seed ? o->seed : 1;
    size_t *all = wt_xmalloc(n * sizeof *all), *in = wt_xmalloc(n * sizeof *in),
           *out = wt_xmalloc(n * sizeof *out);
    for (size_t i = 0; i < n; i++) all[i] = i;
    if (o->folds > 1) {
        score *sc = wt_xcalloc(1, sizeof *sc), *shipped = wt_xcalloc(1, sizeof *shipped);
        for (int f = 0; f < o->folds; f++) {
            size_t ni = 0, no = 0;
            for (size_t i = 0; i < n; i++) {
                if ((int)(i % (size_t)o->folds) == f) out[no++] = i;
                else in[ni++] = i;
            }
            wt_syntax_model fm;
            wt_syntax_model_init(&fm);
            train_on(tb, in, ni, o, &rng, &fm);
            evaluate(tb, &fm, out, no, -1, sc);
            evaluate(tb, &fm, out, no, fm.style, shipped);
            wt_syntax_model_free(&fm);
            if (o->report) {
                fprintf(o->report, "fold %d/%d: UPOS %.2f UAS %.2f LAS %.2f (so far)\n", f + 1,
                        o->folds, pct(sc->upos, sc->words), pct(sc->uas, sc->words),
                        pct(sc->las, sc->words));
                fflush(o->report);
            }
        }
        if (scores) {
            report(scores, tb, sc, o->folds, n);
            report_confusions(scores, tb, sc);
            wt_buf_printf(scores, "every sentence parsed in the shipped (PUD) style: UPOS %.2f  UAS %.2f  LAS %.2f"
                          "  (punctuation left out: UAS %.2f  LAS %.2f)\n",
                          pct(shipped->upos, shipped->words), pct(shipped->uas, shipped->words),
                          pct(shipped->las, shipped->words), pct(shipped->np_uas, shipped->np_words),
                          pct(shipped->np_las, shipped->np_words));
        }
        free(sc);
        free(shipped);
    }
    train_on(tb, all, n, o, &rng, m);
    free(all);
    free(in);
    free(out);
    return 0;
}
