/* dict_internal.h — what the dictionary readers share with dict.c. */
#ifndef WARTA_DICT_INTERNAL_H
#define WARTA_DICT_INTERNAL_H

#include "dict/dict.h"

/* A <SYNSETS> set: its members, already expanded (arena strings). */
struct wt_synset {
    WT_VEC(char *) members;
};

/* The interned copy of a file name (lives as long as the dict). */
const char *wt_dict_intern_file(wt_dict *d, const char *name);
/* The vocabulary word for s[0..n), created when new. */
wt_word *wt_dict_intern_word(wt_dict *d, const char *s, size_t n);
/* Adds an entry to the index of its first word (entry and words must live
 * in the dict arena). */
void wt_dict_index_entry(wt_dict *d, wt_entry *e);

/* Adds (id, how) to out[0..*n) — or its `how` bits to the match already
 * there for id — as long as max allows. Shared by the list matcher
 * (dict.c) and the compiled one (compile.c), which must agree. */
/* static inline: it sits in the compiled matcher's per-token hot path. */
static inline void wt_word_match_add(wt_word_match *out, size_t *n, size_t max, uint32_t id,
                                     uint8_t how)
{
    for (size_t i = 0; i < *n; i++)
        if (out[i].word == id) {
            out[i].how |= how;
            return;
        }
    if (*n < max) {
        out[*n].word = id;
        out[*n].how = how;
        (*n)++;
    }
}

/* How a phrase is parsed. */
enum {
    WT_PH_NAME = 0,   /* actor/agent/noun/adjective/time: words only */
    WT_PH_ROOT,       /* verb root or form: words only, final `_` takes verb endings */
    WT_PH_PATTERN,    /* verb pattern: words and * $ + % ^, exactly one * */
};

typedef WT_VEC(wt_pelem) wt_pelem_vec;

/* Parses one phrase (alternatives and synsets already expanded) into
 * elements, appending to *out, and computes TABARI's length. Returns NULL
 * on success or a message saying what is wrong. */
const char *wt_parse_phrase(wt_dict *d, const char *s, size_t n, int mode,
                            wt_pelem_vec *out, uint32_t *length);

#endif
