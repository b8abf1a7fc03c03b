/* gdelt.h — events as rows of the GDELT 2.0 event table (docs/formats.md).
 *
 * 61 tab-separated columns in GDELT's order; what warta does not know
 * (AvgTone, ethnic codes, ADM2, GNS feature ids of cities) is left empty,
 * as GDELT leaves fields it cannot fill. */
#ifndef WARTA_OUTPUT_GDELT_H
#define WARTA_OUTPUT_GDELT_H

#include "code/event.h"
#include "code/gazetteer.h"
#include "util/buf.h"

#include <stdint.h>

enum { WT_GDELT_COLUMNS = 61 };

/* What a row needs besides the event. */
typedef struct wt_gdelt_info {
    uint64_t id;              /* GlobalEventID */
    const char *url;          /* SOURCEURL: article URL, else its id */
    int is_root;              /* event in the lead paragraph */
    const char *date_added;   /* YYYYMMDDHHMMSS */
    const wt_gazetteer *gaz;  /* FIPS codes and country centroids; may be NULL */
} wt_gdelt_info;

/* Appends one row, newline included. */
void wt_event_gdelt(wt_buf *b, const wt_event *e, const wt_gdelt_info *info);
/* The 61 column names, tab-separated, newline included. */
void wt_gdelt_header(wt_buf *b);
/* A stable GlobalEventID: a 53-bit hash of article id and event index, so
 * re-coding an article gives its events the same ids. */
uint64_t wt_gdelt_event_id(const char *doc_id, size_t index);
/* Current UTC time as YYYYMMDDHHMMSS into out[15]. */
void wt_gdelt_now(char out[15]);

#endif
