/* test_numbers.c — the number formatting of the output (util/buf.h,
 * wt_buf_put_*) writes exactly what printf writes: every event line's
 * numbers go through it, so one differing digit would change the output. */
#include "check.h"
#include "util/buf.h"

#include <math.h>
#include <stdint.h>

static int fixed_same(double v, int decimals)
{
    char want[128];
    snprintf(want, sizeof want, "%.*f", decimals, v);
    wt_buf b;
    wt_buf_init(&b);
    wt_buf_put_fixed(&b, v, decimals);
    int same = !strcmp(b.data, want);
    if (!same) fprintf(stderr, "put_fixed(%.17g, %d) = %s, printf %s\n", v, decimals, b.data, want);
    wt_buf_free(&b);
    return same;
}

static void test_fixed(void)
{
    /* Goldstein scores, coordinates, and their awkward neighbours */
    const double values[] = {0, -0.0, 1, -1, 3.4, -7.2, -10, 10, 0.05, 0.15, 0.25, -0.05, 2.5, 106.8456,
                             -6.2088, 139.6917, 35.6895, -33.8688, 1e-12, -1e-12, 0.00005, 0.99995,
                             123456.78905, -0.04999, 1e15, -1e15, NAN, INFINITY, -INFINITY};
    int bad = 0;
    for (size_t i = 0; i < sizeof values / sizeof *values; i++)
        for (int d = 0; d <= 6; d++) bad += !fixed_same(values[i], d);
    /* every value with one or four decimals in the ranges the tables use */
    for (int k = -1000; k <= 1000; k++) bad += !fixed_same(k / 10.0, 1) + !fixed_same(k / 10000.0, 4);
    for (int k = -1800000; k <= 1800000; k += 977) bad += !fixed_same(k / 10000.0, 4);
    /* and random doubles */
    uint64_t x = 88172645463325252u;
    for (int i = 0; i < 20000; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        double v = ((double)(x >> 11) / 9007199254740992.0 - 0.5) * 400;
        bad += !fixed_same(v, 1) + !fixed_same(v, 4);
    }
    CHECK_INT(bad, 0);
}

static void test_ints(void)
{
    const long long values[] = {0, 1, -1, 9, 10, 99, 100, 2017, -2017, 123456789012345LL, INT64_MAX, INT64_MIN + 1};
    int bad = 0;
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
        char want[64];
        wt_buf b;
        wt_buf_init(&b);
        wt_buf_put_int(&b, values[i]);
        snprintf(want, sizeof want, "%lld", values[i]);
        bad += strcmp(b.data, want) != 0;
        for (int w = 0; w <= 5; w++) {
            wt_buf_clear(&b);
            wt_buf_put_padded(&b, values[i], w);
            snprintf(want, sizeof want, "%0*lld", w, values[i]);
            if (strcmp(b.data, want)) { bad++; fprintf(stderr, "padded(%lld, %d) = %s, want %s\n", values[i], w, b.data, want); }
        }
        wt_buf_free(&b);
    }
    wt_buf b;
    wt_buf_init(&b);
    wt_buf_put_uint(&b, UINT64_MAX);
    CHECK_STR(b.data, "18446744073709551615");
    wt_buf_free(&b);
    CHECK_INT(bad, 0);
}

int main(void)
{
    test_fixed();
    test_ints();
    return check_done("test_numbers");
}
