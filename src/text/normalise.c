#include "text/normalise.h"
#include "util/buf.h"
#include "util/utf8.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

size_t wt_cp_at_slow(const char *s, size_t n, size_t i, int32_t *cp)
{
    size_t len = wt_utf8_decode((const unsigned char *)s + i, n - i, cp);
    if (!len) { *cp = 0xFFFD; return 1; }
    return len;
}

size_t wt_cp_before(const char *s, size_t i, int32_t *cp)
{
    size_t back = 1;
    /* Walk back over at most three continuation bytes. */
    while (back < 4 && back < i && ((unsigned char)s[i - back] & 0xC0) == 0x80) back++;
    for (; back >= 1; back--) {
        int32_t v;
        size_t len = wt_utf8_decode((const unsigned char *)s + i - back, back, &v);
        if (len == back) { *cp = v; return back; }
        if (back == 1) break;
    }
    unsigned char c = (unsigned char)s[i - 1];
    *cp = c < 0x80 ? c : 0xFFFD;
    return 1;
}

int wt_cp_is_space_slow(int32_t cp)
{
    if (cp < 0x80) return wt_cp_is_space(cp);
    if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 ||
        cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF)
        return 1;
    return 0;
}

int wt_cp_is_dquote(int32_t cp)
{
    return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F ||
           cp == 0xAB || cp == 0xBB || cp == 0x2033 || cp == 0xFF02;
}

int wt_cp_is_squote(int32_t cp)
{
    return cp == '\'' || cp == '`' || cp == 0x2018 || cp == 0x2019 || cp == 0x201A ||
           cp == 0x201B || cp == 0x2039 || cp == 0x203A || cp == 0xB4 || cp == 0x2032;
}

int wt_cp_is_dash(int32_t cp)
{
    return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 ||
           cp == 0xFE63 || cp == 0xFF0D;
}

int wt_cp_is_letter_slow(int32_t cp)
{
    if (cp < 0x80) return wt_cp_is_letter(cp);
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
           c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_MN ||
           c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

int wt_cp_is_digit_slow(int32_t cp)
{
    if (cp < 0x80) return wt_cp_is_digit(cp);
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

int wt_cp_is_upper_slow(int32_t cp)
{
    if (cp < 0x80) return wt_cp_is_upper(cp);
    return utf8proc_isupper(cp);
}

int wt_cp_is_lower(int32_t cp)
{
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return utf8proc_islower(cp);
}

/* The folded ASCII form of a typographic code point, or NULL. */
static const char *fold(int32_t cp)
{
    if (wt_cp_is_dquote(cp)) return "\"";
    if (wt_cp_is_squote(cp)) return "'";
    if (wt_cp_is_dash(cp)) return "-";
    if (cp == 0x2026) return "...";
    if (wt_cp_is_space(cp)) return " ";
    return NULL;
}

char *wt_normalise(wt_arena *a, const char *s, size_t n, size_t *out_len)
{
    size_t i = 0;
    /* Fast path: plain ASCII needs only lower-casing, done while checking
     * (the copy is dropped when a non-ASCII byte turns up). */
    char *out = wt_arena_alloc(a, n + 1);
    for (; i < n; i++) {
        char c = s[i];
        if ((unsigned char)c >= 0x80) break;
        out[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    if (i == n) {
        out[n] = '\0';
        if (out_len) *out_len = n;
        return out;
    }
    wt_buf b;
    wt_buf_init(&b);
    wt_buf_reserve(&b, n + 8);
    for (i = 0; i < n;) {
        int32_t cp;
        size_t len = wt_cp_at(s, n, i, &cp);
        i += len;
        const char *f = fold(cp);
        if (f) { wt_buf_puts(&b, f); continue; }
        char enc[4];
        size_t elen = wt_utf8_encode(utf8proc_tolower(cp), enc);
        wt_buf_append(&b, enc, elen);
    }
    /* Composition after lower-casing: tolower maps precomposed letters to
     * precomposed letters, so NFC of the result equals lower(NFC(s)). */
    utf8proc_uint8_t *nfc = utf8proc_NFC((const utf8proc_uint8_t *)b.data);
    const char *src = nfc ? (const char *)nfc : b.data;
    size_t m = strlen(src);
    out = wt_arena_strndup(a, src, m);
    free(nfc);
    wt_buf_free(&b);
    if (out_len) *out_len = m;
    return out;
}

int wt_eq_nocase(const char *s, size_t n, const char *w)
{
    size_t i = 0;
    for (; i < n; i++) {
        char c = s[i], d = w[i];
        if (!d) return 0;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (d >= 'A' && d <= 'Z') d = (char)(d + 32);
        if (c != d) return 0;
    }
    return w[i] == '\0';
}
