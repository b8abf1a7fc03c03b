/* fuzz_word_classes.c — libFuzzer target: any bytes as the Indonesian
 * coder's word classes (data/id/word-classes.txt: [class] lines, words,
 * word=N numerals). The reader must report malformed lines and go on,
 * whatever the bytes. */
#include "code/id/idgrammar.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* a private copy, so reads past the end are caught by ASan */
    char *text = malloc(size ? size : 1);
    memcpy(text, data, size);
    wt_diag diag;
    wt_diag_init(&diag);
    diag.quiet = 1;
    id_dict d;
    id_dict_init(&d);
    wt_idcoder *c = wt_idcoder_from_dict(&d);
    idg_read_word_classes(c, "fuzz.txt", text, size, &diag);
    (void)idg_word_class(c, "dan");
    wt_idcoder_free(c);
    free(text);
    return 0;
}
