/* bench_parse.c — the syntax stage: model load time, then tagging +
 * parsing throughput (one core, after load) on the sentences of
 * ../shared/corpus/id-news.jsonl: the article layer and lemmas are run
 * first and kept out of the timing, so the figure is the tagger's and
 * parser's alone; sentences/s, tokens/s, and peak RSS.
 *   bench_parse [SHARED_DIR] */
#include "ctx.h"
#include "ingest/ingest.h"
#include "parse/parse.h"
#include "text/article.h"

#include "bench.h"

#include <stdio.h>
#include <sys/resource.h>
#include <time.h>

int main(int argc, char **argv)
{
    char path[1024];
    if (bench_corpus(argc, argv, "bench_parse", path, sizeof path) != 0) return 0;
    warta_ctx *ctx = warta_new();
    double t0 = bench_now();
    const wt_syntax_model *m = wt_ctx_syntax(ctx);
    double load = bench_now() - t0;
    wt_lemmatizer *lz = wt_ctx_lemmatizer(ctx);
    if (!m || !lz) {
        printf("bench_parse: model or lexicon missing\n");
        return 1;
    }
    printf("bench_parse: model load %.1f ms (%u + %u + %u features)\n", load * 1e3, m->tagger.nfeat,
           m->parser.nfeat, m->labeller.nfeat);
    wt_doc d;
    wt_doc_init(&d);
    wt_psent ps = {0};
    size_t sents = 0, toks = 0, articles = 0;
    double parse_cpu = 0, parse_wall = 0;
    for (int round = 0; round < 2; round++) {
        wt_reader *r = wt_reader_new(ctx, WT_INPUT_JSONL);
        wt_reader_add(r, path);
        while (wt_reader_next(r, &d)) {
            if (wt_article_process(ctx, &d) != 0) continue;
            wt_lemmatize_doc(lz, &d);
            double c = bench_cpu_seconds(), w = bench_now();
            wt_parse_doc(m, &d, &ps);
            parse_cpu += bench_cpu_seconds() - c;
            parse_wall += bench_now() - w;
            if (round == 1) {
                articles++;
                sents += d.sents.len;
                toks += d.toks.len;
            }
        }
        wt_reader_free(r);
        if (round == 0) parse_cpu = parse_wall = 0;   /* round 0 warms the caches */
    }
    printf("bench_parse: %zu articles, %zu sentences, %zu tokens\n", articles, sents, toks);
    printf("bench_parse: tag + parse: %.0f sentences/s, %.0f tokens/s per CPU second (%.2f s CPU, %.2f s wall)\n",
           sents / parse_cpu, toks / parse_cpu, parse_cpu, parse_wall);
    printf("bench_parse: peak RSS %.1f MB\n", bench_peak_rss_kb() / 1024.0);
    wt_psent_free(&ps);
    wt_doc_free(&d);
    warta_free(ctx);
    return 0;
}
