/* lemma.h — Indonesian lemmatiser with affix analysis.
 *
 * Dictionary-checked confix stripping in the Nazief–Adriani / ECS family:
 * every way of peeling particles (-lah -kah -tah -pun), possessive clitics
 * (-ku -mu -nya), one derivational suffix (-i -kan -an) and up to three
 * prefixes (with the nasal sound changes of meN-/peN-) off a word is tried,
 * the analyses whose root is in the lexicon are ranked by a cost (affix
 * count, combinations the language forbids, affixes the root's hunspell
 * flags do not declare), and the cheapest wins. Whatever is not clearly
 * Indonesian (digits, URLs, acronyms, mixed case, no root found, invalid
 * UTF-8, very long) comes back unchanged.
 *
 * A lemmatiser caches every word it has seen (up to a limit), so running
 * text costs one hash lookup per token. It is not thread-safe: one per
 * warta_ctx. */
#ifndef WARTA_LANG_ID_LEMMA_H
#define WARTA_LANG_ID_LEMMA_H

#include "lang/id/lexicon.h"
#include "text/doc.h"
#include "util/buf.h"
#include <stddef.h>
#include <stdint.h>

/* Affix analysis bits (wt_token.morph). */
enum wt_morph {
    WT_M_ROOT_KNOWN = 1u << 0,  /* lemma is a lexicon root */
    WT_M_EXCEPTION  = 1u << 1,  /* lemma from data/id/lemma-exceptions.txt */
    WT_M_UNCHANGED  = 1u << 2,  /* returned as given: unknown, foreign, acronym, name */
    WT_M_REDUP      = 1u << 3,  /* reduplication: negara-negara, sayur-mayur */
    /* prefixes, anywhere in the chain */
    WT_M_MEN = 1u << 4, WT_M_DI = 1u << 5, WT_M_TER = 1u << 6, WT_M_BER = 1u << 7,
    WT_M_PEN = 1u << 8, WT_M_PER = 1u << 9, WT_M_KE = 1u << 10, WT_M_SE = 1u << 11,
    WT_M_KU_ = 1u << 12,        /* ku- (proclitic: kubaca) */
    WT_M_KAU_ = 1u << 13,       /* kau- (kaubaca) */
    /* derivational suffix */
    WT_M_I = 1u << 14, WT_M_KAN = 1u << 15, WT_M_AN = 1u << 16,
    /* possessive / object clitics */
    WT_M_NYA = 1u << 17, WT_M__KU = 1u << 18, WT_M__MU = 1u << 19,
    /* particles */
    WT_M_LAH = 1u << 20, WT_M_KAH = 1u << 21, WT_M_TAH = 1u << 22, WT_M_PUN = 1u << 23,
    /* what the affixes say */
    WT_M_ACTIVE  = 1u << 24,    /* outermost prefix meN- */
    WT_M_PASSIVE = 1u << 25,    /* outermost di- (or ku-/kau- passive) */
    WT_M_STATIVE = 1u << 26,    /* outermost ter-: stative/accidental */
    WT_M_NOMINAL = 1u << 27,    /* peN-, peN-an, per-an, ke-an, -an */
    WT_M_GUESS   = 1u << 28,    /* root not in lexicon: loanword stripped by rule */
};

enum wt_id_prefix {
    WT_PFX_NONE, WT_PFX_MEN, WT_PFX_DI, WT_PFX_TER, WT_PFX_BER, WT_PFX_PEN,
    WT_PFX_PER, WT_PFX_KE, WT_PFX_SE, WT_PFX_KU, WT_PFX_KAU,
};
enum wt_id_suffix { WT_SFX_NONE, WT_SFX_I, WT_SFX_KAN, WT_SFX_AN };
enum wt_id_clitic { WT_CLT_NONE, WT_CLT_NYA, WT_CLT_KU, WT_CLT_MU };
enum wt_id_particle { WT_PTC_NONE, WT_PTC_LAH, WT_PTC_KAH, WT_PTC_TAH, WT_PTC_PUN };

typedef struct wt_lemma {
    const char *root;       /* the lemma, NUL-terminated */
    uint32_t root_len;
    uint32_t morph;         /* enum wt_morph */
    uint8_t prefix[3];      /* enum wt_id_prefix, outermost first */
    uint8_t nprefix;
    uint8_t suffix;         /* enum wt_id_suffix */
    uint8_t clitic;         /* enum wt_id_clitic */
    uint8_t particle;       /* enum wt_id_particle */
} wt_lemma;

typedef struct wt_lemmatizer wt_lemmatizer;

/* Loads the lexicon (see lexicon.h); NULL after an error report. */
wt_lemmatizer *wt_lemmatizer_new(const char *dic_path, const char *data_dir, wt_diag *diag);
void wt_lemmatizer_free(wt_lemmatizer *lz);
const wt_id_lexicon *wt_lemmatizer_lexicon(const wt_lemmatizer *lz);

/* Lemma and analysis of one word, as written. Lower-case words get every
 * rule; a capitalised word (Pemerintah, Jakarta) keeps its form unless it is
 * an affixed form of a known root that is not itself a name: pass the
 * lower-case form for sentence-initial words. The result lives as long as
 * the lemmatiser (cached words) or until the next call (when the cache is
 * full). Never NULL. */
const wt_lemma *wt_lemmatize(wt_lemmatizer *lz, const char *word, size_t len);

/* Fills tok->lemma and tok->morph of every word token of doc (lemma strings
 * are in the lemmatiser or the doc's arena). Sentence-initial tokens are
 * lemmatised from their lower-case `norm`. */
void wt_lemmatize_doc(wt_lemmatizer *lz, wt_doc *doc);

/* Appends the analysis as one JSON object (docs/lemma.md). */
void wt_lemma_json(wt_buf *b, const char *word, size_t len, const wt_lemma *lm);

/* Name of a prefix/suffix/clitic/particle for analyses ("meN", "kan"…). */
const char *wt_id_prefix_name(int p);
const char *wt_id_suffix_name(int s);
const char *wt_id_clitic_name(int c);
const char *wt_id_particle_name(int p);

/* Words in the cache (for tests and the bench). */
size_t wt_lemmatizer_cached(const wt_lemmatizer *lz);

/* The lemmatiser of a context, loaded on first use (lemma_api.c); NULL,
 * reported once, when the lexicon cannot be loaded. */
struct warta_ctx;
wt_lemmatizer *wt_ctx_lemmatizer(struct warta_ctx *ctx);

#endif
