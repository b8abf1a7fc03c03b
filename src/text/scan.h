/* scan.h — small byte-level scanning helpers shared by the article-layer
 * passes (clean, dates, quotes). All positions are byte offsets into the
 * doc text; `end` bounds every scan. */
#ifndef WARTA_TEXT_SCAN_H
#define WARTA_TEXT_SCAN_H

#include "text/normalise.h"
#include "util/utf8.h"
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* SWAR tests on eight bytes at once (w loaded with memcpy): non-zero when
 * some byte of w equals b / is below n (n <= 128). Exact as "any" tests. */
#define WT_ONES 0x0101010101010101ull
#define WT_HIGHS 0x8080808080808080ull
static inline uint64_t wt_swar_has(uint64_t w, unsigned char b)
{
    uint64_t x = w ^ (WT_ONES * b);
    return (x - WT_ONES) & ~x & WT_HIGHS;
}
static inline uint64_t wt_swar_below(uint64_t w, unsigned char n)
{
    return (w - WT_ONES * n) & ~w & WT_HIGHS;
}

/* wt_utf8_validate with a fast path over ASCII, eight bytes at a time:
 * news text is mostly ASCII, and every article is checked once or twice.
 * Returns the offset of the first invalid sequence, or n. */
static inline size_t wt_utf8_check(const char *s, size_t n)
{
    size_t i = 0;
    for (;;) {
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull) break;
            i += 8;
        }
        while (i < n && (unsigned char)s[i] < 0x80) i++;
        if (i >= n) return n;
        int32_t cp;
        size_t len = wt_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (!len) return i;
        i += len;
    }
}

static inline int wt_ascii_alpha(char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static inline int wt_ascii_digit(char c) { return c >= '0' && c <= '9'; }

/* Index of the first non-space at or after i. */
static inline size_t wt_skip_space(const char *s, size_t end, size_t i)
{
    while (i < end) {
        int32_t cp;
        size_t len = wt_cp_at(s, end, i, &cp);
        if (!wt_cp_is_space(cp)) break;
        i += len;
    }
    return i;
}

/* Index just after the last non-space before end (not below start). */
static inline size_t wt_trim_end(const char *s, size_t start, size_t end)
{
    while (end > start) {
        int32_t cp;
        size_t len = wt_cp_before(s, end, &cp);
        if (!wt_cp_is_space(cp)) break;
        end -= len;
    }
    return end;
}

/* 1 when a letter or digit ends just before i. */
static inline int wt_alnum_before(const char *s, size_t start, size_t i)
{
    if (i <= start) return 0;
    int32_t cp;
    wt_cp_before(s, i, &cp);
    return wt_cp_is_letter(cp) || wt_cp_is_digit(cp);
}

static inline int wt_alnum_at(const char *s, size_t end, size_t i)
{
    if (i >= end) return 0;
    int32_t cp;
    wt_cp_at(s, end, i, &cp);
    return wt_cp_is_letter(cp) || wt_cp_is_digit(cp);
}

/* Length of the word (letters, digits, inner - ' .) starting at i. */
static inline size_t wt_word_len(const char *s, size_t end, size_t i)
{
    size_t j = i;
    while (j < end) {
        int32_t cp;
        size_t len = wt_cp_at(s, end, j, &cp);
        if (wt_cp_is_letter(cp) || wt_cp_is_digit(cp)) { j += len; continue; }
        if ((cp == '-' || cp == '\'' || cp == 0x2019 || cp == '.') && j > i &&
            wt_alnum_at(s, end, j + len)) { j += len; continue; }
        break;
    }
    return j - i;
}

/* When s[i..] starts with the words of `phrase` (ASCII, case-insensitive,
 * single spaces in phrase match any run of spaces) followed by a word
 * boundary, returns the index after it; else 0. */
static inline size_t wt_match_phrase(const char *s, size_t end, size_t i, const char *phrase)
{
    size_t j = i;
    for (const char *p = phrase; *p; p++) {
        if (*p == ' ') {
            if (j >= end || !(s[j] == ' ' || s[j] == '\t' || (unsigned char)s[j] == 0xC2)) return 0;
            size_t k = wt_skip_space(s, end, j);
            if (k == j) return 0;
            j = k;
            continue;
        }
        if (j >= end) return 0;
        char c = s[j], d = *p;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c != d) return 0;
        j++;
    }
    if (wt_alnum_at(s, end, j)) return 0;
    return j;
}

/* 1 when the code point at i starts with an upper-case letter. */
static inline int wt_upper_at(const char *s, size_t end, size_t i)
{
    if (i >= end) return 0;
    int32_t cp;
    wt_cp_at(s, end, i, &cp);
    return wt_cp_is_upper(cp);
}

#endif

#ifndef WARTA_TEXT_SCAN_NAMES
#define WARTA_TEXT_SCAN_NAMES
/* Day names end a name run: "kata Tillerson Kamis (14/12)". */
static inline int wt_is_weekday_word(const char *s, size_t n)
{
    static const char *const days[] = {"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu"};
    for (size_t k = 0; k < sizeof days / sizeof *days; k++)
        if (wt_eq_nocase(s, n, days[k])) return 1;
    return 0;
}

static inline int wt_is_name_particle(const char *s, size_t n)
{
    static const char *const p[] = {"bin", "binti", "van", "von", "de", "der", "da", "al", "el", "la", "du"};
    for (size_t k = 0; k < sizeof p / sizeof *p; k++)
        if (n == strlen(p[k]) && !memcmp(s, p[k], n)) return 1;
    return 0;
}

/* A run of capitalised words starting at i ("Kementerian Luar Negeri Rusia",
 * "Sergey Ryabkov"), joined by single spaces, with lower-case particles
 * (bin, van, al…) allowed between capitalised words. Returns the index
 * after the last word, or i when s[i] does not start a capitalised word. */
static inline size_t wt_name_run(const char *s, size_t end, size_t i)
{
    size_t last = i, j = i;
    int words = 0;
    while (j < end) {
        size_t wl = wt_word_len(s, end, j);
        if (!wl) break;
        int cap = wt_upper_at(s, end, j) || (words > 0 && wt_ascii_digit(s[j]));
        if (!cap) {
            if (!words || !wt_is_name_particle(s + j, wl)) break;
            size_t k = wt_skip_space(s, end, j + wl);
            if (k == j + wl || !wt_upper_at(s, end, k)) break;
        } else if (wt_is_weekday_word(s + j, wl)) {
            break;
        }
        if (cap) { words++; last = j + wl; }
        size_t k = j + wl;
        if (k < end && s[k] == ' ' && k + 1 < end && s[k + 1] != ' ') j = k + 1;
        else break;
    }
    return words ? last : i;
}
#endif
