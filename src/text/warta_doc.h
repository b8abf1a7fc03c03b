/* warta_doc.h — the article inside the public warta_doc handle, for the
 * other public handles (warta_coder) that work on it. Internal. */
#ifndef WARTA_TEXT_WARTA_DOC_H
#define WARTA_TEXT_WARTA_DOC_H

#include "text/doc.h"
#include "warta.h"

wt_doc *wt_warta_doc_article(warta_doc *doc);

#endif
