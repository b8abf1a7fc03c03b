/* morph.h — dictionary-guided affix peeling for the Indonesian coder.
 *
 * The coder only needs to know whether a word is a form of one of the
 * verb dictionary's lemmas, and in which affix class (the voice and
 * nominalisation the grammar cares about). So instead of a full
 * lemmatisation it lists every (root, class) reading that the meN-/di-/
 * ter-/ber-/peN-an/per-an/ke-an/-kan/-i/-an/-nya morphology allows,
 * including the nasal sound changes (menolak = meN + tolak, menyerang =
 * meN + serang, mengecam = meN + kecam), and the caller keeps the readings
 * whose root is in the dictionary with that class allowed.
 *
 * The lemmatiser (lang/id/lemma.h) is the coder's primary reading: its root
 * and morph bits decide for every word it analyses. This file is kept for
 * what the lemmatiser cannot give: words it returns unchanged because their
 * root is missing from its lexicon or they are capitalised like names
 * (headline verbs "Kecam", loan stems the dictionary lists), and every word
 * when no lemmatiser is loaded (hunspell-id absent). For those it lists all
 * readings a surface form allows, ambiguous ones included, and the verb
 * dictionary picks. */
#ifndef WARTA_CODE_ID_MORPH_H
#define WARTA_CODE_ID_MORPH_H

#include <stddef.h>
#include <stdint.h>

typedef struct id_reading {
    char root[40];
    uint16_t cls;    /* one enum id_affix bit */
} id_reading;

/* Fills out[0..max) with the readings of the lower-case word w; returns the
 * count. The word itself is always the first reading (class bare). */
size_t id_morph_readings(const char *w, size_t n, id_reading *out, size_t max);

/* The affix class a surface form shows by its shape (for {FORM_} entries
 * and light verbs): di- → DI, meN-/memper- → MEN, ter- → TER, ber- → BER,
 * pe…an/per…an → NOM, ke…an → KE, else BARE. */
uint16_t id_morph_surface_class(const char *w, size_t n);

#endif
