/* idcodes.c — valid CAMEO actor code parts and the check of a code (see
 * idcodes.h). */
#include "code/id/idcodes.h"
#include "util/file.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void id_codes_init(id_codes *t)
{
    memset(t, 0, sizeof *t);
    wt_strmap_init(&t->parts);
}

void id_codes_free(id_codes *t)
{
    wt_strmap_free(&t->parts);
}

/* The `field` column of data/cameo/actor-codes.tsv (the GDELT column a
 * part goes to) says what the part is: a country or region opens a code,
 * a type is a role (or an international generic, IGO, NGO…, which also
 * opens one), religions and ethnic groups qualify, a group is an
 * organisation's own part. */
static int kind_bits(const char *k, size_t n)
{
    static const struct { const char *name; int bit; } KINDS[] = {
        { "country", ID_CK_COUNTRY }, { "region", ID_CK_REGION }, { "type", ID_CK_ROLE | ID_CK_INTL },
        { "religion", ID_CK_RELIGION }, { "ethnic", ID_CK_ETHNIC }, { "group", ID_CK_ORG },
    };
    for (size_t i = 0; i < sizeof KINDS / sizeof *KINDS; i++)
        if (strlen(KINDS[i].name) == n && !memcmp(KINDS[i].name, k, n)) return KINDS[i].bit;
    return 0;
}

static int is_part(const char *s, size_t n)
{
    if (n != 3) return 0;
    for (size_t i = 0; i < 3; i++)
        if (!isalnum((unsigned char)s[i])) return 0;
    return 1;
}

/* Reads `trio <TAB> field <TAB> gdelt <TAB> name` lines (the GDELT columns
 * are output/'s business; only trio and field matter here). */
long id_codes_read(id_codes *t, const char *name, const char *text, size_t len, wt_diag *diag)
{
    long bad = 0;
    size_t line = 0, pos = 0;
    while (pos < len) {
        size_t e = pos;
        while (e < len && text[e] != '\n') e++;
        const char *s = text + pos;
        size_t n = e - pos;
        pos = e + 1;
        line++;
        if (n && s[n - 1] == '\r') n--;
        if (!n || s[0] == '#') continue;
        const char *tab1 = memchr(s, '\t', n);
        const char *tab2 = tab1 ? memchr(tab1 + 1, '\t', (size_t)(s + n - tab1 - 1)) : NULL;
        size_t kl = tab1 ? (size_t)((tab2 ? tab2 : s + n) - tab1 - 1) : 0;
        int bits = tab1 ? kind_bits(tab1 + 1, kl) : 0;
        if (!tab1 || !is_part(s, (size_t)(tab1 - s)) || !bits) {
            wt_diag_at(diag, WT_DIAG_ERROR, name, line,
                       "expected `TRIO<TAB>field<TAB>gdelt<TAB>name` with a three-character trio and a known field");
            bad++;
            continue;
        }
        wt_strmap_slot *slot = wt_strmap_put(&t->parts, s, 3, NULL);
        if (!slot->value) t->n++;
        slot->value = (void *)((uintptr_t)slot->value | (uintptr_t)bits);
    }
    return bad;
}

long id_codes_load(id_codes *t, const char *path, wt_diag *diag)
{
    size_t len;
    char *text = wt_read_data_file(path, &len, diag, "actor code table");
    if (!text) return -1;
    long r = id_codes_read(t, path, text, len, diag);
    free(text);
    return r;
}

static int bits_of(const id_codes *t, const char *p)
{
    return (int)(uintptr_t)wt_strmap_get(&t->parts, p, 3);
}

int id_codes_check(const id_codes *t, const char *code, size_t n, int suffix, char *why, size_t whylen)
{
    if (n == 0 || n % 3) {
        snprintf(why, whylen, "code %.*s: length %zu is not a multiple of three", (int)n, code, n);
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)code[i]) && !isdigit((unsigned char)code[i])) {
            snprintf(why, whylen, "code %.*s: only capital letters and digits", (int)n, code);
            return -1;
        }
    if (suffix) {
        /* [~SEC]: every part is a sector, religion or generic international
         * role the manual defines (an agent has no organisation of its own) */
        for (size_t i = 0; i < n; i += 3)
            if (!(bits_of(t, code + i) & (ID_CK_ROLE | ID_CK_RELIGION | ID_CK_ETHNIC))) {
                snprintf(why, whylen, "code ~%.*s: unknown sector %.3s", (int)n, code, code + i);
                return -1;
            }
        return 0;
    }
    int first = bits_of(t, code);
    if (!(first & (ID_CK_COUNTRY | ID_CK_REGION | ID_CK_INTL | ID_CK_RELIGION))) {
        snprintf(why, whylen, "code %.*s: unknown country, region or international prefix %.3s", (int)n, code, code);
        return -1;
    }
    /* a country's or region's second part is its sector (IDNGOV, MEAREB);
     * what follows may name an organisation (PSEREBHMS) */
    if ((first & (ID_CK_COUNTRY | ID_CK_REGION)) && !(first & ID_CK_INTL) && n >= 6 &&
        !(bits_of(t, code + 3) & (ID_CK_ROLE | ID_CK_RELIGION | ID_CK_ETHNIC))) {
        snprintf(why, whylen, "code %.*s: unknown sector %.3s", (int)n, code, code + 3);
        return -1;
    }
    return 0;
}
