/* cmd_query.c — `warta query`: the common questions about an event
 * database without SQL, and `--sql` for the rest (docs/store.md). */
#include "cli/commands.h"
#include "code/enrich.h"
#include "ctx.h"
#include "output/csv.h"
#include "output/actor_codes.h"
#include "output/gdelt.h"
#include "util/file.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/json_write.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *out)
{
    fprintf(out,
            "usage: warta query --db FILE [--actor CODE] [--target CODE] [--root NN] [--code CODE]\n"
            "                   [--since DATE] [--until DATE] [--limit N] [--format F] [--header]\n"
            "       warta query --db FILE --sql \"SELECT ...\"\n\n"
            "Prints the events stored by 'warta code --db FILE', oldest first.\n\n"
            "  --db FILE       the SQLite database (opened read-only; fine while a coder writes it)\n"
            "  --actor CODE    source actor code starts with CODE (RUS matches RUS, RUSGOV, RUSMIL)\n"
            "  --target CODE   target actor code starts with CODE\n"
            "  --root NN       CAMEO root code, two digits (04 = consult, 19 = fight)\n"
            "  --code CODE     CAMEO event code starts with CODE (042, 1823)\n"
            "  --since DATE    event date on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY)\n"
            "  --until DATE    event date on or before DATE\n"
            "  --limit N       at most N events\n"
            "  --format F      json (JSON Lines, the default; docs/events.md), csv, gdelt or\n"
            "                  gdelt-mentions (GDELT 2.0 event and Mentions tables; docs/formats.md)\n"
            "  --header        gdelt formats: first line the column names\n"
            "  --sql QUERY     run one read-only SQL statement; each row is printed as a JSON object\n"
            "                  (tables articles, events, mentions: docs/store.md)\n\n"
            "exit status: 0 ok; 2 bad command line or SQL; 3 database cannot be read.\n");
}

typedef struct query_args {
    const char *db, *actor, *target, *root, *code, *since, *until, *format, *sql;
    long limit;
    int header;
} query_args;

static int is_code(const char *s)
{
    if (!*s || strlen(s) > 30) return 0;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s)) return 0;
    return 1;
}

static int is_digits(const char *s, size_t min, size_t max)
{
    size_t n = strlen(s);
    if (n < min || n > max) return 0;
    for (; *s; s++)
        if (!isdigit((unsigned char)*s)) return 0;
    return 1;
}

/* YYYY, YYYY-MM or YYYY-MM-DD, and a day of the calendar: 2017-02-30 and
 * 2017-13 are refused rather than compared as text and matching nothing. */
static int is_date(const char *s)
{
    size_t n = strlen(s);
    if (n != 4 && n != 7 && n != 10) return 0;
    for (size_t i = 0; i < n; i++) {
        if (i == 4 || i == 7) { if (s[i] != '-') return 0; }
        else if (!isdigit((unsigned char)s[i])) return 0;
    }
    int y = atoi(s), m = n >= 7 ? atoi(s + 5) : 1, d = n == 10 ? atoi(s + 8) : 1;
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > days[m - 1]) return 0;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return !(m == 2 && d == 29 && !leap);
}

static int parse_args(int argc, char **argv, query_args *a)
{
    memset(a, 0, sizeof *a);
    a->format = "json";
    a->limit = -1;
    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i];
        const char **slot = NULL;
        if (!strcmp(opt, "--db")) slot = &a->db;
        else if (!strcmp(opt, "--actor")) slot = &a->actor;
        else if (!strcmp(opt, "--target")) slot = &a->target;
        else if (!strcmp(opt, "--root")) slot = &a->root;
        else if (!strcmp(opt, "--code")) slot = &a->code;
        else if (!strcmp(opt, "--since")) slot = &a->since;
        else if (!strcmp(opt, "--until")) slot = &a->until;
        else if (!strcmp(opt, "--format")) slot = &a->format;
        else if (!strcmp(opt, "--sql")) slot = &a->sql;
        else if (!strcmp(opt, "--header")) { a->header = 1; continue; }
        else if (!strcmp(opt, "--limit")) {
            if (i + 1 >= argc || !is_digits(argv[i + 1], 1, 9)) {
                fprintf(stderr, "warta query: --limit needs a number\n");
                return -1;
            }
            a->limit = atol(argv[++i]);
            continue;
        } else {
            fprintf(stderr, "warta query: unknown option '%s' (see warta query --help)\n", opt);
            return -1;
        }
        if (i + 1 >= argc) {
            fprintf(stderr, "warta query: %s needs a value\n", opt);
            return -1;
        }
        *slot = argv[++i];
    }
    if (!a->db) { fprintf(stderr, "warta query: --db FILE is required\n"); return -1; }
    if ((a->actor && !is_code(a->actor)) || (a->target && !is_code(a->target))) {
        fprintf(stderr, "warta query: actor codes are letters and digits (RUS, USAGOV)\n");
        return -1;
    }
    if ((a->root && !is_digits(a->root, 2, 2)) || (a->code && !is_digits(a->code, 2, 4))) {
        fprintf(stderr, "warta query: --root takes two digits and --code two to four (04, 042)\n");
        return -1;
    }
    if ((a->since && !is_date(a->since)) || (a->until && !is_date(a->until))) {
        fprintf(stderr, "warta query: '%s' is not a date (YYYY-MM-DD, YYYY-MM or YYYY, a day of the calendar)\n",
                a->since && !is_date(a->since) ? a->since : a->until);
        return -1;
    }
    if (a->since && a->until && strncmp(a->since, a->until, strlen(a->until)) > 0) {
        fprintf(stderr, "warta query: --since %s is after --until %s\n", a->since, a->until);
        return -1;
    }
    if (strcmp(a->format, "json") && strcmp(a->format, "csv") && strcmp(a->format, "gdelt") &&
        strcmp(a->format, "gdelt-mentions")) {
        fprintf(stderr, "warta query: unknown format '%s' (json, csv, gdelt or gdelt-mentions)\n", a->format);
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------ --sql */

static void json_value(wt_buf *b, sqlite3_stmt *st, int col)
{
    switch (sqlite3_column_type(st, col)) {
    case SQLITE_INTEGER: wt_buf_printf(b, "%lld", (long long)sqlite3_column_int64(st, col)); break;
    case SQLITE_FLOAT: wt_buf_printf(b, "%.17g", sqlite3_column_double(st, col)); break;
    case SQLITE_NULL: wt_buf_puts(b, "null"); break;
    default:
        wt_json_str(b, (const char *)sqlite3_column_text(st, col), (size_t)sqlite3_column_bytes(st, col));
    }
}

static int run_sql(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st;
    const char *tail = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &st, &tail) != SQLITE_OK) {
        fprintf(stderr, "warta query: --sql: %s\n", sqlite3_errmsg(db));
        return WT_EXIT_USAGE;
    }
    if (!st) return WT_EXIT_OK;  /* only a comment or blanks */
    while (tail && isspace((unsigned char)*tail)) tail++;
    if (tail && *tail && *tail != ';') {
        fprintf(stderr, "warta query: --sql takes one statement\n");
        sqlite3_finalize(st);
        return WT_EXIT_USAGE;
    }
    wt_buf b;
    wt_buf_init(&b);
    int rc, ncol = sqlite3_column_count(st);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        wt_buf_clear(&b);
        wt_buf_putc(&b, '{');
        for (int c = 0; c < ncol; c++) {
            if (c) wt_buf_putc(&b, ',');
            wt_json_key(&b, sqlite3_column_name(st, c));
            json_value(&b, st, c);
        }
        wt_buf_puts(&b, "}\n");
        fwrite(b.data, 1, b.len, stdout);
    }
    wt_buf_free(&b);
    int status = WT_EXIT_OK;
    if (rc != SQLITE_DONE) {
        fprintf(stderr, "warta query: --sql: %s\n", sqlite3_errmsg(db));
        status = WT_EXIT_USAGE;
    }
    sqlite3_finalize(st);
    return status;
}

/* ------------------------------------------------------------ events */

/* Column order of the event query; event_from_row reads them by index. */
static const char select_events[] =
    "SELECT e.article_id, e.para, e.sent, e.date, e.date_source, e.source, e.source_text, e.target, "
    "e.target_text, e.code, e.quad, e.goldstein, e.plover, e.place, e.place_kind, e.country, e.adm1, "
    "e.lat, e.lon, e.place_source, e.mentions, e.evidence, e.speaker, e.rule, e.is_root, e.gdelt_id, "
    "e.json, a.url, a.coded_at, a.date, e.id FROM events e JOIN articles a ON a.id = e.article_id WHERE 1";

static const char *text_col(sqlite3_stmt *st, int c) { return (const char *)sqlite3_column_text(st, c); }

static void copy_code(char *dst, size_t cap, const char *src)
{
    snprintf(dst, cap, "%s", src ? src : "");
}

static wt_event event_from_row(sqlite3_stmt *st)
{
    wt_event e;
    memset(&e, 0, sizeof e);
    e.doc = text_col(st, 0);
    e.para = sqlite3_column_int(st, 1);
    e.sent = sqlite3_column_int(st, 2);
    const char *date = text_col(st, 3);
    if (date) {
        int y = 0, m = 0, d = 0;
        sscanf(date, "%d-%d-%d", &y, &m, &d);
        e.date = (wt_date){(int16_t)y, (int8_t)m, (int8_t)d};
    }
    e.date_source = text_col(st, 4);
    copy_code(e.source, sizeof e.source, text_col(st, 5));
    e.source_text = text_col(st, 6);
    copy_code(e.target, sizeof e.target, text_col(st, 7));
    e.target_text = text_col(st, 8);
    wt_event_set_code(&e, text_col(st, 9) ? text_col(st, 9) : "");
    e.quad = sqlite3_column_int(st, 10);
    e.goldstein = sqlite3_column_double(st, 11);
    e.plover = text_col(st, 12);
    if (text_col(st, 13)) {
        e.place.name = text_col(st, 13);
        e.place.kind = text_col(st, 14);
        copy_code(e.place.country, sizeof e.place.country, text_col(st, 15));
        copy_code(e.place.adm1, sizeof e.place.adm1, text_col(st, 16));
        e.place.lat = sqlite3_column_double(st, 17);
        e.place.lon = sqlite3_column_double(st, 18);
        e.place.source = text_col(st, 19);
    }
    e.mentions = (uint32_t)sqlite3_column_int(st, 20);
    e.evidence = text_col(st, 21);
    e.speaker = text_col(st, 22);
    e.rule = text_col(st, 23);
    return e;
}

/* coded_at "2017-12-14T09:30:00Z" → DATEADDED "20171214093000" */
static void date_added_from(const char *coded_at, char out[15])
{
    size_t n = 0;
    for (const char *p = coded_at ? coded_at : ""; *p && n < 14; p++)
        if (isdigit((unsigned char)*p)) out[n++] = *p;
    while (n < 14) out[n++] = '0';
    out[14] = '\0';
}

/* "2017-12-14" (or a part of it) → a wt_date; zeros when absent. */
static wt_date date_from(const char *s)
{
    int y = 0, m = 0, d = 0;
    if (s) sscanf(s, "%d-%d-%d", &y, &m, &d);
    return (wt_date){(int16_t)y, (int8_t)m, (int8_t)d};
}

/* The stored mention spans of one event; the first is the telling the
 * record was coded from. */
static void mention_spans(sqlite3_stmt *st, sqlite3_int64 event_id, wt_event *e)
{
    sqlite3_bind_int64(st, 1, event_id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        wt_span sp = {(uint32_t)sqlite3_column_int64(st, 0), (uint32_t)sqlite3_column_int64(st, 1)};
        if (!e->mention_spans.len) e->evidence_span = sp;
        *WT_VEC_PUSH(e->mention_spans) = sp;
    }
    sqlite3_reset(st);
}

static void add_filter(wt_buf *sql, const char *clause, const char *value, const char **binds, int *nb)
{
    if (!value) return;
    wt_buf_puts(sql, clause);
    binds[(*nb)++] = value;
}

static int run_events(warta_ctx *ctx, sqlite3 *db, const query_args *a)
{
    wt_buf sql;
    wt_buf_init(&sql);
    wt_buf_puts(&sql, select_events);
    const char *binds[8];
    int nb = 0;
    add_filter(&sql, " AND e.source LIKE ? || '%'", a->actor, binds, &nb);
    add_filter(&sql, " AND e.target LIKE ? || '%'", a->target, binds, &nb);
    add_filter(&sql, " AND e.root = ?", a->root, binds, &nb);
    add_filter(&sql, " AND e.code LIKE ? || '%'", a->code, binds, &nb);
    add_filter(&sql, " AND e.date >= ?", a->since, binds, &nb);
    /* "--until 2017-12" includes every day of December */
    add_filter(&sql, " AND substr(e.date, 1, length(?)) <= ?", a->until, binds, &nb);
    if (a->until) binds[nb++] = a->until;
    wt_buf_puts(&sql, " ORDER BY e.date, e.article_id, e.seq");
    if (a->limit >= 0) wt_buf_printf(&sql, " LIMIT %ld", a->limit);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql.data, -1, &st, NULL) != SQLITE_OK) {
        fprintf(stderr, "warta query: %s: %s (is this a warta database?)\n", a->db, sqlite3_errmsg(db));
        wt_buf_free(&sql);
        return WT_EXIT_FATAL;
    }
    for (int i = 0; i < nb; i++) sqlite3_bind_text(st, i + 1, binds[i], -1, SQLITE_STATIC);
    int gdelt = !strncmp(a->format, "gdelt", 5), mentions = !strcmp(a->format, "gdelt-mentions");
    const wt_gazetteer *gaz = gdelt ? wt_enrich_gazetteer(ctx) : NULL;
    wt_actor_codes *codes = NULL;
    sqlite3_stmt *spans = NULL;
    if (gdelt) {
        char *path = wt_path_join(ctx->data_dir, "cameo/actor-codes.tsv");
        codes = wt_actor_codes_load(path, &ctx->diag);
        free(path);
        if (!codes || (mentions && sqlite3_prepare_v2(db, "SELECT span_start, span_end FROM mentions WHERE event_id = ?1 "
                                                          "ORDER BY rowid", -1, &spans, NULL) != SQLITE_OK)) {
            sqlite3_finalize(st);
            wt_actor_codes_free(codes);
            wt_buf_free(&sql);
            return WT_EXIT_FATAL;
        }
    }
    wt_buf out;
    wt_buf_init(&out);
    if (!strcmp(a->format, "csv")) wt_csv_header(&out);
    else if (a->header && mentions) wt_gdelt_mentions_header(&out);
    else if (a->header && gdelt) wt_gdelt_header(&out);
    if (out.len) fwrite(out.data, 1, out.len, stdout);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        wt_buf_clear(&out);
        if (!strcmp(a->format, "json")) {
            wt_buf_append(&out, sqlite3_column_text(st, 26), (size_t)sqlite3_column_bytes(st, 26));
            wt_buf_putc(&out, '\n');
        } else {
            wt_event e = event_from_row(st);
            if (!strcmp(a->format, "csv")) {
                wt_event_csv(&out, &e, text_col(st, 27));
            } else {
                char added[15];
                date_added_from(text_col(st, 28), added);
                const char *url = text_col(st, 27) ? text_col(st, 27) : e.doc;
                wt_gdelt_info info = {(uint64_t)sqlite3_column_int64(st, 25), url, sqlite3_column_int(st, 24),
                                      added, gaz, codes, date_from(text_col(st, 29)), NULL};
                if (mentions) {
                    mention_spans(spans, sqlite3_column_int64(st, 30), &e);
                    wt_event_gdelt_mentions(&out, &e, &info);
                    WT_VEC_FREE(e.mention_spans);
                } else {
                    wt_event_gdelt(&out, &e, &info);
                }
            }
        }
        fwrite(out.data, 1, out.len, stdout);
    }
    int status = WT_EXIT_OK;
    if (rc != SQLITE_DONE) {
        fprintf(stderr, "warta query: %s: %s\n", a->db, sqlite3_errmsg(db));
        status = WT_EXIT_FATAL;
    }
    sqlite3_finalize(st);
    sqlite3_finalize(spans);
    wt_actor_codes_free(codes);
    wt_buf_free(&out);
    wt_buf_free(&sql);
    return status;
}

int cmd_query(warta_ctx *ctx, int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            usage(stdout);
            return WT_EXIT_OK;
        }
    query_args a;
    if (parse_args(argc, argv, &a)) return WT_EXIT_USAGE;
    FILE *probe = fopen(a.db, "rb");
    if (!probe) {
        fprintf(stderr, "warta query: %s: cannot open the database\n", a.db);
        return WT_EXIT_FATAL;
    }
    fclose(probe);
    wt_store *store = wt_store_open(ctx, a.db, 1);
    if (!store) return WT_EXIT_FATAL;
    int status = a.sql ? run_sql(wt_store_db(store), a.sql) : run_events(ctx, wt_store_db(store), &a);
    /* the output failed: say so here, since a status of 3 keeps main's
     * own message back */
    if (fflush(stdout) || ferror(stdout)) {
        status = WT_EXIT_FATAL;
        fprintf(stderr, "warta query: cannot write output\n");
    }
    wt_store_close(store);
    return status;
}
