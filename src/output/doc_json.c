#include "output/doc_json.h"
#include "text/dates.h"
#include "util/json_write.h"

/* `[start,end]` without printf: spans are most of the output's numbers. */
static void put_span(wt_buf *b, size_t start, size_t end)
{
    char tmp[48], *p = tmp + sizeof tmp;
    *--p = ']';
    do { *--p = (char)('0' + end % 10); end /= 10; } while (end);
    *--p = ',';
    do { *--p = (char)('0' + start % 10); start /= 10; } while (start);
    *--p = '[';
    wt_buf_append(b, p, (size_t)(tmp + sizeof tmp - p));
}
#define wt_json_span put_span

/* prefix, an unsigned number, suffix: "{\"index\":3,..." without printf
 * (vsnprintf costs more than the rest of a paragraph's output). */
static void put_uint(wt_buf *b, const char *prefix, unsigned v, const char *suffix)
{
    char tmp[16], *p = tmp + sizeof tmp;
    do { *--p = (char)('0' + v % 10); v /= 10; } while (v);
    wt_buf_puts(b, prefix);
    wt_buf_append(b, p, (size_t)(tmp + sizeof tmp - p));
    wt_buf_puts(b, suffix);
}

static const char *const kind_names[] = {"", "word", "number", "punct", "quote", "symbol", "url"};

static void span(wt_buf *b, const char *key, wt_span s)
{
    wt_buf_putc(b, ',');
    wt_json_key(b, key);
    wt_json_span(b, s.start, s.end);
}

static void str(wt_buf *b, const char *key, const char *v)
{
    wt_buf_putc(b, ',');
    wt_json_key(b, key);
    wt_json_cstr(b, v);
}

static void text_of(wt_buf *b, const wt_doc *d, wt_span s)
{
    wt_json_str(b, d->text + s.start, s.end - s.start);
}

static void removed_list(wt_buf *b, const char *key, const wt_doc *d, const wt_removed *items, size_t n)
{
    wt_buf_putc(b, ',');
    wt_json_key(b, key);
    wt_buf_putc(b, '[');
    for (size_t i = 0; i < n; i++) {
        if (i) wt_buf_putc(b, ',');
        wt_buf_puts(b, "{\"span\":");
        wt_json_span(b, items[i].span.start, items[i].span.end);
        str(b, "text", items[i].text);
        put_uint(b, ",\"paragraph\":", items[i].para, "}");
    }
    wt_buf_putc(b, ']');
}

static void date_value(wt_buf *b, wt_date dt)
{
    if (!dt.year) { wt_buf_puts(b, "null"); return; }
    char tmp[16];
    wt_date_format(dt, tmp);
    wt_json_cstr(b, tmp);
}

static void tokens(wt_buf *b, const wt_doc *d, const wt_sentence *s)
{
    wt_buf_puts(b, ",\"tokens\":[");
    for (uint32_t k = 0; k < s->tok_count; k++) {
        const wt_token *t = &d->toks.items[s->tok_first + k];
        if (k) wt_buf_putc(b, ',');
        wt_buf_puts(b, "{\"span\":");
        wt_json_span(b, t->span.start, t->span.end);
        wt_buf_puts(b, ",\"text\":");
        text_of(b, d, t->span);
        str(b, "norm", t->norm);
        str(b, "kind", kind_names[t->kind < 7 ? t->kind : 0]);
        wt_buf_putc(b, '}');
    }
    wt_buf_putc(b, ']');
}

void wt_doc_json(wt_buf *b, const wt_doc *d, int flags)
{
    wt_buf_puts(b, "{\"id\":");
    wt_json_cstr(b, d->id);
    if (d->title) str(b, "title", d->title);
    if (d->url) str(b, "url", d->url);
    str(b, "dateline", d->dateline);
    if (d->dateline_source) str(b, "dateline_source", d->dateline_source);
    if (d->dateline_span.end) span(b, "dateline_span", d->dateline_span);
    wt_buf_puts(b, ",\"date\":");
    date_value(b, d->date);
    str(b, "date_source", d->date_source ? d->date_source : "none");
    str(b, "byline", d->byline);
    if (d->byline) span(b, "byline_span", d->byline_span);
    str(b, "editor", d->editor);
    if (d->editor) span(b, "editor_span", d->editor_span);
    removed_list(b, "related", d, d->related.items, d->related.len);
    removed_list(b, "credits", d, d->credits.items, d->credits.len);

    wt_buf_puts(b, ",\"paragraphs\":[");
    for (size_t p = 0; p < d->paras.len; p++) {
        const wt_paragraph *para = &d->paras.items[p];
        if (p) wt_buf_putc(b, ',');
        put_uint(b, "{\"index\":", para->index, ",\"span\":");
        wt_json_span(b, para->span.start, para->span.end);
        wt_buf_puts(b, ",\"sentences\":[");
        for (uint32_t k = 0; k < para->sent_count; k++) {
            const wt_sentence *s = &d->sents.items[para->sent_first + k];
            if (k) wt_buf_putc(b, ',');
            wt_buf_puts(b, "{\"span\":");
            wt_json_span(b, s->span.start, s->span.end);
            wt_buf_puts(b, ",\"text\":");
            text_of(b, d, s->span);
            if (flags & WT_DOC_JSON_TOKENS) tokens(b, d, s);
            wt_buf_putc(b, '}');
        }
        wt_buf_puts(b, "]}");
    }
    wt_buf_putc(b, ']');

    wt_buf_puts(b, ",\"quotes\":[");
    for (size_t i = 0; i < d->quotes.len; i++) {
        const wt_quote *q = &d->quotes.items[i];
        if (i) wt_buf_putc(b, ',');
        wt_buf_puts(b, "{\"span\":");
        wt_json_span(b, q->span.start, q->span.end);
        str(b, "text", q->text);
        str(b, "speaker", q->speaker);
        wt_buf_puts(b, ",\"speaker_span\":");
        if (q->speaker) wt_json_span(b, q->speaker_span.start, q->speaker_span.end);
        else wt_buf_puts(b, "null");
        str(b, "verb", q->verb);
        if (q->speaker_role) str(b, "speaker_role", q->speaker_role);
        put_uint(b, ",\"paragraph\":", q->para, "}");
    }
    wt_buf_putc(b, ']');

    wt_buf_puts(b, ",\"dates\":[");
    for (size_t i = 0; i < d->dates.len; i++) {
        const wt_date_mention *m = &d->dates.items[i];
        if (i) wt_buf_putc(b, ',');
        wt_buf_puts(b, "{\"span\":");
        wt_json_span(b, m->span.start, m->span.end);
        str(b, "text", m->text);
        wt_buf_puts(b, ",\"value\":");
        date_value(b, m->value);
        if (m->granularity) str(b, "granularity", m->granularity);
        put_uint(b, ",\"paragraph\":", m->para, "}");
    }
    wt_buf_putc(b, ']');

    wt_buf_puts(b, ",\"entities\":[");
    for (size_t e = 0; e < d->entities.len; e++) {
        const wt_entity *en = &d->entities.items[e];
        if (e) wt_buf_putc(b, ',');
        wt_buf_puts(b, "{\"text\":");
        wt_json_cstr(b, en->text);
        str(b, "type", en->type);
        if (en->country[0]) str(b, "country", en->country);
        wt_buf_puts(b, ",\"mentions\":[");
        int first = 1;
        for (size_t m = 0; m < d->mentions.len; m++) {
            if (d->mentions.items[m].entity != e) continue;
            if (!first) wt_buf_putc(b, ',');
            first = 0;
            wt_json_span(b, d->mentions.items[m].span.start, d->mentions.items[m].span.end);
        }
        wt_buf_puts(b, "]}");
    }
    wt_buf_puts(b, "]}");
}
