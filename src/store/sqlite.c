#include "store/store.h"
#include "ctx.h"
#include "output/event_json.h"
#include "output/gdelt.h"
#include "util/buf.h"
#include "util/json_write.h"

#include <stdio.h>
#include <string.h>

/* The schema; docs/store.md explains each column. `IF NOT EXISTS` lets
 * every writer and reader open any database this version wrote. */
static const char schema[] =
    "CREATE TABLE IF NOT EXISTS articles (\n"
    "  id TEXT PRIMARY KEY,\n"
    "  url TEXT,\n"
    "  date TEXT,\n"
    "  metadata TEXT,\n"
    "  events INTEGER NOT NULL DEFAULT 0,\n"
    "  coded_at TEXT NOT NULL\n"
    ");\n"
    "CREATE TABLE IF NOT EXISTS events (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  article_id TEXT NOT NULL,\n"
    "  seq INTEGER NOT NULL,\n"
    "  gdelt_id INTEGER NOT NULL,\n"
    "  para INTEGER, sent INTEGER,\n"
    "  date TEXT, date_source TEXT,\n"
    "  source TEXT NOT NULL, source_text TEXT,\n"
    "  target TEXT NOT NULL, target_text TEXT,\n"
    "  code TEXT NOT NULL, root TEXT NOT NULL,\n"
    "  quad INTEGER, goldstein REAL, plover TEXT,\n"
    "  place TEXT, place_kind TEXT, country TEXT, adm1 TEXT, lat REAL, lon REAL, place_source TEXT,\n"
    "  mentions INTEGER NOT NULL DEFAULT 1,\n"
    "  evidence TEXT, speaker TEXT, rule TEXT,\n"
    "  is_root INTEGER NOT NULL DEFAULT 0,\n"
    "  json TEXT NOT NULL\n"
    ");\n"
    "CREATE TABLE IF NOT EXISTS mentions (\n"
    "  event_id INTEGER NOT NULL,\n"
    "  article_id TEXT NOT NULL,\n"
    "  span_start INTEGER NOT NULL,\n"
    "  span_end INTEGER NOT NULL,\n"
    "  text TEXT\n"
    ");\n"
    "CREATE INDEX IF NOT EXISTS events_article ON events(article_id);\n"
    "CREATE INDEX IF NOT EXISTS events_source ON events(source);\n"
    "CREATE INDEX IF NOT EXISTS events_target ON events(target);\n"
    "CREATE INDEX IF NOT EXISTS events_root_date ON events(root, date);\n"
    "CREATE INDEX IF NOT EXISTS events_date ON events(date);\n"
    "CREATE INDEX IF NOT EXISTS events_code ON events(code);\n"
    "CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event_id);\n"
    "CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);\n"
    "PRAGMA user_version = 1;\n";  /* WT_STORE_VERSION */

struct wt_store {
    warta_ctx *ctx;
    sqlite3 *db;
    char *path;
    int in_tx, readonly;
    sqlite3_stmt *del_mentions, *del_events, *put_article, *put_event, *put_mention, *add_count;
};

static int fail(wt_store *s, const char *what)
{
    wt_diag_at(&s->ctx->diag, WT_DIAG_ERROR, s->path, 0, "%s: %s", what, sqlite3_errmsg(s->db));
    return -1;
}

static int exec(wt_store *s, const char *sql)
{
    char *err = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &err) == SQLITE_OK) return 0;
    wt_diag_at(&s->ctx->diag, WT_DIAG_ERROR, s->path, 0, "%s", err ? err : sqlite3_errmsg(s->db));
    sqlite3_free(err);
    return -1;
}

static int prepare(wt_store *s, sqlite3_stmt **st, const char *sql)
{
    if (sqlite3_prepare_v2(s->db, sql, -1, st, NULL) == SQLITE_OK) return 0;
    return fail(s, "cannot prepare statement");
}

static void finalize_all(wt_store *s)
{
    sqlite3_finalize(s->del_mentions);
    sqlite3_finalize(s->del_events);
    sqlite3_finalize(s->put_article);
    sqlite3_finalize(s->put_event);
    sqlite3_finalize(s->put_mention);
    sqlite3_finalize(s->add_count);
}

/* One integer from a PRAGMA or a COUNT; -1 when the query fails. */
static long long query_int(wt_store *s, const char *sql)
{
    sqlite3_stmt *st;
    long long v = -1;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) return -1;
    if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* An existing file is checked before anything is written to it: it must be
 * an SQLite database, pass PRAGMA quick_check (a page damaged on disk would
 * otherwise be written over without a word), and be warta's (user_version
 * 1) or empty. A database of another program is refused, not modified. */
static int check_existing(wt_store *s)
{
    long long version = query_int(s, "PRAGMA user_version");
    if (version < 0) {
        wt_diag_at(&s->ctx->diag, WT_DIAG_ERROR, s->path, 0, "not a warta database: %s", sqlite3_errmsg(s->db));
        return -1;
    }
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "PRAGMA quick_check", -1, &st, NULL) != SQLITE_OK)
        return fail(s, "database is corrupt, not touched");
    int rc = sqlite3_step(st);
    const char *verdict = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0) : NULL;
    if (!verdict || strcmp(verdict, "ok")) {
        /* quick_check's first finding, on one line */
        char why[200];
        snprintf(why, sizeof why, "%s", verdict ? verdict : sqlite3_errmsg(s->db));
        const char *banner = "*** in database main ***\n";
        char *w = strncmp(why, banner, strlen(banner)) ? why : why + strlen(banner);
        for (char *c = w; *c; c++)
            if (*c == '\n' || *c == '\r' || *c == '\t') *c = ' ';
        wt_diag_at(&s->ctx->diag, WT_DIAG_ERROR, s->path, 0,
                   "database is corrupt (quick_check: %s); not touched: restore it from a copy or code into a new file", w);
        sqlite3_finalize(st);
        return -1;
    }
    sqlite3_finalize(st);
    long long tables = query_int(s, "SELECT count(*) FROM sqlite_master WHERE type = 'table'");
    if (version == WT_STORE_VERSION || (version == 0 && tables == 0)) return 0;
    if (version > WT_STORE_VERSION)
        wt_diag_at(&s->ctx->diag, WT_DIAG_ERROR, s->path, 0,
                   "written by a newer warta (store version %lld; this one reads %d); not touched", version,
                   WT_STORE_VERSION);
    else
        wt_diag_at(&s->ctx->diag, WT_DIAG_ERROR, s->path, 0,
                   "not a warta database (an SQLite file with %lld other table(s), user_version %lld); not touched",
                   tables, version);
    return -1;
}

static int file_has_data(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    int c = fgetc(f);
    fclose(f);
    return c != EOF;
}

wt_store *wt_store_open(warta_ctx *ctx, const char *path, int readonly)
{
    wt_store *s = wt_xcalloc(1, sizeof *s);
    s->ctx = ctx;
    s->path = wt_xstrdup(path);
    s->readonly = readonly;
    int existing = file_has_data(path);
    int flags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path, &s->db, flags, NULL) != SQLITE_OK) {
        fail(s, "cannot open database");
        wt_store_close(s);
        return NULL;
    }
    /* another writer commits one article at a time: wait for it, seconds
     * at most, rather than fail */
    sqlite3_busy_timeout(s->db, 30000);
    if ((existing || readonly) && check_existing(s)) {
        wt_store_close(s);
        return NULL;
    }
    if (readonly) return s;
    /* WAL while writing: readers see the last commit while a batch is being
     * written. synchronous=NORMAL keeps every commit atomic (a crash loses
     * at most the last articles, never half of one) at a fraction of FULL's
     * cost. The journal goes back to DELETE at close (wt_store_close) so
     * that the file alone is the database: readable from a read-only
     * folder, no -wal/-shm files left beside it. */
    if (exec(s, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;") || exec(s, schema) ||
        prepare(s, &s->del_mentions, "DELETE FROM mentions WHERE article_id = ?1") ||
        prepare(s, &s->del_events, "DELETE FROM events WHERE article_id = ?1") ||
        prepare(s, &s->put_article,
                "INSERT OR REPLACE INTO articles (id, url, date, metadata, events, coded_at) "
                "VALUES (?1, ?2, ?3, ?4, ?5, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))") ||
        prepare(s, &s->put_event,
                "INSERT INTO events (article_id, seq, gdelt_id, para, sent, date, date_source, source, "
                "source_text, target, target_text, code, root, quad, goldstein, plover, place, place_kind, "
                "country, adm1, lat, lon, place_source, mentions, evidence, speaker, rule, is_root, json) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
                "?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)") ||
        prepare(s, &s->add_count, "UPDATE articles SET events = events + ?2 WHERE id = ?1") ||
        prepare(s, &s->put_mention,
                "INSERT INTO mentions (event_id, article_id, span_start, span_end, text) VALUES (?1, ?2, ?3, ?4, ?5)")) {
        wt_store_close(s);
        return NULL;
    }
    return s;
}

sqlite3 *wt_store_db(wt_store *s) { return s->db; }

int wt_store_begin(wt_store *s)
{
    if (s->in_tx) return 0;
    if (exec(s, "BEGIN IMMEDIATE")) return -1;
    s->in_tx = 1;
    return 0;
}

int wt_store_commit(wt_store *s)
{
    if (!s->in_tx) return 0;
    s->in_tx = 0;
    return exec(s, "COMMIT");
}

int wt_store_close(wt_store *s)
{
    if (!s) return 0;
    int status = 0;
    if (s->in_tx && wt_store_commit(s)) status = -1;
    finalize_all(s);
    /* back to a plain file; fails harmlessly while another writer is still
     * connected (the last one out does it) */
    if (s->db && !s->readonly && !status) {
        sqlite3_busy_timeout(s->db, 0);
        sqlite3_exec(s->db, "PRAGMA journal_mode=DELETE", NULL, NULL, NULL);
    }
    if (s->db && sqlite3_close(s->db) != SQLITE_OK) status = -1;
    free(s->path);
    free(s);
    return status;
}

int wt_event_is_root(const wt_doc *doc, const wt_event *e)
{
    if (!doc) return 1;
    if (!doc->paras.len) return e->para == 0;
    return (uint32_t)e->para == doc->paras.items[0].index;
}

/* ------------------------------------------------------------ binding */

static void bind_text(sqlite3_stmt *st, int i, const char *s)
{
    if (s && *s) sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
    else sqlite3_bind_null(st, i);
}

static void format_date(char out[40], wt_date d)
{
    out[0] = '\0';
    if (d.year && d.day) snprintf(out, 40, "%04d-%02d-%02d", d.year, d.month, d.day);
    else if (d.year && d.month) snprintf(out, 40, "%04d-%02d", d.year, d.month);
    else if (d.year) snprintf(out, 40, "%04d", d.year);
}

static int step(wt_store *s, sqlite3_stmt *st, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? 0 : fail(s, what);
}

static void metadata_json(wt_buf *b, const wt_doc *doc)
{
    wt_buf_puts(b, "{\"title\":");
    wt_json_cstr(b, doc->title);
    wt_buf_puts(b, ",\"lang\":");
    wt_json_cstr(b, doc->lang);
    wt_buf_puts(b, ",\"source_name\":");
    wt_json_cstr(b, doc->source_name);
    wt_buf_printf(b, ",\"source_line\":%zu,\"date_source\":", doc->source_line);
    wt_json_cstr(b, doc->date_source);
    wt_buf_puts(b, ",\"dateline\":");
    wt_json_cstr(b, doc->dateline);
    wt_buf_puts(b, ",\"byline\":");
    wt_json_cstr(b, doc->byline);
    wt_buf_puts(b, ",\"editor\":");
    wt_json_cstr(b, doc->editor);
    wt_buf_puts(b, ",\"related\":[");
    for (size_t i = 0; i < doc->related.len; i++) {
        if (i) wt_buf_putc(b, ',');
        wt_json_cstr(b, doc->related.items[i].text);
    }
    wt_buf_printf(b, "],\"paragraphs\":%zu,\"bytes\":%zu}", doc->paras.len, doc->len);
}

static int put_event(wt_store *s, const wt_doc *doc, const wt_event *e, const char *article, size_t seq,
                     uint64_t gdelt_id, wt_buf *json)
{
    sqlite3_stmt *st = s->put_event;
    char date[40];
    format_date(date, e->date);
    wt_buf_clear(json);
    wt_event_json(json, e);
    const wt_place *p = &e->place;
    bind_text(st, 1, article);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)seq);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)gdelt_id);
    sqlite3_bind_int(st, 4, e->para);
    sqlite3_bind_int(st, 5, e->sent);
    bind_text(st, 6, date);
    bind_text(st, 7, e->date_source);
    sqlite3_bind_text(st, 8, e->source, -1, SQLITE_TRANSIENT);
    bind_text(st, 9, e->source_text);
    sqlite3_bind_text(st, 10, e->target, -1, SQLITE_TRANSIENT);
    bind_text(st, 11, e->target_text);
    sqlite3_bind_text(st, 12, e->code, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 13, e->root, -1, SQLITE_TRANSIENT);
    if (e->quad) {
        sqlite3_bind_int(st, 14, e->quad);
        sqlite3_bind_double(st, 15, e->goldstein);
    }
    bind_text(st, 16, e->plover);
    if (p->name) {
        bind_text(st, 17, p->name);
        bind_text(st, 18, p->kind);
        bind_text(st, 19, p->country);
        bind_text(st, 20, p->adm1);
        sqlite3_bind_double(st, 21, p->lat);
        sqlite3_bind_double(st, 22, p->lon);
        bind_text(st, 23, p->source);
    }
    sqlite3_bind_int(st, 24, (int)(e->mentions ? e->mentions : 1));
    bind_text(st, 25, e->evidence);
    bind_text(st, 26, e->speaker);
    bind_text(st, 27, e->rule);
    sqlite3_bind_int(st, 28, wt_event_is_root(doc, e));
    sqlite3_bind_text(st, 29, json->data, (int)json->len, SQLITE_TRANSIENT);
    if (step(s, st, "cannot insert event")) return -1;
    sqlite3_int64 id = sqlite3_last_insert_rowid(s->db);
    for (size_t i = 0; i < e->mention_spans.len; i++) {
        wt_span m = e->mention_spans.items[i];
        st = s->put_mention;
        sqlite3_bind_int64(st, 1, id);
        bind_text(st, 2, article);
        sqlite3_bind_int64(st, 3, m.start);
        sqlite3_bind_int64(st, 4, m.end);
        if (doc && m.end <= doc->len && m.start < m.end)
            sqlite3_bind_text(st, 5, doc->text + m.start, (int)(m.end - m.start), SQLITE_TRANSIENT);
        if (step(s, st, "cannot insert mention")) return -1;
    }
    return 0;
}

/* Replaces one article: its old events and mentions go, the new ones
 * come in, all inside the caller's transaction. With append, the article
 * row stays and the events are added after the seq_base already there. */
static int put_article(wt_store *s, const wt_doc *doc, const wt_event_list *events, const char *article,
                       int append, size_t seq_base)
{
    size_t count = 0;
    for (size_t i = 0; i < events->items_vec.len; i++) {
        const wt_event *e = &events->items_vec.items[i];
        count += doc || (e->doc && !strcmp(e->doc, article));
    }
    int status = 0;
    if (append) {
        sqlite3_bind_text(s->add_count, 1, article, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(s->add_count, 2, (sqlite3_int64)count);
        status = step(s, s->add_count, "cannot update article");
    } else {
        sqlite3_bind_text(s->del_mentions, 1, article, -1, SQLITE_TRANSIENT);
        if (step(s, s->del_mentions, "cannot delete old mentions")) return -1;
        sqlite3_bind_text(s->del_events, 1, article, -1, SQLITE_TRANSIENT);
        if (step(s, s->del_events, "cannot delete old events")) return -1;
        wt_buf meta;
        wt_buf_init(&meta);
        char date[40] = "";
        if (doc) {
            metadata_json(&meta, doc);
            format_date(date, doc->date);
        }
        sqlite3_stmt *st = s->put_article;
        bind_text(st, 1, article);
        bind_text(st, 2, doc ? doc->url : NULL);
        bind_text(st, 3, date);
        bind_text(st, 4, meta.len ? meta.data : NULL);
        sqlite3_bind_int64(st, 5, (sqlite3_int64)count);
        status = step(s, st, "cannot insert article");
        wt_buf_free(&meta);
    }
    wt_buf json;
    wt_buf_init(&json);
    /* the same GlobalEventIDs as `code --format gdelt` gives these events */
    size_t n = events->items_vec.len;
    uint64_t *ids = wt_xcalloc(n ? n : 1, sizeof *ids);
    if (doc) wt_gdelt_event_ids(article, events->items_vec.items, n, ids);
    for (size_t i = 0, seq = seq_base; !status && i < n; i++) {
        const wt_event *e = &events->items_vec.items[i];
        if (!doc && (!e->doc || strcmp(e->doc, article))) continue;
        if (!doc) ids[i] = wt_gdelt_event_id(article, e, 0);
        status = put_event(s, doc, e, article, seq++, ids[i], &json);
    }
    free(ids);
    wt_buf_free(&json);
    return status;
}

int wt_store_put(wt_store *s, const wt_doc *doc, const wt_event_list *events, int append, size_t seq_base)
{
    if (!s->in_tx && wt_store_begin(s)) return -1;
    if (doc) return put_article(s, doc, events, doc->id ? doc->id : "", append, seq_base);
    /* records without an article: one article row per record id */
    for (size_t i = 0; i < events->items_vec.len; i++) {
        const char *id = events->items_vec.items[i].doc;
        if (!id) continue;
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++)
            seen = events->items_vec.items[j].doc && !strcmp(events->items_vec.items[j].doc, id);
        if (!seen && put_article(s, NULL, events, id, 0, 0)) return -1;
    }
    return 0;
}
