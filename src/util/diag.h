/* diag.h — where errors and warnings about outside input go.
 *
 * Every reader of outside input (articles, JSONL, dictionaries) reports a
 * problem as `where: severity: message`, where `where` is file:line or a
 * record id, then carries on. The counters let the CLI turn "something was
 * rejected" into a non-zero exit status. */
#ifndef WARTA_UTIL_DIAG_H
#define WARTA_UTIL_DIAG_H

#include <stddef.h>

enum { WT_DIAG_NOTE = 0, WT_DIAG_WARNING = 1, WT_DIAG_ERROR = 2 };

typedef void (*wt_diag_fn)(void *user, int severity, const char *where,
                           const char *message);

typedef struct wt_diag {
    wt_diag_fn fn;       /* NULL: write to stderr */
    void *user;
    size_t errors, warnings;
    int quiet;           /* count but do not print (fuzzers, tests) */
    /* "where: message" of the last error, even when quiet: what
     * warta_last_error() gives a caller whose constructor got NULL */
    char last_error[512];
} wt_diag;

void wt_diag_init(wt_diag *d);
void wt_diag_report(wt_diag *d, int severity, const char *where, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* where = "file:line" built from the two parts; line 0 means the whole file. */
void wt_diag_at(wt_diag *d, int severity, const char *file, size_t line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Diagnostics kept for later: a worker thread of a -j N command logs its
 * diagnostics into a buffer (fn = wt_diag_log_fn, user = the wt_buf), and
 * the thread that writes the output replays them in input order. */
struct wt_buf;
void wt_diag_log_fn(void *user, int severity, const char *where, const char *message);
/* Writes every diagnostic of log as d would (its callback, or stderr)
 * without counting them again, and clears log. */
void wt_diag_replay(const wt_diag *d, struct wt_buf *log);

#endif
