/* fuzz_parser_model.c — libFuzzer target: arbitrary bytes as a parser
 * model file. Most inputs fail the checksum, so each input is also tried
 * with a correct checksum appended over it (what a well-formed but
 * malicious or buggy file would carry): the reader must refuse or accept
 * without reading out of bounds, and an accepted model must score. */
#include "parse/syntax.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void try_model(const unsigned char *p, size_t n)
{
    wt_syntax_model m;
    const char *err = NULL;
    if (wt_syntax_model_read(&m, p, n, &err) == 0) {
        uint64_t f[2] = {wt_feat(1, 0, 0, 0), wt_feat(2, 5, 0, 0)};
        wt_pscore sc[WT_PT_MAXCLASS];
        wt_pmodel_score(&m.tagger, f, 2, sc);
        wt_pmodel_score(&m.parser, f, 2, sc);
        wt_pmodel_score(&m.labeller, f, 2, sc);
        wt_syntax_model_free(&m);
    } else if (!err) {
        __builtin_trap();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    try_model(data, size);
    /* magic + version + length fixed up, checksum recomputed */
    size_t ml = strlen(WT_SYNTAX_MAGIC), n = ml + 8 + size + 8;
    unsigned char *buf = malloc(n);
    memcpy(buf, WT_SYNTAX_MAGIC, ml);
    uint32_t v = WT_SYNTAX_VERSION, len = (uint32_t)size;
    for (int i = 0; i < 4; i++) {
        buf[ml + i] = (unsigned char)(v >> (8 * i));
        buf[ml + 4 + i] = (unsigned char)(len >> (8 * i));
    }
    if (size) memcpy(buf + ml + 8, data, size);
    uint64_t h = wt_syntax_checksum(buf, n - 8);
    for (int i = 0; i < 8; i++) buf[n - 8 + i] = (unsigned char)(h >> (8 * i));
    try_model(buf, n);
    free(buf);
    return 0;
}
