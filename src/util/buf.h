/* buf.h — growable byte buffer, the one way text is assembled in warta.
 *
 * Output renderers append into a wt_buf and write it in one call, so a
 * record is never half-written to stdout when an error stops it. */
#ifndef WARTA_UTIL_BUF_H
#define WARTA_UTIL_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct wt_buf {
    char *data;   /* always NUL-terminated when cap > 0 */
    size_t len;
    size_t cap;
} wt_buf;

void wt_buf_init(wt_buf *b);
void wt_buf_free(wt_buf *b);
void wt_buf_clear(wt_buf *b);
void wt_buf_reserve(wt_buf *b, size_t extra);
void wt_buf_append(wt_buf *b, const void *data, size_t len);
void wt_buf_puts(wt_buf *b, const char *s);
void wt_buf_putc(wt_buf *b, char c);
void wt_buf_printf(wt_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void wt_buf_vprintf(wt_buf *b, const char *fmt, va_list ap);
/* Numbers without printf (the output's hot path formatted every number
 * through vsnprintf): a signed or unsigned integer; an integer with at
 * least `width` digits, zero-padded ("%0*d"); a double with `decimals`
 * digits after the point, exactly as "%.*f" writes it. */
void wt_buf_put_int(wt_buf *b, long long v);
void wt_buf_put_uint(wt_buf *b, unsigned long long v);
void wt_buf_put_padded(wt_buf *b, long long v, int width);
void wt_buf_put_fixed(wt_buf *b, double v, int decimals);
/* Hands the storage to the caller (NUL-terminated) and resets b. */
char *wt_buf_detach(wt_buf *b);

#endif
