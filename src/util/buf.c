#include "util/buf.h"
#include "util/mem.h"

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
