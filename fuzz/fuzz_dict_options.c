/* fuzz_dict_options.c — libFuzzer target: any bytes as a .options dictionary.
 * The reader must report malformed entries and go on (never crash, never
 * read past the input); whatever loads must then code a sentence safely. */
#include "code/coder.h"
#include "dict/dict.h"
#include "lang/en/tokens.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char SENTENCE[] = "Arnor's president accused Gondor and Rohan, officials said, "
                               "of spying on the U.S. after talks in Minas Tirith.";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* a private copy, so reads past the end are caught by ASan */
    char *text = malloc(size ? size : 1);
    memcpy(text, data, size);
    wt_diag diag;
    wt_diag_init(&diag);
    diag.quiet = 1;
    wt_dict d;
    wt_dict_init(&d);
    wt_dict_read_options(&d, "fuzz.options", text, size, &diag);
    wt_dict_finish(&d);
    wt_coder *c = wt_coder_new(&d, &wt_lang_rules_en);
    wt_arena arena;
    wt_arena_init(&arena, 4096);
    wt_ctok_vec toks = {0};
    wt_en_tokenize(SENTENCE, sizeof SENTENCE - 1, &arena, &toks);
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
