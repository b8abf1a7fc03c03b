/* conllu.c — the CoNLL-U reader. A sentence is a run of non-blank lines
 * ended by a blank line (or end of input). Every check that a later stage
 * relies on is made here, so the tagger and parser can trust the rows:
 * ten tab-separated columns, IDs counting 1, 2, 3… without gaps, HEAD within
 * the sentence, multi-word ranges covering words that follow them. */
#include "parse/conllu.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

void wt_conllu_sent_init(wt_conllu_sent *s)
{
    memset(s, 0, sizeof *s);
    wt_arena_init(&s->arena, 1 << 14);
}

static void sent_reset(wt_conllu_sent *s)
{
    wt_arena_reset(&s->arena);
    s->comments.len = s->rows.len = s->words.len = 0;
    s->line = 0;
}

void wt_conllu_sent_free(wt_conllu_sent *s)
{
    wt_arena_free(&s->arena);
    WT_VEC_FREE(s->comments);
    WT_VEC_FREE(s->rows);
    WT_VEC_FREE(s->words);
}

void wt_conllu_reader_init(wt_conllu_reader *r, FILE *f, const char *name, wt_diag *diag)
{
    memset(r, 0, sizeof *r);
    r->f = f;
    r->name = name;
    r->diag = diag;
}

void wt_conllu_reader_free(wt_conllu_reader *r)
{
    free(r->buf);
    r->buf = NULL;
}

/* A non-negative decimal integer filling [s, e); -1 otherwise. */
static int parse_uint(const char *s, const char *e)
{
    if (s == e || e - s > 6) return -1;
    int v = 0;
    for (; s < e; s++) {
        if (*s < '0' || *s > '9') return -1;
        v = v * 10 + (*s - '0');
    }
    return v;
}

/* Splits one line into the row; a message on error. */
static const char *parse_row(wt_conllu_sent *s, char *line, size_t len, wt_conllu_row *row)
{
    char *p = wt_arena_strndup(&s->arena, line, len);
    int n = 0;
    row->col[n++] = p;
    for (char *q = p; *q; q++)
        if (*q == '\t') {
            if (n == 10) return "more than 10 columns";
            *q = '\0';
            row->col[n++] = q + 1;
        }
    if (n != 10) return "fewer than 10 tab-separated columns";
    for (int i = 0; i < 10; i++)
        if (!row->col[i][0]) return "empty column (write _ for none)";
    const char *id = row->col[WT_CU_ID];
    const char *dash = strchr(id, '-'), *dot = strchr(id, '.');
    if (dash) {
        row->kind = WT_ROW_MWT;
        row->first = parse_uint(id, dash);
        row->last = parse_uint(dash + 1, id + strlen(id));
        if (row->first < 1 || row->last <= row->first) return "bad multi-word token range in ID";
    } else if (dot) {
        row->kind = WT_ROW_EMPTY;
        row->first = parse_uint(id, dot);
        if (row->first < 0 || parse_uint(dot + 1, id + strlen(id)) < 1) return "bad empty-node ID";
        row->last = row->first;
    } else {
        row->kind = WT_ROW_WORD;
        row->first = row->last = parse_uint(id, id + strlen(id));
        if (row->first < 1) return "ID is not a positive integer";
        const char *h = row->col[WT_CU_HEAD];
        row->head = strcmp(h, "_") ? parse_uint(h, h + strlen(h)) : -1;
        if (row->head < 0 && strcmp(h, "_")) return "HEAD is not an integer or _";
    }
    return NULL;
}

/* Checks that hold across rows: consecutive word IDs, heads inside the
 * sentence, multi-word ranges over the words that follow. */
static const char *check_sentence(wt_conllu_sent *s, uint32_t *bad_line)
{
    int next = 1, mwt_last = 0;
    uint32_t mwt_line = 0;
    for (size_t i = 0; i < s->rows.len; i++) {
        wt_conllu_row *r = &s->rows.items[i];
        *bad_line = r->line;
        if (r->kind == WT_ROW_WORD) {
            if (r->first != next) return "word IDs must count 1, 2, 3... in order";
            next++;
        } else if (r->kind == WT_ROW_MWT) {
            if (r->first != next || r->first <= mwt_last)
                return "multi-word token range must start at the next word";
            mwt_last = r->last;
            mwt_line = r->line;
        }
    }
    if (mwt_last >= next) {
        *bad_line = mwt_line;
        return "multi-word token range runs past the last word";
    }
    int n = next - 1;
    for (size_t i = 0; i < s->words.len; i++) {
        wt_conllu_row *r = &s->rows.items[s->words.items[i]];
        *bad_line = r->line;
        if (r->head > n) return "HEAD points past the last word";
        if (r->head == r->first) return "a word cannot be its own HEAD";
    }
    return NULL;
}

static int add_line(wt_conllu_sent *s, char *line, size_t len, uint32_t lineno, const char **err)
{
    if (!s->line) s->line = lineno;
    if (line[0] == '#') {
        *WT_VEC_PUSH(s->comments) = wt_arena_strndup(&s->arena, line, len);
        return 0;
    }
    wt_conllu_row row = {0};
    row.line = lineno;
    if ((*err = parse_row(s, line, len, &row))) return -1;
    if (s->rows.len >= 100000) { *err = "sentence longer than 100,000 rows"; return -1; }
    if (row.kind == WT_ROW_WORD) *WT_VEC_PUSH(s->words) = (uint32_t)s->rows.len;
    *WT_VEC_PUSH(s->rows) = row;
    return 0;
}

static int finish(wt_conllu_sent *s, const char *name, wt_diag *diag)
{
    uint32_t bad = s->line;
    const char *err = s->words.len ? check_sentence(s, &bad) : "sentence without word rows";
    if (err) {
        wt_diag_at(diag, WT_DIAG_ERROR, name, bad, "%s", err);
        return -1;
    }
    return 0;
}

static size_t chomp(char *line, size_t n)
{
    while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) n--;
    line[n] = '\0';
    return n;
}

int wt_conllu_next(wt_conllu_reader *r, wt_conllu_sent *s)
{
    for (;;) {
        sent_reset(s);
        int broken = 0, any = 0;
        ssize_t got;
        while ((got = getline(&r->buf, &r->cap, r->f)) >= 0) {
            r->line++;
            size_t n = chomp(r->buf, (size_t)got);
            if (r->line == 1 && n >= 3 && !memcmp(r->buf, "\xEF\xBB\xBF", 3)) {
                memmove(r->buf, r->buf + 3, n - 2);
                n -= 3;
            }
            if (n == 0) {
                if (any) break;
                continue;
            }
            any = 1;
            if (broken) continue;
            const char *err = NULL;
            if (memchr(r->buf, '\0', n) || add_line(s, r->buf, n, (uint32_t)r->line, &err)) {
                wt_diag_at(r->diag, WT_DIAG_ERROR, r->name, r->line, "%s",
                           err ? err : "NUL byte in line");
                broken = 1;
            }
        }
        if (!any) return 0;
        if (broken || finish(s, r->name, r->diag)) {
            r->rejected++;
            continue;
        }
        r->accepted++;
        return 1;
    }
}

int wt_conllu_parse_block(const char *text, size_t len, const char *name,
                          wt_diag *diag, wt_conllu_sent *s)
{
    sent_reset(s);
    char *copy = wt_xmalloc(len + 1);
    memcpy(copy, text, len);
    copy[len] = '\0';
    int rc = 0;
    uint32_t lineno = 0;
    for (size_t i = 0; i <= len && rc == 0;) {
        size_t e = i;
        while (e < len && copy[e] != '\n') e++;
        lineno++;
        size_t n = e - i;
        copy[e] = '\0';
        if (n && copy[i + n - 1] == '\r') copy[i + --n] = '\0';
        const char *err = NULL;
        if (n && (memchr(copy + i, '\0', n) || add_line(s, copy + i, n, lineno, &err))) {
            wt_diag_at(diag, WT_DIAG_ERROR, name, lineno, "%s", err ? err : "NUL byte in line");
            rc = -1;
        }
        i = e + 1;
    }
    free(copy);
    if (rc == 0 && finish(s, name, diag)) rc = -1;
    return rc;
}
