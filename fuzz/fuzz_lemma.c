/* fuzz_lemma.c — libFuzzer target: any bytes as a word must come back with
 * a lemma (never crash, never read past the input), and unanalysable input
 * must come back unchanged. Needs hunspell-id's id_ID.dic. */
#include "lang/id/lemma.h"
#include "util/buf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifndef WARTA_DATA_DIR
#define WARTA_DATA_DIR "data"
#endif

static wt_lemmatizer *lz;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!lz) {
        wt_diag diag;
        wt_diag_init(&diag);
        lz = wt_lemmatizer_new(wt_id_dic_path(), WARTA_DATA_DIR, &diag);
        if (!lz) abort();
    }
    /* a private copy, so reads past the end are caught by ASan */
    char *w = malloc(size ? size : 1);
    memcpy(w, data, size);
    const wt_lemma *lm = wt_lemmatize(lz, w, size);
    if (!lm || !lm->root) abort();
    if ((lm->morph & WT_M_UNCHANGED) && (lm->root_len != size || memcmp(lm->root, w, size) != 0))
        abort();
    wt_buf b;
    wt_buf_init(&b);
    wt_lemma_json(&b, w, size, lm);
    wt_buf_free(&b);
    free(w);
    return 0;
}
