/* ctx.h — what a warta_ctx holds. Internal: the public header only sees an
 * opaque handle. Resources are loaded lazily, on first use, and owned here. */
#ifndef WARTA_CTX_H
#define WARTA_CTX_H

#include "warta.h"
#include "util/diag.h"

struct warta_ctx {
    char *data_dir;
    wt_diag diag;
};

#endif
