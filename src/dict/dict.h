/* dict.h — CAMEO/TABARI dictionaries in memory, language-neutral.
 *
 * A wt_dict holds everything the coder matches against a sentence:
 *   actors  (proper nouns → date-restricted actor codes)        .actors
 *   agents  (common nouns → codes joined to an actor: ~GOV)     .agents
 *   nouns / adjectives (no code; help the shallow parse)        .actors <NOUN>
 *   verbs   (a root phrase + its forms + a pattern list)        .verbs
 *   time phrases                                                .verbs <TIME>
 *   the options (COMPLEX, SET: CODE BY, COMMA, DEFAULT, …)      .options
 *
 * Words. Every dictionary word is interned in one vocabulary (`words`) and
 * referred to by id. Dictionary words are upper case, as TABARI writes them;
 * the English tokeniser upper-cases text to match, the Indonesian analysis
 * gives lemmas in the same case convention (upper) and reuses everything.
 *
 * How a dictionary word matches a text word (wt_match):
 *   WT_M_STEM   word without trailing `_`: any text word that starts with it
 *               (SYRI matches SYRIA, SYRIAN, SYRIA'S)
 *   WT_M_EXACT  word with `_` after it inside a phrase, or ending in `=`:
 *               the whole text word
 *   WT_M_ENDING the final word of an actor/agent/noun phrase ending in `_`:
 *               the whole text word or the word plus S, 'S, S'
 *   WT_M_VERB_ENDING the final word of a verb root/form ending in `_`: the
 *               whole word or the word plus S ES ED EN ING (DEPLORE_ also
 *               takes DEPLORED, DEPLORING)
 * And how it is connected to the previous element (wt_pelem.adjacent):
 *   0 (blank)   words may come in between (patterns only; actor/agent/noun
 *               phrases are always consecutive)
 *   1 (`_`)     must follow immediately
 *
 * Compiled matcher. Phrases are indexed by the id of their first dictionary
 * word; each index list is sorted longest-first (TABARI's length = number
 * of letters/digits in the phrase, markers not counted). A text word is
 * mapped once to the set of vocabulary ids it matches (exact, each stem
 * that is a prefix of it, each stem after removing a regular ending), so
 * matching costs a handful of hash probes per token whatever the size of
 * the dictionaries. See wt_dict_word_matches().
 *
 * Everything lives in the dict's arena and is read-only after loading, so
 * one wt_dict may be shared by coders in several threads. */
#ifndef WARTA_DICT_DICT_H
#define WARTA_DICT_DICT_H

#include "util/arena.h"
#include "util/diag.h"
#include "util/mem.h"
#include "util/strmap.h"
#include <stddef.h>
#include <stdint.h>

/* ------------------------------------------------------------ codes */

/* Special codes shared by actors and verbs. */
enum wt_code_special {
    WT_CODE_PLAIN = 0,
    WT_CODE_NULL,       /* [---]: the phrase is recognised but never coded */
    WT_CODE_DISCARD,    /* [###]: the whole record is discarded */
    WT_CODE_COMPLEX,    /* [+++]: the record is set aside as too complex */
};

/* One actor code block, e.g. [USAGOV 991201-010114], [HOB <950601],
 * [HOBREB >990816], [GON]. Dates are YYYYMMDD integers (TABARI's two-digit
 * years: 00–30 → 20xx, else 19xx). `code` may hold a coded compound
 * "ELR/GAL" (split by the coder). */
typedef struct wt_actor_code {
    const char *code;        /* "" for special codes */
    uint8_t special;         /* enum wt_code_special */
    uint8_t restrict_kind;   /* enum wt_date_restrict */
    int32_t from, to;        /* inclusive YYYYMMDD bounds, see restrict_kind */
} wt_actor_code;

enum wt_date_restrict {
    WT_DATE_ANY = 0,   /* default code: used when no restriction applies */
    WT_DATE_BEFORE,    /* <YYMMDD: date <= to */
    WT_DATE_AFTER,     /* >YYMMDD: date >= from */
    WT_DATE_RANGE,     /* YYMMDD-YYMMDD: from <= date <= to */
};

/* A verb or pattern code: [042], [032:033] (paired), [023?] (subordinate),
 * [031!] (dominant), [---], [###], [+++]. */
typedef struct wt_event_code {
    const char *code;        /* event code ("" for special codes) */
    const char *pair;        /* paired code for the reversed event, or NULL */
    uint8_t special;         /* enum wt_code_special */
    uint8_t subordinate;     /* `?`: coded only when nothing else is */
    uint8_t dominant;        /* `!`: wins over ordinary codes */
} wt_event_code;

/* ------------------------------------------------------------ phrases */

enum wt_match { WT_M_STEM = 0, WT_M_EXACT = 1, WT_M_ENDING = 2, WT_M_VERB_ENDING = 3 };

/* One element of a phrase or verb pattern. */
enum wt_pelem_kind {
    WT_PE_WORD = 0,    /* a dictionary word (word = vocabulary id) */
    WT_PE_VERB,        /* `*`: where the verb root sits */
    WT_PE_SOURCE,      /* `$`: the source actor */
    WT_PE_TARGET,      /* `+`: the target actor */
    WT_PE_COMPOUND,    /* `%`: a compound actor, both source and target */
    WT_PE_SKIP,        /* `^`: skip one actor (or one compound) */
};

typedef struct wt_pelem {
    uint32_t word;           /* vocabulary id for WT_PE_WORD */
    uint8_t kind;            /* enum wt_pelem_kind */
    uint8_t match;           /* enum wt_match (words only) */
    uint8_t adjacent;        /* 1: must immediately follow the previous element */
} wt_pelem;

/* What a phrase entry is. */
enum wt_entry_kind {
    WT_E_ACTOR = 1,
    WT_E_AGENT,
    WT_E_NOUN,
    WT_E_ADJ,
    WT_E_VERB,        /* a verb root or one of its {irregular forms} */
    WT_E_TIME,
};

/* Where an entry came from, for `rule` in the output and for diagnostics. */
typedef struct wt_origin {
    const char *file;        /* path as given (interned) */
    uint32_t line;           /* 1-based */
} wt_origin;

/* An actor: one or more synonyms (each its own wt_entry) share the codes. */
typedef struct wt_actor {
    wt_actor_code *codes;
    uint32_t ncodes;         /* restricted codes first, then the default */
    const char *name;        /* the first phrase as written, e.g. GOLLUM */
    wt_origin origin;
} wt_actor;

/* An agent: [~GOV] (actor code goes first: USA + GOV) or [NGO~]. */
typedef struct wt_agent {
    const char *code;        /* without the ~ */
    uint8_t actor_first;     /* 1 for ~GOV, 0 for NGO~ */
    uint8_t special;         /* [---] etc. */
    const char *name;
    wt_origin origin;
} wt_agent;

/* One `- ...` pattern line of a verb (after {a|b} and &SYNSET expansion). */
typedef struct wt_pattern {
    wt_pelem *elems;
    uint32_t nelems;
    uint32_t length;         /* TABARI length: letters and digits, markers not counted */
    wt_event_code code;
    const char *text;        /* the pattern as written, for evidence/debug */
    wt_origin origin;
    uint32_t seq;            /* input order: ties in length keep it */
    uint8_t has_source, has_target, has_compound;
    /* 1 + the ids of two words the pattern needs (its longest two), 0 =
     * none: set by wt_dict_compile so that the coder skips, with two bit
     * tests, patterns whose words are not in the sentence */
    uint32_t anchor1, anchor2;
} wt_pattern;

/* A verb root. Forms ({BROKE_ BROKEN_}) are separate WT_E_VERB entries
 * pointing at the same wt_verb. Patterns are sorted longest first. */
typedef struct wt_verb {
    const char *name;        /* the root as written: ACCEPT, APPRECIATE POSITION */
    wt_event_code code;      /* the root's own code ([---] when none applies) */
    wt_pattern *patterns;
    uint32_t npatterns;
    wt_origin origin;
    uint8_t sorted;          /* patterns sorted (wt_dict_finish) */
    /* the patterns' anchor1 and anchor2, two per pattern in one dense
     * array (owned by d->compiled,
     * NULL when not compiled): the coder scans it before the patterns */
    const uint32_t *anchors;
} wt_verb;

/* A time phrase from <TIME>: [-7], [+30], [###], [+++], [---]. */
typedef struct wt_time {
    int32_t shift_days;
    uint8_t special;
    wt_origin origin;
} wt_time;

/* One phrase in the index: the words that must be seen in the text, and
 * what they mean. Actor, agent, noun and adjective phrases are
 * consecutive words; a verb entry's words are the root (usually one word).
 * A multi-word verb root whose words are joined by a blank (APPRECIATE
 * POSITION) allows gaps, like a pattern. */
typedef struct wt_entry {
    wt_pelem *words;         /* all WT_PE_WORD */
    uint32_t nwords;
    uint32_t length;         /* letters and digits, for longest-first order */
    uint8_t kind;            /* enum wt_entry_kind */
    union {
        wt_actor *actor;
        wt_agent *agent;
        wt_verb *verb;
        wt_time *time;
    } u;
    wt_origin origin;
    uint32_t seq;            /* input order: ties in length keep it */
} wt_entry;

/* A vocabulary word: its spelling, whether it is used as a stem somewhere,
 * and the entries whose first word it is (sorted longest first). */
typedef struct wt_word {
    const char *text;
    uint32_t len;
    uint32_t id;             /* index in wt_dict.words */
    uint8_t is_stem;         /* used with WT_M_STEM in some phrase */
    WT_VEC(wt_entry *) first; /* entries starting with this word */
} wt_word;

/* ------------------------------------------------------------ options */

enum wt_code_by { WT_CODE_BY_CLAUSE = 0, WT_CODE_BY_SENTENCE, WT_CODE_BY_ALL };

/* The .options settings the coder honours (the rest are read and ignored,
 * with a note). Defaults follow TABARI. */
typedef struct wt_coder_options {
    uint8_t code_by;          /* enum wt_code_by; SET: CODE BY ... */
    /* COMPLEX: conditions that set a sentence aside ("n or more"; 0 = off) */
    uint16_t complex_verbs;   /* VERBS[n] */
    uint16_t complex_actors;  /* ACTORS[n] */
    uint16_t complex_pronouns;/* PRONOUNS[n] */
    uint16_t complex_conj;    /* CONJ[n] */
    uint16_t complex_comma;   /* COMMA[n] */
    uint16_t complex_lateverb;/* LATEVERB[n] */
    uint8_t complex_noactprior, complex_noactafter, complex_noverb;
    uint8_t complex_nosource, complex_notarget, complex_noevent;
    /* COMMA: MIN MAX EMIN EMAX BMIN BMAX (words between commas), OFF */
    uint8_t comma_on;
    uint16_t comma_min, comma_max, comma_emin, comma_emax, comma_bmin, comma_bmax;
    uint8_t time_shift;       /* SET: TIME SHIFT */
    uint8_t convert_agents;   /* SET: CONVERT AGENTS */
    uint8_t check_dominant;   /* SET: CHECK DOMINANT (default true) */
    uint16_t minimum_words;   /* SET: MINIMUM WORDS */
    /* DEFAULT: SOURCE [X] PRIOR TARGET [Y] AFTER; "" = none. *_prior /
     * *_after: the default applies only when no actor is before / after
     * the verb (TABARI's PRIOR/AFTER qualifiers). */
    char default_source[32], default_target[32];
    uint8_t default_source_prior, default_target_after;
    /* FORWARD: <sequence format> [OFF]: pronouns at the start of a
     * sentence may take the previous sentence's first actor. The format
     * marks the story (N) and sentence (S) numbers in the record id. */
    char forward_format[32];
    uint8_t forward_on;
} wt_coder_options;

void wt_coder_options_default(wt_coder_options *o);

/* ------------------------------------------------------------ the dict */

typedef struct wt_synset wt_synset;   /* &NAME → alternatives (dict.c) */

typedef struct wt_dict {
    wt_arena arena;
    wt_strmap vocab;          /* word text → (wt_word *) */
    WT_VEC(wt_word *) words;  /* by id */
    wt_strmap synsets;        /* "&NAME" → (wt_synset *) */
    wt_strmap files;          /* interned file names */
    wt_coder_options opts;
    uint32_t max_word_len;
    uint32_t next_seq;
    int finished;             /* wt_dict_finish called since the last load */

    /* counts for check-dict and reports */
    size_t n_actors, n_actor_phrases, n_agents, n_nouns, n_adjs;
    size_t n_verbs, n_verb_forms, n_patterns, n_times, n_synsets;
    size_t n_options;
    size_t n_rejected;        /* malformed entries reported and skipped */

    struct wt_compiled *compiled; /* tries built by wt_dict_finish (compile.c) */
    void *cache_blob;         /* a loaded cache file: its strings are used in place */
} wt_dict;

void wt_dict_init(wt_dict *d);
void wt_dict_free(wt_dict *d);

/* Readers. Each reports every malformed entry to `diag` as file:line and
 * skips it; they return the number of entries rejected, or -1 when the
 * file cannot be read at all (also reported). `text` variants read from
 * memory (fuzzers, tests); `name` is used in messages and `rule`. */
long wt_dict_load_verbs(wt_dict *d, const char *path, wt_diag *diag);
long wt_dict_load_actors(wt_dict *d, const char *path, wt_diag *diag);
long wt_dict_load_agents(wt_dict *d, const char *path, wt_diag *diag);
long wt_dict_load_options(wt_dict *d, const char *path, wt_diag *diag);
long wt_dict_read_verbs(wt_dict *d, const char *name, const char *text, size_t len, wt_diag *diag);
long wt_dict_read_actors(wt_dict *d, const char *name, const char *text, size_t len, wt_diag *diag);
long wt_dict_read_agents(wt_dict *d, const char *name, const char *text, size_t len, wt_diag *diag);
long wt_dict_read_options(wt_dict *d, const char *name, const char *text, size_t len, wt_diag *diag);
/* One options command line ("SET: CODE BY SENTENCE", "COMPLEX: ...");
 * returns 0 when understood, -1 when not (and reports it). Used by the
 * validation suite's { OPTION: ... } records. */
int wt_dict_apply_option(wt_dict *d, const char *line, const char *file,
                         size_t lineno, wt_diag *diag);
/* Any file by its extension: .verbs .actors .agents .options (.project
 * loads the files it names, see project.h). */
long wt_dict_load_file(wt_dict *d, const char *path, wt_diag *diag);

/* Sorts every index list longest-first. Call once after the last load and
 * before coding (the readers leave the dict unsorted for speed). */
void wt_dict_finish(wt_dict *d);

/* ---------------------------------------------------- matching helpers */

/* Looks a whole dictionary word up; returns its id or UINT32_MAX. */
uint32_t wt_dict_word_id(const wt_dict *d, const char *s, size_t n);

/* The vocabulary ids a text word matches, each with how it matched
 * (WT_M_EXACT: the whole word; WT_M_STEM: a stem prefix; WT_M_ENDING: the
 * word minus a regular ending). Writes at most `max` and returns the count.
 * The text word must be upper case as the dictionaries are. */
enum { WT_HOW_EXACT = 1, WT_HOW_PREFIX = 2, WT_HOW_ENDING = 4, WT_HOW_VENDING = 8 };
typedef struct wt_word_match { uint32_t word; uint8_t how; /* WT_HOW_* bits */ } wt_word_match;
size_t wt_dict_word_matches(const wt_dict *d, const char *s, size_t n,
                            wt_word_match *out, size_t max);

/* Does a pattern/phrase element accept a text word whose matches are m[0..nm)? */
int wt_pelem_accepts(const wt_pelem *e, const wt_word_match *m, size_t nm);

/* Resolves an actor's date-restricted codes for a record date (YYYYMMDD;
 * 0 = unknown, which takes the default code). Returns NULL when nothing
 * applies (TABARI then treats the actor as null-coded). */
const wt_actor_code *wt_actor_code_for_date(const wt_actor *a, int32_t date);

/* ---------------------------------------------------- compiled matcher
 * (compile.c) Built by wt_dict_finish, freed by wt_dict_free. */
void wt_dict_compile(wt_dict *d);
void wt_dict_compiled_free(wt_dict *d);
/* wt_dict_word_matches by probing the vocabulary once per prefix length:
 * the reference the compiled letter trie is tested against. */
size_t wt_dict_word_matches_scan(const wt_dict *d, const char *s, size_t n,
                                 wt_word_match *out, size_t max);
size_t wt_dict_word_matches_compiled(const wt_dict *d, const char *s, size_t n,
                                     wt_word_match *out, size_t max);

/* A small per-thread memo of text words → wt_dict_word_matches results
 * (same results; one hash per repeated word). Owned by one coder. */
typedef struct wt_word_memo wt_word_memo;
wt_word_memo *wt_word_memo_new(void);
void wt_word_memo_free(wt_word_memo *memo);
size_t wt_word_memo_matches(wt_word_memo *memo, const wt_dict *d, const char *s, size_t n,
                            wt_word_match *out, size_t max);

/* A sentence as the phrase matcher sees it: token t matches the words
 * m[t * stride .. t * stride + nm[t]); is_word(user, t) is 0 for commas
 * and punctuation (which end a phrase). */
typedef struct wt_token_view {
    const wt_word_match *m;
    size_t stride;
    const uint8_t *nm;
    size_t n;
    int (*is_word)(const void *user, size_t t);
    const void *user;
    /* optional: bit w set when some token matches word w (w < seen_words) */
    const uint64_t *seen;
    size_t seen_words;
} wt_token_view;

/* The best dictionary phrase starting at token i — the longest (TABARI
 * length), the earliest in input order on a tie — and its last token in
 * *end; NULL (and *end = -1) when none matches. */
const wt_entry *wt_dict_best_phrase(const wt_dict *d, const wt_token_view *v, size_t i,
                                    long *end);

/* ---------------------------------------------------- cache (cache.c)
 * A compiled binary copy of loaded dictionaries, so that the next run
 * skips parsing. See docs/dictionaries.md, "The dictionary cache". */
typedef struct wt_dict_cache_opts {
    const char *dir;          /* NULL: $XDG_CACHE_HOME/warta, ~/.cache/warta,
                                 else next to the first dictionary */
    int disabled;             /* 1: always parse, never read or write */
} wt_dict_cache_opts;

/* Loads the dictionary files paths[0..n) into an empty dict — from the
 * cache when one matches their paths, sizes and mtimes, else by parsing
 * them and writing the cache — and finishes it (wt_dict_finish). Reports
 * the same diagnostics either way; returns the number of rejected
 * entries, or -1 when a file cannot be read. .project files are always
 * parsed. *from_cache (may be NULL) tells which happened. */
long wt_dict_load_cached(wt_dict *d, const char *const *paths, size_t n,
                         const wt_dict_cache_opts *opts, wt_diag *diag, int *from_cache);

/* The default cache directory (created when missing), or NULL. Free it. */
char *wt_dict_cache_dir(const char *const *paths, size_t n);

/* The diagnostics a cache holds, for replaying (arrays in the dict arena). */
typedef struct wt_dict_replay {
    size_t n;
    int *severity;
    const char **where, **message;
} wt_dict_replay;

/* In-memory encoding and decoding of a cache file (tests, fuzzers). `key`
 * must match the one the file was written with (NULL: not checked).
 * Decoding into an empty dict returns 0 and a finished dict, or -1 and an
 * empty dict when the bytes are not a valid cache. */
int wt_dict_cache_encode(const wt_dict *d, const char *key, long rejected, void **data, size_t *len);
int wt_dict_cache_decode(wt_dict *d, const void *data, size_t len, const char *key,
                         long *rejected, wt_dict_replay *replay);
/* Rewrites the length and checksum in the header of cache bytes so that
 * an edited payload reaches the structure checks (fuzzers). */
void wt_dict_cache_seal(void *data, size_t len);

/* Converts a TABARI YYMMDD (00–30 → 20xx) to YYYYMMDD; -1 if malformed. */
int32_t wt_tabari_date(const char *s, size_t n);

#endif
