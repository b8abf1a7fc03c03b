/* event_json.h — the JSON Lines rendering of one event (docs/events.md). */
#ifndef WARTA_OUTPUT_EVENT_JSON_H
#define WARTA_OUTPUT_EVENT_JSON_H

#include "code/event.h"
#include "util/buf.h"

/* Appends one JSON object (no newline). Enrichment fields (date, place,
 * quad, goldstein, plover, mentions) are written once enrichment has set
 * them: quad > 0 marks an enriched event. */
void wt_event_json(wt_buf *b, const wt_event *e);

#endif
