/* actor_codes.h — a CAMEO actor code split into GDELT's actor columns.
 *
 * CAMEO actor codes are three-letter parts run together (USAGOV,
 * IMGMUSISI, IGOUNOHCR). data/cameo/actor-codes.tsv says which column each
 * part belongs to (country, known group, ethnic, religion, type) and which
 * code GDELT writes for it; this module reads that table and splits codes. */
#ifndef WARTA_OUTPUT_ACTOR_CODES_H
#define WARTA_OUTPUT_ACTOR_CODES_H

#include "util/diag.h"

#include <stddef.h>

typedef struct wt_actor_codes wt_actor_codes;

/* GDELT's ten actor fields besides Code and Name; "" when absent. */
typedef struct wt_actor_parts {
    char country[4], group[4], ethnic[4], religion[2][4], type[3][4];
    /* parts the table does not know (or a tail shorter than three letters),
     * "" when every part mapped: a code a GDELT user could not read */
    char unknown[8];
} wt_actor_parts;

/* Reads the table; NULL (reported) when it cannot be read. Malformed lines
 * are reported as path:line errors and skipped. */
wt_actor_codes *wt_actor_codes_load(const char *path, wt_diag *diag);
/* The same from text already read (NUL-terminated; modified in place);
 * path names it in messages. Never NULL. */
wt_actor_codes *wt_actor_codes_parse(const char *path, char *text, wt_diag *diag);
void wt_actor_codes_free(wt_actor_codes *t);
/* Splits code into parts. Returns 0 when every part mapped, else -1 (the
 * first unknown part is in out->unknown; the known ones are still filled). */
int wt_actor_split(const wt_actor_codes *t, const char *code, wt_actor_parts *out);

#endif
