/* bench_doc.c — article-layer throughput: ingest + clean + segment + dates
 * + quotes + JSON rendering of ../shared/corpus/id-news.jsonl (3,423
 * articles), reporting articles/s, MB/s and peak RSS. The corpus is read
 * `ROUNDS` times in one process to show that memory stays flat.
 *   bench_doc [SHARED_DIR] */
#include "ctx.h"
#include "ingest/ingest.h"
#include "output/doc_json.h"
#include "text/article.h"
#include "util/buf.h"

#include <stdio.h>
#include <sys/resource.h>
#include <time.h>

#define ROUNDS 3

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu_seconds(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

static long peak_rss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

int main(int argc, char **argv)
{
    const char *shared = argc > 1 ? argv[1] : "../shared";
    char path[1024];
    snprintf(path, sizeof path, "%s/corpus/id-news.jsonl", shared);
    FILE *probe = fopen(path, "rb");
    if (!probe) {
        printf("bench_doc: %s not found, skipped\n", path);
        return 0;
    }
    fclose(probe);
    warta_ctx *ctx = warta_new();
    wt_doc d;
    wt_doc_init(&d);
    wt_buf out;
    wt_buf_init(&out);
    size_t articles = 0, bytes = 0, sentences = 0, quotes = 0, out_bytes = 0;
    long rss_after_first = 0;
    double start = now(), cpu_start = cpu_seconds();
    for (int round = 0; round < ROUNDS; round++) {
        wt_reader *r = wt_reader_new(ctx, WT_INPUT_JSONL);
        wt_reader_add(r, path);
        while (wt_reader_next(r, &d)) {
            if (wt_article_process(ctx, &d) != 0) continue;
            wt_buf_clear(&out);
            wt_doc_json(&out, &d, 0);
            out_bytes += out.len;
            articles++;
            sentences += d.sents.len;
            quotes += d.quotes.len;
        }
        bytes += wt_reader_bytes(r);
        wt_reader_free(r);
        if (round == 0) rss_after_first = peak_rss_kb();
    }
    double secs = now() - start, cpu = cpu_seconds() - cpu_start;
    printf("bench_doc: %zu articles (%d rounds of the corpus), %.1f MB in %.2f s\n", articles, ROUNDS, bytes / 1e6, secs);
    printf("bench_doc: %.0f articles/s, %.1f MB/s, %zu sentences, %zu quotes, %.1f MB JSON\n",
           articles / secs, bytes / 1e6 / secs, sentences, quotes, out_bytes / 1e6);
    /* CPU time too: on a shared machine wall time includes other jobs */
    printf("bench_doc: per CPU second: %.0f articles/s, %.1f MB/s (%.2f s CPU)\n",
           articles / cpu, bytes / 1e6 / cpu, cpu);
    printf("bench_doc: peak RSS %.1f MB after round 1, %.1f MB after round %d (flat = streaming)\n",
           rss_after_first / 1024.0, peak_rss_kb() / 1024.0, ROUNDS);
    wt_buf_free(&out);
    wt_doc_free(&d);
    warta_free(ctx);
    return 0;
}
