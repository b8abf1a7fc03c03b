/* langid.h — which language an article is written in: Indonesian, English
 * or something else, told apart by how often each language's function
 * words occur (yang, dan, di, ini, itu, dengan… / the, and, of, to, in…).
 *
 * Function words are the most frequent words of any text and almost never
 * shared between the two languages, so a few hundred words decide reliably
 * without a model; very short texts (a headline, a test sentence) fall
 * back on the shape of the words (meN-/ber-/-kan/-nya against
 * -ing/-tion/-ed). Malay reads as Indonesian. */
#ifndef WARTA_TEXT_LANGID_H
#define WARTA_TEXT_LANGID_H

#include <stddef.h>

typedef enum wt_lang { WT_LANG_OTHER = 0, WT_LANG_ID, WT_LANG_EN } wt_lang;

/* What the decision was made from (for --explain and tests). */
typedef struct wt_langid_counts {
    unsigned words;          /* words read (at most WT_LANGID_MAX_WORDS) */
    unsigned id_fn, en_fn;   /* Indonesian / English function words */
    unsigned id_shape, en_shape;  /* affixed-looking words of each language */
} wt_langid_counts;

#define WT_LANGID_MAX_WORDS 3000u

/* The language of text[0..len) (UTF-8; non-ASCII letters end a word and
 * are otherwise ignored). counts may be NULL. */
wt_lang wt_langid(const char *text, size_t len, wt_langid_counts *counts);

/* "id", "en", "other". */
const char *wt_lang_name(wt_lang lang);

#endif
