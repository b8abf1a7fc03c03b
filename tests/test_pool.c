/* test_pool.c — the worker pool (util/pool.h): results come out in input
 * order whatever the threads' speeds, memory stays within the jobs given,
 * an emit error stops the emits; and the diagnostic log (util/diag.h)
 * replays what the workers reported, in order, without counting it twice.
 * Also run under ThreadSanitizer (make tsan). */
#include "check.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/pool.h"

#include <stdint.h>

typedef struct job { long in, out, seq; } job;
typedef struct worker { long done; } worker;
typedef struct run { long next, bad, stop_at, emitted; } run;

/* uneven work: some inputs take a hundred times longer than others */
static void work(void *w, void *jp)
{
    job *j = jp;
    uint64_t x = (uint64_t)j->in * 2654435761u;
    long spins = (j->in % 7 == 0) ? 200000 : 2000;
    for (long i = 0; i < spins; i++) x = x * 6364136223846793005u + 1442695040888963407u;
    j->out = j->in * 3 + (long)(x & 0);       /* the value, after the spinning */
    ((worker *)w)->done++;
}

static int emit(void *user, void *jp)
{
    run *r = user;
    job *j = jp;
    if (j->seq != r->next || j->out != j->seq * 3) r->bad++;
    r->next++;
    r->emitted++;
    return r->stop_at && r->emitted == r->stop_at;
}

/* Runs n inputs on nthreads threads with njobs buffers; returns the run. */
static run run_pool(size_t nthreads, size_t njobs, long n, long stop_at, long *worked)
{
    worker ws[4] = {{0}};
    void *wp[4] = { &ws[0], &ws[1], &ws[2], &ws[3] };
    job js[8];
    void *jp[8];
    for (size_t i = 0; i < 8; i++) jp[i] = &js[i];
    run r = { 0, 0, stop_at, 0 };
    wt_pool *p = wt_pool_new(nthreads, wp, jp, njobs, work, emit, &r);
    for (long i = 0; i < n; i++) {
        job *j = wt_pool_slot(p);
        j->in = j->seq = i;
        wt_pool_submit(p);
    }
    int rc = wt_pool_finish(p);
    CHECK_INT(rc != 0, stop_at != 0);
    wt_pool_free(p);
    *worked = ws[0].done + ws[1].done + ws[2].done + ws[3].done;
    return r;
}

static void test_order(void)
{
    long worked;
    for (size_t t = 0; t <= 3; t++) {
        run r = run_pool(t, t ? 2 * t : 1, 500, 0, &worked);
        CHECK_INT(r.bad, 0);
        CHECK_INT(r.emitted, 500);
        CHECK_INT(worked, 500);
    }
    /* one buffer per thread, and more buffers than threads */
    run r = run_pool(2, 2, 300, 0, &worked);
    CHECK_INT(r.bad, 0);
    CHECK_INT(r.emitted, 300);
    r = run_pool(2, 8, 300, 0, &worked);
    CHECK_INT(r.bad, 0);
    CHECK_INT(r.emitted, 300);
}

static void test_emit_error(void)
{
    long worked;
    run r = run_pool(2, 4, 100, 10, &worked);
    CHECK_INT(r.emitted, 10);           /* nothing emitted after the error */
    CHECK_INT(r.bad, 0);
    CHECK_INT(worked, 100);             /* what was submitted was worked */
    r = run_pool(0, 1, 100, 10, &worked);
    CHECK_INT(r.emitted, 10);
}

static void test_threads(void)
{
    CHECK_INT(wt_pool_threads(3), 3);
    CHECK(wt_pool_threads(0) >= 1);
}

typedef struct seen { wt_buf b; } seen;
static void record(void *user, int severity, const char *where, const char *msg)
{
    seen *s = user;
    wt_buf_printf(&s->b, "%d|%s|%s\n", severity, where ? where : "(none)", msg);
}

static void test_diag_log(void)
{
    wt_buf log;
    wt_buf_init(&log);
    wt_diag wd;
    wt_diag_init(&wd);
    wd.fn = wt_diag_log_fn;
    wd.user = &log;
    wt_diag_at(&wd, WT_DIAG_ERROR, "a.jsonl", 7, "bad JSON");
    wt_diag_report(&wd, WT_DIAG_WARNING, NULL, "no where, %d", 2);
    wt_diag_at(&wd, WT_DIAG_NOTE, "b.txt", 0, "whole file");
    CHECK_INT(wd.errors, 1);
    CHECK_INT(wd.warnings, 1);
    seen s;
    wt_buf_init(&s.b);
    wt_diag parent;
    wt_diag_init(&parent);
    parent.fn = record;
    parent.user = &s;
    wt_diag_replay(&parent, &log);
    CHECK_STR(s.b.data, "2|a.jsonl:7|bad JSON\n1|(none)|no where, 2\n0|b.txt|whole file\n");
    CHECK_INT(parent.errors, 0);        /* counted once, by the worker */
    CHECK_INT(log.len, 0);              /* the log is emptied */
    wt_buf_free(&s.b);
    wt_buf_free(&log);
}

int main(void)
{
    test_order();
    test_emit_error();
    test_threads();
    test_diag_log();
    return check_done("test_pool");
}
