#include "util/json_write.h"
#include "util/utf8.h"

#include <string.h>

void wt_json_str(wt_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *u = (const unsigned char *)s;
    wt_buf_reserve(b, n + 2);
    wt_buf_putc(b, '"');
    size_t run = 0; /* start of the pending run of bytes copied verbatim */
    size_t i = 0;
    while (i < n) {
        /* Most bytes are printable ASCII that is copied as is: skip them
         * in a tight loop before the escape tests. */
        while (n - i >= 8) {            /* eight bytes at a time */
            uint64_t w, x, y;
            memcpy(&w, u + i, 8);
            x = w ^ 0x2222222222222222ull;  /* zero where '"' */
            y = w ^ 0x5C5C5C5C5C5C5C5Cull;  /* zero where '\\' */
            uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
            if ((w & highs) | ((w - ones * 0x20) & ~w & highs) | ((w + ones) & highs) |
                ((x - ones) & ~x & highs) | ((y - ones) & ~y & highs))
                break;
            i += 8;
        }
        while (i < n && u[i] >= 0x20 && u[i] < 0x7f && u[i] != '"' && u[i] != '\\') i++;
        if (i >= n) break;
        unsigned c = u[i];
        const char *esc = NULL;
        char tmp[7];
        size_t step = 1;
        if (c >= 0x80) {
            int32_t cp;
            step = wt_utf8_decode(u + i, n - i, &cp);
            if (step) { i += step; continue; }
            step = 1;
            esc = "\xEF\xBF\xBD";
        } else if (c == '"') esc = "\\\"";
        else if (c == '\\') esc = "\\\\";
        else if (c == '\n') esc = "\\n";
        else if (c == '\t') esc = "\\t";
        else if (c == '\r') esc = "\\r";
        else if (c < 0x20 || c == 0x7f) {
            tmp[0] = '\\'; tmp[1] = 'u'; tmp[2] = '0'; tmp[3] = '0';
            tmp[4] = hex[c >> 4]; tmp[5] = hex[c & 15]; tmp[6] = '\0';
            esc = tmp;
        } else { i++; continue; }
        wt_buf_append(b, s + run, i - run);
        wt_buf_puts(b, esc);
        i += step;
        run = i;
    }
    wt_buf_append(b, s + run, n - run);
    wt_buf_putc(b, '"');
}

void wt_json_cstr(wt_buf *b, const char *s)
{
    if (!s) wt_buf_puts(b, "null");
    else wt_json_str(b, s, strlen(s));
}

void wt_json_key(wt_buf *b, const char *key)
{
    wt_json_cstr(b, key);
    wt_buf_putc(b, ':');
}

void wt_json_span(wt_buf *b, size_t start, size_t end)
{
    wt_buf_putc(b, '[');
    wt_buf_put_uint(b, start);
    wt_buf_putc(b, ',');
    wt_buf_put_uint(b, end);
    wt_buf_putc(b, ']');
}
