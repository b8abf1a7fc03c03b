#include "ingest/ingest.h"
#include "ctx.h"
#include "text/dates.h"
#include "text/scan.h"
#include "util/file.h"
#include "util/mem.h"
#include "util/utf8.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

/* A JSONL source being read line by line through a fixed window, so a
 * 20 MB line costs at most WT_MAX_ARTICLE_BYTES of buffer. */
typedef struct line_reader {
    FILE *f;
    char *buf;
    size_t cap, pos, len;
    size_t line;      /* 1-based number of the line last returned */
    int eof;
    int any_content;  /* saw a non-blank line (for "empty file") */
} line_reader;

struct wt_reader {
    warta_ctx *ctx;
    enum wt_input_format fmt;
    WT_VEC(char *) queue;   /* inputs not yet opened; STREAM_MARK = a stream */
    WT_VEC(FILE *) streams; /* queued streams, in order */
    size_t next_stream;
    size_t next_input;
    /* the JSONL source being read, if any */
    line_reader lr;
    char *cur_name;         /* display name of the open source */
    char *cur_base;         /* file name without extension, for ids */
    int cur_open;
    int cur_is_stream;      /* the open source belongs to the caller */
    size_t accepted, rejected, bytes;
};

wt_reader *wt_reader_new(warta_ctx *ctx, enum wt_input_format fmt)
{
    wt_reader *r = wt_xcalloc(1, sizeof *r);
    r->ctx = ctx;
    r->fmt = fmt;
    return r;
}

static void close_source(wt_reader *r)
{
    if (r->lr.f && r->lr.f != stdin && !r->cur_is_stream) fclose(r->lr.f);
    r->cur_is_stream = 0;
    free(r->lr.buf);
    memset(&r->lr, 0, sizeof r->lr);
    free(r->cur_name);
    free(r->cur_base);
    r->cur_name = r->cur_base = NULL;
    r->cur_open = 0;
}

void wt_reader_free(wt_reader *r)
{
    if (!r) return;
    close_source(r);
    for (size_t i = r->next_input; i < r->queue.len; i++) free(r->queue.items[i]);
    WT_VEC_FREE(r->queue);
    WT_VEC_FREE(r->streams);
    free(r);
}

void wt_reader_add(wt_reader *r, const char *path)
{
    *WT_VEC_PUSH(r->queue) = wt_xstrdup(path);
}

/* Queue entries naming a stream start with this byte, which no path has. */
#define STREAM_MARK '\x01'

void wt_reader_add_stream(wt_reader *r, FILE *f, const char *name)
{
    size_t n = strlen(name);
    char *entry = wt_xmalloc(n + 2);
    entry[0] = STREAM_MARK;
    memcpy(entry + 1, name, n + 1);
    *WT_VEC_PUSH(r->queue) = entry;
    *WT_VEC_PUSH(r->streams) = f;
}

size_t wt_reader_accepted(const wt_reader *r) { return r->accepted; }
size_t wt_reader_rejected(const wt_reader *r) { return r->rejected; }
size_t wt_reader_bytes(const wt_reader *r) { return r->bytes; }

int wt_reader_parse_date(const char *s, wt_date *out)
{
    return wt_date_parse(s, out);
}

static void reject(wt_reader *r, const char *file, size_t line, const char *fmt, const char *detail)
{
    r->rejected++;
    wt_diag_at(&r->ctx->diag, WT_DIAG_ERROR, file, line, fmt, detail ? detail : "");
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Replaces the directory at queue[next_input - 1] by what it holds: its
 * .txt and .jsonl files and its subdirectories (expanded in turn when the
 * queue reaches them, so the walk is recursive), in path order. Hidden
 * entries (.name) are left out; symbolic links to directories are not
 * followed (no loops); a FIFO, socket or device named .txt/.jsonl is
 * skipped with a warning, as reading it could block forever. */
static void expand_dir(wt_reader *r, const char *dir)
{
    DIR *dh = opendir(dir);
    if (!dh) {
        reject(r, dir, 0, "cannot open directory: %s", strerror(errno));
        return;
    }
    WT_VEC(char *) found = {0};
    struct dirent *e;
    while ((e = readdir(dh))) {
        if (e->d_name[0] == '.') continue;
        char *p = wt_path_join(dir, e->d_name);
        struct stat link, st;
        if (lstat(p, &link) == 0 && S_ISDIR(link.st_mode)) {
            *WT_VEC_PUSH(found) = p;
            continue;
        }
        if ((!wt_has_suffix(e->d_name, ".txt") && !wt_has_suffix(e->d_name, ".jsonl")) || stat(p, &st) != 0 ||
            S_ISDIR(st.st_mode)) {
            free(p);
            continue;
        }
        if (!S_ISREG(st.st_mode)) {
            wt_diag_at(&r->ctx->diag, WT_DIAG_WARNING, p, 0, "not a regular file (a FIFO or device); skipped");
            free(p);
            continue;
        }
        *WT_VEC_PUSH(found) = p;
    }
    closedir(dh);
    qsort(found.items, found.len, sizeof *found.items, cmp_str);
    /* Insert them where the directory was, keeping the queue order. */
    size_t at = r->next_input, old = r->queue.len;
    for (size_t i = 0; i < found.len; i++) WT_VEC_PUSH(r->queue);
    memmove(r->queue.items + at + found.len, r->queue.items + at, (old - at) * sizeof *r->queue.items);
    memcpy(r->queue.items + at, found.items, found.len * sizeof *found.items);
    WT_VEC_FREE(found);
}

/* ------------------------------------------------------------ .txt files */

static size_t line_of(const char *s, size_t off)
{
    size_t line = 1;
    for (size_t i = 0; i < off; i++) line += s[i] == '\n';
    return line;
}

/* Reads a whole stream up to the article limit; *too_big set when over. */
static char *slurp(FILE *f, const char *prefix, size_t prefix_len, size_t *len, int *too_big)
{
    size_t cap = prefix_len + 65536, n = prefix_len;
    char *data = wt_xmalloc(cap);
    memcpy(data, prefix, prefix_len);
    *too_big = 0;
    for (;;) {
        if (cap - n < 2) data = wt_xrealloc(data, cap *= 2);
        size_t got = fread(data + n, 1, cap - n - 1, f);
        n += got;
        if (n > WT_MAX_ARTICLE_BYTES) {
            *too_big = 1;
            /* Count the rest without keeping it. */
            char sink[65536];
            while ((got = fread(sink, 1, sizeof sink, f)) > 0) n += got;
            break;
        }
        if (got == 0) break;
    }
    data[n < cap ? n : cap - 1] = '\0';
    *len = n;
    return data;
}

/* Checks and hands out one .txt article; 1 when d was filled. */
static int take_txt(wt_reader *r, wt_doc *d, const char *name, const char *base, char *data, size_t len, int too_big)
{
    r->bytes += len;
    if (too_big) {
        char detail[64];
        snprintf(detail, sizeof detail, "%zu", len);
        reject(r, name, 0, "article is %s bytes, over the 8 MiB limit; skipped", detail);
        free(data);
        return 0;
    }
    size_t i = 0;
    while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t')) i++;
    if (i == len) {
        reject(r, name, 0, "empty file%s; no article", "");
        free(data);
        return 0;
    }
    const char *nul = memchr(data, '\0', len);
    size_t bad = wt_utf8_validate(data, nul ? (size_t)(nul - data) : len);
    if (nul && bad == (size_t)(nul - data)) {
        reject(r, name, line_of(data, bad), "NUL byte in the text; article skipped%s", "");
        free(data);
        return 0;
    }
    if (bad < len) {
        char detail[64];
        snprintf(detail, sizeof detail, "0x%02X", (unsigned char)data[bad]);
        reject(r, name, line_of(data, bad), "invalid UTF-8 (byte %s); article skipped", detail);
        free(data);
        return 0;
    }
    wt_doc_reset(d);
    d->text = wt_arena_strndup(&d->arena, data, len);
    d->len = len;
    d->id = wt_arena_strdup(&d->arena, base);
    d->source_name = wt_arena_strdup(&d->arena, name);
    free(data);
    r->accepted++;
    return 1;
}

/* ---------------------------------------------------------- JSON Lines */

static void lr_open(line_reader *lr, FILE *f, const char *prefix, size_t prefix_len)
{
    memset(lr, 0, sizeof *lr);
    lr->f = f;
    lr->cap = 1 << 16;
    while (lr->cap < prefix_len + 1) lr->cap *= 2;
    lr->buf = wt_xmalloc(lr->cap);
    memcpy(lr->buf, prefix, prefix_len);
    lr->len = prefix_len;
}

/* Next line (without '\n') in *line and *n. Returns 1 for a line, 2 for a line
 * over the limit (skipped, *n = its length), 0 at the end. */
static int lr_next(line_reader *lr, const char **line, size_t *n)
{
    size_t skipped = 0;
    int skipping = 0;
    for (;;) {
        char *nl = lr->pos < lr->len ? memchr(lr->buf + lr->pos, '\n', lr->len - lr->pos) : NULL;
        if (nl || (lr->eof && lr->pos < lr->len)) {
            size_t end = nl ? (size_t)(nl - lr->buf) : lr->len;
            *line = lr->buf + lr->pos;
            *n = end - lr->pos;
            lr->pos = nl ? end + 1 : end;
            lr->line++;
            if (skipping) { *n += skipped; return 2; }
            return 1;
        }
        if (lr->eof) {
            if (skipping) { lr->line++; *n = skipped; return 2; }
            return 0;
        }
        /* No newline in the window: make room, or give up on this line. */
        size_t pending = lr->len - lr->pos;
        if (pending > WT_MAX_ARTICLE_BYTES) {
            skipping = 1;
            skipped += pending;
            lr->pos = lr->len = 0;
        } else if (lr->pos > 0) {
            memmove(lr->buf, lr->buf + lr->pos, pending);
            lr->len = pending;
            lr->pos = 0;
        }
        if (lr->cap - lr->len < 65536) {
            lr->cap *= 2;
            lr->buf = wt_xrealloc(lr->buf, lr->cap);
        }
        size_t got = fread(lr->buf + lr->len, 1, lr->cap - lr->len, lr->f);
        lr->len += got;
        if (got == 0) lr->eof = 1;
    }
}

static const char *json_str_field(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* Fills the article fields of d (already reset, strings in its arena)
 * from one JSONL line; shared by the fast scan and the jansson path. */
static void set_json_fields(wt_reader *r, wt_doc *d, size_t ln, const char *id, int has_int_id, long long int_id)
{
    char idbuf[64];
    if (id) {
        d->id = id;
    } else if (has_int_id) {
        snprintf(idbuf, sizeof idbuf, "%lld", int_id);
        d->id = wt_arena_strdup(&d->arena, idbuf);
    } else {
        /* No id: file name and line make one that can be traced back. */
        snprintf(idbuf, sizeof idbuf, ":%zu", ln);
        size_t bl = strlen(r->cur_base);
        char *s = wt_arena_alloc(&d->arena, bl + strlen(idbuf) + 1);
        memcpy(s, r->cur_base, bl);
        strcpy(s + bl, idbuf);
        d->id = s;
    }
    d->source_name = wt_arena_strdup(&d->arena, r->cur_name);
    d->source_line = ln;
    r->accepted++;
}

static void set_json_date(wt_reader *r, wt_doc *d, size_t ln, const char *date)
{
    wt_date dt;
    if (date && wt_date_parse(date, &dt) == 0) {
        d->date = dt;
        d->date_source = "caller";
    } else {
        wt_diag_at(&r->ctx->diag, WT_DIAG_WARNING, r->cur_name, ln,
                   "\"date\" is not a YYYY-MM-DD date; ignored, the text is searched instead");
    }
}

/* jansson builds a tree of every line, most of the cost of reading a
 * corpus. The fast scan below handles the usual shape directly: one flat
 * object whose values are strings, integers, true, false or null. On
 * anything else (nested values, reals, a bad escape, \u0000, any syntax
 * error) it answers "not sure" and the line goes through jansson, so every
 * message and edge case stays exactly as jansson decides it. */

enum { JF_ID, JF_TEXT, JF_TITLE, JF_URL, JF_LANG, JF_DATE, JF_SOURCE_URL, JF_COUNT };

typedef struct jvalue {
    char kind;          /* 0 absent, 's' string, 'i' integer, 'n' null, 'b' true/false */
    int escaped;        /* string contains backslash escapes */
    const char *raw;    /* string: bytes between the quotes */
    size_t len;
    long long num;      /* integer */
} jvalue;

/* Bytes that end a plain run inside a JSON string: " \ and controls. */
static const unsigned char json_str_stop[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ['"'] = 1, ['\\'] = 1,
};

static const char *json_ws(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
    return p;
}

static int32_t hex4(const char *p, const char *end)
{
    if (end - p < 4) return -1;
    int32_t v = 0;
    for (int k = 0; k < 4; k++) {
        char c = p[k];
        int h = c >= '0' && c <= '9' ? c - '0' : (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10 : -1;
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

/* p at an opening quote: fills v and returns the position after the
 * closing quote, or NULL when the string is not plainly valid. */
static const char *json_scan_string(const char *p, const char *end, jvalue *v)
{
    const unsigned char *u = (const unsigned char *)p + 1, *e = (const unsigned char *)end;
    v->kind = 's';
    v->raw = (const char *)u;
    v->escaped = 0;
    for (;;) {
        while (e - u >= 8) {           /* eight plain bytes at a time */
            uint64_t w;
            memcpy(&w, u, 8);
            if (wt_swar_has(w, '"') | wt_swar_has(w, '\\') | wt_swar_below(w, 0x20)) break;
            u += 8;
        }
        while (u < e && !json_str_stop[*u]) u++;
        if (u >= e || *u < 0x20) return NULL;
        if (*u == '"') break;
        v->escaped = 1;
        if (u + 1 >= e) return NULL;
        switch (u[1]) {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
            u += 2;
            continue;
        case 'u': {
            int32_t cp = hex4((const char *)u + 2, end);
            if (cp <= 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return NULL;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (e - u < 12 || u[6] != '\\' || u[7] != 'u') return NULL;
                int32_t lo = hex4((const char *)u + 8, end);
                if (lo < 0xDC00 || lo > 0xDFFF) return NULL;
                u += 12;
            } else {
                u += 6;
            }
            continue;
        }
        default:
            return NULL;
        }
    }
    v->len = (size_t)((const char *)u - v->raw);
    return (const char *)u + 1;
}

/* Decodes a string json_scan_string accepted into out (room for len + 1
 * bytes: decoding never lengthens); returns the decoded length. */
static size_t json_decode(const char *s, size_t n, char *out)
{
    size_t o = 0, i = 0;
    while (i < n) {
        const char *bs = memchr(s + i, '\\', n - i);
        size_t run = bs ? (size_t)(bs - s) - i : n - i;
        memcpy(out + o, s + i, run);
        o += run;
        i += run;
        if (!bs) break;
        char c = s[i + 1];
        i += 2;
        switch (c) {
        case 'b': out[o++] = '\b'; break;
        case 'f': out[o++] = '\f'; break;
        case 'n': out[o++] = '\n'; break;
        case 'r': out[o++] = '\r'; break;
        case 't': out[o++] = '\t'; break;
        case 'u': {
            int32_t cp = hex4(s + i, s + n);
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4(s + i + 2, s + n) - 0xDC00);
                i += 6;
            }
            o += wt_utf8_encode(cp, out + o);
            break;
        }
        default: out[o++] = c; break;   /* " \ / */
        }
    }
    out[o] = '\0';
    return o;
}

/* An integer jansson would give as json_int_t: -?(0|[1-9][0-9]*), at most
 * 18 digits; NULL for anything else (reals, -0, huge values). */
static const char *json_scan_int(const char *p, const char *end, jvalue *v)
{
    int neg = *p == '-';
    const char *q = p + neg, *digits = q;
    long long n = 0;
    /* count every digit, accumulate only the first 18: more cannot be an
     * id we take, and would overflow */
    while (q < end && *q >= '0' && *q <= '9') {
        if (q - digits < 18) n = n * 10 + (*q - '0');
        q++;
    }
    size_t nd = (size_t)(q - digits);
    if (nd == 0 || nd > 18 || (*digits == '0' && (nd > 1 || neg))) return NULL;
    if (q < end && (*q == '.' || *q == 'e' || *q == 'E')) return NULL;
    v->kind = 'i';
    v->num = neg ? -n : n;
    return q;
}

static int json_field(const char *key, size_t n)
{
    static const char *const names[JF_COUNT] = {"id", "text", "title", "url", "lang", "date", "source_url"};
    for (int k = 0; k < JF_COUNT; k++)
        if (strlen(names[k]) == n && !memcmp(names[k], key, n)) return k;
    return -1;
}

/* Scans one line into f[]; 0 when it is a flat object the fast path
 * understands, -1 otherwise. */
static int json_scan_object(const char *line, size_t n, jvalue f[JF_COUNT])
{
    const char *p = line, *end = line + n;
    memset(f, 0, JF_COUNT * sizeof *f);
    p = json_ws(p, end);
    if (p >= end || *p != '{') return -1;
    p = json_ws(p + 1, end);
    for (;;) {
        jvalue key, v = {0};
        if (p >= end || *p != '"') return -1;
        if (!(p = json_scan_string(p, end, &key)) || key.escaped) return -1;
        p = json_ws(p, end);
        if (p >= end || *p != ':') return -1;
        p = json_ws(p + 1, end);
        if (p >= end) return -1;
        if (*p == '"') p = json_scan_string(p, end, &v);
        else if (*p == '-' || (*p >= '0' && *p <= '9')) p = json_scan_int(p, end, &v);
        else if (end - p >= 4 && !memcmp(p, "null", 4)) v.kind = 'n', p += 4;
        else if (end - p >= 4 && !memcmp(p, "true", 4)) v.kind = 'b', p += 4;
        else if (end - p >= 5 && !memcmp(p, "false", 5)) v.kind = 'b', p += 5;
        else return -1;
        if (!p) return -1;
        int k = json_field(key.raw, key.len);
        if (k >= 0) f[k] = v;           /* a repeated key: the last wins, as in jansson */
        p = json_ws(p, end);
        if (p < end && *p == ',') { p = json_ws(p + 1, end); continue; }
        if (p < end && *p == '}') break;
        return -1;
    }
    return json_ws(p + 1, end) == end ? 0 : -1;
}

static const char *json_arena_str(wt_doc *d, const jvalue *v, size_t *len)
{
    char *out = wt_arena_alloc(&d->arena, v->len + 1);
    size_t n = v->escaped ? json_decode(v->raw, v->len, out) : (memcpy(out, v->raw, v->len), out[v->len] = '\0', v->len);
    if (len) *len = n;
    return out;
}

/* The fast path: 1 when d was filled, -1 when jansson must decide. */
static int take_json_fast(wt_reader *r, wt_doc *d, const char *line, size_t n)
{
    jvalue f[JF_COUNT];
    if (json_scan_object(line, n, f) != 0) return -1;
    if (f[JF_TEXT].kind != 's' || f[JF_TEXT].len == 0) return -1;   /* jansson reports it */
    wt_doc_reset(d);
    d->text = json_arena_str(d, &f[JF_TEXT], &d->len);
    const char *id = f[JF_ID].kind == 's' ? json_arena_str(d, &f[JF_ID], NULL) : NULL;
    if (f[JF_TITLE].kind == 's') d->title = json_arena_str(d, &f[JF_TITLE], NULL);
    if (f[JF_URL].kind == 's') d->url = json_arena_str(d, &f[JF_URL], NULL);
    else if (f[JF_SOURCE_URL].kind == 's') d->url = json_arena_str(d, &f[JF_SOURCE_URL], NULL);
    if (f[JF_LANG].kind == 's') d->lang = json_arena_str(d, &f[JF_LANG], NULL);
    if (f[JF_DATE].kind && f[JF_DATE].kind != 'n')
        set_json_date(r, d, r->lr.line, f[JF_DATE].kind == 's' ? json_arena_str(d, &f[JF_DATE], NULL) : NULL);
    set_json_fields(r, d, r->lr.line, id, f[JF_ID].kind == 'i', f[JF_ID].num);
    return 1;
}

/* Parses one JSONL line into d; 1 when d was filled. */
static int take_json_line(wt_reader *r, wt_doc *d, const char *line, size_t n)
{
    const char *name = r->cur_name;
    size_t ln = r->lr.line;
    /* a UTF-8 byte order mark opening the file, as editors on Windows
     * write it: accepted as in a .txt article */
    if (ln == 1 && n >= 3 && !memcmp(line, "\xEF\xBB\xBF", 3)) {
        line += 3;
        n -= 3;
    }
    const char *nul = memchr(line, '\0', n);
    if (nul) {
        reject(r, name, ln, "NUL byte in the line; article skipped%s", "");
        return 0;
    }
    size_t bad = wt_utf8_check(line, n);
    if (bad < n) {
        char detail[64];
        snprintf(detail, sizeof detail, "0x%02X at column %zu", (unsigned char)line[bad], bad + 1);
        reject(r, name, ln, "invalid UTF-8 (byte %s); article skipped", detail);
        return 0;
    }
    if (take_json_fast(r, d, line, n) == 1) return 1;
    json_error_t err;
    json_t *obj = json_loadb(line, n, JSON_ALLOW_NUL, &err);
    if (!obj) {
        char detail[256];
        snprintf(detail, sizeof detail, "%s (column %d)", err.text, err.column);
        reject(r, name, ln, "not JSON: %s; line skipped", detail);
        return 0;
    }
    int ok = 0;
    json_t *text = json_object_get(obj, "text");
    if (!json_is_object(obj)) {
        reject(r, name, ln, "not a JSON object; line skipped%s", "");
    } else if (!text) {
        reject(r, name, ln, "no \"text\" field; line skipped%s", "");
    } else if (!json_is_string(text)) {
        reject(r, name, ln, "\"text\" is not a string; line skipped%s", "");
    } else if (strlen(json_string_value(text)) != json_string_length(text)) {
        reject(r, name, ln, "NUL character (\\u0000) in \"text\"; article skipped%s", "");
    } else if (json_string_length(text) == 0) {
        reject(r, name, ln, "empty \"text\"; article skipped%s", "");
    } else {
        wt_doc_reset(d);
        d->len = json_string_length(text);
        d->text = wt_arena_strndup(&d->arena, json_string_value(text), d->len);
        json_t *id = json_object_get(obj, "id");
        const char *v;
        if ((v = json_str_field(obj, "title"))) d->title = wt_arena_strdup(&d->arena, v);
        /* "source_url" is the IndoSum corpora's name for it */
        if ((v = json_str_field(obj, "url")) || (v = json_str_field(obj, "source_url")))
            d->url = wt_arena_strdup(&d->arena, v);
        if ((v = json_str_field(obj, "lang"))) d->lang = wt_arena_strdup(&d->arena, v);
        json_t *date = json_object_get(obj, "date");
        if (date && !json_is_null(date)) set_json_date(r, d, ln, json_is_string(date) ? json_string_value(date) : NULL);
        set_json_fields(r, d, ln, json_is_string(id) ? wt_arena_strdup(&d->arena, json_string_value(id)) : NULL,
                        json_is_integer(id), json_is_integer(id) ? (long long)json_integer_value(id) : 0);
        ok = 1;
    }
    json_decref(obj);
    return ok;
}

/* ------------------------------------------------------------- sources */

static int is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!(s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) return 0;
    return 1;
}

/* Opens the next queued input. A .txt (or stdin text) yields its article
 * at once (returns 1 with d filled); a JSONL source becomes the current
 * source (returns 0). Returns -1 when the queue is empty. */
static int open_next(wt_reader *r, wt_doc *d)
{
    if (r->next_input >= r->queue.len) return -1;
    char *path = r->queue.items[r->next_input++];
    int is_stream = path[0] == STREAM_MARK;
    int is_stdin = is_stream || !strcmp(path, "-");   /* not ours to close */
    if (!is_stdin && wt_is_dir(path)) {
        expand_dir(r, path);
        free(path);
        return 0;
    }
    FILE *f = is_stream ? r->streams.items[r->next_stream++] : is_stdin ? stdin : fopen(path, "rb");
    const char *name = is_stream ? path + 1 : is_stdin ? "<stdin>" : path;
    if (!f) {
        reject(r, name, 0, "cannot open: %s", strerror(errno));
        free(path);
        return 0;
    }
    enum wt_input_format fmt = r->fmt;
    char peek[4096];
    size_t peeked = 0;
    if (fmt == WT_INPUT_AUTO) {
        if (!is_stdin) {
            fmt = wt_has_suffix(path, ".jsonl") || wt_has_suffix(path, ".ndjson") || wt_has_suffix(path, ".json")
                      ? WT_INPUT_JSONL : WT_INPUT_TXT;
        } else {
            /* stdin: JSONL when the first non-blank byte opens an object. */
            int c;
            fmt = WT_INPUT_TXT;
            while (peeked < sizeof peek && (c = getc(f)) != EOF) {
                peek[peeked++] = (char)c;
                if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
                if (c == '{') fmt = WT_INPUT_JSONL;
                break;
            }
        }
    }
    char *base = is_stream ? wt_basename_noext(path + 1) : is_stdin ? wt_xstrdup("stdin") : wt_basename_noext(path);
    if (fmt == WT_INPUT_TXT) {
        size_t len;
        int too_big;
        char *data = slurp(f, peek, peeked, &len, &too_big);
        int bad = ferror(f);
        if (!is_stdin) fclose(f);
        int got = 0;
        if (bad) {
            reject(r, name, 0, "read error: %s", strerror(EIO));
            free(data);
        } else {
            got = take_txt(r, d, name, base, data, len, too_big);
        }
        free(base);
        free(path);
        return got;
    }
    close_source(r);
    lr_open(&r->lr, f, peek, peeked);
    r->cur_is_stream = is_stdin;
    r->cur_name = wt_xstrdup(name);
    r->cur_base = base;
    r->cur_open = 1;
    free(path);
    return 0;
}

int wt_reader_next(wt_reader *r, wt_doc *d)
{
    for (;;) {
        if (r->cur_open) {
            const char *line;
            size_t n;
            int got = lr_next(&r->lr, &line, &n);
            if (got == 0) {
                if (ferror(r->lr.f)) reject(r, r->cur_name, 0, "read error: %s", strerror(EIO));
                else if (!r->lr.any_content) reject(r, r->cur_name, 0, "empty file%s; no article", "");
                close_source(r);
                continue;
            }
            r->bytes += n + 1;
            if (got == 2) {
                r->lr.any_content = 1;
                char detail[64];
                snprintf(detail, sizeof detail, "%zu", n);
                reject(r, r->cur_name, r->lr.line, "line is %s bytes, over the 8 MiB article limit; skipped", detail);
                continue;
            }
            if (n && line[n - 1] == '\r') n--;
            if (is_blank(line, n)) continue;  /* not an article, not an error */
            r->lr.any_content = 1;
            if (take_json_line(r, d, line, n)) return 1;
            continue;
        }
        int got = open_next(r, d);
        if (got < 0) return 0;
        if (got == 1) return 1;
    }
}
