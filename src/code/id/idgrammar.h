/* idgrammar.h — internal to the Indonesian coder (src/code/id/): the
 * structures its stages share and the functions that cross files.
 *
 * The sentence is read as a flat word sequence: there is no parser, so
 * the grammar is a set of local rules over actor mentions and event words,
 * each chosen because Indonesian word order makes it reliable:
 *   - subject before the verb, object right after it or after a target
 *     preposition (ke, kepada, terhadap, dengan, atas, untuk, dari, bagi,
 *     pada); the agent of a passive di-/ter- verb after `oleh` or right
 *     after the verb, its patient is the subject;
 *   - a nominalised event (kunjungan, serangan) takes its source from a
 *     light verb's subject (melakukan kunjungan), a genitive right after it
 *     (kunjungan delegasi Rusia ke Pyongyang) or a passive light verb's
 *     agent (lawatan yang dilakukan pejabat Kremlin);
 *   - modal and negation words sit between the subject and the verb.
 *
 * Small helpers used by every stage on each word are static inline here,
 * so that splitting the stages into files costs no calls. */
#ifndef WARTA_CODE_ID_IDGRAMMAR_H
#define WARTA_CODE_ID_IDGRAMMAR_H

#include "code/id/idcoder.h"
#include "code/gazetteer.h"
#include "code/id/morph.h"
#include "lang/id/lemma.h"
#include "parse/syntax.h"
#include "util/buf.h"
#include "util/file.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAXW 400      /* words per sentence considered */
#define MAXM 96       /* actor mentions per sentence */
#define MAXV 64       /* event words per sentence */

/* Is w one of a NULL-ended list? (lists the word cache does not index) */
static inline int in_list(const char *const *list, const char *w)
{
    for (int i = 0; list[i]; i++)
        if (!strcmp(list[i], w)) return 1;
    return 0;
}

/* Each class of data/id/word-classes.txt is one bit of a word's class
 * (idword.wc): a word's classes are looked up once, when the coder first meets the word, so the
 * grammar tests membership with a mask instead of a strcmp chain. */
enum {
    WC_TARGET_PREPS = 1u << 0, WC_ALL_PREPS = 1u << 1, WC_CLAUSE_BREAKS = 1u << 2, WC_TOPIC_PREPS = 1u << 3,
    WC_CONDITIONALS = 1u << 4, WC_NEGATIONS = 1u << 5, WC_MODALS = 1u << 6, WC_THREAT_WORDS = 1u << 7,
    WC_COORD = 1u << 8, WC_LIGHT_VERBS = 1u << 9, WC_RECEIVE_VERBS = 1u << 10, WC_SPEECH_VERBS = 1u << 11,
    WC_PRONOUNS_WE = 1u << 12, WC_NOUN_MODIFIERS = 1u << 13, WC_MENTION_PREFIX = 1u << 14, WC_VAGUE = 1u << 15,
    WC_SHARED_SUBJECT = 1u << 16, WC_STATE_HEADS = 1u << 17, WC_TITLES = 1u << 18, WC_VERBAL_WORDS = 1u << 19,
    WC_PHYSICAL = 1u << 20, WC_NOUN_MODALS = 1u << 21, WC_ASPECT = 1u << 22, WC_FRAME = 1u << 23,
    WC_STOP_WORDS = 1u << 24, WC_NOT_VERBS = 1u << 25, WC_THEY = 1u << 26, WC_DEONTIC = 1u << 27,
    WC_DENIALS = 1u << 28, WC_NOT_OWNER = 1u << 29, WC_BACKED = 1u << 30
};
/* classes beyond the 31 bits an enum constant can hold */
#define WC_WISH           (UINT64_C(1) << 31)
#define WC_OBJECT_CONTROL (UINT64_C(1) << 32)
#define WC_DEMAND_VERBS   (UINT64_C(1) << 33)
#define WC_GROWTH         (UINT64_C(1) << 34)
#define WC_TELLING        (UINT64_C(1) << 35)
#define WC_PRONOUNS       (UINT64_C(1) << 36)
#define WC_UNOWNED_TITLES (UINT64_C(1) << 37)
#define WC_NAME_HEADS     (UINT64_C(1) << 38)
#define WC_ORIGIN         (UINT64_C(1) << 39)
#define WC_KIN            (UINT64_C(1) << 40)
#define WC_SPOKESMAN      (UINT64_C(1) << 41)
#define WC_SPEAKER_TAGS   (UINT64_C(1) << 42)
#define WC(x, bit) (((x)->wc & (bit)) != 0)

/* The function words and lemmas single rules ask about, in a second mask
 * (idword.wc2): each a class of data/id/word-classes.txt too. */
#define W2(n) (UINT64_C(1) << (n))
enum {
    W2_RELATIVE_N, W2_AGENT_PREPS_N, W2_BETWEEN_N, W2_COMPLEMENTIZERS_N, W2_PURPOSE_N, W2_SUBJUNCTIVE_N,
    W2_LOCATIVE_N, W2_PLACE_PREPS_N, W2_SOURCE_PREPS_N, W2_DIRECTED_PREPS_N, W2_ADDRESSEE_PREPS_N,
    W2_COUNTERPART_PREPS_N, W2_VERSUS_N, W2_WITH_N, W2_SEQUENCE_N, W2_SUBJECT_ADVERBS_N, W2_PRE_PREDICATE_N,
    W2_DEMONSTRATIVES_N, W2_REFUSALS_N, W2_PARTICIPATION_N, W2_PARTICIPATION_PREPS_N, W2_UNITS_N,
    W2_SUSPICION_N, W2_EXISTENTIAL_N, W2_QUESTION_WORDS_N, W2_LIST_OPENERS_N, W2_INVOLVING_N,
    W2_LIST_TAILS_N, W2_FRAME_NOUNS_N, W2_FRAME_NOUN_PREPS_N, W2_SIGNING_N, W2_OCCUPYING_N, W2_TOPIC_VERBS_N,
    W2_OPPOSING_N, W2_AGAINST_N, W2_PRESENCE_N, W2_BOMBING_N, W2_ASSAULT_N, W2_SUPPORT_N, W2_PROMPTING_N, W2_SUSPECTED_N, W2_JOINTLY_N, W2_LEVEL_N, W2_STATE_NOUNS_N, W2_POINTING_N,
    W2_MEANS_PREPS_N, W2_BEHEST_PREPS_N, W2_ALIAS_N, W2_NAMING_N,
    W2_ROLE_HEADS_N, W2_HONORIFICS_N, W2_CALENDAR_N, W2_NOT_NAMES_N, W2_DEFINITE_NUMERALS_N, W2_ANOTHER_N, W2_MEMBERS_N, W2_NAME_PARTICLES_N, W2_BOTH_N,
    W2_COUNT
};
_Static_assert(W2_COUNT <= 64, "the W2_* classes are bits of one uint64_t");
#define W2_RELATIVE W2(W2_RELATIVE_N)
#define W2_AGENT_PREPS W2(W2_AGENT_PREPS_N)
#define W2_BETWEEN W2(W2_BETWEEN_N)
#define W2_COMPLEMENTIZERS W2(W2_COMPLEMENTIZERS_N)
#define W2_PURPOSE W2(W2_PURPOSE_N)
#define W2_SUBJUNCTIVE W2(W2_SUBJUNCTIVE_N)
#define W2_LOCATIVE W2(W2_LOCATIVE_N)
#define W2_PLACE_PREPS W2(W2_PLACE_PREPS_N)
#define W2_SOURCE_PREPS W2(W2_SOURCE_PREPS_N)
#define W2_DIRECTED_PREPS W2(W2_DIRECTED_PREPS_N)
#define W2_ADDRESSEE_PREPS W2(W2_ADDRESSEE_PREPS_N)
#define W2_COUNTERPART_PREPS W2(W2_COUNTERPART_PREPS_N)
#define W2_VERSUS W2(W2_VERSUS_N)
#define W2_WITH W2(W2_WITH_N)
#define W2_SEQUENCE W2(W2_SEQUENCE_N)
#define W2_SUBJECT_ADVERBS W2(W2_SUBJECT_ADVERBS_N)
#define W2_PRE_PREDICATE W2(W2_PRE_PREDICATE_N)
#define W2_DEMONSTRATIVES W2(W2_DEMONSTRATIVES_N)
#define W2_REFUSALS W2(W2_REFUSALS_N)
#define W2_PARTICIPATION W2(W2_PARTICIPATION_N)
#define W2_PARTICIPATION_PREPS W2(W2_PARTICIPATION_PREPS_N)
#define W2_UNITS W2(W2_UNITS_N)
#define W2_SUSPICION W2(W2_SUSPICION_N)
#define W2_EXISTENTIAL W2(W2_EXISTENTIAL_N)
#define W2_QUESTION_WORDS W2(W2_QUESTION_WORDS_N)
#define W2_LIST_OPENERS W2(W2_LIST_OPENERS_N)
#define W2_INVOLVING W2(W2_INVOLVING_N)
#define W2_LIST_TAILS W2(W2_LIST_TAILS_N)
#define W2_FRAME_NOUNS W2(W2_FRAME_NOUNS_N)
#define W2_FRAME_NOUN_PREPS W2(W2_FRAME_NOUN_PREPS_N)
#define W2_SIGNING W2(W2_SIGNING_N)
#define W2_OCCUPYING W2(W2_OCCUPYING_N)
#define W2_TOPIC_VERBS W2(W2_TOPIC_VERBS_N)
#define W2_OPPOSING W2(W2_OPPOSING_N)
#define W2_AGAINST W2(W2_AGAINST_N)
#define W2_PRESENCE W2(W2_PRESENCE_N)
#define W2_BOMBING W2(W2_BOMBING_N)
#define W2_ASSAULT W2(W2_ASSAULT_N)
#define W2_SUPPORT W2(W2_SUPPORT_N)
#define W2_PROMPTING W2(W2_PROMPTING_N)
#define W2_SUSPECTED W2(W2_SUSPECTED_N)
#define W2_JOINTLY W2(W2_JOINTLY_N)
#define W2_LEVEL W2(W2_LEVEL_N)
#define W2_STATE_NOUNS W2(W2_STATE_NOUNS_N)
#define W2_POINTING W2(W2_POINTING_N)
#define W2_MEANS_PREPS W2(W2_MEANS_PREPS_N)
#define W2_BEHEST_PREPS W2(W2_BEHEST_PREPS_N)
#define W2_ALIAS W2(W2_ALIAS_N)
#define W2_NAMING W2(W2_NAMING_N)
#define W2_ROLE_HEADS W2(W2_ROLE_HEADS_N)
#define W2_HONORIFICS W2(W2_HONORIFICS_N)
#define W2_CALENDAR W2(W2_CALENDAR_N)
#define W2_NOT_NAMES W2(W2_NOT_NAMES_N)
#define W2_DEFINITE_NUMERALS W2(W2_DEFINITE_NUMERALS_N)
#define W2_ANOTHER W2(W2_ANOTHER_N)
#define W2_MEMBERS W2(W2_MEMBERS_N)
#define W2_NAME_PARTICLES W2(W2_NAME_PARTICLES_N)
#define W2_BOTH W2(W2_BOTH_N)

#define SHOWBIZ_BASE 64   /* idword.sport of SHOWBIZ[k] is SHOWBIZ_BASE + k */

/* What the coder needs to know about one spelling (a token's norm),
 * computed once per spelling and cached: its word lists, numeral value,
 * sport-word index, whether it looks like a verb, and its dictionary
 * phrase lists (as a whole word, and without a possessive -nya). */
typedef struct idhit idhit;

typedef struct idword {
    uint64_t wc;              /* WC_* bits */
    uint64_t wc2;             /* W2_* bits */
    uint32_t len;
    uint8_t numeral;          /* dua/kedua → 2 … 4, else 0 */
    int8_t sport;             /* index in SPORT, SHOWBIZ_BASE + index in SHOWBIZ, -1 */
    uint8_t verbish;          /* looks like a me-/di-/ber-/ter- verb, not a preposition */
    const id_list *phrases;   /* phrases starting with the word (negara-negara: negara) */
    const id_list *nya;       /* phrases of the word without -nya (warganya: warga) */
    const char *city;         /* a one-word gazetteer city or capital: its country (ISO3), else NULL */
    /* the verb hit last looked up for this spelling and lemma (lookup_word):
     * most words are read the same way every time, so this saves the
     * cache's hashing */
    const char *memo_lemma;   /* NULL: no lemma */
    const struct idhit *memo_hit;
    uint8_t memo_set;
    uint8_t mem;              /* 1: in words_mem (cached), 0: in doc_mem (this article only) */
} idword;

enum { W_OTHER = 0, W_PHRASE, W_PUNCT, W_QUOTE };

/* The dependency relations the tree linker (args.c) reads, from the
 * parser model's UD labels (subtypes it does not tell apart fall to their
 * main type: flat:name is R_FLAT, obl:tmod R_TMOD). */
enum {
    R_NONE = 0, R_ROOT, R_NSUBJ, R_NSUBJ_PASS, R_OBJ, R_IOBJ, R_OBL, R_OBL_AGENT, R_TMOD, R_NMOD, R_POSS,
    R_XCOMP, R_CCOMP, R_ADVCL, R_ACL, R_RELCL, R_CONJ, R_APPOS, R_CASE, R_MARK, R_ADVMOD, R_AUX,
    R_COP, R_FLAT, R_COMPOUND, R_AMOD, R_DET, R_NUMMOD, R_PARATAXIS, R_CC, R_PUNCT, R_FIXED, R_OTHER
};

typedef struct idw {
    const wt_token *t;
    const char *norm;
    const idword *info;
    uint64_t wc;              /* the word's WC_* classes */
    uint64_t wc2;             /* and W2_* classes */
    uint32_t len;
    uint8_t numeral;
    uint8_t kind;
    uint8_t is_verbish;       /* me-/di-/ber- looking word: blocks noun-phrase gaps */
    uint8_t possessive;       /* an agent word with -nya (warganya) */
    int16_t mention;          /* mention index or -1 */
    int16_t phrase_len;       /* words of the phrase starting here (W_PHRASE start) */
    const id_phrase *phrase;  /* phrase starting here */
    int16_t head;             /* word index of the syntactic head, -1 = root or no parse */
    uint8_t rel;              /* R_* relation to the head, R_NONE = no parse */
} idw;

typedef struct idm {
    int first, last;          /* word indexes, inclusive */
    char code[32];            /* "" = unresolved */
    int group;                /* first mention of its coordinated list */
    int prep;                 /* word index of a preposition right before it, -1 */
    const char *rule_file;
    uint32_t rule_line;
    uint8_t pronoun;          /* kami/kita resolved from the quote's speaker */
    uint8_t has_agent, has_actor;
    uint8_t home;             /* code guessed: 1 the article's main country, 2 the quote's speaker's,
                               * 3 the role a naming word gave (adalah, yakni: actors.c) */
    uint8_t possessive;       /* warganya: the sector of the clause subject's country */
    char sector[24];          /* the agent's sector (GOV, CVL …), "" if none */
    wt_span outside;          /* a party of the sentence before (len > 0): its words, not first..last */
} idm;

/* A list of actors named together (A, B dan C), for later plural
 * references: mereka, kedua negara, ketiga menteri, negara-negara tersebut. */
typedef struct idgroup {
    char codes[4][32];
    int n, sent;
    uint8_t subject;          /* the list was a subject (no preposition before it) */
} idgroup;

/* A name the article gave a code: "Menlu Retno LP Marsudi" teaches Retno
 * and Marsudi = IDNGOV for its later sentences. */
typedef struct idname {
    char word[32];
    const char *wp;
    id_code code;
    id_phrase ph;
} idname;

/* A title the article gave a known person ("Raja Salman" = SAUGOV): a
 * later bare "Raja" is that person's country's. */
typedef struct idtitle {
    const id_phrase *title;
    char country[4];
} idtitle;

typedef struct idv {
    int word, last;           /* word span of the event word(s) */
    const id_verb *v;
    uint16_t cls;             /* affix class of the reading */
    char code[8];
    const char *rule_file;
    uint32_t rule_line;
    int pat_last;             /* last word used by a pattern, or `last` */
    const id_pattern *pat;    /* the pattern that gave the code, NULL: the entry's own */
    uint8_t recip;            /* reciprocal: the entry, or the event noun its pattern took */
} idv;

struct wt_idcoder {
    id_dict dict;
    char *data_dir;           /* taken off the front of `rule` paths; may be NULL */
    FILE *explain;
    wt_idmention_fn mention_fn;   /* warta actors: each resolved mention */
    void *mention_user;
    wt_idstats *stats;
    wt_idprobe_fn probe;      /* check-dict --gold-match: each event word's code */
    void *probe_arg;
    wt_strmap cache;          /* word + lemma → verb hit (idhit *); NULL: the word starts no entry */
    wt_lemmatizer *lemmatizer;  /* the context's (not owned); NULL: morph.c readings only */
    const wt_syntax_model *syntax;  /* the context's parser (not owned); NULL: no trees */
    wt_psent psent;           /* the parser's scratch sentence */
    uint8_t relmap[WT_MAX_LABELS];  /* model label index → R_* */
    int parsed;               /* this sentence's words carry head and rel */
    wt_strmap listed;         /* words of the word lists → idword * (wc, numeral, sport) */
    wt_strmap words;          /* norm → idword *, every spelling met so far (up to WORDS_MAX) */
    wt_arena words_mem;       /* the cached idwords */
    wt_arena doc_mem;         /* idwords of one article once the cache is full */
    WT_VEC(const idword *) tokw;  /* per token of the article: its idword */
    /* per sentence */
    idw w[MAXW];
    int nw;
    idm m[MAXM];
    int nm;
    idv v[MAXV];
    int nv;
    int32_t date;
    wt_doc *doc;
    const char *speaker;
    char speaker_code[32];
    char last_speaker_code[32];   /* of the article's last resolved speaker (for "lanjut dia") */
    char last_actor[32];      /* last coded mention of the previous sentences */
    idgroup groups[8];        /* recent lists of two or more coded actors (A dan B), ring */
    int ngroups;
    idname names[64];         /* persons named in this article: Retno → IDNGOV */
    int nnames;
    char home[4];             /* the article's main country (bare agents belong to it) */
    idtitle titles[16];       /* titles given with a named person: Raja (Salman) → SAU */
    int ntitles;
    /* "… mengajak negara-negara sahabat. Negara-negara tersebut di antaranya
     * A, B dan C": the list the next sentence gives for a plural head */
    int ahead_sent;           /* sentence whose plural head the list names, -1 */
    char ahead_head[32];      /* the head (negara-negara) */
    idgroup ahead;
    int sports;               /* a sports report: bare country names are teams */
    char prev_pair[2][32];    /* the parties of the last event */
    int prev_pair_sent;
    int prev_pair_both;       /* the last event went both ways (they met): "mereka" = the pair */
    int clash;                /* the event being coded is a two-sided clash (19x, reciprocal) */
    char persons[2][32];      /* the last sentence's two persons (Xi … kepada Moon): "keduanya" */
    int persons_sent;
    wt_gazetteer *places;     /* cities of the world (data/gazetteer), owned; NULL: none */
    /* the subject of the sentence before (Korut … diuji. PBB menjatuhkan
     * sanksi): the party a hostile act with no object answers */
    char prev_subj[32];
    wt_span prev_subj_span;
    int prev_subj_sent;
    /* antecedents of the pronouns (actors.c): the last person and the last
     * group or body, the last non-person (mereka) of the sentences before,
     * and how many sentences ago */
    char last_person[32], last_body[32], last_collective[32];
    int person_age, body_age, collective_age;
    char recent[8][32];       /* the last coded actors with a country (ring), for "polisi tersebut" */
    int nrecent;
    /* one coder per thread: keep the next allocation (another thread's
     * state) off the cache line of the fields written for every word */
    char cache_pad_[64];
};

struct idhit {
    const id_verb *const *verbs;   /* candidate entries whose first word matches */
    uint16_t *cls;                 /* class of each */
    uint16_t n;
};

/* What the grammar decided for one event word (grammar.c fills the
 * modality, events.c the rest). */
typedef struct decision {
    int src, tgt;             /* mention indexes, -1 = none */
    int reciprocal;
    int negated;
    int modal;                /* 1 intent, 2 threat */
    int refused;              /* menolak untuk */
    int deontic;              /* harus, mesti, sebaiknya (DEONTIC) */
    int denied;               /* membantah, menyangkal (DENIALS) */
    const char *why;          /* reason when no event */
    int wish;                 /* ingin, bermaksud, berupaya: wanted or tried, not done */
    const char *src_via, *tgt_via;  /* the tree path that gave each (args.c), NULL: none */
} decision;

/* Where an article's events go, and the sentence being coded. */
typedef struct emit_ctx {
    wt_event_list *out;
    const wt_sentence *sent;
    int sent_index;
    size_t added;
} emit_ctx;

/* Is word x (not inside a quote) this spelling? Only actors.c still asks
 * by spelling; the other stages ask by class (isc, WC). */
static inline int is(const idw *x, const char *s) { return x->kind != W_QUOTE && x->norm && !strcmp(x->norm, s); }
/* Is word x (not inside a quote) of class `bit` of the second mask? */
static inline int isc(const idw *x, uint64_t bit) { return x->kind != W_QUOTE && (x->wc2 & bit) != 0; }
static inline int word_in(const wt_idcoder *c, int i, uint64_t lists)
{
    return i >= 0 && i < c->nw && c->w[i].kind != W_QUOTE && WC(&c->w[i], lists);
}
static inline int is_punct(const wt_idcoder *c, int i, char ch)
{
    return i >= 0 && i < c->nw && c->w[i].kind == W_PUNCT && c->w[i].norm[0] == ch && !c->w[i].norm[1];
}

/* The primary actor of a code: the country, or the whole IGO code
 * (IGOUNO and IGOASN are different actors). */
static inline size_t primary_len(const char *code)
{
    size_t n = strlen(code);
    size_t p = !strncmp(code, "IGO", 3) ? 6 : 3;
    return n < p ? n : p;
}

static inline int same_primary(const char *a, const char *b)
{
    size_t n = primary_len(a);
    return n == primary_len(b) && !strncmp(a, b, n);
}

/* Two actors of one country that can act on each other: both carry a
 * sector and the sectors differ (IDNCOP -> IDNCVL, SYRMIL -> SYRREB). */
static inline int domestic_pair(const char *a, const char *b)
{
    size_t p = primary_len(a);
    if (strncmp(a, "IGO", 3) == 0 || strlen(a) <= p || strlen(b) <= p) return 0;
    return strcmp(a + p, b + p) != 0;
}

/* The CAMEO root of a code ("0243" -> 2, "130" -> 13). */
static inline int cameo_root(const char *code) { return (code[0] - '0') * 10 + (code[1] - '0'); }

/* Unarmed people by sector: civilians, refugees, and religious or ethnic
 * communities ("Muslim Rohingya", "umat Kristen") */
static inline int civilian_sector(const char *code)
{
    static const char *const CIVILIAN[] = { "CVL", "REF", "MOS", "MUS", "CHR", "BUD", "HIN", "JEW", "CON", "REL", "ETH", NULL };
    /* a group's code (IMGMUSISI) names no sector */
    if (!strncmp(code, "IMG", 3) || !strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3)) return 0;
    char s3[4] = { 0 };
    memcpy(s3, code + primary_len(code), strnlen(code + primary_len(code), 3));
    return in_list(CIVILIAN, s3);
}

static inline int32_t ymd(wt_date d)
{
    if (!d.year) return 0;
    return d.year * 10000 + (d.month ? d.month : 6) * 100 + (d.day ? d.day : 15);
}

/* Did the lemmatiser find the word's root? When it did not (a capitalised
 * headline word, a root missing from hunspell's lexicon, no lemmatiser),
 * the coder falls back on morph.c's readings. */
static inline int has_lemma(const wt_token *t)
{
    return t->lemma && !(t->morph & WT_M_UNCHANGED) && (t->morph & (WT_M_ROOT_KNOWN | WT_M_EXCEPTION));
}


/* Functions one stage's file offers the others; each is described where
 * it is defined. The idg_ prefix keeps them apart from the library's
 * public names. */

/* words.c: the word classes (data/id/word-classes.txt), then an idword
 * per token of the article. The readers return the number of malformed
 * lines (each reported with file:line), -1 when the file cannot be read. */
int idg_read_word_classes(wt_idcoder *c, const char *file, const char *text, size_t size, wt_diag *diag);
int idg_load_word_classes(wt_idcoder *c, const char *path, wt_diag *diag);
/* The classes of a spelling or lemma that is not a token (WC_* bits,
 * W2_* bits). */
uint64_t idg_word_class(const wt_idcoder *c, const char *w);
uint64_t idg_word_class2(const wt_idcoder *c, const char *w);
void idg_describe_tokens(wt_idcoder *c);

/* verbs.c: the sentence's event words (c->v) */
void idg_find_verbs(wt_idcoder *c);
/* Does word i start any verb entry (its lemma or a surface form)? */
int idg_word_has_entry(wt_idcoder *c, int i);

/* actors.c: the sentence's actor mentions (c->m) and what the article
 * taught (names, titles, main country, lists named together) */
void idg_mark_phrases(wt_idcoder *c);
int idg_is_capital_name(const wt_idcoder *c, int i);
void idg_learn_titles(wt_idcoder *c);
void idg_build_mentions(wt_idcoder *c);
void idg_learn_names(wt_idcoder *c);
void idg_find_home_country(wt_idcoder *c);
void idg_add_pronouns(wt_idcoder *c, int in_quote);
void idg_resolve_demonstratives(wt_idcoder *c);
void idg_resolve_plural_refs(wt_idcoder *c, int sent_index);
void idg_remember_group(wt_idcoder *c, int sent_index);
void idg_link_mentions(wt_idcoder *c);

/* grammar.c: subjects, targets, modality, persons */
int idg_is_break(const wt_idcoder *c, int i);
int idg_subject_left(const wt_idcoder *c, int from);
int idg_target_right(const wt_idcoder *c, int from, int max_gap);
int idg_target_after_di(const wt_idcoder *c, int from);
int idg_passive_agent(const wt_idcoder *c, int from);
void idg_scan_modality(const wt_idcoder *c, int from, int to, decision *d);
void idg_apply_modality(char code[8], const decision *d);
int idg_purpose_subject(const wt_idcoder *c, int src, int anchor);
const char *idg_not_asserted(const wt_idcoder *c, const decision *d, int left);
int idg_light_before(const wt_idcoder *c, int noun);
int idg_is_passive_form(const char *w, uint16_t cls);
int idg_genitive_after(const wt_idcoder *c, int last);
void idg_remember_persons(wt_idcoder *c, int sent_index);
int idg_verbal_attack(const wt_idcoder *c, int src, int tgt);

/* events.c: coding one event word, the explain trace */
void idg_explain(wt_idcoder *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *idg_mention_text(wt_idcoder *c, const idm *m);
/* A dictionary file relative to the data directory ("id/id.verbs"). */
const char *idg_rule_path(const wt_idcoder *c, const char *file);
void idg_remember_subject(wt_idcoder *c, int sent_index);
void idg_code_event(wt_idcoder *c, emit_ctx *ec, const idv *v);

/* args.c: sources and targets read from the dependency tree */
void idg_map_relations(wt_idcoder *c);
/* Fills d->src / d->tgt for event word v from the tree; returns 1 when the
 * tree gave an answer (even "no target"), 0 when the sentence has no parse. */
int idg_tree_args(wt_idcoder *c, const idv *v, int nominal, decision *d, int *anchor);
/* The subject a verb (or the light verb at `anchor`) coordinated after
 * another shares with it ("Iran
 * memuji Irak dan memberikan bantuan …": Iran), -1 when none. */
int idg_tree_conj_subject(const wt_idcoder *c, const idv *v, int anchor);
/* A year at least two before the article's that dates the predicate
 * (background history: "Pada tahun 1990, Irak menyerang Kuwait"), else 0. */
int idg_background_year(const wt_idcoder *c, const idv *v, int anchor);
/* Is the act done jointly ("latihan militer bersama", "patroli gabungan"):
 * a [jointly] word depending on the event word or its light verb? */
int idg_tree_jointly(const wt_idcoder *c, const idv *v, int anchor);
/* The modality a controlling verb up the tree gives the act ("mengancam
 * akan meluncurkan … dan menghancurkan …"): 2 threat, 1 intent, 0 none. */
int idg_tree_modality(const wt_idcoder *c, const idv *v, int anchor);
int idg_tree_negated(const wt_idcoder *c, const idv *v, int anchor);

/* idcoder.c: a sentence's words into c->w */
void idg_load_sentence(wt_idcoder *c, const wt_sentence *s);

#endif
