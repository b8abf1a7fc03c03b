/* records_fixture.h — hand-built articles and events for the records
 * tests (enrich, gdelt, store): one paragraph per line, sentences split at
 * ". ", dates and events placed by searching their words in the text. */
#ifndef WARTA_TESTS_RECORDS_FIXTURE_H
#define WARTA_TESTS_RECORDS_FIXTURE_H

#include "code/event.h"
#include "text/doc.h"

#include <stdio.h>
#include <string.h>

/* A doc from text: paragraphs = lines, sentences end at ". " or line end. */
static inline void build_doc(wt_doc *d, const char *id, const char *text, wt_date pub, const char *dateline)
{
    wt_doc_init(d);
    d->id = id;
    d->text = text;
    d->len = strlen(text);
    d->date = pub;
    d->date_source = "text";
    d->dateline = dateline;
    uint32_t line = 0, start = 0;
    for (uint32_t i = 0; i <= d->len; i++) {
        if (i < d->len && text[i] != '\n') continue;
        wt_paragraph *p = WT_VEC_PUSH(d->paras);
        p->index = line++;
        p->span = p->line = (wt_span){start, i};
        p->sent_first = (uint32_t)d->sents.len;
        uint32_t s0 = start;
        for (uint32_t j = start; j < i; j++) {
            int end = (text[j] == '.' && (j + 1 == i || text[j + 1] == ' '));
            if (!end) continue;
            wt_sentence *s = WT_VEC_PUSH(d->sents);
            s->span = (wt_span){s0, j + 1};
            s->para = (uint32_t)(d->paras.len - 1);
            s->quote = -1;
            s0 = j + 2;
        }
        if (s0 < i) {
            wt_sentence *s = WT_VEC_PUSH(d->sents);
            s->span = (wt_span){s0, i};
            s->para = (uint32_t)(d->paras.len - 1);
            s->quote = -1;
        }
        p->sent_count = (uint32_t)d->sents.len - p->sent_first;
        start = i + 1;
    }
}

static inline wt_span find(const wt_doc *d, const char *needle)
{
    const char *p = strstr(d->text, needle);
    if (!p) {
        fprintf(stderr, "test setup: '%s' not in text\n", needle);
        return (wt_span){0, 0};
    }
    uint32_t s = (uint32_t)(p - d->text);
    return (wt_span){s, s + (uint32_t)strlen(needle)};
}

static inline void add_date(wt_doc *d, const char *text, int y, int m, int day)
{
    wt_date_mention *dm = WT_VEC_PUSH(d->dates);
    dm->span = find(d, text);
    dm->text = text;
    dm->value = (wt_date){(int16_t)y, (int8_t)m, (int8_t)day};
    dm->granularity = "day";
}

static inline wt_event *add_event(wt_event_list *l, const wt_doc *d, const char *src, const char *tgt, const char *code,
                           const char *evidence)
{
    wt_event *e = wt_event_list_add(l);
    e->doc = d->id;
    snprintf(e->source, sizeof e->source, "%s", src);
    snprintf(e->target, sizeof e->target, "%s", tgt);
    wt_event_set_code(e, code);
    e->evidence = evidence;
    e->evidence_span = find(d, evidence);
    e->sent = -1;
    for (size_t i = 0; i < d->sents.len; i++)
        if (e->evidence_span.start >= d->sents.items[i].span.start && e->evidence_span.start < d->sents.items[i].span.end) {
            e->sent = (int32_t)i;
            e->para = (int32_t)d->paras.items[d->sents.items[i].para].index;
            e->span = d->sents.items[i].span;
        }
    return e;
}

#endif
