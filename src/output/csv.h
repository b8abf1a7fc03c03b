/* csv.h — events as RFC 4180 CSV, one header line then one row per event
 * (columns in docs/formats.md). */
#ifndef WARTA_OUTPUT_CSV_H
#define WARTA_OUTPUT_CSV_H

#include "code/event.h"
#include "util/buf.h"

void wt_csv_header(wt_buf *b);
/* Appends one row, CRLF-free ("\n" line ends), url may be NULL. */
void wt_event_csv(wt_buf *b, const wt_event *e, const char *url);

#endif
