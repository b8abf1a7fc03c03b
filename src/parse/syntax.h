/* syntax.h — what the tagger, the parser and the labeller share: a
 * sentence as a row of words reduced to atoms (hashes of form, lemma and
 * affixes, a shape and the lemmatiser's affix class), and the model that
 * holds the three weight tables and the label set. Internal. */
#ifndef WARTA_PARSE_SYNTAX_H
#define WARTA_PARSE_SYNTAX_H

#include "parse/perceptron.h"
#include "util/mem.h"
#include <stddef.h>
#include <stdint.h>

/* The 17 UPOS tags of Universal Dependencies v2, in their documented order. */
enum { WT_UPOS_COUNT = 17 };
extern const char *const wt_upos_names[WT_UPOS_COUNT];
int wt_upos_index(const char *name);     /* -1 when not a UPOS tag */
enum { WT_UPOS_ADJ, WT_UPOS_ADP, WT_UPOS_ADV, WT_UPOS_AUX, WT_UPOS_CCONJ, WT_UPOS_DET,
       WT_UPOS_INTJ, WT_UPOS_NOUN, WT_UPOS_NUM, WT_UPOS_PART, WT_UPOS_PRON, WT_UPOS_PROPN,
       WT_UPOS_PUNCT, WT_UPOS_SCONJ, WT_UPOS_SYM, WT_UPOS_VERB, WT_UPOS_X };

#define WT_MAX_LABELS 64

/* One word of a sentence, as the models see it. Index 0 of a sentence is
 * the artificial ROOT. */
typedef struct wt_pword {
    uint64_t form;           /* lower-case form */
    uint64_t lemma;          /* lemmatiser's root */
    uint64_t sfx[4];         /* last 1..4 bytes of the lower-case form */
    uint64_t pfx[3];         /* first 1..3 bytes */
    uint32_t shape;          /* enum below, | WT_SH_HYPHEN, | WT_SH_FIRST */
    uint32_t morph;          /* lemmatiser's affix bits that matter for syntax */
    uint32_t clus;           /* word class (clusters.c): fine | coarse << 8; 0 unknown */
    int tag;                 /* UPOS index (predicted, or gold while training) */
    int head;                /* parser output: 0 = ROOT, -1 = none yet */
    int label;               /* index into the model's labels, -1 = none */
    uint32_t unseen;         /* WT_UNSEEN_*: form or lemma not in the model's training words */
} wt_pword;

/* A word's form or lemma that the model never saw in training has no
 * weight in any feature: the models read it as WT_ATOM_UNSEEN (set at run
 * time by wt_syntax_mark_unseen; 0 while training, where every word is
 * seen). */
enum { WT_UNSEEN_FORM = 1, WT_UNSEEN_LEMMA = 2 };
static inline uint64_t wt_pword_form(const wt_pword *w)
{
    return w->unseen & WT_UNSEEN_FORM ? WT_ATOM_UNSEEN : w->form;
}
static inline uint64_t wt_pword_lemma(const wt_pword *w)
{
    return w->unseen & WT_UNSEEN_LEMMA ? WT_ATOM_UNSEEN : w->lemma;
}

enum { WT_SH_LOWER = 1, WT_SH_CAP, WT_SH_CAPS, WT_SH_DIGIT, WT_SH_PUNCT, WT_SH_OTHER,
       WT_SH_HYPHEN = 16, WT_SH_FIRST = 32 };

typedef struct wt_psent {
    WT_VEC(wt_pword) w;      /* w.items[0] is ROOT; words are 1..n */
    int style;               /* annotation style to follow (WT_STYLE_*) */
    void *work;              /* the parser's working memory, kept between sentences */
    size_t work_cap;
} wt_psent;

/* The treebanks annotate a few things differently even after warta's
 * mappings (train.c, punct.c); the models see which treebank a training
 * sentence comes from and, at run time, follow the model's run-time style:
 * PUD's, the one treebank of news text. */
enum { WT_STYLE_OTHER, WT_STYLE_CSUI, WT_STYLE_GSD, WT_STYLE_PUD, WT_STYLE_COUNT };

/* Fills the atoms of w from the form as written, its lower-case form, the
 * lemma and the lemmatiser's morph bits. */
void wt_pword_set(wt_pword *w, const char *form, size_t n, const char *lower, size_t ln,
                  const char *lemma, size_t lemma_len, uint32_t morph, int first);
void wt_psent_reset(wt_psent *s);          /* leaves ROOT only */
void wt_psent_free(wt_psent *s);
/* At least n bytes of working memory (contents undefined), reused from
 * sentence to sentence: parsing allocates nothing once it has grown. */
void *wt_psent_work(wt_psent *s, size_t n);
wt_pword *wt_psent_add(wt_psent *s);
static inline int wt_psent_len(const wt_psent *s) { return (int)s->w.len - 1; }

/* The three classifiers and the names of the dependency labels. */
typedef struct wt_syntax_model {
    wt_pmodel tagger, parser, labeller;
    int nlabels;
    char *labels[WT_MAX_LABELS];
    int punct_label;         /* index of "punct", -1 if absent */
    int root_label;          /* index of "root" */
    /* words whose UD features the coder needs (PronType, Polarity), learnt
     * from the treebanks: form atom → feature string id */
    size_t nfeatwords;
    uint64_t *featword_key;
    uint8_t *featword_val;
    int nfeatstr;
    char **featstr;
    /* what a clitic or particle split off a multi-word token is, by its
     * form and the host's tag: (form atom, host tag) → UPOS, label */
    size_t nclitic;
    uint64_t *clitic_key;
    uint8_t *clitic_upos, *clitic_label;
    /* word classes learnt from unannotated text (clusters.c): form atom →
     * fine class | coarse class << 8, sorted by key */
    size_t ncluster;
    uint64_t *cluster_key;
    uint16_t *cluster_val;
    /* the form and lemma atoms of the training words, sorted: any other
     * word is unseen (wt_syntax_mark_unseen) */
    size_t nseen_form, nseen_lemma;
    uint64_t *seen_form, *seen_lemma;
    int style;               /* the style parsed text follows (WT_STYLE_*) */
    char *info;              /* how the model was trained (text) */
    /* the three lists above as one open-addressed table built when a model
     * is read: atom → WT_WORD_* bits | word class << 8. One probe a word
     * instead of three binary searches through cold memory. NULL in a
     * model being trained (the lists are searched). */
    uint32_t word_mask;
    uint64_t *word_key;
    uint32_t *word_val;
} wt_syntax_model;
enum { WT_WORD_SEEN_FORM = 1, WT_WORD_SEEN_LEMMA = 2, WT_WORD_CLASS = 4 };
void wt_syntax_index_words(wt_syntax_model *m);

uint32_t wt_syntax_cluster(const wt_syntax_model *m, uint64_t form);
/* Flags the words of s whose form or lemma the model never saw in training
 * (wt_pword.unseen); 0 clears every flag. Tagging and parsing give the same
 * result either way (a feature over an unseen word has no weight); flagged,
 * those features are found in the cache instead of missed in memory. */
void wt_syntax_mark_unseen(const wt_syntax_model *m, wt_psent *s);
void wt_syntax_clear_unseen(wt_psent *s);
/* Both at once for every word of s: its word class (wt_pword.clus) and
 * whether the model saw its form and lemma. */
void wt_syntax_know_words(const wt_syntax_model *m, wt_psent *s);

/* ---- the model file (model.c): docs/parser.md gives the layout */
#define WT_SYNTAX_MAGIC "WARTA-SYNTAX\n"
#define WT_SYNTAX_VERSION 12
void wt_syntax_model_init(wt_syntax_model *m);
void wt_syntax_model_free(wt_syntax_model *m);
/* Reads a model from memory, checking the magic, version, checksum and
 * every count; 0, or -1 with *err set (the model is left empty). */
int wt_syntax_model_read(wt_syntax_model *m, const unsigned char *data, size_t len,
                         const char **err);
void wt_syntax_model_write(const wt_syntax_model *m, wt_buf *out);
/* The checksum that ends a model file (over every byte before it). */
uint64_t wt_syntax_checksum(const unsigned char *p, size_t n);
/* The parts of a multi-word token (form atoms, first = host) from the
 * token's analysis: part j hangs from part part_head[j], or from the
 * token's head when -1; its label and tag are part_label/part_upos, or the
 * token's when -1. Learnt from the treebanks (the clitic table): kata+nya
 * → nya is nsubj of kata; menurut+nya → nya takes the token's relation and
 * menurut is its case. */
void wt_syntax_split(const wt_syntax_model *m, const uint64_t *forms, int k, int tok_tag,
                     uint32_t host_morph, int *part_head, int *part_label, int *part_upos);
uint64_t wt_syntax_clitic_key(uint64_t form, int host_tag, uint32_t host_morph);
/* The learnt UD features of a word form ("PronType=Prs"), or NULL. */
const char *wt_syntax_featword(const wt_syntax_model *m, uint64_t form);

int wt_syntax_label_index(const wt_syntax_model *m, const char *name);

/* ---- tagger (tagger.c) */
enum { WT_TAG_MAXFEAT = 40 };
int wt_tagger_features(const wt_psent *s, int i, uint64_t *f);
void wt_tagger_tag(const wt_pmodel *m, wt_psent *s);
/* One training pass over a sentence with gold tags (in w.tag on entry,
 * restored on return); returns the number tagged right. */
int wt_tagger_train(wt_ptrain *p, wt_psent *s);

/* ---- punctuation (punct.c): re-attaches every punctuation token by
 * warta's convention, given the tree of the other words */
void wt_punct_attach(int *heads, const int *punct, int n);

/* ---- parser (parser.c): arc-hybrid transitions, labels at arc time */
enum { WT_PAR_MAXFEAT = 96 };
void wt_parser_parse(const wt_syntax_model *m, wt_psent *s);
typedef struct wt_parser_train_opts {
    double explore;          /* probability of following a wrong prediction */
    uint64_t *rng;           /* xorshift state */
} wt_parser_train_opts;
/* One training pass over a sentence; gold heads and labels in gh/gl
 * (1..n), predicted tags in s. Returns arcs attached right. */
int wt_parser_train(wt_ptrain *parser, wt_ptrain *labeller, int root_label,
                    wt_psent *s, const int *gh, const int *gl,
                    const wt_parser_train_opts *o);

/* Index of the highest of n scores (the first on ties). */
static inline int wt_argmax(const float *sc, int n)
{
    int best = 0;
    for (int k = 1; k < n; k++)
        if (sc[k] > sc[best]) best = k;
    return best;
}

static inline uint64_t wt_xorshift(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *s = x;
}

#endif
