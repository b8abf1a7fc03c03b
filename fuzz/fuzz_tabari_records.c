/* fuzz_tabari_records.c — libFuzzer target: arbitrary bytes as TABARI text
 * records, read twice, from memory and streamed line by line from a FILE
 * (what `code --input tabari` does, stdin included); both readings must
 * give the same records (id, date, line, offset, text, comment) and the
 * same bad-header lines, or the target aborts. A third reading cuts the
 * input into chunks (as `code -j N` does, size from the input's first
 * byte) and reads each on its own: the records must again be the same.
 * Build and run: make fuzz. */
#include "code/tabari_records.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct bad_lines { size_t n, sum; } bad_lines;

static void on_bad(void *user, size_t line, const char *s, size_t n)
{
    bad_lines *b = user;
    b->n++;
    b->sum += line * 31 + n;
    (void)s;
}

static int same_record(const wt_tabari_record *a, const wt_tabari_record *b)
{
    return a->date == b->date && !strcmp(a->id, b->id) && a->line == b->line &&
           a->text_offset == b->text_offset && !strcmp(a->text, b->text) && !strcmp(a->comment, b->comment);
}

/* A sum over the records of r: records read whole and in chunks compare
 * by it (ids, dates, lines, offsets, text and comments). */
static void sum_records(wt_tabari_reader *r, bad_lines *bad, size_t *n, size_t *sum)
{
    r->on_bad_header = on_bad;
    r->user = bad;
    wt_tabari_record rec;
    while (wt_tabari_next(r, &rec)) {
        ++*n;
        *sum = *sum * 31 + rec.line * 7 + rec.text_offset * 13 + (size_t)rec.date;
        for (const char *p = rec.id; *p; p++) *sum = *sum * 31 + (unsigned char)*p;
        for (const char *p = rec.text; *p; p++) *sum = *sum * 31 + (unsigned char)*p;
        for (const char *p = rec.comment; *p; p++) *sum = *sum * 37 + (unsigned char)*p;
        wt_tabari_record_free(&rec);
    }
}

static void check_chunks(const uint8_t *data, size_t size, char *copy)
{
    size_t want = (size_t)data[0] % 64 + 1;
    wt_tabari_reader mem;
    wt_tabari_reader_init(&mem, (const char *)data, size);
    bad_lines bw = {0, 0}, bc = {0, 0};
    size_t nw = 0, sw = 0, nc = 0, sc = 0;
    sum_records(&mem, &bw, &nw, &sw);
    FILE *f = fmemopen(copy, size, "rb");
    if (!f) return;
    wt_tabari_chunker ch;
    wt_tabari_chunker_init(&ch, f);
    char *buf = NULL;
    size_t len = 0, cap = 0, line = 0, pos = 0, total = 0;
    while (wt_tabari_chunk_next(&ch, want, &buf, &len, &cap, &line, &pos)) {
        if (pos != total) abort();
        total += len;
        wt_tabari_reader r;
        wt_tabari_reader_init_chunk(&r, buf, len, line, pos);
        sum_records(&r, &bc, &nc, &sc);
    }
    if (total != size || nw != nc || sw != sc || bw.n != bc.n || bw.sum != bc.sum) abort();
    free(buf);
    wt_tabari_chunker_free(&ch);
    fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!size) return 0;
    char *copy = malloc(size + 1);
    memcpy(copy, data, size);
    copy[size] = '\0';
    FILE *f = fmemopen(copy, size, "rb");
    if (!f) { free(copy); return 0; }
    wt_tabari_reader mem, str;
    bad_lines bm = {0, 0}, bs = {0, 0};
    wt_tabari_reader_init(&mem, (const char *)data, size);
    mem.on_bad_header = on_bad;
    mem.user = &bm;
    wt_tabari_reader_init_stream(&str, f);
    str.on_bad_header = on_bad;
    str.user = &bs;
    wt_tabari_record a, b;
    for (;;) {
        int ga = wt_tabari_next(&mem, &a), gb = wt_tabari_next(&str, &b);
        if (ga != gb) abort();
        if (!ga) break;
        if (!same_record(&a, &b)) abort();
        wt_tabari_record_free(&a);
        wt_tabari_record_free(&b);
    }
    if (bm.n != bs.n || bm.sum != bs.sum) abort();
    wt_tabari_reader_free(&str);
    fclose(f);
    check_chunks(data, size, copy);
    free(copy);
    return 0;
}
