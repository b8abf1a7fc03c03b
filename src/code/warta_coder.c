/* warta_coder.c — the public event-coding handle (include/warta.h).
 *
 * What `warta code --lang id` does for one article, for programs that link
 * libwarta: the Indonesian coder over the article layer's sentences, the
 * lemmatiser's readings, then enrichment (date, place, QuadClass,
 * Goldstein, PLOVER, repeated mentions merged per paragraph as the CLI
 * does). */
#include "code/enrich.h"
#include "code/id/idcoder.h"
#include "ctx.h"
#include "lang/id/lemma.h"
#include "parse/parse.h"
#include "output/event_json.h"
#include "text/warta_doc.h"
#include "util/buf.h"
#include "util/mem.h"

struct warta_coder {
    warta_ctx *ctx;
    wt_idcoder *coder;
    wt_event_list events;
    wt_buf json;
};

warta_coder *warta_coder_new(warta_ctx *ctx)
{
    wt_idcoder *coder = wt_idcoder_new(ctx->data_dir, &ctx->diag);
    if (!coder) return NULL;
    wt_lemmatizer *lz = wt_ctx_lemmatizer(ctx);
    if (!lz) {
        wt_idcoder_free(coder);
        return NULL;
    }
    wt_idcoder_set_lemmatizer(coder, lz);
    wt_idcoder_set_syntax(coder, wt_ctx_syntax(ctx));
    warta_coder *c = wt_xcalloc(1, sizeof *c);
    c->ctx = ctx;
    c->coder = coder;
    wt_event_list_init(&c->events);
    wt_buf_init(&c->json);
    return c;
}

void warta_coder_free(warta_coder *c)
{
    if (!c) return;
    wt_idcoder_free(c->coder);
    wt_event_list_free(&c->events);
    wt_buf_free(&c->json);
    free(c);
}

long warta_code_doc(warta_coder *c, warta_doc *doc)
{
    wt_doc *d = wt_warta_doc_article(doc);
    wt_event_list_clear(&c->events);
    wt_idcoder_code_doc(c->coder, d, &c->events);
    if (wt_enrich_merge(c->ctx, d, &c->events, WT_MERGE_PARAGRAPH) != 0) return -1;
    return (long)c->events.items_vec.len;
}

size_t warta_event_count(const warta_coder *c) { return c->events.items_vec.len; }

const char *warta_event_json(warta_coder *c, size_t i)
{
    if (i >= c->events.items_vec.len) return NULL;
    wt_buf_clear(&c->json);
    wt_event_json(&c->json, &c->events.items_vec.items[i]);
    return c->json.data;
}
