/* fuzz_actor_codes.c — libFuzzer target: any bytes as the CAMEO actor code
 * table (data/cameo/actor-codes.tsv), then codes split with what loaded.
 * Malformed lines must be reported and skipped, never crash. */
#include "output/actor_codes.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* a private NUL-terminated copy, so reads past the end are caught */
    char *text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = '\0';
    wt_diag diag;
    wt_diag_init(&diag);
    diag.quiet = 1;
    wt_actor_codes *t = wt_actor_codes_parse("fuzz.tsv", text, &diag);
    static const char *const codes[] = {"USAGOV", "IMGMUSISI", "IGOUNOHCR", "SUN", "IDNGO", "", "A", "KSVGOVMILREB"};
    wt_actor_parts parts;
    for (size_t i = 0; i < sizeof codes / sizeof *codes; i++) wt_actor_split(t, codes[i], &parts);
    /* the input's own first bytes as a code */
    char code[16];
    size_t n = size < sizeof code - 1 ? size : sizeof code - 1;
    memcpy(code, data, n);
    code[n] = '\0';
    wt_actor_split(t, code, &parts);
    wt_actor_codes_free(t);
    free(text);
    return 0;
}
