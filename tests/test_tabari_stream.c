/* test_tabari_stream.c — TABARI records streamed from a FILE (what `code
 * --input tabari` reads, stdin included, so memory stays flat) come out
 * exactly as when the whole text is in memory: ids, dates, header lines,
 * offsets, text, comments and bad-header reports, including an empty
 * record (a header right after a header), CRLF lines, a comment spanning
 * a blank line and a last line without its newline. The same holds when
 * the input is cut into chunks that worker threads parse on their own
 * (code -j N), whatever the chunk size: a cut never falls inside a record
 * or a comment. */
#include "check.h"
#include "code/tabari_records.h"

#include "util/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void count_bad(void *user, size_t line, const char *s, size_t n)
{
    size_t *sum = user;
    *sum += line * 1000 + n;
    (void)s;
}

static void compare(const char *text)
{
    FILE *f = fmemopen((void *)text, strlen(text), "rb");
    CHECK(f != NULL);
    if (!f) return;
    wt_tabari_reader mem, str;
    size_t bad_mem = 0, bad_str = 0, records = 0;
    wt_tabari_reader_init(&mem, text, strlen(text));
    mem.on_bad_header = count_bad;
    mem.user = &bad_mem;
    wt_tabari_reader_init_stream(&str, f);
    str.on_bad_header = count_bad;
    str.user = &bad_str;
    wt_tabari_record a, b;
    for (;;) {
        int ga = wt_tabari_next(&mem, &a), gb = wt_tabari_next(&str, &b);
        CHECK_INT(gb, ga);
        if (!ga || !gb) {
            if (ga) wt_tabari_record_free(&a);
            if (gb) wt_tabari_record_free(&b);
            break;
        }
        records++;
        CHECK_STR(b.id, a.id);
        CHECK_INT(b.date, a.date);
        CHECK_INT(b.line, a.line);
        CHECK_INT(b.text_offset, a.text_offset);
        CHECK_STR(b.text, a.text);
        CHECK_STR(b.comment, a.comment);
        wt_tabari_record_free(&a);
        wt_tabari_record_free(&b);
    }
    CHECK(records > 0);
    CHECK_INT(bad_str, bad_mem);
    CHECK_INT(str.read_error, 0);
    wt_tabari_reader_free(&str);
    fclose(f);
}

typedef struct rec_sum { size_t records, lines, offsets, bytes, bad; } rec_sum;

static void sum_reader(wt_tabari_reader *r, rec_sum *sum, size_t *bad)
{
    r->on_bad_header = count_bad;
    r->user = bad;
    wt_tabari_record rec;
    while (wt_tabari_next(r, &rec)) {
        sum->records++;
        sum->lines += rec.line * (sum->records % 7 + 1);
        sum->offsets += rec.text_offset * (sum->records % 5 + 1);
        for (const char *p = rec.text; *p; p++) sum->bytes = sum->bytes * 31 + (unsigned char)*p;
        for (const char *p = rec.comment; *p; p++) sum->bytes = sum->bytes * 37 + (unsigned char)*p;
        sum->bytes += (size_t)rec.date + strlen(rec.id);
        wt_tabari_record_free(&rec);
    }
}

/* The records of text read whole vs in chunks of at least `want` bytes. */
static void compare_chunks(const char *text, size_t want)
{
    FILE *f = fmemopen((void *)text, strlen(text), "rb");
    CHECK(f != NULL);
    if (!f) return;
    rec_sum whole = {0}, parts = {0};
    wt_tabari_reader mem;
    wt_tabari_reader_init(&mem, text, strlen(text));
    sum_reader(&mem, &whole, &whole.bad);
    wt_tabari_chunker ch;
    wt_tabari_chunker_init(&ch, f);
    char *buf = NULL;
    size_t len = 0, cap = 0, line = 0, pos = 0, chunks = 0, total = 0;
    while (wt_tabari_chunk_next(&ch, want, &buf, &len, &cap, &line, &pos)) {
        CHECK_INT(pos, total);
        total += len;
        chunks++;
        wt_tabari_reader r;
        wt_tabari_reader_init_chunk(&r, buf, len, line, pos);
        sum_reader(&r, &parts, &parts.bad);
    }
    CHECK_INT(total, strlen(text));
    CHECK(chunks >= 1);
    CHECK_INT(parts.records, whole.records);
    CHECK_INT(parts.lines, whole.lines);
    CHECK_INT(parts.offsets, whole.offsets);
    CHECK_INT(parts.bytes, whole.bytes);
    CHECK_INT(parts.bad, whole.bad);
    CHECK_INT(ch.read_error, 0);
    free(buf);
    wt_tabari_chunker_free(&ch);
    fclose(f);
}

int main(void)
{
    static const char *texts[] = {
        "header line\n\n950101 R1\nArnor accused Gondor.\n\n95010 BAD\nnot a record\n\n"
        "950102 R2\nRohan met.\n/* open comment\n\nstill comment */ after\n\n950103 R3\nDone.\n\n",
        "950101 E1\n950101 E2\nText of E2\non two lines.\n\n950103 E3\nLast, no newline",
        "950101 C1\r\nWindows line ends.\r\n\r\n950102 C2\r\nAgain.\r\n",
        /* a comment mark outside a record, which the reader ignores */
        "banner /* not a comment\n\n950101 A\nOne.\n\n950102 B\nTwo */ three.\n\n950103 C\nFour.\n",
        /* an opening mark outside a record, then one that overlaps a
         * closing mark (`/ * / *`) inside one: only the record's count */
        "no header /*x\n\n171929 S2\n/*/*en\n\nstill comment\n\n171930 S3\nnext.\n\n171931 S4\nlast.\n",
        /* a comment never closed: the rest of the input is one record */
        "950101 U\nOpen /* for ever\n\n950102 V\nStill inside.\n\n",
    };
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++)
        for (size_t want = 1; want <= strlen(texts[t]) + 1; want++) compare_chunks(texts[t], want);
    /* chunks of many records: a few thousand records, cut every 4 kB */
    wt_buf big;
    wt_buf_init(&big);
    for (int i = 0; i < 3000; i++)
        wt_buf_printf(&big, "9501%02d R%d\nRecord %d text%s.\n\n", i % 28 + 1, i, i, i % 97 ? "" : " /* note\n\nend */");
    compare_chunks(big.data, 4096);
    wt_buf_free(&big);

    compare("header line\n\n950101 R1\nArnor accused Gondor.\n\n95010 BAD\nnot a record\n\n"
            "950102 R2\nRohan met.\n/* open comment\n\nstill comment */ after\n\n");
    /* an empty record: the next header starts right after it */
    compare("950101 E1\n950101 E2\nText of E2\non two lines.\n\n950103 E3\nLast, no newline");
    compare("950101 C1\r\nWindows line ends.\r\n\r\n950102 C2\r\nAgain.\r\n");
    compare("\n\n\n950101 X\n   \n950101 Y\nafter a blank-looking line\n");
    return check_done("test_tabari_stream");
}
