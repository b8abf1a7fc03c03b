/* test_util.c — buffers, arena, UTF-8, JSON escaping, string map. */
#include "check.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/json_write.h"
#include "util/strmap.h"
#include "util/utf8.h"

static void test_json_escaping(void)
{
    wt_buf b;
    wt_buf_init(&b);
    wt_json_cstr(&b, "a\"b\\c\n\x01 “kata”");
    CHECK_STR(b.data, "\"a\\\"b\\\\c\\n\\u0001 “kata”\"");
    wt_buf_clear(&b);
    wt_json_str(&b, "ok\xff", 3); /* invalid byte becomes U+FFFD */
    CHECK_STR(b.data, "\"ok\xEF\xBF\xBD\"");
    wt_buf_free(&b);
}

static void test_utf8(void)
{
    int32_t cp;
    CHECK_INT(wt_utf8_decode((const unsigned char *)"\xE2\x80\x9C", 3, &cp), 3);
    CHECK_INT(cp, 0x201C);
    CHECK_INT(wt_utf8_decode((const unsigned char *)"\xC0\xAF", 2, &cp), 0);     /* overlong */
    CHECK_INT(wt_utf8_decode((const unsigned char *)"\xED\xA0\x80", 3, &cp), 0); /* surrogate */
    CHECK_INT(wt_utf8_validate("abc\xE2\x80", 5), 3);                            /* truncated */
    char out[4];
    CHECK_INT(wt_utf8_encode(0x1F600, out), 4);
}

static void test_strmap(void)
{
    wt_strmap m;
    wt_strmap_init(&m);
    char key[16];
    for (int i = 0; i < 1000; i++) {
        int n = snprintf(key, sizeof key, "k%d", i);
        wt_strmap_put(&m, key, (size_t)n, NULL)->value = (void *)(long)(i + 1);
    }
    CHECK_INT(m.count, 1000);
    CHECK_INT((long)wt_strmap_get(&m, "k777", 4), 778);
    CHECK(wt_strmap_get(&m, "k1000", 5) == NULL);
    int inserted = 1;
    wt_strmap_put(&m, "k5", 2, &inserted);
    CHECK_INT(inserted, 0);
    wt_strmap_free(&m);
}

static void test_arena(void)
{
    wt_arena a;
    wt_arena_init(&a, 128);
    char *s = wt_arena_strdup(&a, "kunjungan");
    void *big = wt_arena_alloc(&a, 4096);
    CHECK_STR(s, "kunjungan");
    CHECK(big != NULL && ((unsigned char *)big)[4095] == 0);
    wt_arena_reset(&a);
    CHECK_STR(wt_arena_strdup(&a, "lagi"), "lagi");
    wt_arena_free(&a);
}

int main(void)
{
    test_json_escaping();
    test_utf8();
    test_strmap();
    test_arena();
    return check_done("test_util");
}
