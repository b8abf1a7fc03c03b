/* dict_fuzz.h — the body shared by the dictionary fuzz targets: feed any
 * bytes to one reader, then code a sentence with whatever loaded. The
 * reader must report malformed entries and go on (never crash, never read
 * past the input); the coder must then be safe on any dictionary. */
#ifndef WARTA_FUZZ_DICT_FUZZ_H
#define WARTA_FUZZ_DICT_FUZZ_H

#include "code/coder.h"
#include "dict/dict.h"
#include "lang/en/tokens.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef long (*dict_reader_fn)(wt_dict *d, const char *name, const char *text, size_t len,
                               wt_diag *diag);

static const char FUZZ_SENTENCE[] = "Arnor's president accused Gondor and Rohan, officials said, "
                                    "of spying on the U.S. after talks in Minas Tirith.";

static int fuzz_dictionary(const uint8_t *data, size_t size, dict_reader_fn read,
                           const char *name)
{
    /* a private copy, so reads past the end are caught by ASan */
    char *text = malloc(size ? size : 1);
    memcpy(text, data, size);
    wt_diag diag;
    wt_diag_init(&diag);
    diag.quiet = 1;
    wt_dict d;
    wt_dict_init(&d);
    read(&d, name, text, size, &diag);
    wt_dict_finish(&d);
    wt_coder *c = wt_coder_new(&d, &wt_lang_rules_en);
    wt_arena arena;
    wt_arena_init(&arena, 4096);
    wt_ctok_vec toks = {0};
    wt_en_tokenize(FUZZ_SENTENCE, sizeof FUZZ_SENTENCE - 1, &arena, &toks);
    wt_code_result r;
    wt_code_result_init(&r);
    wt_coder_code(c, toks.items, toks.len, 20000101, &r);
    wt_code_result_free(&r);
    WT_VEC_FREE(toks);
    wt_arena_free(&arena);
    wt_coder_free(c);
    wt_dict_free(&d);
    free(text);
    return 0;
}

#endif
