/* fuzz_id_dict.c — libFuzzer target for the Indonesian dictionary readers:
 * any bytes as an .actors, .agents or .verbs file (the first byte picks
 * which), read with the CAMEO code check on, and as a CAMEO code table.
 * Readers must report bad lines and go on: never crash, never read past
 * the input, never leave a phrase without its code. */
#include "code/id/idcodes.h"
#include "code/id/iddict.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* a small valid table, as data/cameo/actor-codes.tsv writes it */
static const char TABLE[] = "IDN\tcountry\tIDN\tIndonesia\nRUS\tcountry\tRUS\tRussia\nIGO\ttype\tIGO\tIGO\n"
                            "GOV\ttype\tGOV\tgovernment\nMIL\ttype\tMIL\tmilitary\n"
                            "CVL\ttype\tCVL\tcivilian\nMOS\treligion\tMOS\tIslam\nUNO\tgroup\tUNO\tUN\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    wt_diag diag;
    wt_diag_init(&diag);
    diag.quiet = 1;
    int kind = size ? data[0] % 4 : 0;
    const char *text_start = size ? (const char *)data + 1 : (const char *)data;
    size_t n = size ? size - 1 : 0;
    /* a private copy, so reads past the end are caught by ASan */
    char *text = malloc(n ? n : 1);
    memcpy(text, text_start, n);

    id_codes t;
    id_codes_init(&t);
    if (kind == 3) {
        id_codes_read(&t, "fuzz.tsv", text, n, &diag);
        char why[160];
        id_codes_check(&t, "IDNGOV", 6, 0, why, sizeof why);
        id_codes_check(&t, text, n < 24 ? n : 24, n % 2, why, sizeof why);
    } else {
        id_codes_read(&t, "table", TABLE, sizeof TABLE - 1, &diag);
        id_dict d;
        id_dict_init(&d);
        d.valid = &t;
        id_dict_read(&d, "fuzz", text, n, kind + 1, &diag);
        id_dict_finish(&d);
        /* every phrase loaded has a code to give */
        for (size_t i = 0; i < d.phrases.cap; i++) {
            const id_list *l = d.phrases.slots[i].key ? d.phrases.slots[i].value : NULL;
            for (size_t k = 0; l && k < l->len; k++) {
                const id_phrase *p = l->items[k];
                if (!p->ncodes || !p->codes) abort();
                (void)id_phrase_code(p, 20200101);
            }
        }
        id_dict_free(&d);
    }
    id_codes_free(&t);
    free(text);
    return 0;
}
