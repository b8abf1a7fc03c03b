/* bench_code_en.c — the English TABARI coder with the full CAMEO
 * dictionaries on ../shared/corpus/en-bench-10k.tabari.txt: dictionary
 * load time, sentences per second on one core (tokenising + coding), peak
 * RSS. Usage: bench_code_en [SHARED_DIR] */
#include "code/coder.h"
#include "code/tabari_records.h"
#include "dict/dict.h"
#include "lang/en/tokens.h"
#include "util/file.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    const char *shared = argc > 1 ? argv[1] : "../shared";
    static const char *const dicts[] = { "cameo/CAMEO.09b5.options", "cameo/CAMEO.080612.verbs",
        "cameo/CountryInfo.120116.actors", "cameo/Internatnl.120521.actors",
        "cameo/PSU.120522.agents", NULL };
    char path[4096];
    snprintf(path, sizeof path, "%s/corpus/en-bench-10k.tabari.txt", shared);
    size_t len;
    char *corpus = wt_read_file(path, &len);
    if (!corpus) {
        printf("bench_code_en: %s not found, skipped\n", path);
        return 0;
    }
    wt_diag diag;
    wt_diag_init(&diag);
    diag.quiet = 1;
    double t0 = now();
    wt_dict d;
    wt_dict_init(&d);
    for (int i = 0; dicts[i]; i++) {
        snprintf(path, sizeof path, "%s/%s", shared, dicts[i]);
        if (wt_dict_load_file(&d, path, &diag) < 0) {
            printf("bench_code_en: cannot read %s\n", path);
            return 1;
        }
    }
    wt_dict_finish(&d);
    double load = now() - t0;
    wt_coder *c = wt_coder_new(&d, &wt_lang_rules_en);
    wt_code_result res;
    wt_code_result_init(&res);
    wt_arena arena;
    wt_arena_init(&arena, 64 * 1024);
    wt_ctok_vec toks = {0};
    size_t sentences = 0, events = 0, complex = 0, discard = 0;
    double t1 = now();
    int rounds = 3;
    for (int r = 0; r < rounds; r++) {
        wt_tabari_reader rd;
        wt_tabari_reader_init(&rd, corpus, len);
        wt_tabari_record rec;
        while (wt_tabari_next(&rd, &rec)) {
            wt_arena_reset(&arena);
            toks.len = 0;
            wt_en_tokenize(rec.text, strlen(rec.text), &arena, &toks);
            int st = wt_coder_code(c, toks.items, toks.len, rec.date > 0 ? rec.date : 0, &res);
            sentences++;
            events += res.events.len;
            complex += st == WT_CS_COMPLEX;
            discard += st == WT_CS_DISCARD;
            wt_tabari_record_free(&rec);
        }
    }
    double secs = now() - t1;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("bench_code_en: dictionaries loaded in %.1f ms (%zu verbs, %zu patterns, %zu actors, %zu agents, %zu rejected)\n",
           load * 1e3, d.n_verbs, d.n_patterns, d.n_actors, d.n_agents, d.n_rejected);
    printf("bench_code_en: %zu sentences in %.3f s = %.0f sentences/s on one core (%.1f MB/s), "
           "%zu events, %zu complex, %zu discarded\n",
           sentences, secs, (double)sentences / secs, (double)len * rounds / secs / 1e6, events,
           complex, discard);
    printf("bench_code_en: peak RSS %.1f MiB\n", (double)ru.ru_maxrss / 1024.0);
    WT_VEC_FREE(toks);
    wt_arena_free(&arena);
    wt_code_result_free(&res);
    wt_coder_free(c);
    wt_dict_free(&d);
    free(corpus);
    return 0;
}
