/* fuzz_ingest.c — libFuzzer target: arbitrary bytes through ingest and the
 * whole article layer (clean, segment, dates, quotes, JSON output), read
 * once as a .txt article and once as JSON Lines. Diagnostics are counted,
 * not printed. Build and run: make fuzz. */
#include "ctx.h"
#include "ingest/ingest.h"
#include "output/doc_json.h"
#include "text/article.h"
#include "util/buf.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static void run_reader(warta_ctx *ctx, const uint8_t *data, size_t size, enum wt_input_format fmt,
                       const char *name)
{
    /* fmemopen wants a non-empty buffer it may write a NUL into */
    char *copy = malloc(size + 1);
    memcpy(copy, data, size);
    copy[size] = '\0';
    FILE *f = size ? fmemopen(copy, size, "rb") : NULL;
    if (f) {
        wt_reader *r = wt_reader_new(ctx, fmt);
        wt_reader_add_stream(r, f, name);
        wt_doc d;
        wt_doc_init(&d);
        wt_buf b;
        wt_buf_init(&b);
        size_t processed = 0;
        while (wt_reader_next(r, &d)) {
            if (d.id == NULL || d.text == NULL) __builtin_trap();
            if (wt_article_process(ctx, &d) == 0) {
                wt_buf_clear(&b);
                wt_doc_json(&b, &d, WT_DOC_JSON_TOKENS);
                /* every span stays inside the text */
                for (size_t i = 0; i < d.toks.len; i++)
                    if (d.toks.items[i].span.start > d.toks.items[i].span.end || d.toks.items[i].span.end > d.len)
                        __builtin_trap();
                for (size_t i = 0; i < d.sents.len; i++)
                    if (d.sents.items[i].span.end > d.len) __builtin_trap();
            }
            processed++;
        }
        if (wt_reader_accepted(r) != processed) __builtin_trap();
        wt_buf_free(&b);
        wt_doc_free(&d);
        wt_reader_free(r);
        fclose(f);
    }
    free(copy);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* One context for the whole run: the abbreviation list is read once,
     * as in a long-running program. */
    static warta_ctx *ctx;
    if (!ctx) {
        ctx = warta_new();
        ctx->diag.quiet = 1;
    }
    run_reader(ctx, data, size, WT_INPUT_TXT, "fuzz.txt");
    run_reader(ctx, data, size, WT_INPUT_JSONL, "fuzz.jsonl");
    return 0;
}
