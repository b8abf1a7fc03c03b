/* quotes.h — direct quotes and who said them.
 *
 *   “…,” kata X      "…," ujar X.      “…,” ucap/tutur/jelas/tambah X
 *   X mengatakan, “…”      X mengatakan: "…"      Menurut X, “…”
 *   X menyatakan bahwa … “partial quote” …      “…,” demikian X
 *   “…,” kata sumber itu (described, not named)      “…,” ia menambahkan
 *   “…,” katanya (the person named last, in a quote or reported speech)
 *   English: “…,” said X / X said / he said
 * Quotes over several sentences are one quote; a quote without a speaker
 * is kept when it is more than a scare-quoted phrase. */
#ifndef WARTA_TEXT_QUOTES_H
#define WARTA_TEXT_QUOTES_H

#include "text/doc.h"

void wt_quotes(wt_doc *d);

#endif
