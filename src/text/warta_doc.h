/* warta_doc.h — the article inside the public warta_doc handle, for the
 * other public handles (warta_coder) that work on it. Internal. */
#ifndef WARTA_TEXT_WARTA_DOC_H
#define WARTA_TEXT_WARTA_DOC_H

#include "text/doc.h"
#include "warta.h"

wt_doc *wt_warta_doc_article(warta_doc *doc);
warta_ctx *wt_warta_doc_ctx(warta_doc *doc);
/* The handle's output buffer (JSON, CoNLL-U): valid until the next call. */
#include "util/buf.h"
wt_buf *wt_warta_doc_buf(warta_doc *doc);

#endif
