/* cmd_validate.c — `warta validate PROJECT`: TABARI's validation suite.
 *
 * Codes every record of the project's <textfile> with its dictionaries and
 * compares the result with the expectations in the record's comment:
 *   { SRC / TGT / EVT }   one expected event (all listed = the exact set)
 *   {---}                 nothing coded        {###} discarded
 *   {+++}                 set aside as complex { OPTION: line } an option
 *   -{ ... }              a disabled expectation (ignored)
 * Records with no expectation are not counted. Stops at the record FINAL-01
 * (the end of TABARI's standard records) unless --all is given. */
#include "cli/commands.h"
#include "code/coder.h"
#include "code/tabari_records.h"
#include "ctx.h"
#include "dict/dict.h"
#include "dict/project.h"
#include "lang/en/tokens.h"
#include "util/buf.h"
#include "util/file.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct expect_event { char s[48], t[48], c[16]; } expect_event;

typedef struct expectation {
    int kind;                  /* 0 none, 1 events, 2 null, 3 discard, 4 complex, 5 option */
    WT_VEC(expect_event) events;
    WT_VEC(char *) options;
} expectation;

static void trim_copy(char *dst, size_t cap, const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s)) { s++; n--; }
    while (n && isspace((unsigned char)s[n - 1])) n--;
    if (n >= cap) n = cap - 1;
    memcpy(dst, s, n);
    dst[n] = 0;
}

static void parse_expectations(const char *comment, expectation *x)
{
    memset(x, 0, sizeof *x);
    for (const char *p = strchr(comment, '{'); p; p = strchr(p + 1, '{')) {
        const char *q = strchr(p, '}');
        /* an OPTION line may lack its closing brace: it ends with the line */
        const char *eol = strchr(p, '\n');
        if (!q || (eol && q > eol && !strncmp(p + 1 + strspn(p + 1, " "), "OPTION:", 7)))
            q = eol ? eol : p + strlen(p);
        if (q == p)
            break;
        const char *b = p;
        while (b > comment && (b[-1] == ' ' || b[-1] == '\t')) b--;
        if (b > comment && b[-1] == '-')
            continue;
        char inner[512];
        trim_copy(inner, sizeof inner, p + 1, (size_t)(q - p - 1));
        if (!inner[0])
            continue;
        if (!strncmp(inner, "OPTION:", 7)) {
            char opt[512];
            trim_copy(opt, sizeof opt, inner + 7, strlen(inner + 7));
            *WT_VEC_PUSH(x->options) = wt_xstrdup(opt);
            x->kind = 5;
            continue;
        }
        if (!strcmp(inner, "---") || !strcmp(inner, "- - -")) { if (!x->kind) x->kind = 2; continue; }
        if (!strcmp(inner, "###")) { x->kind = 3; continue; }
        if (!strcmp(inner, "+++")) { x->kind = 4; continue; }
        const char *s1 = strchr(inner, '/');
        const char *s2 = s1 ? strchr(s1 + 1, '/') : NULL;
        if (!s2)
            continue;
        expect_event *e = WT_VEC_PUSH(x->events);
        trim_copy(e->s, sizeof e->s, inner, (size_t)(s1 - inner));
        trim_copy(e->t, sizeof e->t, s1 + 1, (size_t)(s2 - s1 - 1));
        trim_copy(e->c, sizeof e->c, s2 + 1, strlen(s2 + 1));
        if (x->kind == 0 || x->kind == 2) x->kind = 1;
    }
}

static void free_expectation(expectation *x)
{
    for (size_t i = 0; i < x->options.len; i++) free(x->options.items[i]);
    WT_VEC_FREE(x->options);
    WT_VEC_FREE(x->events);
}

static int has_event(const wt_code_result *r, const expect_event *e)
{
    for (size_t i = 0; i < r->events.len; i++) {
        const wt_coded_event *g = &r->events.items[i];
        if (!strcmp(g->source, e->s) && !strcmp(g->target, e->t) && !strcmp(g->code, e->c))
            return 1;
    }
    return 0;
}

static int expected(const expectation *x, const wt_coded_event *g)
{
    for (size_t i = 0; i < x->events.len; i++) {
        const expect_event *e = &x->events.items[i];
        if (!strcmp(g->source, e->s) && !strcmp(g->target, e->t) && !strcmp(g->code, e->c))
            return 1;
    }
    return 0;
}

static int passes(const expectation *x, const wt_code_result *r)
{
    switch (x->kind) {
    case 1:
        if (r->status != WT_CS_CODED) return 0;
        for (size_t i = 0; i < x->events.len; i++)
            if (!has_event(r, &x->events.items[i])) return 0;
        for (size_t i = 0; i < r->events.len; i++)
            if (!expected(x, &r->events.items[i])) return 0;
        return 1;
    case 2: return r->events.len == 0 && (r->status == WT_CS_CODED || r->status == WT_CS_TOO_SHORT);
    case 3: return r->status == WT_CS_DISCARD;
    case 4: return r->status == WT_CS_COMPLEX;
    }
    return 1;
}

static void print_expected(FILE *f, const expectation *x)
{
    switch (x->kind) {
    case 2: fputs("{---}", f); return;
    case 3: fputs("{###}", f); return;
    case 4: fputs("{+++}", f); return;
    }
    for (size_t i = 0; i < x->events.len; i++)
        fprintf(f, "%s{ %s / %s / %s }", i ? " " : "", x->events.items[i].s, x->events.items[i].t,
                x->events.items[i].c);
}

static void print_got(FILE *f, const wt_code_result *r)
{
    if (r->status == WT_CS_DISCARD) { fprintf(f, "{###} (%s)", r->reason ? r->reason : ""); return; }
    if (r->status == WT_CS_COMPLEX) { fprintf(f, "{+++} (%s)", r->reason ? r->reason : ""); return; }
    if (!r->events.len) { fputs("{---}", f); return; }
    for (size_t i = 0; i < r->events.len; i++) {
        const wt_coded_event *e = &r->events.items[i];
        fprintf(f, "%s{ %s / %s / %s } [%s:%u]", i ? " " : "", e->source, e->target, e->code,
                e->rule.file ? e->rule.file : "", e->rule.line);
    }
}

static void usage(FILE *f)
{
    fputs("usage: warta validate [--all] [--explain] [--quiet] PROJECT\n"
          "\n"
          "Codes each record of a TABARI validation project (its .project names\n"
          "the dictionaries, options and text) and compares with the expected\n"
          "events in the record comments. Prints each failing record (id,\n"
          "expected, got) and ends with `N passed, N failed, N skipped`.\n"
          "  --all      go on past FINAL-01 (the non-standard records)\n"
          "  --explain  print the parse of failing records\n"
          "  --quiet    only the summary line\n"
          "Exit status: 0 all passed, 1 some failed, 2 usage, 3 unreadable project.\n", f);
}

int cmd_validate(warta_ctx *ctx, int argc, char **argv)
{
    const char *project = NULL;
    int all = 0, explain = 0, quiet = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) { usage(stdout); return WT_EXIT_OK; }
        else if (!strcmp(argv[i], "--all")) all = 1;
        else if (!strcmp(argv[i], "--explain")) explain = 1;
        else if (!strcmp(argv[i], "--quiet")) quiet = 1;
        else if (argv[i][0] == '-') { usage(stderr); return WT_EXIT_USAGE; }
        else if (!project) project = argv[i];
        else { usage(stderr); return WT_EXIT_USAGE; }
    }
    if (!project) { usage(stderr); return WT_EXIT_USAGE; }
    wt_dict d;
    wt_dict_init(&d);
    char *textfile = NULL;
    if (wt_project_load_dicts(&d, project, &textfile, &ctx->diag) < 0 || !textfile) {
        if (!textfile)
            fprintf(stderr, "%s: no <textfile> in the project\n", project);
        free(textfile);
        wt_dict_free(&d);
        return WT_EXIT_FATAL;
    }
    wt_dict_finish(&d);
    size_t len;
    char *text = wt_read_file(textfile, &len);
    if (!text) {
        fprintf(stderr, "%s: cannot read: %s\n", textfile, strerror(errno));
        free(textfile);
        wt_dict_free(&d);
        return WT_EXIT_FATAL;
    }
    wt_coder *coder = wt_coder_new(&d, &wt_lang_rules_en);
    wt_code_result res;
    wt_code_result_init(&res);
    wt_arena arena;
    wt_arena_init(&arena, 64 * 1024);
    wt_ctok_vec toks = {0};
    wt_tabari_reader rd;
    wt_tabari_reader_init(&rd, text, len);
    wt_tabari_record rec;
    size_t passed = 0, failed = 0, skipped = 0;
    while (wt_tabari_next(&rd, &rec)) {
        if (!all && !strcmp(rec.id, "FINAL-01")) {
            wt_tabari_record_free(&rec);
            break;
        }
        expectation x;
        parse_expectations(rec.comment, &x);
        if (x.kind == 5) {
            for (size_t i = 0; i < x.options.len; i++)
                if (wt_dict_apply_option(&d, x.options.items[i], textfile, rec.line, &ctx->diag) == 0)
                    *wt_coder_options_mut(coder) = d.opts;
            free_expectation(&x);
            wt_tabari_record_free(&rec);
            continue;
        }
        wt_arena_reset(&arena);
        toks.len = 0;
        wt_en_tokenize(rec.text, strlen(rec.text), &arena, &toks);
        wt_coder_set_record(coder, rec.id);
        wt_coder_code(coder, toks.items, toks.len, rec.date > 0 ? rec.date : 0, &res);
        if (x.kind == 0) {
            skipped++;
        } else if (passes(&x, &res)) {
            passed++;
        } else {
            failed++;
            if (!quiet) {
                printf("%s (%s:%zu)\n  expected: ", rec.id, textfile, rec.line);
                print_expected(stdout, &x);
                printf("\n  got:      ");
                print_got(stdout, &res);
                printf("\n");
                if (explain) {
                    printf("  parse:    ");
                    fflush(stdout);
                    wt_coder_explain(coder, stdout);
                }
            }
        }
        free_expectation(&x);
        wt_tabari_record_free(&rec);
    }
    printf("%zu passed, %zu failed, %zu skipped\n", passed, failed, skipped);
    WT_VEC_FREE(toks);
    wt_arena_free(&arena);
    wt_code_result_free(&res);
    wt_coder_free(coder);
    free(text);
    free(textfile);
    wt_dict_free(&d);
    return failed ? WT_EXIT_REJECTED : WT_EXIT_OK;
}
