#include "ctx.h"
#include "text/article.h"
#include "code/enrich.h"
#include "lang/id/lemma.h"
#include "parse/parse.h"
#include "util/file.h"
#include "util/mem.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef WARTA_DATA_DIR
#define WARTA_DATA_DIR "data"
#endif

/* data/ beside bin/: lets an installed or copied tree find its dictionaries
 * without configuration. Linux-only (/proc); elsewhere the fallbacks apply. */
static char *data_dir_beside_exe(void)
{
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return NULL;
    exe[n] = '\0';
    for (int up = 0; up < 2; up++) {
        char *slash = strrchr(exe, '/');
        if (!slash) return NULL;
        *slash = '\0';
    }
    char *dir = wt_path_join(exe, "data");
    if (wt_is_dir(dir)) return dir;
    free(dir);
    return NULL;
}

static char *default_data_dir(void)
{
    const char *env = getenv("WARTA_DATA");
    if (env && *env) return wt_xstrdup(env);
    char *beside = data_dir_beside_exe();
    return beside ? beside : wt_xstrdup(WARTA_DATA_DIR);
}

warta_ctx *warta_new(void)
{
    warta_ctx *ctx = wt_xcalloc(1, sizeof *ctx);
    ctx->data_dir = default_data_dir();
    wt_diag_init(&ctx->diag);
    return ctx;
}

void warta_free(warta_ctx *ctx)
{
    if (!ctx) return;
    wt_enrich_free_tables(ctx);
    wt_article_res_free(ctx->article);
    wt_lemmatizer_free(ctx->lemmatizer);
    wt_ctx_syntax_free(ctx);
    free(ctx->data_dir);
    free(ctx);
}

const char *warta_version(void) { return WARTA_VERSION; }

void warta_set_data_dir(warta_ctx *ctx, const char *dir)
{
    free(ctx->data_dir);
    ctx->data_dir = wt_xstrdup(dir);
}

const char *warta_data_dir(const warta_ctx *ctx) { return ctx->data_dir; }

void warta_set_diag(warta_ctx *ctx, warta_diag_fn fn, void *user)
{
    ctx->diag.fn = fn;
    ctx->diag.user = user;
}

size_t warta_error_count(const warta_ctx *ctx) { return ctx->diag.errors; }
size_t warta_warning_count(const warta_ctx *ctx) { return ctx->diag.warnings; }
