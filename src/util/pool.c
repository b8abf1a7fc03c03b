/* pool.c — worker threads whose results come out in input order.
 *
 * The jobs form a ring. Jobs are submitted in ring order and workers take
 * them in that order too, so "the oldest job not yet emitted" is always the
 * ring's head: the calling thread emits it when it is done and reuses its
 * buffer for the next input. One mutex guards the counters; one condition
 * wakes workers (a job was submitted, or stop), another wakes the calling
 * thread (a job is done). */
#include "util/pool.h"
#include "util/mem.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct wt_pool {
    size_t nthreads, njobs;
    void *const *workers;
    void **jobs;
    unsigned char *done;        /* per job: the work is finished */
    wt_pool_work_fn work;
    wt_pool_emit_fn emit;
    void *user;
    /* counters, in jobs since the start (the ring index is count % njobs) */
    size_t emitted;             /* jobs emitted: the head is emitted % njobs */
    size_t submitted;           /* jobs handed to the workers */
    size_t taken;               /* jobs a worker has started */
    int slot_out;               /* wt_pool_slot returned a job not yet submitted */
    int stop, emit_failed;
    pthread_mutex_t mu;
    pthread_cond_t work_ready, job_done;
    pthread_t *threads;
    struct worker_arg { wt_pool *pool; void *state; } *args;
};

static void *worker_main(void *arg)
{
    struct worker_arg *a = arg;
    wt_pool *p = a->pool;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->taken == p->submitted && !p->stop) pthread_cond_wait(&p->work_ready, &p->mu);
        if (p->taken == p->submitted) break;           /* stop, and nothing left */
        size_t i = p->taken++ % p->njobs;
        pthread_mutex_unlock(&p->mu);
        p->work(a->state, p->jobs[i]);
        pthread_mutex_lock(&p->mu);
        p->done[i] = 1;
        pthread_cond_broadcast(&p->job_done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

wt_pool *wt_pool_new(size_t nthreads, void *const *workers, void *const *jobs, size_t njobs,
                     wt_pool_work_fn work, wt_pool_emit_fn emit, void *user)
{
    wt_pool *p = wt_xcalloc(1, sizeof *p);
    p->nthreads = nthreads;
    p->njobs = njobs ? njobs : 1;
    p->workers = workers;
    p->jobs = wt_xcalloc(p->njobs, sizeof *p->jobs);
    for (size_t i = 0; i < p->njobs; i++) p->jobs[i] = jobs[i];
    p->done = wt_xcalloc(p->njobs, 1);
    p->work = work;
    p->emit = emit;
    p->user = user;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work_ready, NULL);
    pthread_cond_init(&p->job_done, NULL);
    if (!nthreads) return p;
    p->threads = wt_xcalloc(nthreads, sizeof *p->threads);
    p->args = wt_xcalloc(nthreads, sizeof *p->args);
    for (size_t t = 0; t < nthreads; t++) {
        p->args[t] = (struct worker_arg){ p, workers[t] };
        if (pthread_create(&p->threads[t], NULL, worker_main, &p->args[t]) != 0) {
            fprintf(stderr, "warta: cannot start a worker thread\n");
            abort();
        }
    }
    return p;
}

/* Called with the mutex held: waits until the head job is done, then emits
 * it (outside the lock: the workers carry on meanwhile). */
static void emit_head(wt_pool *p)
{
    size_t i = p->emitted % p->njobs;
    while (!p->done[i]) pthread_cond_wait(&p->job_done, &p->mu);
    pthread_mutex_unlock(&p->mu);
    if (!p->emit_failed && p->emit) p->emit_failed = p->emit(p->user, p->jobs[i]);
    pthread_mutex_lock(&p->mu);
    p->done[i] = 0;
    p->emitted++;
}

void *wt_pool_slot(wt_pool *p)
{
    if (!p->nthreads) return p->jobs[0];
    pthread_mutex_lock(&p->mu);
    if (p->submitted - p->emitted == p->njobs) emit_head(p);
    size_t i = p->submitted % p->njobs;
    p->slot_out = 1;
    pthread_mutex_unlock(&p->mu);
    return p->jobs[i];
}

void wt_pool_submit(wt_pool *p)
{
    if (!p->nthreads) {
        p->work(p->workers[0], p->jobs[0]);
        if (!p->emit_failed && p->emit) p->emit_failed = p->emit(p->user, p->jobs[0]);
        return;
    }
    pthread_mutex_lock(&p->mu);
    if (p->slot_out) {
        p->slot_out = 0;
        p->submitted++;
        pthread_cond_signal(&p->work_ready);
    }
    pthread_mutex_unlock(&p->mu);
}

int wt_pool_finish(wt_pool *p)
{
    if (p->nthreads) {
        pthread_mutex_lock(&p->mu);
        while (p->emitted < p->submitted) emit_head(p);
        pthread_mutex_unlock(&p->mu);
    }
    return p->emit_failed;
}

void wt_pool_free(wt_pool *p)
{
    if (!p) return;
    if (p->nthreads) {
        wt_pool_finish(p);
        pthread_mutex_lock(&p->mu);
        p->stop = 1;
        pthread_cond_broadcast(&p->work_ready);
        pthread_mutex_unlock(&p->mu);
        for (size_t t = 0; t < p->nthreads; t++) pthread_join(p->threads[t], NULL);
    }
    pthread_cond_destroy(&p->job_done);
    pthread_cond_destroy(&p->work_ready);
    pthread_mutex_destroy(&p->mu);
    free(p->threads);
    free(p->args);
    free(p->done);
    free(p->jobs);
    free(p);
}

size_t wt_pool_threads(long n)
{
    if (n >= 1) return (size_t)n;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    return cores >= 1 ? (size_t)cores : 1;
}
