/* sink.h — where coded events go: stdout in one of three formats, and/or
 * a SQLite store. The code commands open one sink, write each article's
 * enriched events to it, and close it:
 *
 *     wt_sink_options o = {.format = "gdelt", .out = stdout, .db_path = db};
 *     wt_sink *sink = wt_sink_open(ctx, &o);
 *     ... wt_enrich(ctx, doc, &events); wt_sink_write(sink, doc, &events); ...
 *     status = wt_sink_close(sink);
 *
 * The declarations are public (include/warta.h, "event records, outputs"). */
#ifndef WARTA_OUTPUT_SINK_H
#define WARTA_OUTPUT_SINK_H

#include "code/event.h"
#include "warta.h"

#endif
