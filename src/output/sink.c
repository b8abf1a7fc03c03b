#include "output/sink.h"
#include "code/enrich.h"
#include "ctx.h"
#include "output/csv.h"
#include "output/event_json.h"
#include "output/gdelt.h"
#include "util/file.h"
#include "store/store.h"
#include "util/buf.h"

#include <errno.h>
#include <string.h>

enum format { FORMAT_JSON, FORMAT_GDELT, FORMAT_CSV, FORMAT_GDELT_MENTIONS };

struct wt_sink {
    warta_ctx *ctx;
    int format;
    FILE *out;
    wt_store *store;
    size_t batch, pending;
    char date_added[15];
    int header_due;
    wt_actor_codes *codes;   /* gdelt: actor code parts (data/cameo/actor-codes.tsv) */
    WT_VEC(uint64_t) ids;    /* gdelt: GlobalEventIDs of the article being written */
    char *article;           /* id of the article being written, for writes in parts */
    size_t article_events;   /* events already written for it */
    int failed;
    wt_buf buf;
};

static int format_from_name(const char *name)
{
    if (!name || !strcmp(name, "json") || !strcmp(name, "jsonl")) return FORMAT_JSON;
    if (!strcmp(name, "gdelt")) return FORMAT_GDELT;
    if (!strcmp(name, "csv")) return FORMAT_CSV;
    if (!strcmp(name, "gdelt-mentions")) return FORMAT_GDELT_MENTIONS;
    return -1;
}

int wt_sink_format_ok(const char *name) { return format_from_name(name) >= 0; }

wt_sink *wt_sink_open(warta_ctx *ctx, const wt_sink_options *o)
{
    int format = format_from_name(o->format);
    if (format < 0) {
        wt_diag_report(&ctx->diag, WT_DIAG_ERROR, NULL, "unknown output format '%s' (json, gdelt, gdelt-mentions or csv)", o->format);
        return NULL;
    }
    wt_sink *s = wt_xcalloc(1, sizeof *s);
    s->ctx = ctx;
    s->format = format;
    s->out = o->out;
    s->batch = o->batch_articles ? o->batch_articles : 1;
    s->header_due = (format == FORMAT_CSV && !o->no_header) ||
                    ((format == FORMAT_GDELT || format == FORMAT_GDELT_MENTIONS) && o->header);
    if (format == FORMAT_GDELT || format == FORMAT_GDELT_MENTIONS) {
        char *path = wt_path_join(ctx->data_dir, "cameo/actor-codes.tsv");
        s->codes = wt_actor_codes_load(path, &ctx->diag);
        free(path);
        if (!s->codes) {
            free(s);
            return NULL;
        }
    }
    if (o->date_added && strlen(o->date_added) == 14) memcpy(s->date_added, o->date_added, 15);
    else wt_gdelt_now(s->date_added);
    wt_buf_init(&s->buf);
    if (o->db_path && !(s->store = wt_store_open(ctx, o->db_path, 0))) {
        wt_buf_free(&s->buf);
        wt_actor_codes_free(s->codes);
        free(s);
        return NULL;
    }
    return s;
}

static void header(wt_sink *s)
{
    if (s->format == FORMAT_CSV) wt_csv_header(&s->buf);
    else if (s->format == FORMAT_GDELT) wt_gdelt_header(&s->buf);
    else if (s->format == FORMAT_GDELT_MENTIONS) wt_gdelt_mentions_header(&s->buf);
}

static void render_gdelt(wt_sink *s, const wt_doc *doc, const wt_event_list *events)
{
    const wt_gazetteer *gaz = wt_enrich_gazetteer(s->ctx);
    size_t n = events->items_vec.len;
    s->ids.len = 0;
    for (size_t i = 0; i < n; i++) *WT_VEC_PUSH(s->ids) = 0;
    const char *article = doc && doc->id ? doc->id : NULL;
    if (article) wt_gdelt_event_ids(article, events->items_vec.items, n, s->ids.items);
    for (size_t i = 0; i < n; i++) {
        const wt_event *e = &events->items_vec.items[i];
        const char *id = article ? article : e->doc;
        /* records without an article: each is its own article */
        if (!article) s->ids.items[i] = wt_gdelt_event_id(id, e, 0);
        wt_gdelt_info info = {s->ids.items[i], doc && doc->url ? doc->url : id, wt_event_is_root(doc, e),
                              s->date_added, gaz, s->codes, doc ? doc->date : (wt_date){0, 0, 0}, doc};
        if (s->format == FORMAT_GDELT) wt_event_gdelt(&s->buf, e, &info);
        else wt_event_gdelt_mentions(&s->buf, e, &info);
    }
}

/* json and csv: each event's record from the event alone */
static void render_plain(int format, const wt_doc *doc, const wt_event_list *events, wt_buf *out)
{
    for (size_t i = 0; i < events->items_vec.len; i++) {
        const wt_event *e = &events->items_vec.items[i];
        if (format == FORMAT_JSON) {
            wt_event_json(out, e);
            wt_buf_putc(out, '\n');
        } else {
            wt_event_csv(out, e, doc ? doc->url : NULL);
        }
    }
}

static void render(wt_sink *s, const wt_doc *doc, const wt_event_list *events)
{
    if (s->format == FORMAT_GDELT || s->format == FORMAT_GDELT_MENTIONS) render_gdelt(s, doc, events);
    else render_plain(s->format, doc, events, &s->buf);
}

int wt_sink_render(const wt_sink *s, const wt_doc *doc, const wt_event_list *events, wt_buf *out)
{
    if (s->format != FORMAT_JSON && s->format != FORMAT_CSV) return 0;
    render_plain(s->format, doc, events, out);
    return 1;
}

/* Writes for one article may come in parts (one per paragraph); the
 * first part replaces the stored article, later ones add to it. */
static int continues_article(wt_sink *s, const wt_doc *doc)
{
    const char *id = doc && doc->id ? doc->id : NULL;
    if (id && s->article && !strcmp(id, s->article)) return 1;
    free(s->article);
    s->article = id ? wt_xstrdup(id) : NULL;
    s->article_events = 0;
    return 0;
}

/* The header when due, then `rendered` (NULL: render the events here). */
static int write_out(wt_sink *s, const wt_doc *doc, const wt_event_list *events, const wt_buf *rendered)
{
    wt_buf_clear(&s->buf);
    if (s->header_due) {
        header(s);
        s->header_due = 0;
    }
    if (!rendered) render(s, doc, events);
    int bad = s->buf.len && fwrite(s->buf.data, 1, s->buf.len, s->out) != s->buf.len;
    if (!bad && rendered && rendered->len) bad = fwrite(rendered->data, 1, rendered->len, s->out) != rendered->len;
    if (bad) {
        wt_diag_report(&s->ctx->diag, WT_DIAG_ERROR, NULL, "cannot write events: %s", strerror(errno));
        s->failed = 1;
        return -1;
    }
    return 0;
}

static int write_events(wt_sink *s, const wt_doc *doc, const wt_event_list *events, const wt_buf *rendered)
{
    int append = continues_article(s, doc);
    size_t seq_base = s->article_events;
    s->article_events += events->items_vec.len;
    if (s->out && write_out(s, doc, events, rendered) != 0) return -1;
    if (s->store) {
        /* one transaction per batch of articles (a killed run keeps every
         * batch committed before it, and never part of an article),
         * committed as soon as the batch is full (by default after each
         * article), not when the next article arrives: the write lock is
         * never held while the next article is being coded */
        if (!append) s->pending++;
        if (wt_store_put(s->store, doc, events, append, seq_base)) {
            s->failed = 1;
            return -1;
        }
        if (s->pending >= s->batch) {
            s->pending = 0;
            if (wt_store_commit(s->store)) {
                s->failed = 1;
                return -1;
            }
        }
    }
    return 0;
}

int wt_sink_write(wt_sink *s, const wt_doc *doc, const wt_event_list *events)
{
    return write_events(s, doc, events, NULL);
}

int wt_sink_write_rendered(wt_sink *s, const wt_doc *doc, const wt_event_list *events, const wt_buf *rendered)
{
    return write_events(s, doc, events, rendered);
}

int wt_sink_close(wt_sink *s)
{
    if (!s) return 0;
    int status = s->failed ? -1 : 0;
    if (s->out) {
        if (s->header_due) {  /* no events at all: still say what the columns are */
            wt_buf_clear(&s->buf);
            header(s);
            fwrite(s->buf.data, 1, s->buf.len, s->out);
        }
        if (fflush(s->out)) status = -1;
    }
    if (s->store && wt_store_close(s->store)) status = -1;
    wt_buf_free(&s->buf);
    wt_actor_codes_free(s->codes);
    WT_VEC_FREE(s->ids);
    free(s->article);
    free(s);
    return status;
}
