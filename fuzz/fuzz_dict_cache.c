/* fuzz_dict_cache.c — libFuzzer target: any bytes as a dictionary cache
 * file (src/dict/cache.c). A cache must be rejected or loaded, never
 * crash; one that loads must be safe to code with. When the first byte is
 * odd the header's length and checksum are recomputed first, so that
 * mutations reach the structure checks behind the checksum. Seeds:
 * fuzz/corpus/fuzz_dict_cache (a valid cache of a small dictionary). */
#include "code/coder.h"
#include "dict/dict.h"
#include "lang/en/tokens.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *const SENTENCES[] = {
    "Eriador accused Lothlorien of theft.",
    "The king of Dale and Esgaroth met, Smaug said; they burnt gold to Bard.",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned char *copy = malloc(size ? size : 1);
    if (size)
        memcpy(copy, data, size);
    if (size && (data[0] & 1))
        wt_dict_cache_seal(copy, size);
    wt_dict d;
    wt_dict_init(&d);
    long rejected = 0;
    wt_dict_replay replay = { 0 };
    if (wt_dict_cache_decode(&d, copy, size, NULL, &rejected, &replay) == 0) {
        wt_coder *c = wt_coder_new(&d, &wt_lang_rules_en);
        wt_coder_options_mut(c)->minimum_words = 0;
        wt_code_result r;
        wt_code_result_init(&r);
        wt_arena arena;
        wt_arena_init(&arena, 4096);
        wt_ctok_vec toks = { 0 };
        for (size_t i = 0; i < sizeof SENTENCES / sizeof *SENTENCES; i++) {
            wt_arena_reset(&arena);
            toks.len = 0;
            wt_en_tokenize(SENTENCES[i], strlen(SENTENCES[i]), &arena, &toks);
            wt_coder_code(c, toks.items, toks.len, 20000101, &r);
        }
        for (size_t i = 0; i < replay.n; i++)
            if (!replay.where[i] || !replay.message[i])
                abort();
        WT_VEC_FREE(toks);
        wt_arena_free(&arena);
        wt_code_result_free(&r);
        wt_coder_free(c);
    }
    wt_dict_free(&d);
    free(copy);
    return 0;
}
