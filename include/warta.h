/* warta.h — the public interface of libwarta.
 *
 * warta turns news articles into event data: who did what to whom, when and
 * where. The library has no global mutable state: everything hangs off a
 * warta_ctx, and handles are opaque. One context may be used by one thread
 * at a time; use one context per thread for parallel coding (loaded
 * dictionaries are read-only after loading).
 *
 * Sections follow the pipeline: context, article layer, Indonesian
 * morphology, dictionaries and coder, event records and outputs, store. */
#ifndef WARTA_H
#define WARTA_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WARTA_VERSION "0.1.0"

/* ---------------------------------------------------------------- context */

typedef struct warta_ctx warta_ctx;

/* Severity passed to a diagnostic callback. */
enum { WARTA_NOTE = 0, WARTA_WARNING = 1, WARTA_ERROR = 2 };

/* Called for each problem found in outside input; `where` is "file:line" or
 * a record id. Without a callback, diagnostics go to stderr. */
typedef void (*warta_diag_fn)(void *user, int severity, const char *where,
                              const char *message);

/* Never NULL (memory exhaustion aborts). */
warta_ctx *warta_new(void);
void warta_free(warta_ctx *ctx);
const char *warta_version(void);

/* Where dictionaries and lexicons are read from. Default, first found:
 * $WARTA_DATA; PREFIX/share/warta for the PREFIX the running program or
 * libwarta.so sits in (PREFIX/bin, PREFIX/lib), else the prefix warta was
 * installed to (`make install PREFIX=...`); data/ beside the executable's
 * bin/ in a build tree; the build tree warta was compiled in. `warta --data
 * DIR` calls this. */
void warta_set_data_dir(warta_ctx *ctx, const char *dir);
const char *warta_data_dir(const warta_ctx *ctx);
void warta_set_diag(warta_ctx *ctx, warta_diag_fn fn, void *user);
/* Errors and warnings reported since the context was created. */
size_t warta_error_count(const warta_ctx *ctx);
size_t warta_warning_count(const warta_ctx *ctx);
/* "where: message" of the last error reported through this context, or ""
 * when there was none (never NULL, so it can always be printed). A constructor that can fail (warta_coder_new; the
 * others only abort when memory runs out) returns NULL and leaves its reason
 * here, as do calls that return -1, e.g.
 * "/usr/share/warta/id/id.verbs: cannot open: No such file or directory".
 * Valid until the next call on the context. */
const char *warta_last_error(const warta_ctx *ctx);

/* ----------------------------------------------------------- article layer */
/* (ingest, cleaning, segmentation, dates, quotes) */

/* One article: cleaned (dateline, related links, byline/editor, credits
 * taken out as metadata), split into paragraphs and sentences, with its
 * dates and direct quotes. A handle can be reused for many articles; its
 * memory stays flat. Output format: docs/doc-format.md. */
typedef struct warta_doc warta_doc;

/* Never NULL (memory exhaustion aborts). */
warta_doc *warta_doc_new(warta_ctx *ctx);
void warta_doc_free(warta_doc *doc);
/* Processes text[0..len) (paragraphs = lines). id may be NULL; date is the
 * publication date "YYYY-MM-DD" or NULL (then the text is searched for it).
 * Returns 0, or -1 when the text was rejected (invalid UTF-8, NUL byte, bad
 * date; reported through the context's diagnostics). The text is copied. */
int warta_doc_parse(warta_doc *doc, const char *id, const char *text, size_t len,
                    const char *date);
/* The `warta doc` JSON object of the last parsed article (no newline),
 * valid until the next parse or free. with_tokens adds the tokens. */
const char *warta_doc_json(warta_doc *doc, int with_tokens);

size_t warta_doc_paragraph_count(const warta_doc *doc);
size_t warta_doc_sentence_count(const warta_doc *doc);
size_t warta_doc_quote_count(const warta_doc *doc);
/* Publication date "YYYY-MM-DD", or NULL when unknown. */
const char *warta_doc_date(warta_doc *doc);

/* ------------------------------------------------- Indonesian morphology */

/* Lemma (root) of one Indonesian word as written, e.g. "mengunjungi" →
 * "kunjung"; the root lexicon (hunspell-id plus data/id/) is loaded on first
 * use. Words that are not clearly Indonesian come back unchanged. *morph
 * (may be NULL) receives the affix analysis bits (src/lang/id/lemma.h).
 * Returns NULL only when the lexicon cannot be loaded (reported through the
 * diagnostics). The string stays valid until the context is freed (or, past
 * a million distinct words, until the next call). docs/lemma.md */
const char *warta_lemma(warta_ctx *ctx, const char *word, size_t len, unsigned *morph);
/* The analysis of one word as a JSON object (docs/lemma.md), malloc'd;
 * NULL when the lexicon cannot be loaded. */
char *warta_lemma_json(warta_ctx *ctx, const char *word, size_t len);

/* ------------------------------------------------------------- syntax */
/* UPOS tags and Universal Dependencies trees from warta's own tagger and
 * parser (model data/id/parser.model, loaded on first use; docs/parser.md).
 * To parse one sentence, give it to warta_doc_parse as a one-line text. */

/* Tags and parses every sentence of the article last parsed into doc.
 * Returns 0, or -1 when the model or the lexicon cannot be loaded
 * (reported through the context's diagnostics). */
int warta_doc_syntax(warta_doc *doc);

/* One token of a parsed sentence. Strings stay valid until the next
 * warta_doc_parse or free; form is not NUL-terminated (form_len bytes). */
typedef struct warta_token {
    const char *form;
    size_t form_len;
    const char *lemma;
    const char *upos;        /* "NOUN", "VERB"… */
    const char *deprel;      /* "nsubj", "obl:agent"… */
    int head;                /* 1-based index of the head in the sentence; 0 = root */
    size_t start, end;       /* byte span in the article text */
} warta_token;

/* Tokens of sentence `sent` (0-based); 0 when out of range. */
size_t warta_doc_token_count(const warta_doc *doc, size_t sent);
/* Token i (0-based) of sentence sent into *out: 0, or -1 when out of range
 * or when the doc has not been through warta_doc_syntax. */
int warta_doc_token(const warta_doc *doc, size_t sent, size_t i, warta_token *out);
/* The parsed article as CoNLL-U (the `warta parse` output); valid until the
 * next call on doc. NULL before warta_doc_syntax. */
const char *warta_doc_conllu(warta_doc *doc);

/* --------------------------------------------------- dictionaries, coder */
/* TABARI/PETRARCH dictionaries (.verbs .actors .agents .options .project)
 * and the TABARI-style coder live in src/dict/dict.h and src/code/coder.h
 * (internal, language-neutral API used by the English and Indonesian
 * coders); their syntax and the commands check-dict, validate and
 * code --input tabari are described in docs/dictionaries.md. */

/* ----------------------------------------------------------- event coding */

/* The Indonesian event coder: dictionaries from data/id, lemmas from the
 * lemmatiser, events enriched with date, place, QuadClass, Goldstein and
 * PLOVER. One coder per thread; several may share a context only if they
 * are used from one thread. */
typedef struct warta_coder warta_coder;

/* NULL when the dictionaries or the lexicon cannot be loaded (reported
 * through the context's diagnostics; warta_last_error(ctx) says why). */
warta_coder *warta_coder_new(warta_ctx *ctx);
void warta_coder_free(warta_coder *coder);
/* Codes the article last parsed into doc (warta_doc_parse). Returns the
 * number of events, or -1 when the enrichment tables cannot be read. */
long warta_code_doc(warta_coder *coder, warta_doc *doc);
size_t warta_event_count(const warta_coder *coder);
/* Event i of the last coded article as the JSON object `warta code` writes
 * (docs/events.md), no newline; valid until the next call on this coder.
 * NULL when i is out of range. */
const char *warta_event_json(warta_coder *coder, size_t i);

/* ---------------------------------------------- event records, outputs */
/* Events as JSON Lines (docs/events.md) come from warta_event_json above.
 * The GDELT 2.0 event table, CSV and the SQLite store (docs/formats.md,
 * docs/store.md) are written by `warta code --format gdelt|csv --db FILE`
 * and read back by `warta query`. */

#ifdef __cplusplus
}
#endif
#endif
