/* bench_doc.c — article-layer throughput: ingest + clean + segment + dates
 * + quotes + JSON rendering of ../shared/corpus/id-news.jsonl (3,423
 * articles), reporting articles/s, MB/s and peak RSS, first for ingest +
 * article layer alone, then with the JSON output. The corpus is read
 * `ROUNDS` times per measurement in one process to show that memory stays
 * flat.
 *   bench_doc [SHARED_DIR] */
#include "ctx.h"
#include "ingest/ingest.h"
#include "output/doc_json.h"
#include "text/article.h"
#include "util/buf.h"

#include "bench.h"

#include <stdio.h>
#include <sys/resource.h>
#include <time.h>

#define ROUNDS 3

typedef struct run_stats {
    size_t articles, bytes, sentences, quotes, out_bytes;
    double secs, cpu;
} run_stats;

/* Reads the corpus `rounds` times: ingest + article layer, and the JSON
 * rendering too when with_json. */
static run_stats run(warta_ctx *ctx, const char *path, int rounds, int with_json, long *rss_after_first)
{
    run_stats st = {0};
    wt_doc d;
    wt_doc_init(&d);
    wt_buf out;
    wt_buf_init(&out);
    double start = bench_now(), cpu_start = bench_cpu_seconds();
    for (int round = 0; round < rounds; round++) {
        wt_reader *r = wt_reader_new(ctx, WT_INPUT_JSONL);
        wt_reader_add(r, path);
        while (wt_reader_next(r, &d)) {
            if (wt_article_process(ctx, &d) != 0) continue;
            if (with_json) {
                wt_buf_clear(&out);
                wt_doc_json(&out, &d, 0);
                st.out_bytes += out.len;
            }
            st.articles++;
            st.sentences += d.sents.len;
            st.quotes += d.quotes.len;
        }
        st.bytes += wt_reader_bytes(r);
        wt_reader_free(r);
        if (round == 0 && rss_after_first) *rss_after_first = bench_peak_rss_kb();
    }
    st.secs = bench_now() - start;
    st.cpu = bench_cpu_seconds() - cpu_start;
    wt_buf_free(&out);
    wt_doc_free(&d);
    return st;
}

static void report(const char *what, const run_stats *st)
{
    printf("bench_doc: %s: %zu articles (%d rounds), %.1f MB in %.2f s: %.0f articles/s, %.1f MB/s\n", what,
           st->articles, ROUNDS, st->bytes / 1e6, st->secs, st->articles / st->secs, st->bytes / 1e6 / st->secs);
    /* CPU time too: on a shared machine wall time includes other jobs */
    printf("bench_doc: %s: per CPU second: %.0f articles/s, %.1f MB/s (%.2f s CPU)\n", what,
           st->articles / st->cpu, st->bytes / 1e6 / st->cpu, st->cpu);
}

int main(int argc, char **argv)
{
    char path[1024];
    if (bench_corpus(argc, argv, "bench_doc", path, sizeof path) != 0) return 0;
    warta_ctx *ctx = warta_new();
    long rss_after_first = 0;
    run(ctx, path, 1, 0, NULL);   /* warm-up: resources loaded, caches filled */
    run_stats layer = run(ctx, path, ROUNDS, 0, &rss_after_first);
    run_stats full = run(ctx, path, ROUNDS, 1, NULL);
    report("article layer (ingest + process)", &layer);
    report("with JSON output", &full);
    printf("bench_doc: %zu sentences, %zu quotes, %.1f MB JSON per %d rounds\n", full.sentences, full.quotes,
           full.out_bytes / 1e6, ROUNDS);
    printf("bench_doc: peak RSS %.1f MB after round 1, %.1f MB after %d more rounds (flat = streaming)\n",
           rss_after_first / 1024.0, bench_peak_rss_kb() / 1024.0, 2 * ROUNDS);
    warta_free(ctx);
    return 0;
}
