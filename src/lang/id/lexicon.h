/* lexicon.h — the Indonesian root lexicon behind the lemmatiser.
 *
 * Roots come from hunspell-id's id_ID.dic (flags stripped, but read for what
 * they say: which affixes a root takes), plus data/id/roots-extra.txt, with
 * data/id/lemma-exceptions.txt mapping whole words to lemmas. Read-only once
 * loaded. Formats: docs/lemma.md. */
#ifndef WARTA_LANG_ID_LEXICON_H
#define WARTA_LANG_ID_LEXICON_H

#include "util/diag.h"
#include "util/strmap.h"
#include <stddef.h>
#include <stdint.h>

/* Which affix families a root is declared to take (from its hunspell flags).
 * A root without flags information has WT_ACC_ANY. */
enum wt_id_accept {
    WT_ACC_BER = 1 << 0, WT_ACC_DI = 1 << 1, WT_ACC_KE = 1 << 2,
    WT_ACC_MEN = 1 << 3, WT_ACC_KU = 1 << 4, WT_ACC_PEN = 1 << 5,
    WT_ACC_PER = 1 << 6, WT_ACC_SE = 1 << 7, WT_ACC_TER = 1 << 8,
    WT_ACC_AN = 1 << 9, WT_ACC_KAN = 1 << 10, WT_ACC_I = 1 << 11,
    /* the dictionary lists X-nya as a word of its own (lainnya, akhirnya);
     * with se-: sebelumnya, sebenarnya */
    WT_ACC_NYA = 1 << 12, WT_ACC_SE_NYA = 1 << 13,
    WT_ACC_ANY = (1 << 12) - 1,
    /* hunspell's NEEDAFFIX: a stem never written bare (ketahu → diketahui) */
    WT_ACC_BOUND = 1 << 14,
    /* the root's hunspell entry carries flags (else nothing is declared) */
    WT_ACC_FLAGGED = 1 << 15,
    /* listed in data/id/roots-extra.txt (declares every affix) */
    WT_ACC_EXTRA = 1 << 23,
    /* the agent prefix pe- that does not assimilate (hunspell's PE:
     * pejabat, petani, pedagang): allowed only on roots that declare it,
     * for before most consonants it would split ordinary words (pesan) */
    WT_ACC_PE = 1 << 24,
    /* di- or meN- on the bare root, not only as half of a circumfix
     * (bawah/DiMiMk has membawahi, dibawahi, but no *dibawah) */
    WT_ACC_VERB_BARE = 1 << 25,
    WT_ACC_PRESENT = 1 << 30,   /* marks a stored root (value never 0) */
};

/* Bits 16-21 of a root's value: how many hunspell flags its entry has
 * (capped at 63), a rough measure of how productive the root is. */
#define WT_ACC_NFLAGS_SHIFT 16
#define WT_ACC_NFLAGS_MAX 63
static inline unsigned wt_id_root_nflags(unsigned acc)
{
    return (acc >> WT_ACC_NFLAGS_SHIFT) & WT_ACC_NFLAGS_MAX;
}

typedef struct wt_id_lexicon {
    wt_strmap roots;       /* root → (uintptr_t) accept bits | WT_ACC_PRESENT */
    wt_strmap exceptions;  /* word → lemma (char *, in exceptions' arena) */
    size_t root_count, exception_count;
} wt_id_lexicon;

/* Path of the hunspell dictionary: $WARTA_ID_DIC, else the Debian path. */
const char *wt_id_dic_path(void);

/* Loads the lexicon; returns NULL after reporting an error when the hunspell
 * dictionary cannot be read. data_dir holds id/roots-extra.txt and
 * id/lemma-exceptions.txt (missing files are not an error). */
wt_id_lexicon *wt_id_lexicon_load(const char *dic_path, const char *data_dir, wt_diag *diag);
void wt_id_lexicon_free(wt_id_lexicon *lx);

/* Accept bits of a root, 0 when the string is not a root. */
static inline unsigned wt_id_root(const wt_id_lexicon *lx, const char *s, size_t n)
{
    return (unsigned)(uintptr_t)wt_strmap_get(&lx->roots, s, n);
}

#endif
