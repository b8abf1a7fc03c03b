#include "output/sink.h"
#include "code/enrich.h"
#include "ctx.h"
#include "output/csv.h"
#include "output/event_json.h"
#include "output/gdelt.h"
#include "store/store.h"
#include "util/buf.h"

#include <errno.h>
#include <string.h>

enum format { FORMAT_JSON, FORMAT_GDELT, FORMAT_CSV };

struct wt_sink {
    warta_ctx *ctx;
    int format;
    FILE *out;
    wt_store *store;
    size_t batch, pending;
    char date_added[15];
    int header_due;
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
    return -1;
}

int wt_sink_format_ok(const char *name) { return format_from_name(name) >= 0; }

wt_sink *wt_sink_open(warta_ctx *ctx, const wt_sink_options *o)
{
    int format = format_from_name(o->format);
    if (format < 0) {
        wt_diag_report(&ctx->diag, WT_DIAG_ERROR, NULL, "unknown output format '%s' (json, gdelt or csv)", o->format);
        return NULL;
    }
    wt_sink *s = wt_xcalloc(1, sizeof *s);
    s->ctx = ctx;
    s->format = format;
    s->out = o->out;
    s->batch = o->batch_articles ? o->batch_articles : 100;
    s->header_due = format == FORMAT_CSV && !o->no_header;
    if (o->date_added && strlen(o->date_added) == 14) memcpy(s->date_added, o->date_added, 15);
    else wt_gdelt_now(s->date_added);
    wt_buf_init(&s->buf);
    if (o->db_path && !(s->store = wt_store_open(ctx, o->db_path, 0))) {
        wt_buf_free(&s->buf);
        free(s);
        return NULL;
    }
    return s;
}

static void render(wt_sink *s, const wt_doc *doc, const wt_event_list *events, size_t seq_base)
{
    const wt_gazetteer *gaz = s->format == FORMAT_GDELT ? wt_enrich_gazetteer(s->ctx) : NULL;
    for (size_t i = 0; i < events->items_vec.len; i++) {
        const wt_event *e = &events->items_vec.items[i];
        const char *id = doc && doc->id ? doc->id : e->doc;
        const char *url = doc && doc->url ? doc->url : id;
        switch (s->format) {
        case FORMAT_JSON:
            wt_event_json(&s->buf, e);
            wt_buf_putc(&s->buf, '\n');
            break;
        case FORMAT_CSV:
            wt_event_csv(&s->buf, e, doc ? doc->url : NULL);
            break;
        case FORMAT_GDELT: {
            wt_gdelt_info info = {wt_gdelt_event_id(id, seq_base + i), url, wt_event_is_root(doc, e), s->date_added, gaz};
            wt_event_gdelt(&s->buf, e, &info);
            break;
        }
        }
    }
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

int wt_sink_write(wt_sink *s, const wt_doc *doc, const wt_event_list *events)
{
    int append = continues_article(s, doc);
    size_t seq_base = s->article_events;
    s->article_events += events->items_vec.len;
    if (s->out) {
        wt_buf_clear(&s->buf);
        if (s->header_due) {
            wt_csv_header(&s->buf);
            s->header_due = 0;
        }
        render(s, doc, events, seq_base);
        if (s->buf.len && fwrite(s->buf.data, 1, s->buf.len, s->out) != s->buf.len) {
            wt_diag_report(&s->ctx->diag, WT_DIAG_ERROR, NULL, "cannot write events: %s", strerror(errno));
            s->failed = 1;
            return -1;
        }
    }
    if (s->store) {
        /* one transaction per batch of articles, committed between two
         * articles: a killed run keeps every batch committed before it,
         * and never part of an article */
        if (!append && s->pending >= s->batch) {
            s->pending = 0;
            if (wt_store_commit(s->store)) {
                s->failed = 1;
                return -1;
            }
        }
        if (!append) s->pending++;
        if (wt_store_put(s->store, doc, events, append, seq_base)) {
            s->failed = 1;
            return -1;
        }
    }
    return 0;
}

int wt_sink_close(wt_sink *s)
{
    if (!s) return 0;
    int status = s->failed ? -1 : 0;
    if (s->out) {
        if (s->header_due) {  /* no events at all: still say what the columns are */
            wt_buf_clear(&s->buf);
            wt_csv_header(&s->buf);
            fwrite(s->buf.data, 1, s->buf.len, s->out);
        }
        if (fflush(s->out)) status = -1;
    }
    if (s->store && wt_store_close(s->store)) status = -1;
    wt_buf_free(&s->buf);
    free(s->article);
    free(s);
    return status;
}
