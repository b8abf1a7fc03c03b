/* gazetteer.h — place names to coordinates, for event places.
 *
 * Loaded from data/gazetteer/ (format in data/README.md): countries.tsv
 * (one country a line, with its capital), places.tsv (capitals, cities,
 * disputed places, Indonesian provinces, regencies and cities) and
 * adm1_fips.tsv (ISO 3166-2 → FIPS 10-4 ADM1, for GDELT's ADM1Code).
 * Names are looked up lower-cased, as one or more words joined by single
 * spaces, so "Korea Utara", "korea utara" and "KOREA UTARA" are one key. */
#ifndef WARTA_CODE_GAZETTEER_H
#define WARTA_CODE_GAZETTEER_H

#include "util/arena.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/mem.h"
#include "util/strmap.h"

enum wt_gaz_kind {
    WT_GAZ_REGION = 0,   /* Semenanjung Korea, Timur Tengah: no single point */
    WT_GAZ_COUNTRY,
    WT_GAZ_ADM1,         /* province, state */
    WT_GAZ_ADM2,         /* Indonesian kabupaten (regency) */
    WT_GAZ_DISPUTED,     /* Gaza, Krimea, Kashmir: places with a contested status */
    WT_GAZ_CITY,
    WT_GAZ_CAPITAL,
};

typedef struct wt_gaz_place {
    const char *name;        /* display name, e.g. "Pyongyang" */
    char country[4];         /* ISO 3166-1 alpha-3 */
    char adm1[12];           /* ISO 3166-2, e.g. "ID-JK"; "" when unknown */
    double lat, lon;
    int kind;                /* enum wt_gaz_kind */
    int32_t capital;         /* countries: index of the capital, else -1 */
    char fips[3];            /* countries: FIPS 10-4 country code (GDELT geo) */
    const char *name_en;     /* countries: English name */
} wt_gaz_place;

typedef struct wt_gazetteer {
    WT_VEC(wt_gaz_place) places;
    wt_strmap names;         /* lower-case name → index + 1 */
    wt_strmap countries;     /* ISO3 → index + 1 of the country entry */
    wt_strmap adm1_fips;     /* ISO 3166-2 → FIPS ADM1 (arena string) */
    wt_arena arena;
    int max_words;           /* longest name, in words */
} wt_gazetteer;

/* Loads dir/countries.tsv, dir/places.tsv and dir/adm1_fips.tsv. Malformed
 * lines are reported (file:line) and skipped. Returns NULL when
 * countries.tsv cannot be read. */
wt_gazetteer *wt_gazetteer_load(const char *dir, wt_diag *diag);
void wt_gazetteer_free(wt_gazetteer *g);

/* Appends the lookup key of s[0..n): its words (letters, digits, inner
 * hyphens and apostrophes) lower-cased and joined by single spaces. */
void wt_gazetteer_key(wt_buf *b, const char *s, size_t n);
/* The place named key[0..n) (already lower-case, words joined by one
 * space), or NULL. */
const wt_gaz_place *wt_gazetteer_find(const wt_gazetteer *g, const char *key, size_t n);
/* The country entry for an ISO3 code, or NULL. */
const wt_gaz_place *wt_gazetteer_country(const wt_gazetteer *g, const char *iso3);
/* FIPS ADM1 code for an ISO 3166-2 code, or NULL. */
const char *wt_gazetteer_adm1_fips(const wt_gazetteer *g, const char *iso_adm1);

#endif
