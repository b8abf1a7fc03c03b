/* gdelt.h — events as rows of the GDELT 2.0 event table and of its
 * Mentions table (docs/formats.md).
 *
 * 61 tab-separated columns in GDELT's order; what warta does not know
 * (AvgTone, ADM2, GNS feature ids of cities) is left empty, as GDELT leaves
 * fields it cannot fill. Actor codes are split into GDELT's columns with
 * data/cameo/actor-codes.tsv (output/actor_codes.h). */
#ifndef WARTA_OUTPUT_GDELT_H
#define WARTA_OUTPUT_GDELT_H

#include "code/event.h"
#include "code/gazetteer.h"
#include "output/actor_codes.h"
#include "util/buf.h"

#include <stdint.h>

enum { WT_GDELT_COLUMNS = 61, WT_GDELT_MENTION_COLUMNS = 16 };

/* What a row needs besides the event. */
typedef struct wt_gdelt_info {
    uint64_t id;              /* GlobalEventID */
    const char *url;          /* SOURCEURL: article URL, else its id */
    int is_root;              /* event in the lead paragraph */
    const char *date_added;   /* YYYYMMDDHHMMSS */
    const wt_gazetteer *gaz;  /* FIPS codes and country centroids; may be NULL */
    const wt_actor_codes *codes;  /* actor code parts; NULL = columns left empty */
    wt_date published;        /* the article's date: Day when the event has none */
    /* Mentions rows: the article's text (character offsets) and sentences;
     * both may be NULL/0 (then offsets are bytes, SentenceID the event's) */
    const wt_doc *doc;
} wt_gdelt_info;

/* Appends one row, newline included. Day, MonthYear, Year and FractionDate
 * come from the event's date, else info->published, else DATEADDED (the
 * day the row was made, as GDELT dates what it cannot date otherwise). */
void wt_event_gdelt(wt_buf *b, const wt_event *e, const wt_gdelt_info *info);
/* Appends the event's Mentions rows (one per mention in the article). */
void wt_event_gdelt_mentions(wt_buf *b, const wt_event *e, const wt_gdelt_info *info);
/* The 61 (event) or 16 (mentions) column names, tab-separated, newline
 * included. */
void wt_gdelt_header(wt_buf *b);
void wt_gdelt_mentions_header(wt_buf *b);
/* GlobalEventID: a 53-bit hash of the article id and the event's own
 * identity (source, target, code, evidence span). Re-coding an article gives
 * the same event the same id and a different event a different one; salt
 * (0 first) separates two events of one article that would hash alike. */
uint64_t wt_gdelt_event_id(const char *doc_id, const wt_event *e, unsigned salt);
/* The ids of events[0..n) of one article: wt_gdelt_event_id, salted where
 * two would otherwise share one. out has n slots. */
void wt_gdelt_event_ids(const char *doc_id, const wt_event *events, size_t n, uint64_t *out);
/* Current UTC time as YYYYMMDDHHMMSS into out[15]. */
void wt_gdelt_now(char out[15]);

#endif
