/* bench_lemma.c — lemmatiser start-up time and throughput on the words of
 * SHARED/corpus/id-news.jsonl (argv[1] = the shared folder).
 *
 * Words are split from the article texts beforehand (letters, digits,
 * inner hyphens) so that only lemmatisation is timed. The first pass fills
 * the cache (every distinct word analysed once); later passes are what
 * running text costs after load. Target: 2 million words/s per core. */
#include "lang/id/lemma.h"
#include "util/file.h"
#include "util/mem.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#ifndef WARTA_DATA_DIR
#define WARTA_DATA_DIR "data"
#endif

typedef struct word { const char *s; uint32_t n; } word;
typedef WT_VEC(word) word_vec;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int word_byte(unsigned char c) { return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z'); }

static void split_words(const char *t, word_vec *out)
{
    size_t i = 0, n = strlen(t);
    while (i < n) {
        while (i < n && !word_byte((unsigned char)t[i])) i++;
        size_t s = i;
        while (i < n && (word_byte((unsigned char)t[i]) ||
                         (t[i] == '-' && i + 1 < n && word_byte((unsigned char)t[i + 1]))))
            i++;
        if (i > s) *WT_VEC_PUSH(*out) = (word){t + s, (uint32_t)(i - s)};
    }
}

int main(int argc, char **argv)
{
    const char *shared = argc > 1 ? argv[1] : "../shared";
    char path[1024];
    snprintf(path, sizeof path, "%s/corpus/id-news.jsonl", shared);
    size_t len;
    char *text = wt_read_file(path, &len);
    if (!text) { printf("bench_lemma: %s not found, skipped\n", path); return 0; }

    word_vec words = {0};
    WT_VEC(char *) texts = {0};
    for (char *line = text, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        json_error_t err;
        json_t *o = json_loads(line, 0, &err);
        const char *t = o ? json_string_value(json_object_get(o, "text")) : NULL;
        if (t) {
            char *copy = wt_xstrdup(t);
            *WT_VEC_PUSH(texts) = copy;
            split_words(copy, &words);
        }
        json_decref(o);
    }

    double t0 = now();
    wt_diag diag;
    wt_diag_init(&diag);
    wt_lemmatizer *lz = wt_lemmatizer_new(wt_id_dic_path(), WARTA_DATA_DIR, &diag);
    double startup = now() - t0;
    if (!lz) { printf("bench_lemma: lexicon missing\n"); return 1; }
    printf("lemma start-up: %.1f ms (%zu roots, %zu exceptions)\n", startup * 1e3,
           wt_lemmatizer_lexicon(lz)->root_count, wt_lemmatizer_lexicon(lz)->exception_count);

    size_t sink = 0;
    t0 = now();
    for (size_t i = 0; i < words.len; i++) sink += wt_lemmatize(lz, words.items[i].s, words.items[i].n)->root_len;
    double cold = now() - t0;
    printf("lemma first pass: %zu words (%zu distinct) in %.3f s: %.2f M words/s\n", words.len,
           wt_lemmatizer_cached(lz), cold, (double)words.len / cold / 1e6);
    int passes = 5;
    t0 = now();
    for (int p = 0; p < passes; p++)
        for (size_t i = 0; i < words.len; i++) sink += wt_lemmatize(lz, words.items[i].s, words.items[i].n)->root_len;
    double warm = now() - t0;
    double rate = (double)words.len * passes / warm;
    printf("lemma after load: %.2f M words/s per core (target 2.00) [%zu]\n", rate / 1e6, sink & 1);

    wt_lemmatizer_free(lz);
    for (size_t i = 0; i < texts.len; i++) free(texts.items[i]);
    WT_VEC_FREE(texts);
    WT_VEC_FREE(words);
    free(text);
    return rate >= 2e6 ? 0 : 1;
}
