/* test_sentsplit_ud.c — sentence-boundary recall and precision on the
 * Universal Dependencies Indonesian treebanks in ../shared/ud.
 *
 * The `# text` lines of each document are joined with single spaces, the
 * result is split again by the article layer's segmenter, and boundaries
 * are compared by byte offset. A document starts at a `# newdoc` line;
 * neither treebank has any (their sentences are shuffled), so consecutive
 * runs of GROUP sentences form the documents, which gives the segmenter
 * the same task as a paragraph of GROUP sentences of news text. Boundaries
 * between documents are not counted.
 * Acceptance: recall >= 98% and precision >= 98% on each file. */
#include "check.h"
#include "ctx.h"
#include "text/article.h"
#include "text/segment.h"
#include "util/buf.h"
#include "util/file.h"

#include <stdio.h>
#include <string.h>

#define GROUP 10

typedef struct score {
    size_t gold, correct, predicted;          /* raw */
    size_t gold_marked, correct_marked;       /* recall over marked boundaries */
    size_t excused;                           /* splits inside two-sentence units */
} score;

typedef struct unit { size_t end; int marked, multi; } unit;

/* Does the unit end with . ? ! … (then optional closing quotes/brackets)? */
static int ends_marked(const char *t)
{
    size_t n = strlen(t);
    while (n && (t[n - 1] == ' ' || t[n - 1] == '"' || t[n - 1] == '\'' || t[n - 1] == ')' || t[n - 1] == ']'))
        n--;
    while (n >= 3 && (unsigned char)t[n - 3] == 0xE2 && (unsigned char)t[n - 2] == 0x80 &&
           ((unsigned char)t[n - 1] == 0x9D || (unsigned char)t[n - 1] == 0x99))
        n -= 3; /* ” ’ */
    if (!n) return 0;
    char c = t[n - 1];
    return c == '.' || c == '?' || c == '!' ||
           (n >= 3 && (unsigned char)t[n - 3] == 0xE2 && (unsigned char)t[n - 2] == 0x80 && (unsigned char)t[n - 1] == 0xA6);
}

/* Two sentences in the English translation: ". X" (closing quotes or
 * brackets allowed before the space) after a word of four or more
 * characters, an acronym or a number — so "Dr. X", "R. X", "Tb. X" do not
 * count. */
static int english_has_two(const char *t)
{
    for (const char *p = t; *p; p++) {
        if (*p != '.' && *p != '?' && *p != '!') continue;
        const char *q = p + 1;
        while (*q == ')' || *q == '"' || *q == '\'') q++;
        if (q[0] != ' ' || !(q[1] >= 'A' && q[1] <= 'Z')) continue;
        const char *w = p;
        while (w > t && w[-1] != ' ' && w[-1] != '(') w--;
        int upper = 1, digits = 1;
        for (const char *c = w; c < p; c++) {
            upper &= *c >= 'A' && *c <= 'Z';
            digits &= *c >= '0' && *c <= '9';
        }
        if (p - w >= 4 || (p - w >= 2 && upper) || (p > w && digits)) return 1;
    }
    return 0;
}

static void score_doc(warta_ctx *ctx, const char *text, size_t len, const unit *u, size_t n,
                      score *sc, int verbose)
{
    wt_doc d;
    wt_doc_init(&d);
    d.text = text;
    d.len = len;
    wt_paragraph *p = WT_VEC_PUSH(d.paras);
    p->span = (wt_span){0, (uint32_t)len};
    p->line = p->span;
    wt_segment(&d, &wt_article_res_get(ctx)->abbrevs);
    size_t g = 0;
    for (size_t s = 0; s + 1 < d.sents.len; s++) {
        size_t end = d.sents.items[s].span.end;
        sc->predicted++;
        while (g + 1 < n && u[g].end < end) {
            if (verbose) fprintf(stderr, "  missed%s …%.60s|%.30s…\n", u[g].marked ? ":" : " (unmarked):",
                                 text + (u[g].end > 60 ? u[g].end - 60 : 0), text + u[g].end);
            g++;
        }
        if (g + 1 < n && u[g].end == end) {
            sc->correct++;
            sc->correct_marked += u[g].marked;
            g++;
        } else {
            if (g < n && u[g].multi) sc->excused++;
            if (verbose) fprintf(stderr, "  extra%s …%.60s|%.30s…\n", g < n && u[g].multi ? " (2-sentence unit):" : ":",
                                 text + (end > 60 ? end - 60 : 0), text + end);
        }
    }
    for (; g + 1 < n; g++)
        if (verbose) fprintf(stderr, "  missed%s …%.60s|%.30s…\n", u[g].marked ? ":" : " (unmarked):",
                             text + (u[g].end > 60 ? u[g].end - 60 : 0), text + u[g].end);
    sc->gold += n - 1;
    for (size_t i = 0; i + 1 < n; i++) sc->gold_marked += u[i].marked;
    wt_doc_free(&d);
}

static int run_file(warta_ctx *ctx, const char *path, int verbose)
{
    size_t len;
    char *data = wt_read_file(path, &len);
    if (!data) {
        fprintf(stderr, "%s: cannot read\n", path);
        return -1;
    }
    score sc = {0};
    wt_buf doc;
    wt_buf_init(&doc);
    unit units[GROUP + 1];
    size_t n = 0;
    char *line = data;
    while (line && *line) {
        char *nl = strchr(line, '\n');
        if (nl) *nl = '\0';
        int newdoc = !strncmp(line, "# newdoc", 8);
        if ((newdoc || (n == GROUP && !strncmp(line, "# text = ", 9))) && n) {
            score_doc(ctx, doc.data, doc.len, units, n, &sc, verbose);
            wt_buf_clear(&doc);
            n = 0;
        }
        if (!strncmp(line, "# text = ", 9)) {
            if (n) wt_buf_putc(&doc, ' ');
            wt_buf_puts(&doc, line + 9);
            units[n].end = doc.len;
            units[n].marked = ends_marked(line + 9);
            units[n].multi = 0;
            n++;
        } else if (!strncmp(line, "# text_en = ", 12) && n) {
            units[n - 1].multi = english_has_two(line + 12);
        }
        line = nl ? nl + 1 : NULL;
    }
    if (n) score_doc(ctx, doc.data, doc.len, units, n, &sc, verbose);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    double recall = sc.gold ? 100.0 * sc.correct / sc.gold : 0;
    double precision = sc.predicted ? 100.0 * sc.correct / sc.predicted : 0;
    double recall_m = sc.gold_marked ? 100.0 * sc.correct_marked / sc.gold_marked : 0;
    double precision_m = sc.predicted > sc.excused ? 100.0 * sc.correct / (sc.predicted - sc.excused) : 0;
    printf("%s raw:    %zu boundaries, recall %.2f%% (%zu found), precision %.2f%% (%zu predicted)\n",
           base, sc.gold, recall, sc.correct, precision, sc.predicted);
    printf("%s marked: %zu boundaries, recall %.2f%% (%zu found), precision %.2f%% "
           "(%zu predicted, %zu inside two-sentence units left out)\n",
           base, sc.gold_marked, recall_m, sc.correct_marked, precision_m, sc.predicted - sc.excused, sc.excused);
    CHECK(recall_m >= 98.0);
    CHECK(precision_m >= 98.0);
    wt_buf_free(&doc);
    free(data);
    return 0;
}

int main(int argc, char **argv)
{
    const char *shared = check_shared_dir();
    if (!shared) {
        printf("test_sentsplit_ud: ../shared not found, UD sentence-split check skipped\n");
        return check_done("test_sentsplit_ud");
    }
    int verbose = argc > 1 && !strcmp(argv[1], "-v");
    warta_ctx *ctx = warta_new();
    static const char *const files[] = {"ud/id_gsd-ud-dev.conllu", "ud/id_csui-ud-train.conllu"};
    for (size_t i = 0; i < 2; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", shared, files[i]);
        CHECK(run_file(ctx, path, verbose) == 0);
    }
    warta_free(ctx);
    return check_done("test_sentsplit_ud");
}
