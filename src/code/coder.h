/* coder.h — the dictionary-driven CAMEO coder (TABARI's algorithm), over a
 * token sequence, language-neutral.
 *
 * Input: one sentence as a sequence of wt_ctok (the English tokeniser in
 * lang/en/tokens.h makes them from TABARI text; the Indonesian analysis
 * makes them from lemmas), the record date, a loaded wt_dict, and the
 * language's function words (wt_lang_rules: conjunctions, determiners,
 * passive auxiliaries, pronouns, agent prepositions).
 *
 * What it does, in TABARI's order (details in docs/dictionaries.md):
 *   1. classify words: actors (date restriction resolved by the record
 *      date), agents, nouns, adjectives, verbs, time phrases; the longest
 *      dictionary phrase at a position wins; a verb after a determiner or
 *      capitalised in mid-sentence is a noun;
 *   2. agents joined to the actor next to them (FORMER makes them ELI);
 *   3. compound actors (A, B AND C; NEITHER A NOR B);
 *   4. comma-delimited clauses dropped (COMMA option), commas paired;
 *   5. pronouns: HE SHE HIM HER IT → first actor not in a compound,
 *      THEY THEM THEIR → first compound; FORWARD across records;
 *   6. complexity filters; clauses split at conjunctions;
 *   7. per clause, verbs left to right, each verb's patterns longest
 *      first, matched greedily forward to the clause end after the verb
 *      and backward to the sentence start before it; `$ + % ^` designate
 *      actors, otherwise the regular source/target search (DEFAULT
 *      PRIOR/AFTER), passive voice swaps them;
 *   8. paired codes, compound expansion, subordinate/dominant filtering,
 *      discard / complex outcomes.
 *
 * The coder keeps scratch buffers between calls (no allocation per
 * sentence after warm-up); one wt_coder per thread. */
#ifndef WARTA_CODE_CODER_H
#define WARTA_CODE_CODER_H

#include "dict/dict.h"
#include "util/arena.h"
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>

/* ------------------------------------------------------------ input */

enum wt_ctok_flag {
    WT_CT_CAPITAL  = 1 << 0,   /* capitalised in the source text */
    WT_CT_SENT_START = 1 << 1, /* first word of the sentence */
    WT_CT_ALLCAPS_TEXT = 1 << 2, /* the whole record is upper case: no capital rule */
    WT_CT_COMMA    = 1 << 3,   /* a comma (form ",") */
    WT_CT_PUNCT    = 1 << 4,   /* other punctuation (kept as a boundary) */
    WT_CT_NUMBER   = 1 << 5,
};

/* One word (or punctuation mark) of the sentence. `form` is the matching
 * form: upper case for English TABARI text, the upper-cased lemma for
 * Indonesian. Spans are byte offsets into the caller's text. */
typedef struct wt_ctok {
    const char *form;
    uint32_t len;
    uint32_t start, end;
    uint32_t flags;            /* enum wt_ctok_flag */
} wt_ctok;

/* The function words a language gives the shallow parser; each list is
 * NULL-terminated, words upper case. */
typedef struct wt_lang_rules {
    const char *const *conjunctions;   /* AND BUT OR NOR: split clauses */
    const char *const *compound_conj;  /* AND (+ comma): join compound actors */
    const char *const *determiners;    /* THE A AN: the next verb is a noun */
    const char *const *passive_aux;    /* WAS WERE BEEN: 1–2 words before the verb */
    const char *const *passive_by;     /* BY: right after the verb */
    const char *const *pron_first;     /* HE SHE IT: first actor of the sentence */
    const char *const *pron_prior;     /* first actor before it (English: none; TABARI reads ITS, HIS as no pronouns) */
    const char *const *pron_plural;    /* THEY THEM THEIR: first compound */
    const char *const *agent_preps;    /* OF IN: PRESIDENT OF X */
    const char *const *former;         /* FORMER: agent becomes ELI */
} wt_lang_rules;

/* TABARI's English function words. */
extern const wt_lang_rules wt_lang_rules_en;

/* ------------------------------------------------------------ output */

/* What became of the sentence as a whole. */
enum wt_code_status {
    WT_CS_CODED = 0,      /* zero or more events */
    WT_CS_DISCARD,        /* a [###] phrase: nothing coded */
    WT_CS_COMPLEX,        /* a [+++] phrase or a COMPLEX: condition */
    WT_CS_TOO_SHORT,      /* SET: MINIMUM WORDS */
};

/* One event. Token indexes are into the input array; [first, last] are
 * inclusive, -1 when absent (e.g. a default source from the options). */
typedef struct wt_coded_event {
    char source[48], target[48];     /* actor codes with agents joined */
    char code[16];                   /* event code */
    int32_t src_first, src_last;     /* tokens naming the source */
    int32_t tgt_first, tgt_last;
    int32_t verb_tok;                /* the verb root token */
    int32_t ev_first, ev_last;       /* the words the pattern matched */
    const wt_pattern *pattern;       /* NULL when the root's own code fired */
    const wt_verb *verb;
    wt_origin rule;                  /* dictionary file:line that fired */
    uint8_t subordinate, dominant, paired; /* paired: the reversed half */
} wt_coded_event;

typedef struct wt_code_result {
    int status;                      /* enum wt_code_status */
    const char *reason;              /* why DISCARD/COMPLEX, static text */
    WT_VEC(wt_coded_event) events;
} wt_code_result;

void wt_code_result_init(wt_code_result *r);
void wt_code_result_free(wt_code_result *r);

/* ------------------------------------------------------------ coder */

typedef struct wt_coder wt_coder;

/* The dict must stay alive and unchanged (wt_dict_finish called) while the
 * coder is used; options are copied from dict->opts and may be changed
 * afterwards with wt_coder_options_mut(). */
wt_coder *wt_coder_new(const wt_dict *dict, const wt_lang_rules *rules);
void wt_coder_free(wt_coder *c);
wt_coder_options *wt_coder_options_mut(wt_coder *c);

/* Codes one sentence. `date` is the record date as YYYYMMDD (0 = unknown:
 * undated actor codes only). Clears and fills `out`. Returns out->status. */
int wt_coder_code(wt_coder *c, const wt_ctok *toks, size_t n, int32_t date,
                  wt_code_result *out);

/* Tells the coder the id of the record the next sentences come from, for
 * FORWARD (pronoun carry-over between consecutive sentences of a story). */
void wt_coder_set_record(wt_coder *c, const char *id);

/* A human-readable dump of the last sentence's parse (word classes,
 * actors, clauses) for debugging and `validate --explain`. */
void wt_coder_explain(const wt_coder *c, FILE *f);

#endif
