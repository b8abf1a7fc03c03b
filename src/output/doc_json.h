/* doc_json.h — the `warta doc` record: one JSON object per article.
 * Field by field in docs/doc-format.md. */
#ifndef WARTA_OUTPUT_DOC_JSON_H
#define WARTA_OUTPUT_DOC_JSON_H

#include "text/doc.h"
#include "util/buf.h"

enum { WT_DOC_JSON_TOKENS = 1 };  /* add each sentence's tokens */

/* Appends the object (no newline) to b. */
void wt_doc_json(wt_buf *b, const wt_doc *d, int flags);

#endif
