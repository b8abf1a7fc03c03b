/* bench_jobs.c — throughput with worker threads and memory over input size
 * (issue 12), measured by running bin/warta as a user would:
 *
 *   1. -j 1 and -j 2 throughput, English (100k TABARI records, full CAMEO
 *      dictionaries, warm cache) and Indonesian (the corpus, code --lang
 *      id), and their ratio, each beside a pure-CPU yardstick run the same
 *      way (one thread, then two at once): on a busy machine the yardstick
 *      ratio falls below 2 too, and says how much of the shortfall is the
 *      machine's; a second yardstick reads a shared 32 MiB table at random,
 *      as the coders read their dictionaries, and shows what the two
 *      cores' shared caches and memory allow;
 *   2. peak RSS of English 10k vs 1M records and of the Indonesian corpus
 *      x1 vs x16, each streamed through stdin;
 *   3. one 2 MB Indonesian article vs ten 200 kB articles cut from the
 *      same text (CPU seconds, load time subtracted).
 *
 * Usage: bench_jobs [SHARED_DIR]; WARTA_BIN (default bin/warta) is the
 * program measured. BENCH_ID_ARTICLES=N uses the first N corpus articles
 * (default all), BENCH_ID_TIMES the Indonesian repetition (default 16). */
#include "bench.h"

#include <jansson.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

typedef struct run_result { double wall, cpu; long rss_kb; int status; } run_result;

/* Runs argv with `times` copies of `input` (size bytes) on its stdin and
 * its output thrown away; wall time, CPU time and peak RSS of the child. */
static run_result run(char *const argv[], const char *input, size_t size, int times)
{
    run_result r = {0, 0, 0, -1};
    int fd[2];
    if (pipe(fd) != 0) return r;
    double t0 = bench_now();
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fd[0], 0);
        close(fd[0]);
        close(fd[1]);
        int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        execv(argv[0], argv);
        _exit(127);
    }
    close(fd[0]);
    for (int t = 0; t < times && pid > 0; t++) {
        size_t off = 0;
        while (off < size) {
            ssize_t n = write(fd[1], input + off, size - off);
            if (n <= 0) break;
            off += (size_t)n;
        }
    }
    close(fd[1]);
    int status = 0;
    struct rusage ru;
    if (pid > 0 && wait4(pid, &status, 0, &ru) == pid) {
        r.wall = bench_now() - t0;
        r.cpu = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
        r.rss_kb = ru.ru_maxrss;
        r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return r;
}

/* ------------------------------------------------------------ yardstick */

static void *spin(void *arg)
{
    volatile uint64_t x = (uint64_t)(uintptr_t)arg;
    for (long i = 0; i < 150000000L; i++) x = x * 6364136223846793005u + 1442695040888963407u;
    return NULL;
}

/* Random reads over one shared 32 MiB table, as the coders read their
 * shared dictionaries: what two cores get from the caches and memory they
 * share, which a pure-CPU loop does not see. */
enum { TABLE_WORDS = 4 << 20 };
static uint64_t *shared_table;

static void *walk(void *arg)
{
    uint64_t x = (uint64_t)(uintptr_t)arg + 1;
    volatile uint64_t sum = 0;
    for (long i = 0; i < 30000000L; i++) {
        x = x * 6364136223846793005u + 1442695040888963407u;
        sum += shared_table[(x >> 24) % TABLE_WORDS];
    }
    return NULL;
}

/* Two threads' throughput over one thread's, on fn. */
static double two_over_one(void *(*fn)(void *))
{
    double t0 = bench_now();
    fn(NULL);
    double one = bench_now() - t0;
    pthread_t a, b;
    t0 = bench_now();
    pthread_create(&a, NULL, fn, (void *)1);
    pthread_create(&b, NULL, fn, (void *)2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    double two = bench_now() - t0;
    return 2 * one / two;
}

/* The pure-CPU yardstick (a spin loop) and the memory one (walk). */
static double yardstick(double *memory)
{
    if (!shared_table) {
        shared_table = malloc(TABLE_WORDS * sizeof *shared_table);
        for (size_t i = 0; i < TABLE_WORDS; i++) shared_table[i] = i * 2654435761u;
    }
    *memory = two_over_one(walk);
    return two_over_one(spin);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 20, n = 0;
    char *b = malloc(cap);
    size_t got;
    while ((got = fread(b + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) b = realloc(b, cap *= 2);
    }
    fclose(f);
    *len = n;
    return b;
}

/* The first `lines` lines of text (all when 0); their length. */
static size_t first_lines(const char *text, size_t len, long lines)
{
    if (lines <= 0) return len;
    size_t i = 0;
    for (long l = 0; l < lines && i < len; l++) {
        const char *nl = memchr(text + i, '\n', len - i);
        i = nl ? (size_t)(nl - text) + 1 : len;
    }
    return i;
}

/* Throughput of -j 1 and -j 2 net of the fixed cost (a run on no input),
 * and the yardstick measured just before. */
static void jobs_pair(const char *what, char **argv, int jslot, const char *in, size_t size, int times, double units,
                      const char *unit)
{
    double mem_yard;
    double yard = yardstick(&mem_yard);
    argv[jslot] = "1";
    run_result load = run(argv, "", 0, 0);
    run_result r1 = run(argv, in, size, times);
    argv[jslot] = "2";
    run_result r2 = run(argv, in, size, times);
    double n1 = units / (r1.wall - load.wall), n2 = units / (r2.wall - load.wall);
    printf("%s: -j 1 %.0f %s/s (%.2f s wall, %.2f s CPU), -j 2 %.0f %s/s (%.2f s wall, %.2f s CPU), "
           "load %.2f s; ratio %.2fx; yardstick ratio %.2fx (CPU), %.2fx (memory)\n",
           what, n1, unit, r1.wall, r1.cpu, n2, unit, r2.wall, r2.cpu, load.wall, n2 / n1, yard, mem_yard);
}

static void rss_pair(const char *what, char *const *argv, const char *in, size_t size, int small, int big)
{
    run_result a = run(argv, in, size, small), b = run(argv, in, size, big);
    long diff = b.rss_kb - a.rss_kb;
    printf("%s: peak RSS x%d %.1f MiB, x%d %.1f MiB, difference %.1f MiB (%s 8 MiB)\n", what, small,
           a.rss_kb / 1024.0, big, b.rss_kb / 1024.0, diff / 1024.0, labs(diff) <= 8 * 1024 ? "within" : "NOT within");
}

/* One JSONL line holding the article text (paragraphs joined by \n). */
static char *article_line(const char *id, const char *text)
{
    json_t *o = json_pack("{s:s,s:s,s:s}", "id", id, "date", "2017-12-01", "text", text);
    char *s = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    size_t n = strlen(s);
    s = realloc(s, n + 2);
    s[n] = '\n';
    s[n + 1] = 0;
    return s;
}

/* 2 MB of corpus text as one article and as ten of 200 kB each. */
static void big_vs_small(char **argv, const char *corpus, size_t len)
{
    size_t cap = (size_t)2 << 20, n = 0;
    char *text = calloc(1, cap + 1);
    size_t cuts[11] = {0};
    int ncut = 1;
    for (size_t i = 0; i < len && n < cap;) {
        const char *nl = memchr(corpus + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - corpus) : len;
        char *line = strndup(corpus + i, e - i);
        i = e + 1;
        json_t *o = json_loads(line, 0, NULL);
        free(line);
        const char *t = o ? json_string_value(json_object_get(o, "text")) : NULL;
        size_t tl = t ? strlen(t) : 0;
        if (t && n + tl + 1 <= cap) {
            if (n) text[n++] = '\n';
            memcpy(text + n, t, tl);
            n += tl;
            /* a new small article every 200 kB, at an article boundary */
            if (n >= (size_t)ncut * (cap / 10) && ncut < 10) cuts[ncut++] = n;
        }
        json_decref(o);
        if (t && n + tl + 1 > cap) break;
    }
    cuts[ncut] = n;
    char *one = article_line("big", text);
    size_t ten_cap = n * 2 + 4096, ten_len = 0;
    char *ten = malloc(ten_cap);
    for (int c = 0; c < ncut; c++) {
        size_t a = cuts[c] + (c ? 1 : 0);
        char id[16];
        snprintf(id, sizeof id, "part%d", c);
        char *part = strndup(text + a, cuts[c + 1] - a);
        char *line = article_line(id, part);
        size_t ll = strlen(line);
        if (ten_len + ll > ten_cap) ten = realloc(ten, ten_cap = (ten_len + ll) * 2);
        memcpy(ten + ten_len, line, ll);
        ten_len += ll;
        free(line);
        free(part);
    }
    run_result load = run(argv, "", 0, 0);
    run_result r1 = run(argv, one, strlen(one), 1);
    run_result r10 = run(argv, ten, ten_len, 1);
    double c1 = r1.cpu - load.cpu, c10 = r10.cpu - load.cpu;
    printf("id one %.2f MB article vs %d articles of %.0f kB from the same text: %.2f s vs %.2f s CPU "
           "(load %.2f s subtracted), ratio %.2f (goal <= 2)\n",
           n / 1e6, ncut, n / 1e3 / ncut, c1, c10, load.cpu, c1 / c10);
    free(one);
    free(ten);
    free(text);
}

int main(int argc, char **argv)
{
    const char *shared = argc > 1 ? argv[1] : "../shared";
    const char *env = getenv("WARTA_BIN");
    char *warta = (char *)(env && *env ? env : "bin/warta");
    signal(SIGPIPE, SIG_IGN);
    if (access(warta, X_OK) != 0) {
        printf("bench_jobs: %s not found, skipped\n", warta);
        return 0;
    }
    char p_en[4096], p_id[4096], c[4096];
    snprintf(p_en, sizeof p_en, "%s/corpus/en-bench-10k.tabari.txt", shared);
    snprintf(p_id, sizeof p_id, "%s/corpus/id-news.jsonl", shared);
    snprintf(c, sizeof c, "%s/cameo", shared);
    size_t en_len, id_len;
    char *en = slurp(p_en, &en_len), *id = slurp(p_id, &id_len);
    if (!en || !id) {
        printf("bench_jobs: %s or %s not found, skipped\n", p_en, p_id);
        return 0;
    }
    char cache[] = "/tmp/warta-bench-jobs-XXXXXX";
    if (!mkdtemp(cache)) return 1;
    char d[6][4200];
    const char *names[6] = {"CAMEO.080612.verbs", "CountryInfo.120116.actors", "Internatnl.120521.actors",
                            "Levant.080629.actors", "PSU.120522.agents", "CAMEO.09b5.options"};
    for (int i = 0; i < 6; i++) snprintf(d[i], sizeof d[i], "%s/%s", c, names[i]);
    char *en_argv[] = {warta, "code", "--input", "tabari", "--keep-going", "--cache", cache, "-j", "1",
                       "--dict", d[0], d[1], d[2], d[3], d[4], d[5], NULL};
    run(en_argv, "", 0, 0);                       /* fills the cache */
    long records = 0;
    for (size_t i = 0; i + 1 < en_len; i++) records += en[i] == '\n' && en[i + 1] == '\n';

    jobs_pair("en 100k records", en_argv, 8, en, en_len, 10, records * 10.0, "records");
    const char *lim = getenv("BENCH_ID_ARTICLES");
    long id_articles = lim ? atol(lim) : 0;
    size_t id_part = first_lines(id, id_len, id_articles);
    long lines = 0;
    for (size_t i = 0; i < id_part; i++) lines += id[i] == '\n';
    char *id_argv[] = {warta, "code", "--lang", "id", "--keep-going", "-j", "1", NULL};
    jobs_pair("id corpus", id_argv, 6, id, id_part, 1, (double)lines, "articles");

    en_argv[8] = "2";
    rss_pair("en records (10k vs 1M, -j 2)", en_argv, en, en_len, 1, 100);
    const char *tm = getenv("BENCH_ID_TIMES");
    int times = tm ? atoi(tm) : 16;
    id_argv[6] = "2";
    printf("(id: %ld articles)\n", lines);
    rss_pair("id corpus (-j 2)", id_argv, id, id_part, 1, times > 1 ? times : 16);
    id_argv[6] = "1";
    big_vs_small(id_argv, id, id_len);

    char rm[4200];
    snprintf(rm, sizeof rm, "rm -rf '%s'", cache);
    if (system(rm) != 0) fprintf(stderr, "bench_jobs: could not remove %s\n", cache);
    free(en);
    free(id);
    free(shared_table);
    return 0;
}
