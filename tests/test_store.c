/* test_store.c — the SQLite store: re-coding replaces, readers see whole
 * batches while a writer runs, and a writer killed with SIGKILL leaves a
 * database that opens and holds only whole articles. */
#include "check.h"
#include "code/enrich.h"
#include "ctx.h"
#include "output/sink.h"
#include "records_fixture.h"
#include "store/store.h"

#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const char article_text[] =
    "JAKARTA – Presiden Joko Widodo tiba di Kota Bandung pada Senin (11/12/2017).\n"
    "Polisi menangkap dua orang di Kabupaten Garut.\n"
    "Polisi menangkap dua orang lagi.";

/* Writes articles first..first+count-1 (ids "art-N"), 3 events each (two
 * of which merge into one with 2 mentions). */
static int write_articles(warta_ctx *ctx, wt_sink *sink, int first, int count)
{
    for (int n = first; n < first + count; n++) {
        char id[32];
        snprintf(id, sizeof id, "art-%d", n);
        wt_doc d;
        build_doc(&d, id, article_text, (wt_date){2017, 12, 15}, "JAKARTA");
        d.url = "https://example.org/x";
        add_date(&d, "Senin (11/12/2017)", 2017, 12, 11);
        wt_event_list l;
        wt_event_list_init(&l);
        add_event(&l, &d, "IDNGOV", "IDN", "042", "Presiden Joko Widodo tiba di Kota Bandung");
        add_event(&l, &d, "IDNCOP", "IDNCVL", "173", "Polisi menangkap dua orang di");
        add_event(&l, &d, "IDNCOP", "IDNCVL", "173", "Polisi menangkap dua orang lagi");
        int status = wt_enrich(ctx, &d, &l) || wt_sink_write(sink, &d, &l);
        wt_event_list_free(&l);
        wt_doc_free(&d);
        if (status) return -1;
    }
    return 0;
}

static long long scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st;
    long long v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        fprintf(stderr, "sql error: %s: %s\n", sql, sqlite3_errmsg(db));
        return -1;
    }
    if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* Articles whose stored event count differs from their rows in `events`,
 * or events whose mentions rows do not add up: 0 in a consistent db. */
static const char broken_sql[] =
    "SELECT (SELECT count(*) FROM articles a WHERE a.events != "
    "         (SELECT count(*) FROM events e WHERE e.article_id = a.id))"
    "     + (SELECT count(*) FROM events e WHERE e.mentions != "
    "         (SELECT count(*) FROM mentions m WHERE m.event_id = e.id))";

static void counts(const char *path, long long *articles, long long *events, long long *mentions, long long *broken)
{
    sqlite3 *db;
    *articles = *events = *mentions = *broken = -1;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        sqlite3_close(db);
        return;
    }
    sqlite3_busy_timeout(db, 10000);
    /* one read transaction: the four numbers come from one snapshot */
    sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
    *articles = scalar(db, "SELECT count(*) FROM articles");
    *events = scalar(db, "SELECT count(*) FROM events");
    *mentions = scalar(db, "SELECT count(*) FROM mentions");
    *broken = scalar(db, broken_sql);
    sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    sqlite3_close(db);
}

static wt_sink *open_sink(warta_ctx *ctx, const char *path, size_t batch)
{
    wt_sink_options o = {.format = "json", .out = NULL, .db_path = path, .batch_articles = batch};
    return wt_sink_open(ctx, &o);
}

static void test_replace(warta_ctx *ctx, const char *dir)
{
    char path[512];
    snprintf(path, sizeof path, "%s/replace.sqlite", dir);
    long long a1, e1, m1, b1, a2, e2, m2, b2;
    wt_sink *s = open_sink(ctx, path, 4);
    CHECK(s != NULL);
    if (!s) return;
    CHECK_INT(write_articles(ctx, s, 0, 10), 0);
    CHECK_INT(wt_sink_close(s), 0);
    counts(path, &a1, &e1, &m1, &b1);
    CHECK_INT(a1, 10);
    CHECK_INT(e1, 20);  /* the two arrests merged */
    CHECK_INT(m1, 30);
    CHECK_INT(b1, 0);
    s = open_sink(ctx, path, 3);
    CHECK_INT(write_articles(ctx, s, 0, 10), 0);
    CHECK_INT(wt_sink_close(s), 0);
    counts(path, &a2, &e2, &m2, &b2);
    CHECK_INT(a2, a1);
    CHECK_INT(e2, e1);
    CHECK_INT(m2, m1);
    CHECK_INT(b2, 0);

    sqlite3 *db;
    sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL);
    CHECK_INT(scalar(db, "SELECT count(*) FROM events WHERE code='173' AND mentions=2 AND date='2017-12-15' AND date_source='publication'"), 10);
    CHECK_INT(scalar(db, "SELECT count(*) FROM events WHERE code='042' AND place='Bandung' AND adm1='ID-JB' AND quad=1"), 10);
    CHECK_INT(scalar(db, "SELECT count(*) FROM articles WHERE url='https://example.org/x' AND date='2017-12-15' "
                         "AND json_extract(metadata, '$.dateline')='JAKARTA'"), 10);
    char *mode = NULL;
    sqlite3_stmt *st;
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, NULL);
    if (sqlite3_step(st) == SQLITE_ROW) mode = strdup((const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    CHECK_STR(mode, "delete");  /* WAL while written, one plain file once closed */
    free(mode);
    sqlite3_close(db);
}

/* A child writes 300 articles in batches of 7 while the parent reads: each
 * read must see whole articles, and never fewer than the previous read. */
static void test_concurrent_reader(const char *dir)
{
    char path[512];
    snprintf(path, sizeof path, "%s/concurrent.sqlite", dir);
    warta_ctx *setup = warta_new();
    wt_sink *s = open_sink(setup, path, 1);  /* create the schema before the race */
    CHECK(s && wt_sink_close(s) == 0);
    warta_free(setup);
    pid_t pid = fork();
    if (pid == 0) {
        warta_ctx *ctx = warta_new();
        wt_sink *w = open_sink(ctx, path, 7);
        int status = !w || write_articles(ctx, w, 0, 300) || wt_sink_close(w);
        warta_free(ctx);
        _exit(status);
    }
    int reads = 0, bad = 0, child_status = -1;
    long long last = 0;
    for (;;) {
        long long a, e, m, b;
        counts(path, &a, &e, &m, &b);
        reads++;
        if (b != 0 || a < last || e != 2 * a || m != 3 * a || (a % 7 != 0 && a != 300)) {
            bad++;
            fprintf(stderr, "inconsistent read: articles %lld events %lld mentions %lld broken %lld\n", a, e, m, b);
        }
        last = a;
        if (waitpid(pid, &child_status, WNOHANG) == pid) break;
    }
    CHECK(reads > 1);
    CHECK_INT(bad, 0);
    CHECK(WIFEXITED(child_status) && WEXITSTATUS(child_status) == 0);
    long long a, e, m, b;
    counts(path, &a, &e, &m, &b);
    CHECK_INT(a, 300);
    CHECK_INT(e, 600);
}

/* SIGKILL mid-run: the database opens, passes its integrity check, and
 * holds whole batches of whole articles. */
static void test_killed_writer(const char *dir)
{
    char path[512];
    snprintf(path, sizeof path, "%s/killed.sqlite", dir);
    warta_ctx *setup = warta_new();
    wt_sink *s = open_sink(setup, path, 1);
    CHECK(s && wt_sink_close(s) == 0);
    warta_free(setup);
    pid_t pid = fork();
    if (pid == 0) {
        warta_ctx *ctx = warta_new();
        wt_sink *w = open_sink(ctx, path, 5);
        if (w) write_articles(ctx, w, 0, 1000000);  /* runs until killed */
        _exit(1);
    }
    long long a = 0, e, m, b;
    for (int tries = 0; tries < 600 && a < 20; tries++) {
        usleep(50 * 1000);
        counts(path, &a, &e, &m, &b);
    }
    kill(pid, SIGKILL);
    int status;
    waitpid(pid, &status, 0);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    sqlite3 *db;
    CHECK_INT(sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
    sqlite3_stmt *st;
    const char *verdict = NULL;
    char *copy = NULL;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW) verdict = (const char *)sqlite3_column_text(st, 0);
        copy = verdict ? strdup(verdict) : NULL;
        sqlite3_finalize(st);
    }
    CHECK_STR(copy, "ok");
    free(copy);
    sqlite3_close(db);
    counts(path, &a, &e, &m, &b);
    CHECK(a >= 20);
    CHECK_INT(a % 5, 0);  /* whole batches */
    CHECK_INT(e, 2 * a);  /* whole articles */
    CHECK_INT(m, 3 * a);
    CHECK_INT(b, 0);
}

int main(void)
{
    char dir[] = "/tmp/warta-store-XXXXXX";
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    warta_ctx *ctx = warta_new();
    test_replace(ctx, dir);
    warta_free(ctx);
    test_concurrent_reader(dir);
    test_killed_writer(dir);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
    return check_done("test_store");
}
