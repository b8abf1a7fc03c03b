/* event.h — one coded event, as every output format and the store see it.
 *
 * The coder (English TABARI-style or Indonesian) fills the who/what/evidence
 * part; the enrichment stage (code/enrich.c) fills date, place, quad,
 * goldstein, plover and merges repeated mentions. Strings point into the
 * event list's arena or into long-lived dictionary memory. */
#ifndef WARTA_CODE_EVENT_H
#define WARTA_CODE_EVENT_H

#include "text/doc.h"

typedef struct wt_place {
    const char *name;        /* as resolved in the gazetteer, NULL = none */
    char country[4];         /* ISO 3166-1 alpha-3 */
    char adm1[12];           /* e.g. ID31 (FIPS-style or ISO subdivision, see data/README) */
    double lat, lon;
    wt_span span;            /* words in the text that named it (the dateline's for "dateline") */
    const char *source;      /* rule that chose it: "text" (the event's clause), "sentence",
                              * "dateline", "actor" (country where the act takes place) */
    const char *kind;        /* country, adm1, adm2, city, capital, disputed, region (data/README.md) */
} wt_place;

typedef struct wt_event {
    const char *doc;         /* article id */
    int32_t para, sent;      /* paragraph = 0-based input line; sentence index in doc */
    wt_span span;            /* sentence (or clause) bytes */

    char source[32], target[32];   /* CAMEO actor codes: USAGOV, PRK, IGOUNO */
    const char *source_text, *target_text;
    wt_span source_span, target_span;

    char code[8];            /* CAMEO event code, e.g. "042", "1831" */
    char root[3];            /* first two digits */
    const char *evidence;    /* the matched words */
    wt_span evidence_span;
    const char *rule;        /* "dictionary-file:line" of the pattern that fired */
    const char *speaker;     /* set when the event is inside a quote */

    /* enrichment */
    wt_date date;
    const char *date_source; /* "text" (a date expression) or "publication" */
    wt_span date_span;
    wt_place place;
    int quad;                /* QuadClass 1-4, 0 = unknown */
    double goldstein;
    const char *plover;      /* PLOVER event type, NULL when unmapped */
    uint32_t mentions;       /* same (source, target, code, date) in one article */
    WT_VEC(wt_span) mention_spans;
} wt_event;

typedef struct wt_event_list {
    WT_VEC(wt_event) items_vec;
    wt_arena arena;
} wt_event_list;

void wt_event_list_init(wt_event_list *l);
/* As wt_event_list_init, for lists that mostly hold an event or two (one
 * per short record): the first arena block is 2 kB, not 64. */
void wt_event_list_init_small(wt_event_list *l);
void wt_event_list_clear(wt_event_list *l);
void wt_event_list_free(wt_event_list *l);
/* A new zeroed event; strings you set should live at least as long as the
 * list (use l->arena). */
wt_event *wt_event_list_add(wt_event_list *l);
/* Sets code and root from a code string. */
void wt_event_set_code(wt_event *e, const char *code);

#endif
