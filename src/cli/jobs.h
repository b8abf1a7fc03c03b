/* jobs.h — what the article commands (doc, code, parse, actors) share to
 * run with -j N: the option, the worker contexts, and batches of articles
 * read in the calling thread and handled by a worker (util/pool.h).
 *
 * Every diagnostic goes into the batch's log, the reader's while it reads
 * the batch and the worker's while it handles it, and is written when the
 * batch is written: diagnostics keep their file:line and their input
 * order whatever N is. */
#ifndef WARTA_CLI_JOBS_H
#define WARTA_CLI_JOBS_H

#include "ingest/ingest.h"
#include "text/doc.h"
#include "util/buf.h"
#include "util/pool.h"
#include "warta.h"

/* The option's help text, for the usage() of each command. */
#define WT_JOBS_HELP \
    "  -j N, --jobs N      worker threads (default: the number of online cores);\n" \
    "                      output and diagnostics stay in input order\n"

/* Reads -j N, -jN, --jobs N or --jobs=N at argv[*i]. Returns 1 when it was
 * one (*i moved past its value, *jobs set), 0 when it was not, -1 after
 * reporting a bad value. */
int wt_jobs_option(int argc, char **argv, int *i, long *jobs, const char *cmd);
/* 1 when argv[i] is -j or --jobs whose value is the next argument (for the
 * loops that pick the input files out of argv). */
int wt_jobs_takes_value(const char *arg);

/* The last member of every per-thread struct kept in an array (a worker's
 * state, a job): the fields one thread writes all the time (a vector's
 * length, an arena's block) must not share a 64-byte cache line with the
 * next element, which another thread is using, or each write makes the
 * other core reload the line ("false sharing"). 64 bytes after the last
 * field keep the next element's first field off that line. */
#define WT_CACHE_PAD char cache_pad_[64]

/* Articles per batch, and the text size past which a batch is full. */
enum { WT_BATCH_MAX = 16 };
#define WT_BATCH_BYTES ((size_t)1 << 20)

typedef struct wt_batch {
    wt_doc docs[WT_BATCH_MAX];
    int ok[WT_BATCH_MAX];       /* the article layer accepted it (set by the worker) */
    size_t n;
    wt_buf out;                 /* output, when the command formats in the worker */
    wt_buf log;                 /* diagnostics, replayed when the batch is written */
    WT_CACHE_PAD;
} wt_batch;

void wt_batch_init(wt_batch *b);
void wt_batch_free(wt_batch *b);
/* Reads the next articles into b (the reader's diagnostics go to b->log);
 * articles without a date get *date when it is set. Returns b->n, 0 at the
 * end of the input. */
size_t wt_batch_read(wt_batch *b, wt_reader *r, warta_ctx *ctx, const wt_date *date);

/* N worker contexts and the pool's bookkeeping. */
typedef struct wt_jobs {
    size_t nthreads;            /* 0: everything on the calling thread (-j 1) */
    size_t nworkers;            /* max(nthreads, 1) */
    warta_ctx *parent;
    warta_ctx **ctxs;           /* one per worker (wt_ctx_worker_new) */
    size_t njobs;               /* batches the command gives the pool */
} wt_jobs;

/* Loads the shared resources (ctx.h: WT_PRELOAD_*) in parent, then makes
 * the worker contexts for jobs (-j value: 0 = number of cores). */
void wt_jobs_init(wt_jobs *j, warta_ctx *parent, long jobs, unsigned preload);
/* Frees the worker contexts (their error counts go to the parent). */
void wt_jobs_free(wt_jobs *j);
/* Before a worker handles batch b: its diagnostics go to b->log. */
void wt_jobs_capture(warta_ctx *worker, wt_batch *b);
/* When the calling thread writes batch b: its diagnostics, in order. */
void wt_jobs_replay(warta_ctx *parent, wt_batch *b);

/* The progress line on stderr (articles, MB, MB/s, and the ETA when the
 * input's size is known), when stderr is a terminal and --quiet was not
 * given; redrawn at most twice a second, erased at the end. */
typedef struct wt_progress {
    int on;
    const char *cmd;
    double start, last;
    size_t total;               /* bytes of the input files; 0 = unknown (stdin, directories) */
} wt_progress;

void wt_progress_start(wt_progress *p, const char *cmd, int quiet, const char *const *inputs, size_t n);
void wt_progress_update(wt_progress *p, size_t articles, size_t bytes);
void wt_progress_end(wt_progress *p);

#endif
