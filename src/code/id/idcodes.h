/* idcodes.h — the table of valid CAMEO actor code parts
 * (data/cameo/actor-codes.tsv) and the check of one code against it.
 *
 * A CAMEO actor code is a run of three-character parts: a country, region
 * or international prefix (IDN, MEA, IGO), then roles (GOV, MIL…),
 * religions (MOS, CHRCTH) and organisation parts (IGOUNOWHO). The check
 * catches what a dictionary writer gets wrong by hand: a code whose length
 * is not a multiple of three, a prefix no table knows, a sector the manual
 * does not define ([~ACT], [~MUS]). Parts after the first role of a
 * country code, and every part after an IGO/IMG/NGO prefix, are
 * organisation codes and are not checked (the manual leaves them open). */
#ifndef WARTA_CODE_ID_IDCODES_H
#define WARTA_CODE_ID_IDCODES_H

#include "util/diag.h"
#include "util/strmap.h"
#include <stddef.h>

/* Kinds of part (bit flags: SUN is a country and a denomination), from
 * the table's field column. */
enum {
    ID_CK_COUNTRY = 1 << 0,    /* country */
    ID_CK_REGION = 1 << 1,     /* region */
    ID_CK_INTL = 1 << 2,       /* type: may open a code (IGO, NGO, IMG…) */
    ID_CK_ROLE = 1 << 3,       /* type: a role (GOV, MIL, CVL…), PTY */
    ID_CK_RELIGION = 1 << 4,   /* religion and denominations, REL */
    ID_CK_ORG = 1 << 5,        /* group: an organisation's own part */
    ID_CK_ETHNIC = 1 << 6,     /* ethnic */
};

typedef struct id_codes {
    wt_strmap parts;   /* "GOV" → kind bits stored in the pointer value */
    size_t n;
} id_codes;

void id_codes_init(id_codes *t);
void id_codes_free(id_codes *t);
/* Reads data/cameo/actor-codes.tsv (`trio <TAB> field <TAB> gdelt <TAB>
 * name`); returns the number of malformed lines (reported as file:line),
 * -1 when unreadable. */
long id_codes_read(id_codes *t, const char *name, const char *text, size_t len, wt_diag *diag);
long id_codes_load(id_codes *t, const char *path, wt_diag *diag);
/* Checks code[0..n). `suffix` is 1 for an agent's [~SEC] (roles and
 * religions only). Returns 0 when valid, else -1 with the reason in why. */
int id_codes_check(const id_codes *t, const char *code, size_t n, int suffix, char *why, size_t whylen);

#endif
