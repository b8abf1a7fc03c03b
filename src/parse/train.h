/* train.h — training and measuring the tagger and parser from CoNLL-U
 * treebanks (train.c): `warta train-parser` and `make model`. */
#ifndef WARTA_PARSE_TRAIN_H
#define WARTA_PARSE_TRAIN_H

#include "lang/id/lemma.h"
#include "parse/syntax.h"
#include "util/buf.h"
#include "util/diag.h"
#include <stdio.h>

typedef struct wt_train_opts {
    int tagger_epochs, parser_epochs;
    int folds;              /* cross-validation folds; 0 = none */
    int jackknife;          /* folds for the parser's training tags */
    double explore;
    float prune;            /* averaged weights below this are dropped */
    int min_updates;        /* tagger features updated fewer times are dropped */
    int parser_min_updates; /* the same for the parser's and labeller's */
    int runs;               /* parser training runs (different shuffles) averaged */
    uint64_t seed;
    FILE *report;           /* where scores are printed; NULL = nowhere */
} wt_train_opts;

void wt_train_opts_default(wt_train_opts *o);

typedef struct wt_treebank wt_treebank;
wt_treebank *wt_treebank_new(wt_lemmatizer *lz);
void wt_treebank_free(wt_treebank *tb);
/* Adds every sentence of a CoNLL-U file; GSD's conventions are mapped to
 * CSUI/PUD's (docs/parser.md) when the file name says id_gsd. Returns the
 * sentences rejected (reported through diag), or -1 if it cannot be read. */
long wt_treebank_add(wt_treebank *tb, const char *path, wt_diag *diag);
size_t wt_treebank_size(const wt_treebank *tb);

/* Cross-validation (when opts->folds > 1) printed to opts->report, then
 * the model trained on everything into m. The scores of the
 * cross-validation go to *scores (a text block) if not NULL. */
int wt_train_syntax(wt_treebank *tb, const wt_train_opts *o, wt_syntax_model *m, wt_buf *scores);

/* Word classes from unannotated articles (clusters.c) into m's cluster
 * table; articles whose id is in `exclude` are left out. 0, or -1 when the
 * corpus is too small. */
struct warta_ctx;
struct wt_strmap;
int wt_clusters_build(struct warta_ctx *ctx, const char *const *corpus, int ncorpus,
                      const struct wt_strmap *exclude, wt_syntax_model *m, FILE *report);
/* Gives every treebank token its word class from m's table. */
void wt_treebank_set_clusters(wt_treebank *tb, const wt_syntax_model *m);

#endif
