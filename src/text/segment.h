/* segment.h — tokens and sentences of the cleaned paragraphs.
 *
 * Tokens: words (with inner hyphens, apostrophes and initialism dots:
 * Jong-un, Ma'ruf, a.n), numbers (1.500, 3,5, 14/12/2017, 10.30), web
 * addresses (detik.com, https://…), quote marks, punctuation, symbols.
 *
 * Sentences end at . ! ? … followed (after closing quotes/brackets) by
 * something that can start a sentence (a capitalised word, a number, an
 * opening quote or bracket), except
 *   - after an abbreviation that never ends a sentence (Dr., Prof., Jl.,
 *     No. — data/id/abbreviations.txt), an initial (B. J. Habibie) or an
 *     initialism (S.H.);
 *   - inside a direct quote that goes on past the full stop
 *     (“Korut adalah tetangga kami. Dialog politik penting,” kata X.):
 *     the reporting clause belongs to the same sentence.
 * A paragraph (input line) always ends a sentence. */
#ifndef WARTA_TEXT_SEGMENT_H
#define WARTA_TEXT_SEGMENT_H

#include "text/doc.h"
#include "util/strmap.h"

/* Values stored in the abbreviation map (keys: lower case, no final dot). */
#define WT_ABBREV_NEVER_ENDS ((void *)1)  /* titles, Jl., No.: a name or number follows */
#define WT_ABBREV_MAY_END    ((void *)2)  /* dll., dsb.: ends a sentence before a capital */

/* Tokenises and splits every paragraph of d. abbrevs may be NULL. */
void wt_segment(wt_doc *d, const wt_strmap *abbrevs);

/* Tokenises text[start, end) into d->toks (used by wt_segment; exposed for
 * tests and other stages). */
void wt_tokenise(wt_doc *d, size_t start, size_t end);

/* Double-quote pairs among tokens [t0, t1) of one paragraph, as token
 * indexes, in order. Curly “ „ « open and ” » close; a straight " opens
 * when no quote is open and closes otherwise; a quote still open at the end
 * of the paragraph has no pair. */
typedef struct wt_quote_pair { size_t open, close; } wt_quote_pair;
typedef WT_VEC(wt_quote_pair) wt_quote_pairs;
void wt_find_quote_pairs(const wt_doc *d, size_t t0, size_t t1, wt_quote_pairs *out);
/* The opening mark still open at the end of tokens [t0, t1) (what
 * wt_find_quote_pairs leaves without a pair), or SIZE_MAX. Fills `pairs`
 * as wt_find_quote_pairs does. */
size_t wt_unclosed_quote(const wt_doc *d, size_t t0, size_t t1, wt_quote_pairs *pairs);

#endif
