/* tokens.c — English tokeniser for TABARI text (see tokens.h). */
#include "lang/en/tokens.h"

#include <ctype.h>
#include <string.h>

static inline int word_char(unsigned char c)
{
    /* `_` is not a word character: TABARI text writes Dol_Amroth for a name
     * whose dictionary phrase is DOL_AMROTH, i.e. two consecutive words */
    /* ASCII ranges rather than isalnum(): no locale lookup per byte */
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
           c == '\'' || c == '.' || c == '&' || c >= 0x80 ||
           /* control characters (the 0x1A fill of wire tables) stick to the
            * word, as in TABARI: such a word matches no dictionary entry */
           (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f');
}

size_t wt_en_tokenize(const char *text, size_t n, wt_arena *arena, wt_ctok_vec *out)
{
    size_t start_len = out->len;
    int any_lower = 0;
    for (size_t i = 0; i < n; i++)
        if (text[i] >= 'a' && text[i] <= 'z') { any_lower = 1; break; }
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)text[i];
        if (isspace(c) || c == '-' || c == '_' || c == '"' || c == '`') {
            i++;
            continue;
        }
        /* TABARI reads "( ... )" as ", ... ,": a parenthesis bounds a
         * comma-delimited clause */
        if (c == ',' || c == '(' || c == ')') {
            wt_ctok *t = WT_VEC_PUSH(*out);
            t->form = ",";
            t->len = 1;
            t->start = (uint32_t)i;
            t->end = (uint32_t)i + 1;
            t->flags = WT_CT_COMMA;
            i++;
            continue;
        }
        if (!word_char(c)) {
            /* sentence punctuation: a boundary token */
            wt_ctok *t = WT_VEC_PUSH(*out);
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
            if (d == ',' && i > b && isdigit((unsigned char)text[i - 1]) && i + 1 < n &&
                isdigit((unsigned char)text[i + 1])) { i++; continue; }
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
        char *f = wt_arena_strndup(arena, text + b, e - b);
        int digits = 1;
        for (size_t k = 0; k < e - b; k++) {
            unsigned char ch = (unsigned char)f[k];
            if (ch >= 'a' && ch <= 'z')      /* toupper() without a locale lookup */
                f[k] = (char)(ch - ('a' - 'A'));
            if (!(ch >= '0' && ch <= '9') && ch != ',' && ch != '.') digits = 0;
        }
        wt_ctok *t = WT_VEC_PUSH(*out);
        t->form = f;
        t->len = (uint32_t)(e - b);
        t->start = (uint32_t)b;
        t->end = (uint32_t)e;
        if (isupper((unsigned char)text[b]) && any_lower) t->flags |= WT_CT_CAPITAL;
        if (!any_lower) t->flags |= WT_CT_ALLCAPS_TEXT;
        if (digits) t->flags |= WT_CT_NUMBER;
    }
    if (out->len > start_len)
        out->items[start_len].flags |= WT_CT_SENT_START;
    return out->len - start_len;
}
