/* enrich.h — from a coded event to a usable event record.
 *
 * After the coder has said who did what to whom, enrichment adds when
 * (date, date_source, date_span), where (place, from `di/ke/dari X` in the
 * event's clause, else the dateline, through the gazetteer), how strong
 * (QuadClass from the root, Goldstein from the full code, PLOVER type),
 * and folds repeated statements of one event into one record
 * (mentions, mention_spans). The rules are in docs/events.md.
 *
 * Tables come from the data directory (data/cameo/goldstein.tsv,
 * data/cameo/plover.tsv, data/gazetteer/) and are loaded once per context,
 * on first use. */
#ifndef WARTA_CODE_ENRICH_H
#define WARTA_CODE_ENRICH_H

#include "code/event.h"
#include "code/gazetteer.h"
#include "warta.h"

/* Enriches every event of one article (doc may be NULL for TABARI records:
 * then only quad/goldstein/plover/mentions are set, and the date is the
 * record's own if the coder set one). Returns 0, or -1 when the CAMEO
 * tables cannot be loaded (reported through the context's diagnostics). */
int wt_enrich(warta_ctx *ctx, const wt_doc *doc, wt_event_list *events);

/* The same with a choice of where repeated mentions merge: across the
 * article (what wt_enrich does), within a paragraph (event data that count
 * an event once per paragraph, like the gold standard), or not at all.
 * Dates are shared across the article in every case. */
enum { WT_MERGE_ARTICLE = 0, WT_MERGE_PARAGRAPH = 1, WT_MERGE_NONE = 2 };
int wt_enrich_merge(warta_ctx *ctx, const wt_doc *doc, wt_event_list *events, int scope);

/* QuadClass 1-4 of a code's root (01-05 verbal cooperation, 06-08
 * material cooperation, 09-13 verbal conflict, 14-20 material conflict),
 * 0 for a malformed code. */
int wt_cameo_quad(const char *code);
/* Goldstein value of the full code (falling back to its base, then its
 * root); returns 0 and leaves *out alone when the code is unknown. */
int wt_cameo_goldstein(warta_ctx *ctx, const char *code, double *out);
/* PLOVER event type of a code (falling back to its base), or NULL. */
const char *wt_cameo_plover(warta_ctx *ctx, const char *code);
/* The context's gazetteer, loaded on first use; NULL when missing. */
const wt_gazetteer *wt_enrich_gazetteer(warta_ctx *ctx);

/* Loads the Goldstein/PLOVER tables and the gazetteer now rather than on
 * first use (worker contexts share them: ctx.h, wt_ctx_preload). */
void wt_enrich_load(warta_ctx *ctx);
/* Frees what the context loaded for enrichment (called by warta_free). */
void wt_enrich_free_tables(warta_ctx *ctx);

#endif
