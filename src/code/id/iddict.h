/* iddict.h — the Indonesian dictionaries in memory (data/id/ .actors,
 * .agents, .verbs files), indexed for matching over tokens.
 *
 * The files use TABARI syntax with the extension described in
 * docs/dictionaries-id.md. Why a reader of its own instead of the generic
 * one in dict/: Indonesian verbs are keyed on LEMMAS with an affix
 * condition (TAHAN/MD = menahan/ditahan, not pertahanan), their surface
 * forms and patterns mix lemmas and words, and actor phrases must match
 * whole words (the English stem rule would make AS match ASEAN). The
 * actor/agent code blocks, synonyms and date restrictions are TABARI's.
 *
 * Words are stored lower case; the matcher compares them with token
 * `norm` (surface) or the lemma. Everything lives in the dict's arena. */
#ifndef WARTA_CODE_ID_IDDICT_H
#define WARTA_CODE_ID_IDDICT_H

#include "util/arena.h"
#include "util/diag.h"
#include "util/mem.h"
#include "util/strmap.h"
#include <stdint.h>

/* One date-restricted code: [USAGOV 170201-180331]. from/to are YYYYMMDD,
 * inclusive; 0 / INT32_MAX when open. */
typedef struct id_code {
    char code[24];
    int32_t from, to;
} id_code;

enum id_phrase_kind { ID_ACTOR = 1, ID_AGENT = 2 };

typedef struct id_phrase {
    const char **words;       /* lower case, consecutive */
    uint16_t nwords;
    uint8_t kind;             /* enum id_phrase_kind */
    uint8_t agent_suffix;     /* agents: 1 for [~GOV], 0 for a full code [IDNCOP] */
    id_code *codes;           /* actors: restricted first, default last; agents: one */
    uint16_t ncodes;
    const char *name;         /* first phrase of the entry, as written */
    const char *file;
    uint32_t line;
    uint8_t foreign;          /* read from a --dict file: warta's own entry of the same words wins */
} id_phrase;

/* Affix classes a verb entry allows (the /FLAGS of the extension). */
enum id_affix {
    ID_AF_MEN = 1 << 0,   /* M: meN- (active) */
    ID_AF_DI  = 1 << 1,   /* D: di- (passive) */
    ID_AF_TER = 1 << 2,   /* T: ter- */
    ID_AF_BER = 1 << 3,   /* B: ber- */
    ID_AF_NOM = 1 << 4,   /* N: peN-an, per-an, -an */
    ID_AF_KE  = 1 << 5,   /* K: ke-an */
    ID_AF_BARE = 1 << 6,  /* 0: the bare root */
    ID_AF_ALL = 0x7f,
};
#define ID_VF_RECIPROCAL (1u << 8)   /* R */

/* An argument frame that is not the default for the word's voice
 * (`@src=obj`, `@tgt=subj` after the code; docs/dictionaries-id.md):
 * which slot of the clause holds the source and the target. 0 = the
 * default (active: subject → object, passive: agent → subject). */
enum id_slot {
    ID_SLOT_DEFAULT = 0, ID_SLOT_SUBJ, ID_SLOT_OBJ, ID_SLOT_AGENT,
    ID_SLOT_PREP,             /* the actor after a preposition (src_prep/tgt_prep) */
    ID_SLOT_NONE,
};
typedef struct id_frame {
    uint8_t src, tgt;         /* enum id_slot */
    const char *src_prep, *tgt_prep;   /* for ID_SLOT_PREP: the preposition */
} id_frame;

typedef struct id_pattern {
    const char **words;       /* after the verb, in order */
    uint16_t nwords;
    char code[8];             /* "" = [---] */
    id_frame frame;
    const char *text;
    uint32_t line;
} id_pattern;

typedef struct id_verb {
    const char **words;       /* words[0] is a lemma; the rest lemma or surface */
    uint16_t nwords;
    uint16_t flags;           /* enum id_affix | ID_VF_RECIPROCAL */
    uint8_t surface;          /* 1: words[0] is a surface form ({FORM_} or ROOT_) */
    char code[8];             /* "" = [---] */
    id_frame frame;
    uint8_t headword;         /* 1: written as an entry line (not a {FORM_}) */
    id_pattern *pats;
    uint16_t npats;
    uint16_t patcap;          /* room in pats while reading (grows by doubling) */
    const char *name;
    const char *file;
    uint32_t line;
} id_verb;

typedef struct id_list { void **items; size_t len, cap; } id_list;

typedef struct id_dict {
    wt_arena arena;
    wt_strmap phrases;   /* first word → id_list of id_phrase*, longest first */
    wt_strmap verbs;     /* first word (lemma or surface) → id_list of id_verb* */
    size_t n_actors, n_phrases, n_agents, n_verbs, n_patterns, n_rejected;
    /* the CAMEO codes an entry may carry (data/cameo/goldstein.tsv); when
     * loaded (id_dict_load_codes), .verbs entries with another code are
     * rejected as file:line */
    wt_strmap valid_codes;
    int have_codes;
    /* the prepositions a frame may name (data/id/frame-slots.txt); when
     * none are loaded any lower-case word is taken */
    wt_strmap frame_preps;
    /* when set (warta check-dict), every actor and agent code is checked
     * against the CAMEO code table and a bad one is rejected as file:line */
    const struct id_codes *valid;
    /* pronouns and definite-description heads (data/id/pronouns.txt):
     * word → enum id_pronoun, for the antecedents of dia, pihaknya … */
    wt_strmap pronouns;
    int foreign;              /* loading --dict files (id_dict_load_foreign) */
} id_dict;

/* What a pronoun or definite-description head refers back to. */
enum id_pronoun {
    ID_PRON_PERSON = 1,       /* dia, ia, beliau: the nearest person */
    ID_PRON_SIDE,             /* pihaknya: the side (person or body) speaking or acting */
    ID_PRON_GROUP,            /* mereka: the nearest group or body */
    ID_PRON_GROUP_DEF,        /* kelompok (itu/tersebut): a group named before, only with a demonstrative */
    ID_PRON_DEMONSTRATIVE,    /* itu, tersebut, ini */
    ID_PRON_PLACE,            /* di: the actor after it is a place, no antecedent */
    ID_PRON_SIDE_OF,          /* pihak: "pihak kepolisian" is the police */
    ID_PRON_NAMING,           /* adalah, yakni, bernama: the names after it are the role before it */
    ID_PRON_NAMING_AFTER,     /* selaku, sebagai: the name before it is the role after it */
};

void id_dict_init(id_dict *d);
void id_dict_free(id_dict *d);
/* Reads one file by its extension (.actors, .agents, .verbs). Returns the
 * number of malformed entries (reported as file:line), -1 if unreadable. */
long id_dict_load(id_dict *d, const char *path, wt_diag *diag);
long id_dict_read(id_dict *d, const char *name, const char *text, size_t len,
                  int kind_hint, wt_diag *diag);
/* Loads every .actors/.agents/.verbs file of a directory (sorted by name).
 * Returns the number of files read, -1 when the directory is missing. */
long id_dict_load_dir(id_dict *d, const char *dir, wt_diag *diag);
/* Reads a community dictionary given with --dict: a TABARI or Phoenix
 * (PETRARCH) .actors or .agents file, told apart by its name ("actors" or
 * "agents" in it; .verbs, .options and .project files are not the
 * Indonesian coder's and give 0). `#` starts a comment; a PETRARCH
 * !MACRO! entry is skipped. Malformed entries are warnings (file:line),
 * the first ten of each file shown, then their count. Its phrases are
 * marked foreign: on the same words warta's own entry wins. Returns the
 * number of entries skipped, -1 if unreadable. */
long id_dict_load_foreign(id_dict *d, const char *path, wt_diag *diag);
/* Sorts the actor and agent phrases again (after id_dict_load_foreign on
 * a finished dictionary), the verbs untouched. */
void id_dict_sort_phrases(id_dict *d);
/* Reads the pronoun table (data/id/pronouns.txt: `word kind`, kind one of
 * person, side, group, group-def, demonstrative, place, side-of, naming, naming-after; `#` comments). Returns the number of
 * words, -1 when unreadable. id_dict_load_dir reads DIR/pronouns.txt. */
long id_dict_load_pronouns(id_dict *d, const char *path, wt_diag *diag);
/* The same from memory; name is the file named in errors. */
long id_dict_read_pronouns(id_dict *d, const char *name, const char *data, size_t len, wt_diag *diag);
/* enum id_pronoun of a word, 0 when none. */
int id_dict_pronoun(const id_dict *d, const char *w);
/* Sorts the index lists longest-first. Call after the last load. */
void id_dict_finish(id_dict *d);

/* Reads the table of valid CAMEO event codes (first column of a TSV, `#`
 * comments) for the files loaded after it. Returns the number of codes,
 * -1 when unreadable. */
long id_dict_load_codes(id_dict *d, const char *tsv, wt_diag *diag);
/* Reads the prepositions a frame slot may name (one a line, `#` comments)
 * for the files loaded after it. Returns their number, -1 when unreadable.
 * id_dict_load_dir reads DIR/frame-slots.txt itself. */
long id_dict_load_frame_slots(id_dict *d, const char *path, wt_diag *diag);
/* Entries whose forms conflict: one lemma and affix form (or one surface
 * form, or one pattern of an entry) given two different codes. Each is
 * reported at the later entry's file:line; returns the count. */
long id_dict_check_conflicts(const id_dict *d, wt_diag *diag);
/* The lexicon's size: distinct headwords of .verbs entries, patterns, and
 * distinct CAMEO codes some entry or pattern yields. */
void id_dict_lexicon_stats(const id_dict *d, size_t *lemmas, size_t *patterns, size_t *codes);
/* The name of a frame slot ("obj"), NULL for the default. */

const id_list *id_dict_phrases_for(const id_dict *d, const char *w, size_t n);
const id_list *id_dict_verbs_for(const id_dict *d, const char *w, size_t n);
/* The code of an actor phrase on a date (YYYYMMDD, 0 = unknown → default),
 * NULL when none applies. */
const char *id_phrase_code(const id_phrase *p, int32_t date);

enum { ID_FILE_ACTORS = 1, ID_FILE_AGENTS, ID_FILE_VERBS };

#endif
