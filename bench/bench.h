/* bench.h — clocks and memory figures the bench programs share. Wall time
 * and CPU time are both reported: on a shared machine wall time includes
 * other jobs. */
#ifndef WARTA_BENCH_H
#define WARTA_BENCH_H

#include <stdio.h>
#include <sys/resource.h>
#include <time.h>

static inline double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* User + system CPU seconds of this process so far. */
static inline double bench_cpu_seconds(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

/* Peak resident set size in KiB. */
static inline long bench_peak_rss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

/* The Indonesian corpus under the shared folder (argv[1], else
 * ../shared) into path; 0, or -1 after saying the bench is skipped. */
static inline int bench_corpus(int argc, char **argv, const char *name, char *path, size_t cap)
{
    snprintf(path, cap, "%s/corpus/id-news.jsonl", argc > 1 ? argv[1] : "../shared");
    FILE *probe = fopen(path, "rb");
    if (!probe) {
        printf("%s: %s not found, skipped\n", name, path);
        return -1;
    }
    fclose(probe);
    return 0;
}

#endif
