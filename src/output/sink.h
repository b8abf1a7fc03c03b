/* sink.h — where coded events go: stdout in one of three formats, and/or
 * a SQLite store. The code commands open one sink, write each article's
 * enriched events to it, and close it:
 *
 *     wt_sink_options o = {.format = "gdelt", .out = stdout, .db_path = db};
 *     wt_sink *sink = wt_sink_open(ctx, &o);
 *     ... wt_enrich(ctx, doc, &events); wt_sink_write(sink, doc, &events); ...
 *     status = wt_sink_close(sink);
 */
#ifndef WARTA_OUTPUT_SINK_H
#define WARTA_OUTPUT_SINK_H

#include "code/event.h"
#include "util/buf.h"
#include "warta.h"

typedef struct wt_sink wt_sink;
typedef struct wt_sink_options {
    const char *format;       /* "json" (default: JSON Lines), "gdelt", "gdelt-mentions", "csv" */
    FILE *out;                /* where records are written; NULL = nowhere (store only) */
    const char *db_path;      /* SQLite store to write too; NULL = none */
    size_t batch_articles;    /* articles per store transaction; 0 = 1 (another writer waits
                               * for one article's rows, not for a batch's coding) */
    const char *date_added;   /* GDELT DATEADDED (YYYYMMDDHHMMSS); NULL = now, UTC */
    int no_header;            /* csv: omit the column-name line */
    int header;               /* gdelt, gdelt-mentions: start with the column names */
} wt_sink_options;

/* NULL when the format is unknown or the database cannot be opened
 * (reported through the context's diagnostics). */
wt_sink *wt_sink_open(warta_ctx *ctx, const wt_sink_options *options);
/* Writes one article's events (doc may be NULL for TABARI records). Several
 * consecutive calls for the same article (e.g. one per paragraph) add to it;
 * the first call for an article replaces what the store held for it.
 * Returns 0, or -1 on an output or database error. */
int wt_sink_write(wt_sink *sink, const wt_doc *doc, const wt_event_list *events);
/* Formats that depend on nothing but the events (json, csv) can be
 * rendered on worker threads: wt_sink_render appends one article's records
 * to out and returns 1 (it reads the sink's options only, so any number
 * of threads may call it at once), or returns 0 for a format the sink
 * renders itself (gdelt). wt_sink_write_rendered then writes those bytes
 * in place of rendering, with the header and the store as wt_sink_write. */
int wt_sink_render(const wt_sink *sink, const wt_doc *doc, const wt_event_list *events, wt_buf *out);
int wt_sink_write_rendered(wt_sink *sink, const wt_doc *doc, const wt_event_list *events, const wt_buf *rendered);
/* Commits the last batch, flushes, frees. Returns 0, or -1 on error. */
int wt_sink_close(wt_sink *sink);
/* 1 when name is a format wt_sink_open accepts. */
int wt_sink_format_ok(const char *name);

#endif
