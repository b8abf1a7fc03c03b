/* article.h — the article layer in one call.
 *
 * wt_article_process() takes a doc whose id/text (and optionally date) were
 * set by ingest or by the caller, and runs validation → clean → segment →
 * dates → quotes. Other stages (the Indonesian coder) call this after
 * wt_reader_next(). */
#ifndef WARTA_TEXT_ARTICLE_H
#define WARTA_TEXT_ARTICLE_H

#include "ctx.h"
#include "text/doc.h"
#include "util/strmap.h"

typedef struct wt_article_res {
    wt_strmap abbrevs;        /* data/id/abbreviations.txt */
    int loaded;               /* 1 when the file was read */
    wt_strmap entity_words;   /* word → class bits (text/entities.c) */
} wt_article_res;

/* Loads the resources on first use; never NULL (a missing file is reported
 * once as a warning and the built-in rules still apply). */
const wt_article_res *wt_article_res_get(warta_ctx *ctx);
void wt_article_res_free(wt_article_res *res);

/* Checks that d->text is valid UTF-8 without NUL bytes; reports the first
 * problem as file:line (d->source_name, line within the article, or the
 * JSONL line) and returns -1, else 0. */
int wt_article_validate(warta_ctx *ctx, const wt_doc *d);

/* Runs the article layer on d. Returns 0, or -1 when the text was rejected
 * (reported through ctx's diagnostics; d holds no paragraphs then). */
int wt_article_process(warta_ctx *ctx, wt_doc *d);

#endif
