/* lemma_api.c — the public face of the lemmatiser (warta.h, "Indonesian
 * morphology"): a lemmatiser per context, loaded on first use. */
#include "ctx.h"
#include "lang/id/lemma.h"
#include "util/buf.h"

wt_lemmatizer *wt_ctx_lemmatizer(warta_ctx *ctx)
{
    if (!ctx->lemmatizer && !ctx->lemmatizer_tried) {
        ctx->lemmatizer_tried = 1;
        ctx->lemmatizer = wt_lemmatizer_new(wt_id_dic_path(), ctx->data_dir, &ctx->diag);
    }
    return ctx->lemmatizer;
}

const char *warta_lemma(warta_ctx *ctx, const char *word, size_t len, unsigned *morph)
{
    wt_lemmatizer *lz = wt_ctx_lemmatizer(ctx);
    if (!lz) return NULL;
    const wt_lemma *lm = wt_lemmatize(lz, word, len);
    if (morph) *morph = lm->morph;
    return lm->root;
}

char *warta_lemma_json(warta_ctx *ctx, const char *word, size_t len)
{
    wt_lemmatizer *lz = wt_ctx_lemmatizer(ctx);
    if (!lz) return NULL;
    wt_buf b;
    wt_buf_init(&b);
    wt_lemma_json(&b, word, len, wt_lemmatize(lz, word, len));
    return wt_buf_detach(&b);
}
