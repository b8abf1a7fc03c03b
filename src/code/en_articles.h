/* en_articles.h — English news articles coded with TABARI dictionaries.
 *
 * The article layer (wt_reader_next + wt_article_process) gives the
 * sentences with their byte spans; each sentence is tokenised as TABARI
 * text (lang/en/tokens.h) and coded by the TABARI coder (code/coder.h) with
 * the article's date as the record date, so an article codes exactly as
 * its sentences would as TABARI records. */
#ifndef WARTA_CODE_EN_ARTICLES_H
#define WARTA_CODE_EN_ARTICLES_H

#include "code/event.h"
#include "dict/dict.h"
#include "text/doc.h"

#include <stdio.h>

typedef struct wt_en_articles wt_en_articles;

/* A coder over a loaded, finished dictionary (which must outlive it). */
wt_en_articles *wt_en_articles_new(const wt_dict *dict);
void wt_en_articles_free(wt_en_articles *ea);

/* Per sentence on f (NULL = off): the text, TABARI's parse (word classes,
 * actors, clauses), the status and each event with its rule. */
void wt_en_articles_set_explain(wt_en_articles *ea, FILE *f);

/* Codes every sentence of d (after the article layer) and appends the
 * events to out: doc, para, sent, span (the sentence), source/target with
 * their words and spans, code, root, evidence, rule, speaker (inside a
 * quote). Returns the number of events added. */
size_t wt_en_articles_code(wt_en_articles *ea, wt_doc *d, wt_event_list *out);

#endif
