#include "text/article.h"
#include "code/enrich.h"
#include "text/clean.h"
#include "text/dates.h"
#include "text/entities.h"
#include "text/quotes.h"
#include "text/scan.h"
#include "text/segment.h"
#include "util/file.h"
#include "util/utf8.h"

#include <stdio.h>
#include <string.h>

static void load_abbrevs(warta_ctx *ctx, wt_article_res *res)
{
    char *dir = wt_path_join(ctx->data_dir, "id");
    char *path = wt_path_join(dir, "abbreviations.txt");
    size_t len;
    char *data = wt_read_file(path, &len);
    if (!data) {
        wt_diag_at(&ctx->diag, WT_DIAG_WARNING, path, 0,
                   "cannot read the abbreviation list; sentence splitting uses the built-in rules only");
    } else {
        size_t line = 0;
        for (char *p = data; p && *p;) {
            char *nl = strchr(p, '\n');
            if (nl) *nl = '\0';
            line++;
            char word[64], mark[16];
            int got = sscanf(p, "%63s %15s", word, mark);
            if (got >= 1 && word[0] != '#') {
                int may_end = got == 2 && !strcmp(mark, "end");
                if (got == 2 && !may_end && mark[0] != '#')
                    wt_diag_at(&ctx->diag, WT_DIAG_WARNING, path, line, "unknown mark '%s' (want 'end')", mark);
                wt_strmap_put(&res->abbrevs, word, strlen(word), NULL)->value =
                    may_end ? WT_ABBREV_MAY_END : WT_ABBREV_NEVER_ENDS;
            }
            p = nl ? nl + 1 : NULL;
        }
        res->loaded = 1;
        free(data);
    }
    free(path);
    free(dir);
}

const wt_article_res *wt_article_res_get(warta_ctx *ctx)
{
    if (!ctx->article) {
        ctx->article = wt_xcalloc(1, sizeof *ctx->article);
        wt_strmap_init(&ctx->article->abbrevs);
        load_abbrevs(ctx, ctx->article);
        wt_strmap_init(&ctx->article->entity_words);
        wt_entity_words_init(&ctx->article->entity_words);
    }
    return ctx->article;
}

void wt_article_res_free(wt_article_res *res)
{
    if (!res) return;
    wt_strmap_free(&res->abbrevs);
    wt_strmap_free(&res->entity_words);
    free(res);
}

static size_t line_of(const char *s, size_t off)
{
    size_t line = 1;
    for (size_t i = 0; i < off; i++) line += s[i] == '\n';
    return line;
}

int wt_article_validate(warta_ctx *ctx, const wt_doc *d)
{
    const char *name = d->source_name ? d->source_name : (d->id ? d->id : "<input>");
    const char *nul = memchr(d->text, '\0', d->len);
    size_t bad = wt_utf8_check(d->text, nul ? (size_t)(nul - d->text) : d->len);
    if (nul && bad == (size_t)(nul - d->text)) {
        size_t line = d->source_line ? d->source_line : line_of(d->text, bad);
        wt_diag_at(&ctx->diag, WT_DIAG_ERROR, name, line, "NUL byte at byte %zu of the article; article skipped", bad);
        return -1;
    }
    if (bad < d->len) {
        size_t line = d->source_line ? d->source_line : line_of(d->text, bad);
        wt_diag_at(&ctx->diag, WT_DIAG_ERROR, name, line,
                   "invalid UTF-8 (byte 0x%02X at byte %zu of the article); article skipped",
                   (unsigned char)d->text[bad], bad);
        return -1;
    }
    return 0;
}

int wt_article_process(warta_ctx *ctx, wt_doc *d)
{
    if (!d->text) {
        d->text = "";
        d->len = 0;
    }
    if (wt_article_validate(ctx, d) != 0) return -1;
    const wt_article_res *res = wt_article_res_get(ctx);
    if (!d->date_source) d->date_source = d->date.year ? "caller" : "none";
    wt_clean(d, wt_enrich_gazetteer(ctx));
    wt_segment(d, &res->abbrevs);
    wt_dates(d);
    wt_quotes(d);
    wt_entities(ctx, d);
    return 0;
}
