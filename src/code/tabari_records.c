/* tabari_records.c — reading TABARI text records (see tabari_records.h). */
#include "code/tabari_records.h"
#include "dict/dict.h"
#include "util/buf.h"
#include "util/mem.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

void wt_tabari_reader_init(wt_tabari_reader *r, const char *text, size_t len)
{
    memset(r, 0, sizeof *r);
    r->text = text;
    r->len = len;
}

void wt_tabari_reader_init_chunk(wt_tabari_reader *r, const char *text, size_t len, size_t line, size_t pos)
{
    wt_tabari_reader_init(r, text, len);
    r->line = line;
    r->pos_base = pos;
}

void wt_tabari_reader_init_stream(wt_tabari_reader *r, FILE *f)
{
    memset(r, 0, sizeof *r);
    r->text = "";
    r->f = f;
}

void wt_tabari_reader_free(wt_tabari_reader *r)
{
    free(r->linebuf);
    r->linebuf = NULL;
    r->linecap = 0;
}

/* The next line from the stream (without its newline), or 0 at its end. */
static int stream_line(wt_tabari_reader *r, const char **s, size_t *n)
{
    if (!r->unget) {
        ssize_t got = getline(&r->linebuf, &r->linecap, r->f);
        if (got < 0) {
            r->read_error = ferror(r->f) != 0;
            return 0;
        }
        r->last_pos = r->pos;
        r->last_len = (size_t)got;
        r->pos += (size_t)got;
    }
    r->unget = 0;
    size_t l = r->last_len;
    if (l && r->linebuf[l - 1] == '\n')
        l--;
    if (l && r->linebuf[l - 1] == '\r')
        l--;
    r->line++;
    *s = r->linebuf;
    *n = l;
    return 1;
}

/* Reads the last line again on the next get_line. */
static void unget_line(wt_tabari_reader *r)
{
    r->line--;
    if (r->f) r->unget = 1;
    else r->pos = r->last_pos;
}

static int get_line(wt_tabari_reader *r, const char **s, size_t *n)
{
    if (r->f)
        return stream_line(r, s, n);
    if (r->pos >= r->len)
        return 0;
    r->last_pos = r->pos;
    const char *b = r->text + r->pos;
    const char *nl = memchr(b, '\n', r->len - r->pos);
    size_t l = nl ? (size_t)(nl - b) : r->len - r->pos;
    r->pos += l + (nl ? 1 : 0);
    if (l && b[l - 1] == '\r')
        l--;
    r->line++;
    *s = b;
    *n = l;
    return 1;
}

static int blank_line(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isspace((unsigned char)s[i]))
            return 0;
    return 1;
}

/* `YYMMDD ID` (or YYYYMMDD) */
static int header(const char *s, size_t n, size_t *digits)
{
    size_t i = 0;
    while (i < n && isdigit((unsigned char)s[i]))
        i++;
    if ((i != 6 && i != 8) || i >= n || !isspace((unsigned char)s[i]))
        return 0;
    size_t j = i;
    while (j < n && isspace((unsigned char)s[j]))
        j++;
    if (j >= n)
        return 0;
    *digits = i;
    return 1;
}

/* Where the next comment mark starts in s[from, n): an opening one
 * when outside a comment, the closing one inside; n when none. */
static size_t comment_mark(const char *s, size_t n, size_t from, int in_comment)
{
    char first = in_comment ? '*' : '/', second = in_comment ? '/' : '*';
    size_t p = from;
    while (p < n) {
        const char *q = memchr(s + p, first, n - p);
        if (!q)
            return n;
        p = (size_t)(q - s);
        if (p + 1 < n && s[p + 1] == second)
            return p;
        p++;
    }
    return n;
}

int wt_tabari_next(wt_tabari_reader *r, wt_tabari_record *rec)
{
    const char *s;
    size_t n, nd;
    memset(rec, 0, sizeof *rec);
    for (;;) {
        if (!get_line(r, &s, &n))
            return 0;
        if (header(s, n, &nd))
            break;
        if (n && isdigit((unsigned char)s[0]) && r->on_bad_header)
            r->on_bad_header(r->user, r->line, s, n);
    }
    rec->line = r->line;
    rec->date = wt_tabari_date(s, nd);
    size_t j = nd;
    while (j < n && isspace((unsigned char)s[j]))
        j++;
    size_t k = 0;
    while (j < n && !isspace((unsigned char)s[j]) && k + 1 < sizeof rec->id)
        rec->id[k++] = s[j++];
    rec->id[k] = 0;
    rec->text_offset = r->pos_base + r->pos;
    wt_buf text, comment;
    wt_buf_init(&text);
    wt_buf_init(&comment);
    int in_comment = 0, closed = 0;
    while (get_line(r, &s, &n)) {
        if (!in_comment && blank_line(s, n))
            break;
        if (!in_comment && header(s, n, &nd) && text.len == 0 && comment.len == 0) {
            unget_line(r);             /* an empty record: the next begins here */
            break;
        }
        /* copy the runs between comment marks in one go (a byte at a time
         * was a tenth of the coder benchmark's time) */
        for (size_t i = 0; i < n;) {
            size_t p = comment_mark(s, n, i, in_comment);
            wt_buf_append(in_comment || closed ? &comment : &text, s + i, p - i);
            if (p >= n)
                break;
            if (!in_comment) {
                in_comment = 1;
                wt_buf_putc(&text, ' ');
            } else {
                /* TABARI codes only the text before the comment: whatever
                 * follows it up to the blank line (stray expectation lines
                 * after the closing mark) still belongs to the comment */
                in_comment = 0;
                closed = 1;
                wt_buf_putc(&comment, ' ');
            }
            i = p + 2;
        }
        wt_buf_putc(in_comment || closed ? &comment : &text, in_comment || closed ? '\n' : ' ');
    }
    rec->text = wt_buf_detach(&text);
    rec->comment = wt_buf_detach(&comment);
    return 1;
}

void wt_tabari_record_free(wt_tabari_record *rec)
{
    free(rec->text);
    free(rec->comment);
    rec->text = rec->comment = NULL;
}

/* ------------------------------------------------------------ chunks */

void wt_tabari_chunker_init(wt_tabari_chunker *c, FILE *f)
{
    memset(c, 0, sizeof *c);
    c->f = f;
}

void wt_tabari_chunker_free(wt_tabari_chunker *c)
{
    free(c->data);
    c->data = NULL;
    c->len = c->cap = 0;
}

/* Follows the whole lines not yet scanned as wt_tabari_next reads them
 * (records, their comments, the blank line or empty record that ends
 * one), without copying anything; c->cut is the start of the last line
 * met outside a record, where a reader can start afresh. */
static void chunk_scan(wt_tabari_chunker *c)
{
    for (;;) {
        size_t ls = c->scanned, nd;
        const char *s = c->data + ls;
        const char *nl = memchr(s, '\n', c->len - ls);
        if (!nl) return;
        size_t n = (size_t)(nl - s);
        if (n && s[n - 1] == '\r') n--;
        c->scanned = (size_t)(nl - c->data) + 1;
        if (c->in_record && !c->in_comment && blank_line(s, n)) {
            c->in_record = 0;                    /* the record ends here */
            c->cut = c->scanned;
            continue;
        }
        if (c->in_record && !c->in_comment && !c->content && header(s, n, &nd))
            c->in_record = 0;                    /* an empty record: this header starts the next */
        if (!c->in_record) {
            c->cut = ls;
            c->in_record = header(s, n, &nd);
            c->in_comment = c->content = 0;
            continue;
        }
        for (size_t i = 0; i < n;) {
            size_t p = comment_mark(s, n, i, c->in_comment);
            if (p >= n) break;
            c->in_comment = !c->in_comment;
            i = p + 2;
        }
        c->content = 1;
    }
}

/* Reads up to `want` more bytes; 0 at the end of the input. */
static size_t chunk_fill(wt_tabari_chunker *c, size_t want)
{
    if (c->eof) return 0;
    if (c->cap - c->len < want) {
        c->cap = c->len + want;
        c->data = wt_xrealloc(c->data, c->cap);
    }
    size_t got = fread(c->data + c->len, 1, want, c->f);
    c->len += got;
    if (got < want) {
        c->eof = 1;
        c->read_error = ferror(c->f) != 0;
    }
    return got;
}

int wt_tabari_chunk_next(wt_tabari_chunker *c, size_t want, char **out, size_t *out_len, size_t *out_cap,
                         size_t *line, size_t *pos)
{
    if (want == 0) want = 1;
    while (c->len < want && chunk_fill(c, want - c->len)) {}
    chunk_scan(c);
    while (!c->cut && chunk_fill(c, want)) chunk_scan(c);
    size_t n = c->cut ? c->cut : c->len;  /* at the end: all that is left */
    if (n == 0) return 0;
    /* the chunk goes out in *out; the bytes after it move to its buffer,
     * which becomes ours (two buffers swap instead of copying the chunk) */
    if (*out_cap < c->len - n + want) {
        *out_cap = c->len - n + want;
        *out = wt_xrealloc(*out, *out_cap);
    }
    memcpy(*out, c->data + n, c->len - n);
    char *chunk = c->data;
    size_t chunk_cap = c->cap;
    c->data = *out;
    c->cap = *out_cap;
    c->len -= n;
    c->scanned = c->scanned > n ? c->scanned - n : 0;   /* at the end n may pass it */
    c->cut = 0;
    *out = chunk;
    *out_len = n;
    *out_cap = chunk_cap;
    *line = c->line;
    *pos = c->pos;
    for (const char *p = chunk; (p = memchr(p, '\n', (size_t)(chunk + n - p))) != NULL; p++) c->line++;
    c->pos += n;
    return 1;
}
