/* fuzz_tabari_records.c — libFuzzer target: arbitrary bytes as TABARI text
 * records, read twice, from memory and streamed line by line from a FILE
 * (what `code --input tabari` does, stdin included); both readings must
 * give the same records (id, date, line, offset, text, comment) and the
 * same bad-header lines, or the target aborts. Build and run: make fuzz. */
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
    free(copy);
    return 0;
}
