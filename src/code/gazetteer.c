#include "code/gazetteer.h"
#include "util/buf.h"
#include "util/file.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_FIELDS = 12 };

/* Splits line (modified in place) at tabs; returns the field count. */
static int split_tabs(char *line, char **fields)
{
    int n = 0;
    fields[n++] = line;
    for (char *p = line; *p; p++) {
        if (*p == '\t') {
            *p = '\0';
            if (n == MAX_FIELDS) break;
            fields[n++] = p + 1;
        }
    }
    return n;
}

static int word_byte(unsigned char c)
{
    return isalnum(c) || c >= 0x80 || c == '-' || c == '\'';
}

/* Appends the lookup key of s[0..n): its words lower-cased (ASCII),
 * joined by single spaces. Text and data go through the same function, so
 * "St. Petersburg" in the file matches "St Petersburg" in an article. */
void wt_gazetteer_key(wt_buf *b, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        while (i < n && !word_byte((unsigned char)s[i])) i++;
        if (i >= n) break;
        if (b->len) wt_buf_putc(b, ' ');
        while (i < n && word_byte((unsigned char)s[i])) wt_buf_putc(b, (char)tolower((unsigned char)s[i++]));
    }
}

static int parse_coord(const char *s, double lo, double hi, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || v < lo || v > hi) return 0;
    *out = v;
    return 1;
}

static int kind_from_name(const char *s)
{
    static const struct { const char *name; int kind; } kinds[] = {
        {"region", WT_GAZ_REGION}, {"country", WT_GAZ_COUNTRY}, {"adm1", WT_GAZ_ADM1},
        {"adm2", WT_GAZ_ADM2}, {"disputed", WT_GAZ_DISPUTED}, {"city", WT_GAZ_CITY},
        {"capital", WT_GAZ_CAPITAL},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (!strcmp(s, kinds[i].name)) return kinds[i].kind;
    return -1;
}

/* When two entries share a name ("Bengkulu" the city and the province,
 * "Singapura" the country and the city) the more precise one wins: a
 * city's point says more about where something happened than a centroid. */
static int precision(int kind)
{
    switch (kind) {
    case WT_GAZ_CAPITAL: case WT_GAZ_CITY: return 5;
    case WT_GAZ_DISPUTED: return 4;
    case WT_GAZ_ADM2: return 3;
    case WT_GAZ_ADM1: return 2;
    case WT_GAZ_COUNTRY: return 1;
    default: return 0;
    }
}

static void add_name(wt_gazetteer *g, const char *name, size_t n, size_t index)
{
    wt_buf key;
    wt_buf_init(&key);
    wt_gazetteer_key(&key, name, n);
    if (key.len) {
        int words = 1;
        for (size_t i = 0; i < key.len; i++) words += key.data[i] == ' ';
        if (words > g->max_words) g->max_words = words;
        int inserted;
        wt_strmap_slot *slot = wt_strmap_put(&g->names, key.data, key.len, &inserted);
        size_t old = inserted ? 0 : (size_t)(uintptr_t)slot->value;
        if (!old || precision(g->places.items[index].kind) > precision(g->places.items[old - 1].kind))
            slot->value = (void *)(uintptr_t)(index + 1);
    }
    wt_buf_free(&key);
}

/* aliases: ';'-separated */
static void add_aliases(wt_gazetteer *g, const char *aliases, size_t index)
{
    const char *p = aliases;
    while (*p) {
        const char *end = strchr(p, ';');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        add_name(g, p, n, index);
        if (!end) break;
        p = end + 1;
    }
}

static void copy_code(char *dst, size_t cap, const char *src)
{
    size_t n = strlen(src);
    if (n >= cap) n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

typedef int (*line_fn)(wt_gazetteer *g, char **f, int nf, void *user);

/* Calls fn for every non-comment, non-blank line; reports a line fn
 * rejects as file:line. Returns 0, or -1 when the file cannot be read. */
static int each_line(wt_gazetteer *g, const char *path, wt_diag *diag, int min_fields,
                     line_fn fn, void *user)
{
    size_t len;
    char *text = wt_read_file(path, &len);
    if (!text) return -1;
    size_t lineno = 0;
    char *p = text;
    while (*p) {
        char *nl = strchr(p, '\n');
        if (nl) *nl = '\0';
        lineno++;
        size_t n = strlen(p);
        if (n && p[n - 1] == '\r') p[--n] = '\0';
        if (n && p[0] != '#') {
            char *f[MAX_FIELDS];
            int nf = split_tabs(p, f);
            if (nf < min_fields)
                wt_diag_at(diag, WT_DIAG_ERROR, path, lineno, "expected %d tab-separated fields, found %d", min_fields, nf);
            else if (!fn(g, f, nf, user))
                wt_diag_at(diag, WT_DIAG_ERROR, path, lineno, "malformed entry '%s' (bad code, kind or coordinates)", f[0]);
        }
        if (!nl) break;
        p = nl + 1;
    }
    free(text);
    return 0;
}

/* countries.tsv: iso3 iso2 fips name_en name_id aliases capital lat lon */
static int country_line(wt_gazetteer *g, char **f, int nf, void *user)
{
    WT_VEC(char *) *capitals = user;
    double lat, lon;
    if (strlen(f[0]) != 3 || strlen(f[2]) > 2 || !parse_coord(f[7], -90, 90, &lat) ||
        !parse_coord(f[8], -180, 180, &lon))
        return 0;
    size_t index = g->places.len;
    wt_gaz_place *c = WT_VEC_PUSH(g->places);
    c->name = wt_arena_strdup(&g->arena, f[3]);
    c->name_en = c->name;
    copy_code(c->country, sizeof c->country, f[0]);
    copy_code(c->fips, sizeof c->fips, f[2]);
    c->lat = lat;
    c->lon = lon;
    c->kind = WT_GAZ_COUNTRY;
    c->capital = -1;
    add_name(g, f[3], strlen(f[3]), index);
    add_name(g, f[4], strlen(f[4]), index);
    add_aliases(g, f[5], index);
    wt_strmap_put(&g->countries, c->country, 3, NULL)->value = (void *)(uintptr_t)(index + 1);
    *(char **)WT_VEC_PUSH(*capitals) = wt_arena_strdup(&g->arena, f[6]);
    (void)nf;
    return 1;
}

/* An Indonesian regency or city is also written with its noun:
 * "Kabupaten Bandung Barat", "Kab. Garut", "Kota Bandung". Registering
 * those forms lets a matcher that tries the longest name find "Kabupaten
 * Bandung Barat" rather than stop at "Kabupaten Bandung". Names already
 * written with the noun ("Kabupaten Batang", "Kota Batu") are left alone. */
static void add_noun_forms(wt_gazetteer *g, const char *name, int kind, const char *country, size_t index)
{
    if (strcmp(country, "IDN") || (kind != WT_GAZ_ADM2 && kind != WT_GAZ_CITY)) return;
    static const char *const adm2_nouns[] = {"Kabupaten ", "Kab ", NULL};
    static const char *const city_nouns[] = {"Kota ", NULL};
    const char *const *nouns = kind == WT_GAZ_ADM2 ? adm2_nouns : city_nouns;
    if (!strncmp(name, nouns[0], strlen(nouns[0]))) return;
    wt_buf form;
    wt_buf_init(&form);
    for (int i = 0; nouns[i]; i++) {
        wt_buf_clear(&form);
        wt_buf_puts(&form, nouns[i]);
        wt_buf_puts(&form, name);
        add_name(g, form.data, form.len, index);
    }
    wt_buf_free(&form);
}

/* places.tsv: name aliases kind country adm1 lat lon [note]. A name
 * written "~Lima" is shown as "Lima" but is not a key of its own: the
 * word is too common ("di Lima Provinsi") to mean the place; the entry is
 * found through its aliases or as a country's capital. */
static int place_line(wt_gazetteer *g, char **f, int nf, void *user)
{
    double lat, lon;
    int display_only = f[0][0] == '~';
    if (display_only) f[0]++;
    int kind = kind_from_name(f[2]);
    if (kind < 0 || kind == WT_GAZ_COUNTRY || strlen(f[3]) != 3 ||
        !parse_coord(f[5], -90, 90, &lat) || !parse_coord(f[6], -180, 180, &lon))
        return 0;
    size_t index = g->places.len;
    wt_gaz_place *p = WT_VEC_PUSH(g->places);
    p->name = wt_arena_strdup(&g->arena, f[0]);
    copy_code(p->country, sizeof p->country, f[3]);
    copy_code(p->adm1, sizeof p->adm1, f[4]);
    p->lat = lat;
    p->lon = lon;
    p->kind = kind;
    p->capital = -1;
    if (!display_only) add_name(g, f[0], strlen(f[0]), index);
    add_aliases(g, f[1], index);
    add_noun_forms(g, f[0], kind, p->country, index);
    (void)nf; (void)user;
    return 1;
}

static int fips_line(wt_gazetteer *g, char **f, int nf, void *user)
{
    if (!f[0][0] || !f[1][0]) return 0;
    wt_strmap_put(&g->adm1_fips, f[0], strlen(f[0]), NULL)->value = wt_arena_strdup(&g->arena, f[1]);
    (void)nf; (void)user;
    return 1;
}

/* A country's capital is named in countries.tsv and listed in places.tsv;
 * linking them after both are loaded lets "ibu kota Korea Utara" resolve. */
static void link_capitals(wt_gazetteer *g, char **capitals, size_t ncountries, const char *path, wt_diag *diag)
{
    size_t ci = 0;
    for (size_t i = 0; i < g->places.len && ci < ncountries; i++) {
        wt_gaz_place *c = &g->places.items[i];
        if (c->kind != WT_GAZ_COUNTRY) continue;
        const char *cap = capitals[ci++];
        if (!cap[0]) continue;
        /* the capital entry itself, not whatever shares its name */
        for (size_t j = 0; j < g->places.len; j++) {
            wt_gaz_place *p = &g->places.items[j];
            if (p->kind == WT_GAZ_CAPITAL && !strcmp(p->country, c->country) && !strcmp(p->name, cap)) {
                c->capital = (int32_t)j;
                break;
            }
        }
        if (c->capital < 0)
            wt_diag_at(diag, WT_DIAG_WARNING, path, 0, "capital '%s' of %s is not in places.tsv", cap, c->country);
    }
}

wt_gazetteer *wt_gazetteer_load(const char *dir, wt_diag *diag)
{
    wt_gazetteer *g = wt_xcalloc(1, sizeof *g);
    wt_strmap_init(&g->names);
    wt_strmap_init(&g->countries);
    wt_strmap_init(&g->adm1_fips);
    wt_arena_init(&g->arena, 64 * 1024);
    WT_VEC(char *) capitals = {0};
    char *path = wt_path_join(dir, "countries.tsv");
    int ok = each_line(g, path, diag, 9, country_line, &capitals) == 0;
    if (!ok) wt_diag_at(diag, WT_DIAG_ERROR, path, 0, "cannot read the gazetteer");
    char *places = wt_path_join(dir, "places.tsv");
    if (ok && each_line(g, places, diag, 7, place_line, NULL) != 0)
        wt_diag_at(diag, WT_DIAG_WARNING, places, 0, "cannot read; only countries will be found");
    if (ok) link_capitals(g, capitals.items, capitals.len, path, diag);
    char *fips = wt_path_join(dir, "adm1_fips.tsv");
    if (ok) each_line(g, fips, diag, 2, fips_line, NULL);
    free(fips);
    free(places);
    free(path);
    WT_VEC_FREE(capitals);
    if (!ok) {
        wt_gazetteer_free(g);
        return NULL;
    }
    return g;
}

void wt_gazetteer_free(wt_gazetteer *g)
{
    if (!g) return;
    WT_VEC_FREE(g->places);
    wt_strmap_free(&g->names);
    wt_strmap_free(&g->countries);
    wt_strmap_free(&g->adm1_fips);
    wt_arena_free(&g->arena);
    free(g);
}

const wt_gaz_place *wt_gazetteer_find(const wt_gazetteer *g, const char *key, size_t n)
{
    size_t v = (size_t)(uintptr_t)wt_strmap_get(&g->names, key, n);
    return v ? &g->places.items[v - 1] : NULL;
}

const wt_gaz_place *wt_gazetteer_country(const wt_gazetteer *g, const char *iso3)
{
    if (!iso3 || strlen(iso3) < 3) return NULL;
    size_t v = (size_t)(uintptr_t)wt_strmap_get(&g->countries, iso3, 3);
    return v ? &g->places.items[v - 1] : NULL;
}

const char *wt_gazetteer_adm1_fips(const wt_gazetteer *g, const char *iso_adm1)
{
    if (!iso_adm1 || !iso_adm1[0]) return NULL;
    return wt_strmap_get(&g->adm1_fips, iso_adm1, strlen(iso_adm1));
}
