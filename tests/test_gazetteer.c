/* test_gazetteer.c — the place lists of data/gazetteer/: every row loads,
 * names the press writes resolve to the right country, province and point,
 * ordinary words do not resolve to a place, and no name means two countries. */
#include "check.h"
#include "code/gazetteer.h"
#include "util/file.h"
#include "warta.h"

#include <math.h>
#include <string.h>

static const wt_gaz_place *find(const wt_gazetteer *g, const char *name)
{
    wt_buf key;
    wt_buf_init(&key);
    wt_gazetteer_key(&key, name, strlen(name));
    const wt_gaz_place *p = key.len ? wt_gazetteer_find(g, key.data, key.len) : NULL;
    wt_buf_free(&key);
    return p;
}

/* name resolves to a place of `country` (and `adm1` when given) within
 * 0.5 degrees of (lat, lon), the point we know the place to be at. */
static void expect_place(const wt_gazetteer *g, const char *name, const char *country, const char *adm1,
                         double lat, double lon)
{
    const wt_gaz_place *p = find(g, name);
    if (!p) {
        CHECK(p != NULL);
        fprintf(stderr, "  '%s' is not in the gazetteer\n", name);
        return;
    }
    int ok = !strcmp(p->country, country) && (!adm1 || !strcmp(p->adm1, adm1)) &&
             fabs(p->lat - lat) <= 0.5 && fabs(p->lon - lon) <= 0.5;
    CHECK(ok);
    if (!ok)
        fprintf(stderr, "  '%s' -> %s %s %s (%.2f, %.2f), want %s %s (%.2f, %.2f)\n", name, p->name, p->country,
                p->adm1, p->lat, p->lon, country, adm1 ? adm1 : "*", lat, lon);
}

static void expect_kind(const wt_gazetteer *g, const char *name, int kind)
{
    const wt_gaz_place *p = find(g, name);
    CHECK(p && p->kind == kind);
    if (p && p->kind != kind) fprintf(stderr, "  '%s' has kind %d, want %d\n", name, p->kind, kind);
}

static void test_indonesia(const wt_gazetteer *g)
{
    expect_place(g, "Jakarta", "IDN", "ID-JK", -6.20, 106.85);
    expect_place(g, "Jakarta Selatan", "IDN", "ID-JK", -6.26, 106.81);
    expect_place(g, "Bandung", "IDN", "ID-JB", -6.91, 107.61);
    expect_kind(g, "Bandung", WT_GAZ_CITY);
    expect_place(g, "Kabupaten Bandung", "IDN", "ID-JB", -7.02, 107.53);   /* seat: Soreang */
    expect_kind(g, "Kabupaten Bandung", WT_GAZ_ADM2);
    expect_place(g, "Kab. Bandung", "IDN", "ID-JB", -7.02, 107.53);
    expect_place(g, "Bandung Barat", "IDN", "ID-JB", -6.84, 107.49);
    expect_kind(g, "Bandung Barat", WT_GAZ_ADM2);
    expect_place(g, "Garut", "IDN", "ID-JB", -7.21, 107.90);
    /* the noun forms the reader adds: the longest name wins */
    expect_place(g, "Kabupaten Bandung Barat", "IDN", "ID-JB", -6.84, 107.49);
    expect_kind(g, "Kabupaten Bandung Barat", WT_GAZ_ADM2);
    expect_place(g, "Kabupaten Garut", "IDN", "ID-JB", -7.21, 107.90);
    expect_place(g, "Kab Garut", "IDN", "ID-JB", -7.21, 107.90);
    expect_kind(g, "Kota Bandung", WT_GAZ_CITY);
    expect_kind(g, "Kota Bogor", WT_GAZ_CITY);
    expect_kind(g, "Kabupaten Bogor", WT_GAZ_ADM2);
    expect_place(g, "Sleman", "IDN", "ID-YO", -7.72, 110.36);
    expect_place(g, "Gunungkidul", "IDN", "ID-YO", -7.97, 110.60);
    expect_place(g, "Kota Batu", "IDN", "ID-JI", -7.87, 112.52);
    expect_place(g, "Kabupaten Batang", "IDN", "ID-JT", -6.91, 109.73);
    expect_place(g, "Surabaya", "IDN", "ID-JI", -7.25, 112.75);
    expect_place(g, "Banyuwangi", "IDN", "ID-JI", -8.22, 114.37);
    expect_place(g, "Badung", "IDN", "ID-BA", -8.58, 115.18);
    expect_place(g, "Medan", "IDN", "ID-SU", 3.59, 98.67);
    expect_place(g, "Humbang Hasundutan", "IDN", "ID-SU", 2.27, 98.75);
    expect_place(g, "Aceh Barat Daya", "IDN", "ID-AC", 3.75, 96.83);
    expect_place(g, "Kepulauan Meranti", "IDN", "ID-RI", 1.00, 102.72);
    expect_place(g, "Natuna", "IDN", "ID-KR", 3.94, 108.38);
    expect_place(g, "Ogan Komering Ilir", "IDN", "ID-SS", -3.40, 104.83);
    expect_place(g, "Lampung Selatan", "IDN", "ID-LA", -5.73, 105.59);
    expect_place(g, "Kutai Kartanegara", "IDN", "ID-KI", -0.42, 116.98);
    expect_place(g, "Kukar", "IDN", "ID-KI", -0.42, 116.98);
    expect_place(g, "Balikpapan", "IDN", "ID-KI", -1.27, 116.83);
    expect_place(g, "Tarakan", "IDN", "ID-KU", 3.30, 117.63);
    expect_place(g, "Palu", "IDN", "ID-ST", -0.90, 119.87);
    expect_place(g, "Tojo Una-Una", "IDN", "ID-ST", -0.87, 121.58);
    expect_place(g, "Pangkep", "IDN", "ID-SN", -4.83, 119.55);
    expect_place(g, "Makassar", "IDN", "ID-SN", -5.14, 119.42);
    expect_place(g, "Kendari", "IDN", "ID-SG", -3.97, 122.51);
    expect_place(g, "Ambon", "IDN", "ID-MA", -3.70, 128.18);
    expect_place(g, "Kepulauan Tanimbar", "IDN", "ID-MA", -7.98, 131.29);
    expect_place(g, "Ternate", "IDN", "ID-MU", 0.79, 127.38);
    expect_place(g, "Labuan Bajo", "IDN", "ID-NT", -8.50, 119.89);
    expect_place(g, "Timika", "IDN", "ID-PA", -4.55, 136.89);
    expect_place(g, "Wamena", "IDN", "ID-PA", -4.10, 138.95);
    expect_place(g, "Merauke", "IDN", "ID-PA", -8.49, 140.40);
    expect_place(g, "Raja Ampat", "IDN", "ID-PB", -0.43, 130.82);
    expect_place(g, "Jayapura", "IDN", "ID-PA", -2.54, 140.72);
    expect_place(g, "Papua Selatan", "IDN", "ID-PS", -7.0, 139.5);
    expect_kind(g, "Papua Selatan", WT_GAZ_ADM1);
    expect_place(g, "Papua Barat Daya", "IDN", "ID-PD", -1.0, 132.0);
    expect_place(g, "Jabar", "IDN", "ID-JB", -6.9, 107.6);
    expect_kind(g, "Jabar", WT_GAZ_ADM1);

    /* the whole list: 416 kabupaten and 98 kota (2017-2022) */
    int adm2 = 0, kota = 0, provinces = 0;
    for (size_t i = 0; i < g->places.len; i++) {
        const wt_gaz_place *p = &g->places.items[i];
        if (strcmp(p->country, "IDN")) continue;
        adm2 += p->kind == WT_GAZ_ADM2;
        provinces += p->kind == WT_GAZ_ADM1;
        kota += p->kind == WT_GAZ_CITY;
    }
    printf("gazetteer: Indonesia: %d provinces, %d regencies (adm2), %d cities and towns\n", provinces, adm2, kota);
    CHECK_INT(provinces, 38);
    CHECK_INT(adm2, 416);
    CHECK(kota >= 98);
}

static void test_world(const wt_gazetteer *g)
{
    expect_place(g, "Pyongyang", "PRK", NULL, 39.03, 125.75);
    expect_place(g, "Moskow", "RUS", NULL, 55.75, 37.62);
    expect_place(g, "Kairo", "EGY", NULL, 30.04, 31.24);
    expect_place(g, "Den Haag", "NLD", NULL, 52.08, 4.30);
    expect_place(g, "Yerusalem", "ISR", NULL, 31.77, 35.21);
    expect_place(g, "New York", "USA", NULL, 40.71, -74.01);
    expect_place(g, "La Paz", "BOL", NULL, -16.50, -68.15);
    expect_place(g, "Abidjan", "CIV", NULL, 5.35, -4.00);
    expect_place(g, "Mekkah", "SAU", NULL, 21.42, 39.83);
    expect_place(g, "Sao Paulo", "BRA", NULL, -23.55, -46.63);
    expect_place(g, "Mumbai", "IND", NULL, 19.08, 72.88);
    expect_place(g, "Shanghai", "CHN", NULL, 31.23, 121.47);
    expect_place(g, "Chengdu", "CHN", NULL, 30.66, 104.07);
    expect_place(g, "Lagos", "NGA", NULL, 6.52, 3.38);
    /* disputed places as the Indonesian press writes them */
    expect_place(g, "Gaza", "PSE", NULL, 31.50, 34.45);
    expect_place(g, "Jalur Gaza", "PSE", NULL, 31.40, 34.40);
    expect_place(g, "Tepi Barat", "PSE", NULL, 31.95, 35.25);
    expect_place(g, "Yerusalem Timur", "PSE", NULL, 31.78, 35.23);
    expect_place(g, "Krimea", "UKR", NULL, 45.0, 34.1);
    expect_place(g, "Donbas", "UKR", NULL, 48.0, 38.0);
    expect_place(g, "Kashmir", "IND", NULL, 34.1, 75.0);
    expect_place(g, "Jammu", "IND", NULL, 32.73, 74.86);
    expect_place(g, "Rakhine", "MMR", NULL, 20.1, 93.5);
    expect_place(g, "Marawi", "PHL", NULL, 8.00, 124.29);
    expect_place(g, "Aleppo", "SYR", NULL, 36.20, 37.16);
    expect_place(g, "Raqqa", "SYR", NULL, 35.95, 39.01);
    expect_place(g, "Mosul", "IRQ", NULL, 36.34, 43.13);
    expect_place(g, "Idlib", "SYR", NULL, 35.93, 36.63);
    expect_place(g, "Golan", "SYR", NULL, 33.0, 35.8);
    expect_place(g, "Nagorno-Karabakh", "AZE", NULL, 39.8, 46.7);
    expect_place(g, "Kepulauan Spratly", "CHN", NULL, 10.0, 114.0);
    expect_place(g, "Laut China Selatan", "CHN", NULL, 12.0, 113.0);
    expect_place(g, "Tibet", "CHN", NULL, 31.6, 88.4);
    expect_place(g, "Lhasa", "CHN", NULL, 29.65, 91.11);
    expect_place(g, "Xinjiang", "CHN", NULL, 41.5, 85.5);
    expect_place(g, "Mariupol", "UKR", NULL, 47.10, 37.55);
    expect_kind(g, "Gaza", WT_GAZ_DISPUTED);
    expect_kind(g, "Taiwan", WT_GAZ_COUNTRY);
    expect_place(g, "Korut", "PRK", NULL, 40.3, 127.4);
    expect_place(g, "Tiongkok", "CHN", NULL, 35.9, 104.2);

    /* a capital written "~Lima" is shown but not matched by its bare name,
     * and still is its country's capital */
    CHECK(find(g, "Lima") == NULL);
    const wt_gaz_place *peru = wt_gazetteer_country(g, "PER");
    CHECK(peru && peru->capital >= 0 && !strcmp(g->places.items[peru->capital].name, "Lima"));

    int capitals = 0, cities = 0, disputed = 0, countries = 0, linked = 0;
    for (size_t i = 0; i < g->places.len; i++) {
        const wt_gaz_place *p = &g->places.items[i];
        capitals += p->kind == WT_GAZ_CAPITAL;
        cities += p->kind == WT_GAZ_CITY && strcmp(p->country, "IDN");
        disputed += p->kind == WT_GAZ_DISPUTED;
        countries += p->kind == WT_GAZ_COUNTRY;
        linked += p->kind == WT_GAZ_COUNTRY && p->capital >= 0;
    }
    printf("gazetteer: world: %d countries, %d capitals, %d other cities, %d disputed places\n", countries,
           capitals, cities, disputed);
    CHECK(countries >= 200);
    CHECK_INT(linked, countries);
    CHECK(capitals + cities >= 300);
    CHECK(disputed >= 40);
}

/* Words of ordinary Indonesian text that must never resolve to a place:
 * compass points, administrative nouns, and common words that are also
 * place names (those places are listed under their full name only). */
static void test_common_words(const wt_gazetteer *g)
{
    static const char *const words[] = {
        "barat", "timur", "utara", "selatan", "tengah", "tenggara", "barat daya", "barat laut", "timur laut",
        "pusat", "kota", "kabupaten", "kab", "provinsi", "kecamatan", "desa", "kampung", "negara", "daerah",
        "wilayah", "kawasan", "pulau", "kepulauan", "laut", "teluk", "gunung", "sungai", "danau", "tanah",
        "air", "raya", "baru", "jaya", "besar", "hulu", "hilir", "ilir", "ulu", "kepala", "kuala", "muara",
        "tanjung", "simpang", "pasar", "batu", "batang", "batu bara", "batubara", "metro", "landak", "lima",
        "buru", "sabu", "pasir", "salak", "mulia", "borong", "kisaran", "surat", "hama", "sana", "natal",
        "tanah merah", "teluk dalam", "simpang empat", "sungai raya", "kota baru", "ibu kota", "di", "ke",
        "dari", "victoria",
    };
    int fired = 0;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        const wt_gaz_place *p = find(g, words[i]);
        if (p) {
            fired++;
            fprintf(stderr, "  common word '%s' resolves to %s (%s)\n", words[i], p->name, p->country);
        }
    }
    CHECK_INT(fired, 0);
}

/* Reads places.tsv and countries.tsv again and maps every key to the
 * countries that use it: one name for places in two countries would make
 * the loader's choice arbitrary. Counts the rows of each file. */
typedef struct key_use { char country[4]; int line; const char *file; } key_use;

static void note_key(wt_strmap *uses, const char *name, size_t n, const char *country, const char *file,
                     int line, int *conflicts)
{
    wt_buf key;
    wt_buf_init(&key);
    if (n && name[0] == '~') { name++; n--; }
    wt_gazetteer_key(&key, name, n);
    if (key.len) {
        int inserted;
        wt_strmap_slot *slot = wt_strmap_put(uses, key.data, key.len, &inserted);
        if (inserted) {
            key_use *u = calloc(1, sizeof *u);
            memcpy(u->country, country, 3);
            u->line = line;
            u->file = file;
            slot->value = u;
        } else {
            key_use *u = slot->value;
            if (strncmp(u->country, country, 3)) {
                (*conflicts)++;
                fprintf(stderr, "  '%.*s': %s (%s:%d) and %.3s (%s:%d)\n", (int)key.len, key.data, u->country,
                        u->file, u->line, country, file, line);
            }
        }
    }
    wt_buf_free(&key);
}

static int scan_file(const char *dir, const char *file, int min_fields, wt_strmap *uses, int *conflicts,
                     int *bad)
{
    char *path = wt_path_join(dir, file);
    size_t len;
    char *text = wt_read_file(path, &len);
    free(path);
    CHECK(text != NULL);
    if (!text) return 0;
    int rows = 0, lineno = 0;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        lineno++;   /* strtok skips blank lines: numbers are of non-blank lines */
        if (line[0] == '#') continue;
        char *f[12];
        int nf = 0;
        f[nf++] = line;
        for (char *p = line; *p && nf < 12; p++)
            if (*p == '\t') { *p = '\0'; f[nf++] = p + 1; }
        rows++;
        if (nf < min_fields) { (*bad)++; continue; }
        if (!uses) continue;
        int is_country = !strcmp(file, "countries.tsv");
        const char *country = is_country ? f[0] : f[3];
        const char *aliases = is_country ? f[5] : f[1];
        note_key(uses, f[is_country ? 3 : 0], strlen(f[is_country ? 3 : 0]), country, file, lineno, conflicts);
        if (is_country) note_key(uses, f[4], strlen(f[4]), country, file, lineno, conflicts);
        for (const char *a = aliases; *a;) {
            const char *end = strchr(a, ';');
            size_t n = end ? (size_t)(end - a) : strlen(a);
            note_key(uses, a, n, country, file, lineno, conflicts);
            if (!end) break;
            a = end + 1;
        }
    }
    free(text);
    return rows;
}

static void free_uses(wt_strmap *uses)
{
    for (size_t i = 0; i < uses->cap; i++)
        if (uses->slots[i].key) free(uses->slots[i].value);
    wt_strmap_free(uses);
}

int main(void)
{
    warta_ctx *ctx = warta_new();
    char *dir = wt_path_join(warta_data_dir(ctx), "gazetteer");
    wt_diag diag;
    wt_diag_init(&diag);
    wt_gazetteer *g = wt_gazetteer_load(dir, &diag);
    CHECK(g != NULL);
    /* every row parses and every country's capital is listed */
    CHECK_INT(diag.errors, 0);
    CHECK_INT(diag.warnings, 0);
    if (g) {
        wt_strmap uses;
        wt_strmap_init(&uses);
        int conflicts = 0, bad = 0;
        int countries = scan_file(dir, "countries.tsv", 9, &uses, &conflicts, &bad);
        int places = scan_file(dir, "places.tsv", 7, &uses, &conflicts, &bad);
        int fips = scan_file(dir, "adm1_fips.tsv", 2, NULL, &conflicts, &bad);
        printf("gazetteer: rows: countries.tsv %d, places.tsv %d, adm1_fips.tsv %d; %zu distinct names\n",
               countries, places, fips, (size_t)uses.count);
        CHECK_INT(bad, 0);
        CHECK_INT(g->places.len, countries + places);   /* every row loaded */
        CHECK_INT(g->adm1_fips.count, fips);
        CHECK_INT(conflicts, 0);
        free_uses(&uses);
        test_indonesia(g);
        test_world(g);
        test_common_words(g);
    }
    wt_gazetteer_free(g);
    free(dir);
    warta_free(ctx);
    return check_done("test_gazetteer");
}
