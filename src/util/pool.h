/* pool.h — worker threads whose results come out in input order.
 *
 * A command that handles articles one after another (doc, code, parse,
 * actors) hands them out in batches ("jobs") to N worker threads and writes
 * the results in the order it read them, so the output of -j N is byte for
 * byte the output of -j 1. The calling thread reads the input into a job,
 * submits it, and writes finished jobs; the workers only do the work:
 *
 *     wt_pool *p = wt_pool_new(nthreads, workers, jobs, njobs, work, emit, user);
 *     while (more input) {
 *         my_job *j = wt_pool_slot(p);   // may first emit the oldest job
 *         ... fill j ...
 *         wt_pool_submit(p);
 *     }
 *     wt_pool_finish(p);                 // emits the rest, in order
 *     wt_pool_free(p);
 *
 * Memory is bounded by the jobs (njobs of them, fixed by the caller), not
 * by the input: when every job is in use, wt_pool_slot waits for the
 * oldest. With nthreads 0 there is no thread at all: submit runs the work
 * and the emit on the calling thread (workers[0] does the work), which is
 * what -j 1 does. */
#ifndef WARTA_UTIL_POOL_H
#define WARTA_UTIL_POOL_H

#include <stddef.h>

typedef struct wt_pool wt_pool;

/* Runs on a worker thread: worker is that thread's own state (a context, a
 * coder), job the batch to handle. */
typedef void (*wt_pool_work_fn)(void *worker, void *job);
/* Runs on the calling thread, once per job, in submission order. A
 * non-zero return (an output error) stops further emits: later jobs are
 * still worked (they were submitted) but not emitted. */
typedef int (*wt_pool_emit_fn)(void *user, void *job);

/* nthreads worker threads (0: none, everything on the calling thread),
 * workers[i] the state of thread i (at least one entry, workers[0], when
 * nthreads is 0), jobs[0..njobs) the job buffers (njobs >= 1; 2 per thread
 * keeps every thread busy). Never NULL; aborts when a thread cannot be
 * started. */
wt_pool *wt_pool_new(size_t nthreads, void *const *workers, void *const *jobs, size_t njobs,
                     wt_pool_work_fn work, wt_pool_emit_fn emit, void *user);
/* The job to fill next. When all are in use, waits for the oldest one and
 * emits it first. */
void *wt_pool_slot(wt_pool *p);
/* Hands the job last returned by wt_pool_slot to the workers. */
void wt_pool_submit(wt_pool *p);
/* Waits for every submitted job and emits them in order; returns 0, or the
 * first non-zero emit return. The pool can take jobs again afterwards. */
int wt_pool_finish(wt_pool *p);
/* Stops and joins the threads (after wt_pool_finish). */
void wt_pool_free(wt_pool *p);

/* The number of worker threads for "-j N": N itself when N >= 1, the
 * number of online cores when N is 0 (the default). */
size_t wt_pool_threads(long n);

#endif
