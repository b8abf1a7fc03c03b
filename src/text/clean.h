/* clean.h — article cleaning: splits the text into lines and takes out what
 * is not body text, keeping it as metadata.
 *
 *   - related-link lines (BACA JUGA:, Baca juga:, Lihat juga:, Simak:…)
 *   - label lines (Penulis:, Reporter:, Editor:, Sumber:)
 *   - the dateline at the start of the first paragraph (PYONGYANG –,
 *     Jakarta, CNN Indonesia --, Tokyo (ANTARA News) -)
 *   - byline / editor tags at the end: (dka), (Erha Aprili Ramadhoni),
 *     (Yendhi / win), agency tags such as (Antara)
 *   - agency credits: "sebagaimana dilansir RT" (noted, left in the body),
 *     "Demikian dilaporkan AFP." closing a paragraph (noted and cut).
 *
 * Fills doc->paras (one per remaining non-blank line, `index` = 0-based
 * input line, `span` = body text), dateline, byline, editor, related and
 * credits. `gaz` (may be NULL) tells places from acronyms in a dateline
 * glued to the first word: "INGGRIS-Tottenham" but not "KPK-Polri". */
#ifndef WARTA_TEXT_CLEAN_H
#define WARTA_TEXT_CLEAN_H

#include "text/doc.h"
#include "code/gazetteer.h"

void wt_clean(wt_doc *d, const wt_gazetteer *gaz);

#endif
