#include "util/buf.h"
#include "util/mem.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void wt_buf_init(wt_buf *b) { b->data = NULL; b->len = b->cap = 0; }

void wt_buf_free(wt_buf *b) { free(b->data); wt_buf_init(b); }

void wt_buf_clear(wt_buf *b)
{
    b->len = 0;
    if (b->data) b->data[0] = '\0';
}

void wt_buf_reserve(wt_buf *b, size_t extra)
{
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) cap *= 2;
    b->data = wt_xrealloc(b->data, cap);
    b->cap = cap;
}

void wt_buf_append(wt_buf *b, const void *data, size_t len)
{
    wt_buf_reserve(b, len);
    if (len) memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
}

void wt_buf_puts(wt_buf *b, const char *s) { wt_buf_append(b, s, strlen(s)); }

void wt_buf_putc(wt_buf *b, char c) { wt_buf_append(b, &c, 1); }

void wt_buf_vprintf(wt_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) return;
    wt_buf_reserve(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void wt_buf_printf(wt_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    wt_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

char *wt_buf_detach(wt_buf *b)
{
    if (!b->data) {
        wt_buf_reserve(b, 0);
        b->data[0] = '\0';   /* an empty buffer detaches as "", not garbage */
    }
    char *s = b->data;
    wt_buf_init(b);
    return s;
}

void wt_buf_put_uint(wt_buf *b, unsigned long long v)
{
    char tmp[24];
    int n = 0;
    do {
        tmp[sizeof tmp - 1 - n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    wt_buf_append(b, tmp + sizeof tmp - n, (size_t)n);
}

void wt_buf_put_int(wt_buf *b, long long v)
{
    if (v < 0) {
        wt_buf_putc(b, '-');
        wt_buf_put_uint(b, 0ull - (unsigned long long)v);
    } else {
        wt_buf_put_uint(b, (unsigned long long)v);
    }
}

void wt_buf_put_padded(wt_buf *b, long long v, int width)
{
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    int digits = 1;
    for (unsigned long long t = u; t >= 10; t /= 10) digits++;
    if (v < 0) {
        wt_buf_putc(b, '-');
        width--;
    }
    for (; digits < width; digits++) wt_buf_putc(b, '0');
    wt_buf_put_uint(b, u);
}

/* The fast path takes values that are, scaled, within a hair of an integer
 * (Goldstein scores, coordinates with at most `decimals` decimals): their
 * "%.*f" is that integer's digits. Anything else goes through snprintf, so
 * the text is always what printf would write. */
void wt_buf_put_fixed(wt_buf *b, double v, int decimals)
{
    static const double scale[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    if (decimals >= 0 && decimals <= 6 && v > -1e12 && v < 1e12) {
        double x = v * scale[decimals];
        double r = x < 0 ? (double)(long long)(x - 0.5) : (double)(long long)(x + 0.5);
        if (x - r < 1e-7 && r - x < 1e-7 && (r != 0 || !signbit(v))) {
            long long k = (long long)r;
            unsigned long long u = k < 0 ? 0ull - (unsigned long long)k : (unsigned long long)k;
            unsigned long long p = (unsigned long long)scale[decimals];
            if (k < 0) wt_buf_putc(b, '-');
            wt_buf_put_uint(b, u / p);
            if (decimals) {
                wt_buf_putc(b, '.');
                wt_buf_put_padded(b, (long long)(u % p), decimals);
            }
            return;
        }
    }
    char tmp[64];
    int n = snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
    if (n > 0 && n < (int)sizeof tmp) wt_buf_append(b, tmp, (size_t)n);
    else wt_buf_printf(b, "%.*f", decimals, v);
}
