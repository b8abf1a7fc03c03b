/* test_tabari_stream.c — TABARI records streamed from a FILE (what `code
 * --input tabari` reads, stdin included, so memory stays flat) come out
 * exactly as when the whole text is in memory: ids, dates, header lines,
 * offsets, text, comments and bad-header reports, including an empty
 * record (a header right after a header), CRLF lines, a comment spanning
 * a blank line and a last line without its newline. */
#include "check.h"
#include "code/tabari_records.h"

#include <stdio.h>

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

int main(void)
{
    compare("header line\n\n950101 R1\nArnor accused Gondor.\n\n95010 BAD\nnot a record\n\n"
            "950102 R2\nRohan met.\n/* open comment\n\nstill comment */ after\n\n");
    /* an empty record: the next header starts right after it */
    compare("950101 E1\n950101 E2\nText of E2\non two lines.\n\n950103 E3\nLast, no newline");
    compare("950101 C1\r\nWindows line ends.\r\n\r\n950102 C2\r\nAgain.\r\n");
    compare("\n\n\n950101 X\n   \n950101 Y\nafter a blank-looking line\n");
    return check_done("test_tabari_stream");
}
