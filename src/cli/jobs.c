/* jobs.c — -j N for the article commands (see jobs.h). */
#include "cli/jobs.h"
#include "ctx.h"
#include "util/mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int parse_count(const char *v, long *out, const char *cmd)
{
    char *end;
    long n = strtol(v, &end, 10);
    if (!*v || *end || n < 0 || n > 256) {
        fprintf(stderr, "warta %s: -j wants a number of threads (1-256, 0 = one per core), not '%s'\n", cmd, v);
        return -1;
    }
    *out = n;
    return 1;
}

int wt_jobs_takes_value(const char *a)
{
    return !strcmp(a, "-j") || !strcmp(a, "--jobs");
}

int wt_jobs_option(int argc, char **argv, int *i, long *jobs, const char *cmd)
{
    const char *a = argv[*i];
    if (wt_jobs_takes_value(a)) {
        if (*i + 1 >= argc) return parse_count("", jobs, cmd);
        return parse_count(argv[++*i], jobs, cmd);
    }
    if (!strncmp(a, "--jobs=", 7)) return parse_count(a + 7, jobs, cmd);
    if (!strncmp(a, "-j", 2)) return parse_count(a + 2, jobs, cmd);
    return 0;
}

void wt_batch_init(wt_batch *b)
{
    memset(b, 0, sizeof *b);
    for (size_t i = 0; i < WT_BATCH_MAX; i++) wt_doc_init(&b->docs[i]);
    wt_buf_init(&b->out);
    wt_buf_init(&b->log);
}

void wt_batch_free(wt_batch *b)
{
    for (size_t i = 0; i < WT_BATCH_MAX; i++) wt_doc_free(&b->docs[i]);
    wt_buf_free(&b->out);
    wt_buf_free(&b->log);
}

size_t wt_batch_read(wt_batch *b, wt_reader *r, warta_ctx *ctx, const wt_date *date)
{
    wt_diag_fn fn = ctx->diag.fn;
    void *user = ctx->diag.user;
    ctx->diag.fn = wt_diag_log_fn;
    ctx->diag.user = &b->log;
    size_t bytes = 0;
    b->n = 0;
    wt_buf_clear(&b->out);
    while (b->n < WT_BATCH_MAX && bytes < WT_BATCH_BYTES) {
        wt_doc *d = &b->docs[b->n];
        if (!wt_reader_next(r, d)) break;
        if (!d->date.year && date && date->year) {
            d->date = *date;
            d->date_source = "caller";
        }
        b->ok[b->n++] = 0;
        bytes += d->len;
    }
    ctx->diag.fn = fn;
    ctx->diag.user = user;
    return b->n;
}

void wt_jobs_init(wt_jobs *j, warta_ctx *parent, long jobs, unsigned preload)
{
    memset(j, 0, sizeof *j);
    size_t n = wt_pool_threads(jobs);
    j->nthreads = n > 1 ? n : 0;
    j->nworkers = n > 1 ? n : 1;
    j->parent = parent;
    wt_ctx_preload(parent, preload);
    j->ctxs = wt_xcalloc(j->nworkers, sizeof *j->ctxs);
    for (size_t i = 0; i < j->nworkers; i++) j->ctxs[i] = wt_ctx_worker_new(parent);
    /* two batches per thread: one being worked, one waiting */
    j->njobs = j->nthreads ? 2 * j->nthreads : 1;
}

void wt_jobs_free(wt_jobs *j)
{
    for (size_t i = 0; i < j->nworkers; i++) wt_ctx_worker_free(j->parent, j->ctxs[i]);
    free(j->ctxs);
    j->ctxs = NULL;
}

void wt_jobs_capture(warta_ctx *worker, wt_batch *b)
{
    worker->diag.fn = wt_diag_log_fn;
    worker->diag.user = &b->log;
}

void wt_jobs_replay(warta_ctx *parent, wt_batch *b)
{
    wt_diag_replay(&parent->diag, &b->log);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void wt_progress_start(wt_progress *p, const char *cmd, int quiet, const char *const *inputs, size_t n)
{
    memset(p, 0, sizeof *p);
    p->on = !quiet && isatty(2);
    p->cmd = cmd;
    p->start = p->last = now();
    /* the ETA needs every input's size: regular files only */
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (!strcmp(inputs[i], "-") || stat(inputs[i], &st) != 0 || !S_ISREG(st.st_mode)) {
            p->total = 0;
            return;
        }
        p->total += (size_t)st.st_size;
    }
}

void wt_progress_update(wt_progress *p, size_t articles, size_t bytes)
{
    if (!p->on) return;
    double t = now();
    if (t - p->last < 0.5) return;
    p->last = t;
    double rate = bytes / 1e6 / (t - p->start);
    fprintf(stderr, "\r\033[Kwarta %s: %zu articles, %.1f MB, %.1f MB/s", p->cmd, articles, bytes / 1e6, rate);
    if (p->total && bytes <= p->total && rate > 0)
        fprintf(stderr, ", ETA %.0f s", (p->total - bytes) / 1e6 / rate);
}

void wt_progress_end(wt_progress *p)
{
    if (p->on) fprintf(stderr, "\r\033[K");
}
