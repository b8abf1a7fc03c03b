#include "output/event_json.h"
#include "util/json_write.h"

static void str_field(wt_buf *b, const char *key, const char *value)
{
    wt_buf_putc(b, ',');
    wt_json_key(b, key);
    wt_json_cstr(b, value);
}

static void span_field(wt_buf *b, const char *key, wt_span s)
{
    wt_buf_putc(b, ',');
    wt_json_key(b, key);
    wt_json_span(b, s.start, s.end);
}

static void date_field(wt_buf *b, const char *key, wt_date d)
{
    wt_buf_putc(b, ',');
    wt_json_key(b, key);
    if (!d.year) wt_buf_puts(b, "null");
    else {
        wt_buf_putc(b, '"');
        wt_buf_put_padded(b, d.year, 4);
        wt_buf_putc(b, '-');
        wt_buf_put_padded(b, d.month, 2);
        if (d.day) {
            wt_buf_putc(b, '-');
            wt_buf_put_padded(b, d.day, 2);
        }
        wt_buf_putc(b, '"');
    }
}

static void place_field(wt_buf *b, const wt_place *p)
{
    wt_buf_puts(b, ",\"place\":");
    if (!p->name) { wt_buf_puts(b, "null"); return; }
    wt_buf_puts(b, "{\"name\":");
    wt_json_cstr(b, p->name);
    str_field(b, "country", p->country);
    str_field(b, "adm1", p->adm1[0] ? p->adm1 : NULL);
    wt_buf_puts(b, ",\"lat\":");
    wt_buf_put_fixed(b, p->lat, 4);
    wt_buf_puts(b, ",\"lon\":");
    wt_buf_put_fixed(b, p->lon, 4);
    span_field(b, "span", p->span);
    str_field(b, "source", p->source);
    str_field(b, "kind", p->kind);
    wt_buf_putc(b, '}');
}

void wt_event_json(wt_buf *b, const wt_event *e)
{
    wt_buf_puts(b, "{\"doc\":");
    wt_json_cstr(b, e->doc);
    wt_buf_puts(b, ",\"para\":");
    wt_buf_put_int(b, e->para);
    wt_buf_puts(b, ",\"sent\":");
    wt_buf_put_int(b, e->sent);
    span_field(b, "span", e->span);
    str_field(b, "source", e->source);
    str_field(b, "source_text", e->source_text);
    str_field(b, "target", e->target);
    str_field(b, "target_text", e->target_text);
    str_field(b, "code", e->code);
    str_field(b, "root", e->root);
    str_field(b, "evidence", e->evidence);
    span_field(b, "evidence_span", e->evidence_span);
    str_field(b, "rule", e->rule);
    if (e->speaker) str_field(b, "speaker", e->speaker);
    if (e->quad > 0) {
        date_field(b, "date", e->date);
        str_field(b, "date_source", e->date_source);
        if (e->date_span.end > e->date_span.start) span_field(b, "date_span", e->date_span);
        place_field(b, &e->place);
        wt_buf_puts(b, ",\"quad\":");
        wt_buf_put_int(b, e->quad);
        wt_buf_puts(b, ",\"goldstein\":");
        wt_buf_put_fixed(b, e->goldstein, 1);
        str_field(b, "plover", e->plover);
        wt_buf_puts(b, ",\"mentions\":");
        wt_buf_put_uint(b, e->mentions);
        if (e->mention_spans.len) {
            wt_buf_puts(b, ",\"mention_spans\":[");
            for (size_t i = 0; i < e->mention_spans.len; i++) {
                if (i) wt_buf_putc(b, ',');
                wt_json_span(b, e->mention_spans.items[i].start, e->mention_spans.items[i].end);
            }
            wt_buf_putc(b, ']');
        }
    }
    wt_buf_putc(b, '}');
}
