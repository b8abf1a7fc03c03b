/* bench_code_id.c — Indonesian event coding from raw articles to events on
 * SHARED/corpus/id-news.jsonl (argv[1] = the shared folder): JSONL reading,
 * the article layer (cleaning, sentences, tokens, dates, quotes) and the
 * Indonesian coder, timed together. Prints MB/s, articles/s, events and
 * peak RSS. Goal: 10 MB/s per core. */
#include "code/event.h"
#include "code/id/idcoder.h"
#include "ctx.h"
#include "lang/id/lemma.h"
#include "ingest/ingest.h"
#include "text/article.h"
#include "util/file.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#ifndef WARTA_DATA_DIR
#define WARTA_DATA_DIR "data"
#endif

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    const char *shared = argc > 1 ? argv[1] : "../shared";
    char *corpus_dir = wt_path_join(shared, "corpus");
    char *corpus = wt_path_join(corpus_dir, "id-news.jsonl");
    free(corpus_dir);
    FILE *probe = fopen(corpus, "rb");
    if (!probe) {
        printf("bench_code_id: %s not found, skipped\n", corpus);
        free(corpus);
        return 0;
    }
    fclose(probe);
    warta_ctx *ctx = warta_new();
    warta_set_data_dir(ctx, WARTA_DATA_DIR);
    double t0 = now();
    wt_idcoder *coder = wt_idcoder_new(warta_data_dir(ctx), &ctx->diag);
    if (!coder) { warta_free(ctx); free(corpus); return 1; }
    wt_idcoder_set_lemmatizer(coder, wt_ctx_lemmatizer(ctx));
    double t1 = now();
    wt_reader *r = wt_reader_new(ctx, WT_INPUT_JSONL);
    wt_reader_add(r, corpus);
    wt_doc d;
    wt_doc_init(&d);
    wt_event_list ev;
    wt_event_list_init(&ev);
    size_t articles = 0, events = 0, sentences = 0;
    while (wt_reader_next(r, &d)) {
        if (wt_article_process(ctx, &d) != 0) continue;
        wt_event_list_clear(&ev);
        events += wt_idcoder_code_doc(coder, &d, &ev);
        sentences += d.sents.len;
        articles++;
    }
    double t2 = now();
    double mb = (double)wt_reader_bytes(r) / 1e6, secs = t2 - t1;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("dictionaries loaded in %.3f s\n", t1 - t0);
    printf("%zu articles, %zu sentences, %.1f MB in %.2f s: %.1f MB/s, %.0f articles/s\n", articles, sentences, mb,
           secs, mb / secs, (double)articles / secs);
    printf("%zu events (%.2f per article)\n", events, articles ? (double)events / (double)articles : 0.0);
    printf("peak RSS %.1f MB\n", (double)ru.ru_maxrss / 1024.0);
    wt_event_list_free(&ev);
    wt_doc_free(&d);
    wt_reader_free(r);
    wt_idcoder_free(coder);
    warta_free(ctx);
    free(corpus);
    return 0;
}
