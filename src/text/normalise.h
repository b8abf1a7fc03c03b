/* normalise.h — the characters the article layer must recognise, and the
 * normalised form of a token.
 *
 * News text mixes ASCII and typographic punctuation freely (“ ” ‘ ’ – — …,
 * no-break spaces), sometimes in decomposed Unicode. Every later stage asks
 * these questions instead of comparing bytes, so a curly quote and a
 * straight one are the same mark to them. The original text is never
 * rewritten: only token `norm` strings are normalised. */
#ifndef WARTA_TEXT_NORMALISE_H
#define WARTA_TEXT_NORMALISE_H

#include "util/arena.h"
#include <stddef.h>
#include <stdint.h>

/* Decodes the code point at s[i] (i < n). Invalid bytes decode as U+FFFD
 * with length 1, so scanners never stall on bad input. ASCII is decoded
 * inline: it is most of the text. */
size_t wt_cp_at_slow(const char *s, size_t n, size_t i, int32_t *cp);
static inline size_t wt_cp_at(const char *s, size_t n, size_t i, int32_t *cp)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) { *cp = c; return 1; }
    return wt_cp_at_slow(s, n, i, cp);
}
/* The code point that ends just before s[i] (i > 0), and its length. */
size_t wt_cp_before(const char *s, size_t i, int32_t *cp);

int wt_cp_is_space_slow(int32_t cp);
int wt_cp_is_letter_slow(int32_t cp);
int wt_cp_is_digit_slow(int32_t cp);
int wt_cp_is_upper_slow(int32_t cp);

/* ASCII white space, NBSP, Zs, BOM, ZWSP */
static inline int wt_cp_is_space(int32_t cp)
{
    if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
    return wt_cp_is_space_slow(cp);
}
int wt_cp_is_dquote(int32_t cp);   /* " “ ” „ ‟ « » */
int wt_cp_is_squote(int32_t cp);   /* ' ‘ ’ ‚ ‛ ‹ › ` */
int wt_cp_is_dash(int32_t cp);     /* - ‐ ‑ ‒ – — ― − */
/* letters and combining marks */
static inline int wt_cp_is_letter(int32_t cp)
{
    if (cp < 0x80) return ((cp | 32) >= 'a' && (cp | 32) <= 'z');
    return wt_cp_is_letter_slow(cp);
}
/* 0-9 and other decimal digits */
static inline int wt_cp_is_digit(int32_t cp)
{
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return wt_cp_is_digit_slow(cp);
}
static inline int wt_cp_is_upper(int32_t cp)
{
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    return wt_cp_is_upper_slow(cp);
}
int wt_cp_is_lower(int32_t cp);

/* n bytes of s in normal form: NFC, lower case, typographic quotes folded
 * to " and ', dashes to -, … to "...", odd spaces to ' '. Allocated in a.
 * *out_len (may be NULL) receives the length. */
char *wt_normalise(wt_arena *a, const char *s, size_t n, size_t *out_len);

/* ASCII case-insensitive comparison of s[0..n) with the NUL-terminated w. */
int wt_eq_nocase(const char *s, size_t n, const char *w);

#endif
