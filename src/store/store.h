/* store.h — events in a SQLite database (schema in docs/store.md).
 *
 * One row per article in `articles`, its events in `events`, each
 * event's evidence spans in `mentions`. Putting an article that is
 * already there replaces its rows, so re-coding never duplicates. Writes
 * happen in explicit transactions (the sink commits after every article,
 * so a second writer waits milliseconds, not a whole run), and the database
 * runs in WAL mode while written so `warta query` can read a consistent
 * snapshot meanwhile; the last writer to close turns it back into a plain
 * file. A writer killed mid-article leaves only whole articles. */
#ifndef WARTA_STORE_STORE_H
#define WARTA_STORE_STORE_H

#include "code/event.h"
#include "warta.h"

#include <sqlite3.h>

typedef struct wt_store wt_store;
enum { WT_STORE_VERSION = 1 };  /* PRAGMA user_version of the schema */

/* Opens (creating the schema when needed) a store for writing, or for
 * reading only (SQLITE_OPEN_READONLY: nothing is created or written). An
 * existing file is checked first and refused, untouched, when it is not an
 * SQLite database, fails PRAGMA quick_check, or is another program's
 * (tables but not warta's user_version) or a newer warta's. Errors are
 * reported through the context; NULL on failure. */
wt_store *wt_store_open(warta_ctx *ctx, const char *path, int readonly);
int wt_store_begin(wt_store *s);
/* Replaces the article's rows (doc NULL: one article per distinct event
 * doc id, e.g. TABARI records). With append set, adds the events to the
 * article's rows instead (a later part of an article written in parts);
 * seq_base numbers them after the parts already written. */
int wt_store_put(wt_store *s, const wt_doc *doc, const wt_event_list *events, int append, size_t seq_base);
int wt_store_commit(wt_store *s);
/* Commits an open transaction and closes. Returns 0 or -1. */
int wt_store_close(wt_store *s);
sqlite3 *wt_store_db(wt_store *s);

/* 1 when the event sits in the article's lead (first body) paragraph;
 * records without an article count as leads. */
int wt_event_is_root(const wt_doc *doc, const wt_event *e);

#endif
