/* bench_code_id.c — Indonesian event coding from raw articles to events on
 * SHARED/corpus/id-news.jsonl (argv[1] = the shared folder): JSONL reading,
 * the article layer (cleaning, sentences, tokens, dates, quotes), the
 * lemmatiser and the Indonesian coder, timed together, in two passes over
 * the same corpus in one run: the coder alone (word-window rules only) and
 * with the tagger and parser (the sentences the coder needs parsed), as
 * `warta code --lang id` runs. Prints MB/s (wall and CPU), articles/s,
 * events and peak RSS of each, and their ratio. Goals: 10 MB/s without
 * trees, 2 MB/s per core with them (issue 14), peak RSS <= 64 MiB. */
#include "bench.h"
#include "code/event.h"
#include "code/id/idcoder.h"
#include "ctx.h"
#include "ingest/ingest.h"
#include "lang/id/lemma.h"
#include "parse/parse.h"
#include "text/article.h"
#include "util/file.h"

#include <stdio.h>
#include <stdlib.h>

#ifndef WARTA_DATA_DIR
#define WARTA_DATA_DIR "data"
#endif

typedef struct pass {
    double wall, cpu, mb;
    size_t articles, sentences, events;
} pass;

/* Codes the whole corpus once with coder; the figures into *p. */
static void run(warta_ctx *ctx, wt_idcoder *coder, const char *corpus, pass *p)
{
    wt_reader *r = wt_reader_new(ctx, WT_INPUT_JSONL);
    wt_reader_add(r, corpus);
    wt_doc d;
    wt_doc_init(&d);
    wt_event_list ev;
    wt_event_list_init(&ev);
    *p = (pass){ 0 };
    double w0 = bench_now(), c0 = bench_cpu_seconds();
    while (wt_reader_next(r, &d)) {
        if (wt_article_process(ctx, &d) != 0) continue;
        wt_event_list_clear(&ev);
        p->events += wt_idcoder_code_doc(coder, &d, &ev);
        p->sentences += d.sents.len;
        p->articles++;
    }
    p->wall = bench_now() - w0;
    p->cpu = bench_cpu_seconds() - c0;
    p->mb = (double)wt_reader_bytes(r) / 1e6;
    wt_event_list_free(&ev);
    wt_doc_free(&d);
    wt_reader_free(r);
}

static void report(const char *what, const pass *p)
{
    printf("%s: %zu articles, %zu sentences, %.1f MB in %.2f s wall, %.2f s CPU: %.1f MB/s wall, %.1f MB/s CPU, "
           "%.0f articles/s; %zu events\n",
           what, p->articles, p->sentences, p->mb, p->wall, p->cpu, p->mb / p->wall, p->mb / p->cpu,
           (double)p->articles / p->wall, p->events);
}

int main(int argc, char **argv)
{
    char corpus[4096];
    if (bench_corpus(argc, argv, "bench_code_id", corpus, sizeof corpus) != 0) return 0;
    warta_ctx *ctx = warta_new();
    warta_set_data_dir(ctx, WARTA_DATA_DIR);
    double t0 = bench_now();
    wt_idcoder *coder = wt_idcoder_new(warta_data_dir(ctx), &ctx->diag);
    if (!coder) { warta_free(ctx); return 1; }
    wt_idcoder_set_lemmatizer(coder, wt_ctx_lemmatizer(ctx));
    double t1 = bench_now();
    const wt_syntax_model *syntax = wt_ctx_syntax(ctx);
    double t2 = bench_now();
    printf("dictionaries loaded in %.3f s, parser model in %.3f s\n", t1 - t0, t2 - t1);
    pass flat, tree;
    run(ctx, coder, corpus, &flat);
    report("without trees", &flat);
    long rss_flat = bench_peak_rss_kb();
    if (syntax) {
        wt_idcoder_set_syntax(coder, syntax);
        run(ctx, coder, corpus, &tree);
        report("with trees   ", &tree);
        printf("with trees / without: %.2fx the CPU time, %+zd events\n", tree.cpu / flat.cpu,
               (ssize_t)tree.events - (ssize_t)flat.events);
    }
    printf("peak RSS %.1f MB without trees, %.1f MB at the end\n", (double)rss_flat / 1024.0,
           (double)bench_peak_rss_kb() / 1024.0);
    wt_idcoder_free(coder);
    warta_free(ctx);
    return 0;
}
