/* idcoder.h — the Indonesian event coder: from an article (wt_doc after the
 * article layer) to CAMEO events.
 *
 * Per sentence:
 *   1. words → dictionary phrases: actors (countries, capitals, IGOs, armed
 *      groups, persons with date-bounded codes) and agents (pemerintah, TNI,
 *      Menlu ...), matched on whole words;
 *   2. phrases → actor mentions (noun phrases): agent + actor + name
 *      ("Menteri Luar Negeri Amerika Serikat (AS), Rex Tillerson" = USAGOV),
 *      coordinated lists (A, B dan C), pronouns kami/kita inside a quote
 *      (the speaker);
 *   3. verbs and event nouns by lemma and affix (the lemmatiser's root and
 *      morph bits; morph.c for words it leaves unanalysed): active meN-,
 *      passive di-/ter-, ber-, nominalisations (kunjungan, pertemuan) and
 *      light verbs (melakukan kunjungan ke, menggelar pertemuan dengan);
 *   4. grammar (grammar.c): subject and object/oblique target, passive
 *      agents (oleh), relative clauses (yang), reciprocal coordination,
 *      negation, modality (intent codes 03x / threats 13x), questions and
 *      conditionals (not coded), reported speech (speaker on the event).
 *
 * Speed: what the grammar asks of a spelling (its word lists, the
 * dictionary phrases it starts, its verb readings) is worked out the first
 * time the coder meets it and cached across articles (up to a million
 * spellings), so a word costs one hash lookup per article.
 *
 * One wt_idcoder per thread; the dictionaries are read-only after loading. */
#ifndef WARTA_CODE_ID_IDCODER_H
#define WARTA_CODE_ID_IDCODER_H

#include "code/event.h"
#include "code/id/iddict.h"
#include "text/doc.h"
#include <stdio.h>

typedef struct wt_idcoder wt_idcoder;

/* Coverage counters (warta code --stats). */
typedef struct wt_idstats {
    size_t articles, sentences, sent_actor, sent_two_actors, sent_verb, sent_event, events;
    wt_strmap missed;     /* lemma → count, words near two actors without an event */
    /* check-dict --coverage: "lemma\tverb|noun" → count, predicates and
     * event nouns in sentences with two coded actors that no entry knows */
    int coverage;
    wt_strmap uncovered;
} wt_idstats;

/* Loads every dictionary of data_dir/id. NULL after reporting when the
 * directory holds none. */
wt_idcoder *wt_idcoder_new(const char *data_dir, wt_diag *diag);
/* A coder over dictionaries already loaded (tests); takes ownership. */
wt_idcoder *wt_idcoder_from_dict(id_dict *dict);
void wt_idcoder_free(wt_idcoder *c);
const id_dict *wt_idcoder_dict(const wt_idcoder *c);

/* The lemmatiser whose roots and affix bits (tok->lemma, tok->morph) the
 * verbs are read from; the coder runs it over each article. Without one
 * (NULL, the default) every word is read by morph.c's affix peeling. */
struct wt_lemmatizer;
void wt_idcoder_set_lemmatizer(wt_idcoder *c, struct wt_lemmatizer *lz);
/* The tagger and parser model (parse/parse.h) whose trees the coder reads
 * sources and targets from; the coder parses each article it is given
 * unless the article already carries this model's trees. Without one
 * (NULL, the default) the coder reads the flat word sequence only. */
struct wt_syntax_model;
void wt_idcoder_set_syntax(wt_idcoder *c, const struct wt_syntax_model *m);
/* Per-sentence reasoning goes to f (NULL = off). */
void wt_idcoder_set_explain(wt_idcoder *c, FILE *f);
/* One actor mention as the coder resolved it (warta actors). Spans are
 * byte offsets into the document text; code is NULL when unresolved;
 * rule_file is relative to the data directory. `context` tells where a
 * bare role's country came from: 0 the mention itself (a dictionary
 * phrase), 1 the article's main country, 2 the quote's speaker. */
typedef struct wt_idmention {
    uint32_t para;            /* 0-based line of the input text */
    int sent;                 /* sentence index in the document */
    wt_span span;
    const char *text, *code, *rule_file;
    uint32_t rule_line;
    int context;
    int pronoun;              /* 1 kami/kita: the quote's speaker; 2 a reference to
                               * actors named before (mereka, kedua negara) */
    int possessive;           /* -nya: the clause subject's country */
} wt_idmention;
typedef void (*wt_idmention_fn)(void *user, const wt_doc *d, const wt_idmention *m);
/* Every mention of every sentence goes to fn (NULL = off). */
void wt_idcoder_set_mention_fn(wt_idcoder *c, wt_idmention_fn fn, void *user);
/* Coverage counters are collected into s (NULL = off). */
void wt_idcoder_set_stats(wt_idcoder *c, wt_idstats *s);

/* Each event word the lexicon finds (with the code its entry or pattern
 * gives, "" for [---]) is passed to fn (NULL = off): the lexicon probe of
 * check-dict --gold-match. */
typedef void (*wt_idprobe_fn)(void *arg, const char *code);
void wt_idcoder_set_probe(wt_idcoder *c, wt_idprobe_fn fn, void *arg);
/* Coverage report (check-dict --coverage): the top uncovered predicates
 * and event nouns. */
void wt_idstats_print_coverage(const wt_idstats *s, FILE *f, size_t top);

/* Codes every sentence of d (which has been through the article layer) and
 * appends the events to out. Returns the number of events added. */
size_t wt_idcoder_code_doc(wt_idcoder *c, wt_doc *d, wt_event_list *out);

void wt_idstats_init(wt_idstats *s);
void wt_idstats_free(wt_idstats *s);
/* Human-readable coverage report. */
void wt_idstats_print(const wt_idstats *s, FILE *f, size_t top);

#endif
