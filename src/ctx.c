/* dladdr (finding the installed prefix from the library) is a GNU extension */
#define _GNU_SOURCE
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

#include <dlfcn.h>

/* Two places are compiled in. WARTA_SHARE_DIR is the install prefix's
 * share/warta (`make install PREFIX=...`, default /usr/local); WARTA_DATA_DIR
 * is the build tree's data/, the last resort for a program built and run in
 * place (tests). Both are only fallbacks: an installed or moved tree is
 * found relative to the running binary or library first. */
#ifndef WARTA_SHARE_DIR
#define WARTA_SHARE_DIR "/usr/local/share/warta"
#endif
#ifndef WARTA_DATA_DIR
#define WARTA_DATA_DIR "data"
#endif

/* DIR/../REL when it is a directory: PREFIX/bin/warta → PREFIX/share/warta,
 * PREFIX/lib/libwarta.so → PREFIX/share/warta, TREE/bin/warta → TREE/data. */
static char *sibling_dir(const char *file, const char *rel)
{
    char path[4096];
    if (snprintf(path, sizeof path, "%s", file) >= (int)sizeof path) return NULL;
    for (int up = 0; up < 2; up++) {
        char *slash = strrchr(path, '/');
        if (!slash) return NULL;
        *slash = '\0';
    }
    char *dir = wt_path_join(path[0] ? path : "/", rel);
    if (wt_is_dir(dir)) return dir;
    free(dir);
    return NULL;
}

/* The running executable (Linux /proc; elsewhere the fallbacks apply). */
static int exe_path(char *out, size_t cap)
{
    ssize_t n = readlink("/proc/self/exe", out, cap - 1);
    if (n <= 0) return -1;
    out[n] = '\0';
    return 0;
}

/* The shared library (or executable) this code was loaded from, so that a
 * program linked against PREFIX/lib/libwarta.so finds PREFIX/share/warta. */
static const char *library_path(void)
{
    Dl_info info;
    if (dladdr((void *)warta_version, &info) && info.dli_fname && info.dli_fname[0] == '/')
        return info.dli_fname;
    return NULL;
}

/* Order (docs in include/warta.h): $WARTA_DATA; the prefix's share/warta
 * beside the binary, beside the library, or the compiled-in prefix; data/
 * beside bin/ in a build tree; the build tree it was compiled in. The
 * --data option of the command replaces all of these. */
static char *default_data_dir(void)
{
    const char *env = getenv("WARTA_DATA");
    if (env && *env) return wt_xstrdup(env);
    char exe[4096];
    int have_exe = exe_path(exe, sizeof exe) == 0;
    const char *lib = library_path();
    char *dir = NULL;
    if (have_exe) dir = sibling_dir(exe, "share/warta");
    if (!dir && lib) dir = sibling_dir(lib, "share/warta");
    if (!dir && wt_is_dir(WARTA_SHARE_DIR)) dir = wt_xstrdup(WARTA_SHARE_DIR);
    if (!dir && have_exe) dir = sibling_dir(exe, "data");
    return dir ? dir : wt_xstrdup(WARTA_DATA_DIR);
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
    if (!ctx->borrowed) {
        wt_enrich_free_tables(ctx);
        wt_article_res_free(ctx->article);
        wt_ctx_syntax_free(ctx);
    }
    wt_lemmatizer_free(ctx->lemmatizer);
    free(ctx->data_dir);
    free(ctx);
}

void wt_ctx_preload(warta_ctx *ctx, unsigned what)
{
    if (what & WT_PRELOAD_ARTICLE) wt_article_res_get(ctx);
    if (what & WT_PRELOAD_ENRICH) wt_enrich_load(ctx);
    if (what & WT_PRELOAD_SYNTAX) wt_ctx_syntax(ctx);
}

warta_ctx *wt_ctx_worker_new(const warta_ctx *parent)
{
    warta_ctx *w = wt_xcalloc(1, sizeof *w);
    w->data_dir = wt_xstrdup(parent->data_dir);
    wt_diag_init(&w->diag);
    w->diag.fn = parent->diag.fn;
    w->diag.user = parent->diag.user;
    w->diag.quiet = parent->diag.quiet;
    w->cameo = parent->cameo;
    w->gazetteer = parent->gazetteer;
    w->cameo_tried = parent->cameo_tried;
    w->gazetteer_tried = parent->gazetteer_tried;
    w->article = parent->article;
    w->syntax = parent->syntax;
    w->syntax_tried = parent->syntax_tried;
    w->borrowed = 1;
    return w;
}

void wt_ctx_worker_free(warta_ctx *parent, warta_ctx *worker)
{
    if (!worker) return;
    parent->diag.errors += worker->diag.errors;
    parent->diag.warnings += worker->diag.warnings;
    if (worker->diag.errors) memcpy(parent->diag.last_error, worker->diag.last_error, sizeof parent->diag.last_error);
    warta_free(worker);
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

const char *warta_last_error(const warta_ctx *ctx)
{
    return ctx ? ctx->diag.last_error : "";
}
