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
};

#endif
