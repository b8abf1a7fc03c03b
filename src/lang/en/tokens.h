/* tokens.h — English tokenisation of TABARI-style text for the coder.
 *
 * TABARI's input filter, as the validation suite expects it: words are
 * upper-cased for matching (capitalisation kept as a flag, since a
 * capitalised verb in mid-sentence is read as a noun); hyphens separate
 * words (al-Assad = al Assad); commas are kept as tokens (they delimit
 * nonrestrictive clauses) except inside numbers (10,000); a final period
 * is dropped unless the word is an abbreviation with inner periods (U.S.);
 * quotes and brackets are dropped; other punctuation becomes a boundary. */
#ifndef WARTA_LANG_EN_TOKENS_H
#define WARTA_LANG_EN_TOKENS_H

#include "code/coder.h"
#include "util/arena.h"

/* Tokenises text[0..n) into *out (grown with WT_VEC), forms copied into
 * the arena. Offsets are relative to `text`. Returns the token count. */
typedef WT_VEC(wt_ctok) wt_ctok_vec;
size_t wt_en_tokenize(const char *text, size_t n, wt_arena *arena, wt_ctok_vec *out);

#endif
