/* tokens.c — English tokeniser for TABARI text (see tokens.h). */
#include "lang/en/tokens.h"

#include <string.h>

/* Byte classes, one table lookup per byte instead of a chain of compares
 * (the tokeniser runs over every byte of every sentence). */
/* CL_LOWER is 0x20 so that byte - (class & CL_LOWER) uppercases; CL_NUM
 * marks the bytes of a number (digits , .) */
enum { CL_WORD = 1, CL_SKIP = 2, CL_COMMA = 4, CL_DIGIT = 8, CL_NUM = 16, CL_LOWER = 0x20 };

#define R10(x) x, x, x, x, x, x, x, x, x, x
static const unsigned char byte_class[256] = {
    /* control characters (the 0x1A fill of wire tables) stick to the
     * word, as in TABARI: such a word matches no dictionary entry;
     * \t \n \v \f \r are spaces */
    [0x00] = CL_WORD, CL_WORD, CL_WORD, CL_WORD, CL_WORD, CL_WORD, CL_WORD, CL_WORD,
    CL_WORD, CL_SKIP, CL_SKIP, CL_SKIP, CL_SKIP, CL_SKIP, CL_WORD, CL_WORD,
    CL_WORD, CL_WORD, CL_WORD, CL_WORD, CL_WORD, CL_WORD, CL_WORD, CL_WORD,
    CL_WORD, CL_WORD, CL_WORD, CL_WORD, CL_WORD, CL_WORD, CL_WORD, CL_WORD,
    /* `_` is not a word character: TABARI text writes Dol_Amroth for a
     * name whose dictionary phrase is DOL_AMROTH, i.e. two words */
    [' '] = CL_SKIP, ['-'] = CL_SKIP, ['_'] = CL_SKIP, ['"'] = CL_SKIP, ['`'] = CL_SKIP,
    /* TABARI reads "( ... )" as ", ... ,": a parenthesis bounds a
     * comma-delimited clause */
    [','] = CL_COMMA | CL_NUM, ['('] = CL_COMMA, [')'] = CL_COMMA,
    ['\''] = CL_WORD, ['.'] = CL_WORD | CL_NUM, ['&'] = CL_WORD,
    ['0'] = R10(CL_WORD | CL_DIGIT | CL_NUM),
    ['A'] = R10(CL_WORD), R10(CL_WORD), CL_WORD, CL_WORD, CL_WORD, CL_WORD, CL_WORD, CL_WORD,
    ['a'] = R10(CL_WORD | CL_LOWER), R10(CL_WORD | CL_LOWER), CL_WORD | CL_LOWER,
    CL_WORD | CL_LOWER, CL_WORD | CL_LOWER, CL_WORD | CL_LOWER, CL_WORD | CL_LOWER,
    CL_WORD | CL_LOWER,
    [0x80] = R10(CL_WORD), R10(CL_WORD), R10(CL_WORD), R10(CL_WORD), R10(CL_WORD),
    R10(CL_WORD), R10(CL_WORD), R10(CL_WORD), R10(CL_WORD), R10(CL_WORD), R10(CL_WORD),
    R10(CL_WORD), CL_WORD, CL_WORD, CL_WORD, CL_WORD, CL_WORD, CL_WORD, CL_WORD, CL_WORD,
};
#undef R10

static inline int word_char(unsigned char c) { return byte_class[c] & CL_WORD; }

/* WT_VEC_PUSH without the out-of-line call when there is room */
static inline wt_ctok *push_tok(wt_ctok_vec *out)
{
    if (out->len == out->cap)
        WT_VEC_GROW(*out);
    wt_ctok *t = &out->items[out->len++];
    memset(t, 0, sizeof *t);
    return t;
}

size_t wt_en_tokenize(const char *text, size_t n, wt_arena *arena, wt_ctok_vec *out)
{
    size_t start_len = out->len;
    int any_lower = 0;
    for (size_t i = 0; i < n; i++)
        if (byte_class[(unsigned char)text[i]] & CL_LOWER) { any_lower = 1; break; }
    /* Every word form goes into one buffer per sentence: a word and its
     * NUL fit in the bytes it spans plus the separator after it, so n + 1
     * bytes hold them all (one arena call instead of one per word). */
    char *forms = NULL, *next_form = NULL;
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)text[i];
        unsigned char cl = byte_class[c];
        if (cl & CL_SKIP) {
            i++;
            continue;
        }
        if (cl & CL_COMMA) {
            wt_ctok *t = push_tok(out);
            t->form = ",";
            t->len = 1;
            t->start = (uint32_t)i;
            t->end = (uint32_t)i + 1;
            t->flags = WT_CT_COMMA;
            i++;
            continue;
        }
        if (!(cl & CL_WORD)) {
            /* sentence punctuation: a boundary token */
            wt_ctok *t = push_tok(out);
            t->form = wt_arena_strndup(arena, text + i, 1);
            t->len = 1;
            t->start = (uint32_t)i;
            t->end = (uint32_t)i + 1;
            t->flags = WT_CT_PUNCT;
            i++;
            continue;
        }
        size_t b = i;
        while (i < n) {
            unsigned char d = (unsigned char)text[i];
            if (word_char(d)) { i++; continue; }
            /* 10,000 and 3,5: a comma between digits stays in the number */
            if (d == ',' && i > b && (byte_class[(unsigned char)text[i - 1]] & CL_DIGIT) &&
                i + 1 < n && (byte_class[(unsigned char)text[i + 1]] & CL_DIGIT)) { i++; continue; }
            break;
        }
        size_t e = i;
        /* leading/trailing apostrophes are quotes */
        while (b < e && text[b] == '\'') b++;
        while (e > b && text[e - 1] == '\'' && !(e - b > 1 && (text[e - 2] == 's' || text[e - 2] == 'S'))) e--;
        if (e > b && text[e - 1] == '.') {
            /* U.S. keeps its period; a sentence-final period goes */
            if (!memchr(text + b, '.', e - b - 1) || e - b < 3)
                e--;
        }
        while (e > b && text[e - 1] == '.' && e - b == 1) e--;
        if (e <= b)
            continue;
        if (!forms)
            next_form = forms = wt_arena_alloc(arena, n + 1);
        char *f = next_form;
        next_form += e - b + 1;
        /* copy, uppercase (no locale lookup) and classify in one pass:
         * the AND of the classes keeps CL_NUM when every byte is a digit,
         * comma or period */
        unsigned all = 0xff;
        for (size_t k = 0; k < e - b; k++) {
            unsigned char ch = (unsigned char)text[b + k];
            unsigned chc = byte_class[ch];
            f[k] = (char)(ch - (chc & CL_LOWER));
            all &= chc;
        }
        int digits = (all & CL_NUM) != 0;
        f[e - b] = '\0';
        wt_ctok *t = push_tok(out);
        t->form = f;
        t->len = (uint32_t)(e - b);
        t->start = (uint32_t)b;
        t->end = (uint32_t)e;
        /* isupper() of the C locale, without the lookup */
        if (text[b] >= 'A' && text[b] <= 'Z' && any_lower) t->flags |= WT_CT_CAPITAL;
        if (!any_lower) t->flags |= WT_CT_ALLCAPS_TEXT;
        if (digits) t->flags |= WT_CT_NUMBER;
    }
    if (out->len > start_len)
        out->items[start_len].flags |= WT_CT_SENT_START;
    return out->len - start_len;
}
