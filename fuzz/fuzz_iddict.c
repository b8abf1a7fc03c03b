/* fuzz_iddict.c — libFuzzer target: any bytes as an Indonesian dictionary
 * (.verbs with affix flags, forms, patterns and frames; .actors; .agents;
 * the same read as a --dict file; the pronoun table),
 * then the lexicon checks check-dict runs on it. The reader must report
 * malformed entries and go on; the checks must be safe on whatever loaded. */
#include "code/id/iddict.h"

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
    /* a small code table, so unknown codes are rejected as in check-dict */
    static const char *const codes[] = { "010", "020", "0231", "042", "111", "173", "190", NULL };
    for (int i = 0; codes[i]; i++) wt_strmap_put(&d.valid_codes, codes[i], strlen(codes[i]), NULL)->value = (void *)1;
    d.have_codes = 1;
    id_dict_read(&d, "fuzz.verbs", text, size, ID_FILE_VERBS, &diag);
    id_dict_read(&d, "fuzz.actors", text, size, ID_FILE_ACTORS, &diag);
    id_dict_read(&d, "fuzz.agents", text, size, ID_FILE_AGENTS, &diag);
    /* a --dict file: # comments, !MACRO! lines, warnings instead of errors */
    d.foreign = 1;
    id_dict_read(&d, "fuzz.actors.txt", text, size, ID_FILE_ACTORS, &diag);
    id_dict_read(&d, "fuzz.agents.txt", text, size, ID_FILE_AGENTS, &diag);
    d.foreign = 0;
    id_dict_read_pronouns(&d, "pronouns.txt", text, size, &diag);
    id_dict_finish(&d);
    id_dict_sort_phrases(&d);
    id_dict_check_conflicts(&d, &diag);
    size_t lemmas, patterns, ncodes;
    id_dict_lexicon_stats(&d, &lemmas, &patterns, &ncodes);
    id_dict_free(&d);
    free(text);
    return 0;
}
