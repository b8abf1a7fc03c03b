#include "output/csv.h"

#include <stdio.h>
#include <string.h>

static const char header[] =
    "doc,para,sent,date,date_source,source,source_text,target,target_text,code,root,quad,goldstein,"
    "plover,place,place_kind,country,adm1,lat,lon,place_source,mentions,evidence,speaker,rule,url\n";

void wt_csv_header(wt_buf *b) { wt_buf_puts(b, header); }

/* Quotes a field only when it needs it (comma, quote, line break), so
 * plain codes stay readable; inner quotes are doubled. */
static void cell(wt_buf *b, const char *s, int first)
{
    if (!first) wt_buf_putc(b, ',');
    if (!s) return;
    if (!strpbrk(s, ",\"\r\n")) { wt_buf_puts(b, s); return; }
    wt_buf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"') wt_buf_putc(b, '"');
        wt_buf_putc(b, *s);
    }
    wt_buf_putc(b, '"');
}

void wt_event_csv(wt_buf *b, const wt_event *e, const char *url)
{
    char date[40] = "";
    if (e->date.year && e->date.day) snprintf(date, sizeof date, "%04d-%02d-%02d", e->date.year, e->date.month, e->date.day);
    else if (e->date.year) snprintf(date, sizeof date, "%04d-%02d", e->date.year, e->date.month);
    cell(b, e->doc, 1);
    wt_buf_printf(b, ",%d,%d", e->para, e->sent);
    cell(b, date, 0);
    cell(b, e->date_source, 0);
    cell(b, e->source, 0);
    cell(b, e->source_text, 0);
    cell(b, e->target, 0);
    cell(b, e->target_text, 0);
    cell(b, e->code, 0);
    cell(b, e->root, 0);
    if (e->quad) wt_buf_printf(b, ",%d,%.1f", e->quad, e->goldstein);
    else wt_buf_puts(b, ",,");
    cell(b, e->plover, 0);
    const wt_place *p = &e->place;
    cell(b, p->name, 0);
    cell(b, p->name ? p->kind : NULL, 0);
    cell(b, p->name ? p->country : NULL, 0);
    cell(b, p->name ? p->adm1 : NULL, 0);
    if (p->name) wt_buf_printf(b, ",%.4f,%.4f", p->lat, p->lon);
    else wt_buf_puts(b, ",,");
    cell(b, p->name ? p->source : NULL, 0);
    wt_buf_printf(b, ",%u", e->mentions);
    cell(b, e->evidence, 0);
    cell(b, e->speaker, 0);
    cell(b, e->rule, 0);
    cell(b, url, 0);
    wt_buf_putc(b, '\n');
}
