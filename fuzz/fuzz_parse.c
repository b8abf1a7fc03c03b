/* fuzz_parse.c — libFuzzer target: arbitrary bytes through the tagger and
 * parser, as CoNLL-U (the reader's checks, then re-tagging and re-parsing
 * with the shipped model) and as a raw article (article layer, lemmas,
 * parse, CoNLL-U and JSON output). Every tree must have heads inside its
 * sentence and one root. Build and run: make fuzz. */
#include "ctx.h"
#include "ingest/ingest.h"
#include "parse/parse.h"
#include "text/article.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static warta_ctx *ctx;        /* the harness's, loaded once */

static void check_tree(const wt_psent *ps)
{
    int n = wt_psent_len(ps), roots = 0;
    for (int i = 1; i <= n; i++) {
        int h = ps->w.items[i].head;
        if (h < 0 || h > n || h == i) __builtin_trap();
        roots += h == 0;
    }
    if (n && roots != 1) __builtin_trap();
}

static void run_conllu(const wt_syntax_model *m, const uint8_t *data, size_t size)
{
    wt_conllu_sent s;
    wt_conllu_sent_init(&s);
    if (wt_conllu_parse_block((const char *)data, size, "fuzz", &ctx->diag, &s) == 0) {
        wt_psent ps = {0};
        wt_buf b;
        wt_buf_init(&b);
        wt_parse_conllu(m, wt_ctx_lemmatizer(ctx), &s, &ps, &b);
        check_tree(&ps);
        wt_buf_free(&b);
        wt_psent_free(&ps);
    }
    wt_conllu_sent_free(&s);
}

static void run_text(const wt_syntax_model *m, const uint8_t *data, size_t size)
{
    if (!size) return;
    char *copy = malloc(size + 1);          /* fmemopen may write a NUL */
    memcpy(copy, data, size);
    copy[size] = '\0';
    FILE *f = fmemopen(copy, size, "rb");
    if (!f) { free(copy); return; }
    wt_reader *r = wt_reader_new(ctx, WT_INPUT_TXT);
    wt_reader_add_stream(r, f, "fuzz.txt");
    wt_doc d;
    wt_doc_init(&d);
    while (wt_reader_next(r, &d)) {
        if (wt_article_process(ctx, &d) != 0) continue;
        wt_lemmatize_doc(wt_ctx_lemmatizer(ctx), &d);
        wt_psent ps = {0};
        wt_parse_doc(m, &d, &ps);
        wt_buf b;
        wt_buf_init(&b);
        wt_doc_conllu(&b, &d);
        wt_doc_syntax_json(&b, &d);
        for (size_t i = 0; i < d.sents.len; i++) {
            const wt_sentence *s = &d.sents.items[i];
            for (uint32_t k = 0; k < s->tok_count; k++)
                if (d.toks.items[s->tok_first + k].head > (int32_t)s->tok_count) __builtin_trap();
        }
        wt_buf_free(&b);
        wt_psent_free(&ps);
    }
    wt_doc_free(&d);
    wt_reader_free(r);
    fclose(f);
    free(copy);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ctx) {
        ctx = warta_new();
        ctx->diag.quiet = 1;
    }
    const wt_syntax_model *m = wt_ctx_syntax(ctx);
    if (!m || !wt_ctx_lemmatizer(ctx)) __builtin_trap();
    if (size && data[0] == '#') run_conllu(m, data + 1, size - 1);
    else run_text(m, data, size);
    return 0;
}
