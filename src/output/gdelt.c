#include "output/gdelt.h"

#include <string.h>
#include <time.h>

static const char *const columns[WT_GDELT_COLUMNS] = {
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
};

void wt_gdelt_header(wt_buf *b)
{
    for (int i = 0; i < WT_GDELT_COLUMNS; i++) {
        if (i) wt_buf_putc(b, '\t');
        wt_buf_puts(b, columns[i]);
    }
    wt_buf_putc(b, '\n');
}

uint64_t wt_gdelt_event_id(const char *doc_id, size_t index)
{
    uint64_t h = 1469598103934665603ULL;  /* FNV-1a */
    for (const char *p = doc_id ? doc_id : ""; *p; p++) h = (h ^ (unsigned char)*p) * 1099511628211ULL;
    for (int i = 0; i < 8; i++) h = (h ^ ((index >> (8 * i)) & 0xff)) * 1099511628211ULL;
    h &= (1ULL << 53) - 1;
    return h ? h : 1;
}

void wt_gdelt_now(char out[15])
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 15, "%Y%m%d%H%M%S", &tm);
}

/* A field's text with tabs and line breaks turned into spaces: one event
 * is one line of exactly 61 fields whatever the article contained. */
static void field(wt_buf *b, const char *s)
{
    wt_buf_putc(b, '\t');
    for (; s && *s; s++) wt_buf_putc(b, (*s == '\t' || *s == '\n' || *s == '\r') ? ' ' : *s);
}

static void field_n(wt_buf *b, const char *s, size_t n)
{
    wt_buf_putc(b, '\t');
    for (size_t i = 0; i < n && s[i]; i++) wt_buf_putc(b, s[i]);
}

/* ------------------------------------------------------------ actors */

static int in_list(const char *trio, const char *const *list)
{
    for (; *list; list++)
        if (!strncmp(trio, *list, 3)) return 1;
    return 0;
}

/* CAMEO role (type) codes: GDELT's Type1-3Code fields. */
static const char *const type_codes[] = {
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL",
    "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "IGO", "IMG",
    "INT", "NGM", "NGO", "MNC", "UIS", "SET", "RES", "PTY", "PKO", NULL};
/* CAMEO religion codes (manual, religious coding scheme, first trio). */
static const char *const religion_codes[] = {
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "HSD", "ITR",
    "JAI", "JEW", "JHW", "LDS", "MOS", "MRN", "NRM", "PAG", "PRO", "SFI", "SHI", "SHN", "SIK", "SUN",
    "TAO", "UDX", "ZRO", NULL};

typedef struct actor_fields {
    char country[4], group[4], religion[2][4], type[3][4];
} actor_fields;

static void copy3(char dst[4], const char *src)
{
    memcpy(dst, src, 3);
    dst[3] = '\0';
}

/* Splits a CAMEO actor code into GDELT's fields: USAGOV → country USA,
 * type GOV; IGOUNO → type IGO, known group UNO. */
static actor_fields split_actor(const char *code, const wt_gazetteer *gaz)
{
    actor_fields a;
    memset(&a, 0, sizeof a);
    size_t n = strlen(code);
    int religions = 0, types = 0;
    for (size_t i = 0; i + 3 <= n; i += 3) {
        const char *t = code + i;
        if (i == 0 && !in_list(t, type_codes) && (gaz ? wt_gazetteer_country(gaz, (char[4]){t[0], t[1], t[2], 0}) != NULL : 1))
            copy3(a.country, t);
        else if (in_list(t, religion_codes) && religions < 2) copy3(a.religion[religions++], t);
        else if (in_list(t, type_codes)) { if (types < 3) copy3(a.type[types++], t); }
        else if (!a.group[0]) copy3(a.group, t);
    }
    return a;
}

static void actor_block(wt_buf *b, const char *code, const char *name, const wt_gazetteer *gaz)
{
    actor_fields a = split_actor(code, gaz);
    field(b, code);
    field(b, name);
    field(b, a.country);
    field(b, a.group);
    field(b, "");  /* ethnic code: not coded */
    field(b, a.religion[0]);
    field(b, a.religion[1]);
    field(b, a.type[0]);
    field(b, a.type[1]);
    field(b, a.type[2]);
}

/* ------------------------------------------------------------ geography */

static void empty_geo(wt_buf *b)
{
    for (int i = 0; i < 8; i++) field(b, "");
}

/* GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city,
 * 5 world state (ADM1). */
static int geo_type(int kind, const char *country)
{
    int us = !strcmp(country, "USA");
    switch (kind) {
    case WT_GAZ_COUNTRY: return 1;
    case WT_GAZ_ADM1: return us ? 2 : 5;
    default: return us ? 3 : 4;
    }
}

static void geo_block(wt_buf *b, int type, const char *name, const char *country_iso3, const char *adm1,
                      double lat, double lon, const wt_gazetteer *gaz)
{
    const wt_gaz_place *c = gaz ? wt_gazetteer_country(gaz, country_iso3) : NULL;
    const char *fips = c ? c->fips : "";
    const char *adm1_fips = gaz ? wt_gazetteer_adm1_fips(gaz, adm1) : NULL;
    wt_buf_printf(b, "\t%d", type);
    wt_buf_putc(b, '\t');
    for (const char *s = name; *s; s++) wt_buf_putc(b, *s == '\t' ? ' ' : *s);
    if (type != 1 && c) wt_buf_printf(b, ", %s", c->name_en);
    field(b, fips);
    field(b, adm1_fips ? adm1_fips : fips);
    field(b, "");  /* ADM2 */
    wt_buf_printf(b, "\t%.4f\t%.4f", lat, lon);
    /* FeatureID: GDELT uses the country or ADM1 code at those levels and a
     * GNS id for cities, which the gazetteer does not carry. */
    field(b, type == 1 ? fips : (type == 2 || type == 5) ? (adm1_fips ? adm1_fips : "") : "");
}

/* Actor geography: the country of the actor's code, at country level. */
static void actor_geo(wt_buf *b, const char *code, const wt_gazetteer *gaz)
{
    actor_fields a = split_actor(code, gaz);
    const wt_gaz_place *c = gaz && a.country[0] ? wt_gazetteer_country(gaz, a.country) : NULL;
    if (!c) { empty_geo(b); return; }
    geo_block(b, 1, c->name_en, c->country, "", c->lat, c->lon, gaz);
}

static int kind_from_name(const char *k)
{
    if (!k) return WT_GAZ_CITY;
    if (!strcmp(k, "country")) return WT_GAZ_COUNTRY;
    if (!strcmp(k, "adm1")) return WT_GAZ_ADM1;
    if (!strcmp(k, "region")) return WT_GAZ_REGION;
    return WT_GAZ_CITY;
}

static void action_geo(wt_buf *b, const wt_place *p, const wt_gazetteer *gaz)
{
    if (!p->name) { empty_geo(b); return; }
    geo_block(b, geo_type(kind_from_name(p->kind), p->country), p->name, p->country, p->adm1, p->lat, p->lon, gaz);
}

/* ------------------------------------------------------------ row */

static int day_of_year(int y, int m, int d)
{
    static const int before[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return before[m - 1] + d + (leap && m > 2);
}

static void date_fields(wt_buf *b, wt_date d)
{
    if (!d.year) { field(b, ""); field(b, ""); field(b, ""); field(b, ""); return; }
    int m = d.month ? d.month : 1, day = d.day ? d.day : 1;
    int leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    wt_buf_printf(b, "\t%04d%02d%02d\t%04d%02d\t%04d\t%.4f", d.year, m, day, d.year, m, d.year,
                  d.year + day_of_year(d.year, m, day) / (leap ? 366.0 : 365.0));
}

void wt_event_gdelt(wt_buf *b, const wt_event *e, const wt_gdelt_info *info)
{
    wt_buf_printf(b, "%llu", (unsigned long long)info->id);
    date_fields(b, e->date);
    actor_block(b, e->source, e->source_text, info->gaz);
    actor_block(b, e->target, e->target_text, info->gaz);
    wt_buf_printf(b, "\t%d", info->is_root ? 1 : 0);
    size_t n = strlen(e->code);
    field(b, e->code);
    field_n(b, e->code, n >= 3 ? 3 : n);
    field_n(b, e->code, 2);
    if (e->quad) wt_buf_printf(b, "\t%d\t%.1f", e->quad, e->goldstein);
    else { field(b, ""); field(b, ""); }
    wt_buf_printf(b, "\t%u\t1\t1", e->mentions ? e->mentions : 1);
    field(b, "");  /* AvgTone */
    actor_geo(b, e->source, info->gaz);
    actor_geo(b, e->target, info->gaz);
    action_geo(b, &e->place, info->gaz);
    field(b, info->date_added);
    field(b, info->url);
    wt_buf_putc(b, '\n');
}
