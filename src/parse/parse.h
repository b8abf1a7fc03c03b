/* parse.h — the syntax stage: UPOS tags and a Universal Dependencies tree
 * for every sentence, from warta's own tagger and parser (syntax.h) and
 * the model in data/id/parser.model (docs/parser.md). */
#ifndef WARTA_PARSE_PARSE_H
#define WARTA_PARSE_PARSE_H

#include "lang/id/lemma.h"
#include "parse/conllu.h"
#include "parse/syntax.h"
#include "text/doc.h"
#include "util/buf.h"
#include "util/diag.h"

struct warta_ctx;

/* Reads and checks a model file; 0, or -1 after a report naming the file. */
int wt_syntax_model_load(wt_syntax_model *m, const char *path, wt_diag *diag);
/* The context's model, loaded on first use from DATA/id/parser.model
 * ($WARTA_PARSER_MODEL overrides); NULL, reported once, when it cannot be. */
const wt_syntax_model *wt_ctx_syntax(struct warta_ctx *ctx);
void wt_ctx_syntax_free(struct warta_ctx *ctx);

/* Tags and parses every sentence of doc; lemmas must be set first
 * (wt_lemmatize_doc). Fills each token's upos, head, deprel and doc->syntax. */
void wt_parse_doc(const wt_syntax_model *m, wt_doc *doc, wt_psent *scratch);
/* The same for sentence si alone (doc->syntax is left as it was): for a
 * caller that needs the trees of a few sentences only. */
void wt_parse_sentence(const wt_syntax_model *m, wt_doc *doc, size_t si, wt_psent *scratch);

/* UD features the coder reads, as FEATS would write them ("Voice=Pass"), for
 * a token with this form atom, tag and morph bits; "_" when none. */
const char *wt_syntax_feats(const wt_syntax_model *m, uint64_t form, int upos, uint32_t morph,
                            char *buf, size_t cap);

/* Output: the sentences of a parsed doc as CoNLL-U (with # doc, # para,
 * # sent_id, # text, and Span=START-END in MISC), or as JSON Lines (one
 * object per sentence). */
void wt_doc_conllu(wt_buf *b, const wt_doc *doc);
void wt_doc_syntax_json(wt_buf *b, const wt_doc *doc);

/* Re-tags and re-parses a CoNLL-U sentence in place of its UPOS, HEAD and
 * DEPREL columns, keeping every row (multi-word tokens, empty nodes,
 * comments); the sentence is written to b. */
void wt_parse_conllu(const wt_syntax_model *m, wt_lemmatizer *lz, const wt_conllu_sent *s,
                     wt_psent *scratch, wt_buf *b);

#endif
