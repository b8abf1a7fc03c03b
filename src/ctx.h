/* ctx.h — what a warta_ctx holds. Internal: the public header only sees an
 * opaque handle. Resources are loaded lazily, on first use, and owned here. */
#ifndef WARTA_CTX_H
#define WARTA_CTX_H

#include "warta.h"
#include "util/diag.h"

struct warta_ctx {
    char *data_dir;
    wt_diag diag;
    /* records (code/enrich.c): CAMEO Goldstein/PLOVER tables and the
     * gazetteer, loaded on first use; *_tried stops repeated failed loads */
    struct wt_cameo_tables *cameo;
    struct wt_gazetteer *gazetteer;
    int cameo_tried, gazetteer_tried;
    /* article layer (text/article.c): abbreviation list, loaded on first use */
    struct wt_article_res *article;
    /* Indonesian morphology (lang/id/lemma.c): lexicon and word cache,
     * loaded on first use; lemmatizer_tried stops repeated failed loads */
    struct wt_lemmatizer *lemmatizer;
    int lemmatizer_tried;
    /* syntax (parse/parse.c): the tagger and parser model, loaded on
     * first use; syntax_tried stops repeated failed loads */
    struct wt_syntax_model *syntax;
    int syntax_tried;
    /* a worker's context (wt_ctx_worker_new): article, cameo, gazetteer
     * and syntax belong to the parent and are not freed with this one */
    int borrowed;
};

/* What wt_ctx_preload loads. */
enum { WT_PRELOAD_ARTICLE = 1, WT_PRELOAD_ENRICH = 2, WT_PRELOAD_SYNTAX = 4 };

/* Loads now what is otherwise loaded on first use, so that worker contexts
 * made afterwards share it instead of each loading their own. */
void wt_ctx_preload(warta_ctx *ctx, unsigned what);

/* A context for one worker thread of a -j N command. It shares the
 * parent's resources that are read-only once loaded (article layer,
 * enrichment tables, syntax model: load them with wt_ctx_preload first)
 * and has its own diagnostics (same callback and quiet flag as the
 * parent's) and its own lemmatiser (whose word cache every lookup writes).
 * wt_ctx_worker_free adds its error and warning counts to the parent's. */
warta_ctx *wt_ctx_worker_new(const warta_ctx *parent);
void wt_ctx_worker_free(warta_ctx *parent, warta_ctx *worker);

#endif
