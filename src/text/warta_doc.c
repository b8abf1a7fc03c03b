/* warta_doc.c — the public article-layer handle (include/warta.h). */
#include "ctx.h"
#include "output/doc_json.h"
#include "text/article.h"
#include "text/dates.h"
#include "text/warta_doc.h"
#include "util/buf.h"
#include "util/mem.h"

struct warta_doc {
    warta_ctx *ctx;
    wt_doc doc;
    wt_buf json;
    char date[16];
};

warta_doc *warta_doc_new(warta_ctx *ctx)
{
    warta_doc *wd = wt_xcalloc(1, sizeof *wd);
    wd->ctx = ctx;
    wt_doc_init(&wd->doc);
    wt_buf_init(&wd->json);
    return wd;
}

void warta_doc_free(warta_doc *wd)
{
    if (!wd) return;
    wt_doc_free(&wd->doc);
    wt_buf_free(&wd->json);
    free(wd);
}

int warta_doc_parse(warta_doc *wd, const char *id, const char *text, size_t len, const char *date)
{
    wt_doc *d = &wd->doc;
    wt_doc_reset(d);
    wt_buf_clear(&wd->json);
    d->text = wt_arena_strndup(&d->arena, text ? text : "", text ? len : 0);
    d->len = text ? len : 0;
    d->id = wt_arena_strdup(&d->arena, id ? id : "doc");
    if (date) {
        if (wt_date_parse(date, &d->date) != 0) {
            wt_diag_report(&wd->ctx->diag, WT_DIAG_ERROR, d->id, "date '%s' is not YYYY-MM-DD", date);
            d->date = (wt_date){0, 0, 0};
            return -1;
        }
        d->date_source = "caller";
    }
    return wt_article_process(wd->ctx, d);
}

const char *warta_doc_json(warta_doc *wd, int with_tokens)
{
    wt_buf_clear(&wd->json);
    wt_doc_json(&wd->json, &wd->doc, with_tokens ? WT_DOC_JSON_TOKENS : 0);
    return wd->json.data;
}

size_t warta_doc_paragraph_count(const warta_doc *wd) { return wd->doc.paras.len; }
size_t warta_doc_sentence_count(const warta_doc *wd) { return wd->doc.sents.len; }
size_t warta_doc_quote_count(const warta_doc *wd) { return wd->doc.quotes.len; }

const char *warta_doc_date(warta_doc *wd)
{
    if (!wd->doc.date.year) return NULL;
    wt_date_format(wd->doc.date, wd->date);
    return wd->date;
}

wt_doc *wt_warta_doc_article(warta_doc *wd) { return &wd->doc; }

warta_ctx *wt_warta_doc_ctx(warta_doc *wd) { return wd->ctx; }
wt_buf *wt_warta_doc_buf(warta_doc *wd) { return &wd->json; }
