/* warta.h — the public interface of libwarta.
 *
 * warta turns news articles into event data: who did what to whom, when and
 * where. The library has no global mutable state: everything hangs off a
 * warta_ctx, and handles are opaque. One context may be used by one thread
 * at a time; use one context per thread for parallel coding (loaded
 * dictionaries are read-only after loading).
 *
 * Sections follow the pipeline: context, article layer, Indonesian
 * morphology, dictionaries and coder, event records and outputs, store. */
#ifndef WARTA_H
#define WARTA_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WARTA_VERSION "0.1.0"

/* ---------------------------------------------------------------- context */

typedef struct warta_ctx warta_ctx;

/* Severity passed to a diagnostic callback. */
enum { WARTA_NOTE = 0, WARTA_WARNING = 1, WARTA_ERROR = 2 };

/* Called for each problem found in outside input; `where` is "file:line" or
 * a record id. Without a callback, diagnostics go to stderr. */
typedef void (*warta_diag_fn)(void *user, int severity, const char *where,
                              const char *message);

warta_ctx *warta_new(void);
void warta_free(warta_ctx *ctx);
const char *warta_version(void);

/* Where dictionaries and lexicons are read from. Default: $WARTA_DATA, else
 * the data/ folder beside the executable's bin/, else the build tree's. */
void warta_set_data_dir(warta_ctx *ctx, const char *dir);
const char *warta_data_dir(const warta_ctx *ctx);
void warta_set_diag(warta_ctx *ctx, warta_diag_fn fn, void *user);
/* Errors and warnings reported since the context was created. */
size_t warta_error_count(const warta_ctx *ctx);
size_t warta_warning_count(const warta_ctx *ctx);

/* ----------------------------------------------------------- article layer */
/* (ingest, cleaning, segmentation, dates, quotes) */

/* ------------------------------------------------- Indonesian morphology */

/* --------------------------------------------------- dictionaries, coder */

/* ------------------------------------------------- event records, outputs */

/* ------------------------------------------------------------------ store */

#ifdef __cplusplus
}
#endif
#endif
