#include "output/gdelt.h"

#include <stdio.h>
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

static const char *const mention_columns[WT_GDELT_MENTION_COLUMNS] = {
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
};

void wt_gdelt_mentions_header(wt_buf *b)
{
    for (int i = 0; i < WT_GDELT_MENTION_COLUMNS; i++) {
        if (i) wt_buf_putc(b, '\t');
        wt_buf_puts(b, mention_columns[i]);
    }
    wt_buf_putc(b, '\n');
}

static uint64_t fnv_str(uint64_t h, const char *s)
{
    for (; s && *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return (h ^ 0xff) * 1099511628211ULL;  /* a separator: "AB"+"C" differs from "A"+"BC" */
}

static uint64_t fnv_u64(uint64_t h, uint64_t v)
{
    for (int i = 0; i < 8; i++) h = (h ^ ((v >> (8 * i)) & 0xff)) * 1099511628211ULL;
    return h;
}

uint64_t wt_gdelt_event_id(const char *doc_id, const wt_event *e, unsigned salt)
{
    uint64_t h = 1469598103934665603ULL;  /* FNV-1a */
    h = fnv_str(h, doc_id);
    h = fnv_str(h, e->source);
    h = fnv_str(h, e->target);
    h = fnv_str(h, e->code);
    h = fnv_u64(h, e->evidence_span.start);
    h = fnv_u64(h, e->evidence_span.end);
    h = fnv_u64(h, salt);
    h &= (1ULL << 53) - 1;  /* exact in a double: spreadsheets and JSON keep it */
    return h ? h : 1;
}

void wt_gdelt_event_ids(const char *doc_id, const wt_event *events, size_t n, uint64_t *out)
{
    for (size_t i = 0; i < n; i++) {
        unsigned salt = 0;
        for (;;) {
            out[i] = wt_gdelt_event_id(doc_id, &events[i], salt++);
            size_t j = 0;
            while (j < i && out[j] != out[i]) j++;
            if (j == i) break;
        }
    }
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

static void actor_block(wt_buf *b, const char *code, const char *name, const wt_actor_codes *codes)
{
    wt_actor_parts a;
    if (codes) wt_actor_split(codes, code, &a);
    else memset(&a, 0, sizeof a);
    field(b, code);
    field(b, name);
    field(b, a.country);
    field(b, a.group);
    field(b, a.ethnic);
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

/* The gazetteer's name of a province/state code (ID-JB → Jawa Barat), or NULL. */
static const char *adm1_name(const wt_gazetteer *gaz, const char *adm1)
{
    if (!gaz || !adm1 || !adm1[0]) return NULL;
    for (size_t i = 0; i < gaz->places.len; i++) {
        const wt_gaz_place *p = &gaz->places.items[i];
        if (p->kind == WT_GAZ_ADM1 && !strcmp(p->adm1, adm1)) return p->name;
    }
    return NULL;
}

/* FullName as GDELT writes it: "City, Province, Country" for a city whose
 * province is known, "Place, Country" below country level, the country's
 * name at country level. */
static void full_name(wt_buf *b, int type, const char *name, const char *adm1, const wt_gaz_place *c,
                      const wt_gazetteer *gaz)
{
    wt_buf_putc(b, '\t');
    for (const char *s = name; *s; s++) wt_buf_putc(b, *s == '\t' || *s == '\n' ? ' ' : *s);
    const char *province = type == 3 || type == 4 ? adm1_name(gaz, adm1) : NULL;
    if (province && strcmp(province, name)) wt_buf_printf(b, ", %s", province);
    if (type != 1 && c) wt_buf_printf(b, ", %s", c->name_en);
}

static void geo_block(wt_buf *b, int type, const char *name, const char *country_iso3, const char *adm1,
                      double lat, double lon, const wt_gazetteer *gaz)
{
    const wt_gaz_place *c = gaz ? wt_gazetteer_country(gaz, country_iso3) : NULL;
    const char *fips = c ? c->fips : "";
    const char *adm1_fips = gaz ? wt_gazetteer_adm1_fips(gaz, adm1) : NULL;
    wt_buf_printf(b, "\t%d", type);
    full_name(b, type, name, adm1, c, gaz);
    field(b, fips);
    field(b, adm1_fips ? adm1_fips : fips);
    field(b, "");  /* ADM2 */
    wt_buf_printf(b, "\t%.4f\t%.4f", lat, lon);
    /* FeatureID: GDELT uses the country or ADM1 code at those levels and a
     * GNS id for cities, which the gazetteer does not carry. */
    field(b, type == 1 ? fips : (type == 2 || type == 5) ? (adm1_fips ? adm1_fips : "") : "");
}

/* Actor geography: the country of the actor's code, at country level. */
static void actor_geo(wt_buf *b, const char *code, const wt_gdelt_info *info)
{
    const wt_gazetteer *gaz = info->gaz;
    wt_actor_parts a;
    if (info->codes) wt_actor_split(info->codes, code, &a);
    else memset(&a, 0, sizeof a);
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

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int day_of_year(int y, int m, int d)
{
    static const int before[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    return before[m - 1] + d + (is_leap(y) && m > 2);
}

/* The date a row carries: the event's, else the article's, else the day
 * of DATEADDED. A month or year without a day is dated to its first day,
 * as GDELT does. */
static wt_date row_date(const wt_event *e, const wt_gdelt_info *info)
{
    if (e->date.year) return e->date;
    if (info->published.year) return info->published;
    wt_date d = {0, 0, 0};
    const char *s = info->date_added ? info->date_added : "";
    int y, m, day;
    if (sscanf(s, "%4d%2d%2d", &y, &m, &day) == 3) d = (wt_date){(int16_t)y, (int8_t)m, (int8_t)day};
    return d;
}

/* FractionDate as the codebook defines it, Year + day-of-year / 365, to four
 * decimals and kept below Year + 1 (31 December, and 30 December of a leap
 * year, would otherwise read as next year). */
static void date_fields(wt_buf *b, wt_date d)
{
    if (!d.year) { field(b, ""); field(b, ""); field(b, ""); field(b, ""); return; }
    int m = d.month ? d.month : 1, day = d.day ? d.day : 1;
    long frac = (day_of_year(d.year, m, day) * 10000L + 182) / 365;
    if (frac > 9999) frac = 9999;
    wt_buf_printf(b, "\t%04d%02d%02d\t%04d%02d\t%04d\t%04d.%04ld", d.year, m, day, d.year, m, d.year, d.year, frac);
}

void wt_event_gdelt(wt_buf *b, const wt_event *e, const wt_gdelt_info *info)
{
    wt_buf_printf(b, "%llu", (unsigned long long)info->id);
    date_fields(b, row_date(e, info));
    actor_block(b, e->source, e->source_text, info->codes);
    actor_block(b, e->target, e->target_text, info->codes);
    wt_buf_printf(b, "\t%d", info->is_root ? 1 : 0);
    size_t n = strlen(e->code);
    field(b, e->code);
    field_n(b, e->code, n >= 3 ? 3 : n);
    field_n(b, e->code, 2);
    if (e->quad) wt_buf_printf(b, "\t%d\t%.1f", e->quad, e->goldstein);
    else { field(b, ""); field(b, ""); }
    wt_buf_printf(b, "\t%u\t1\t1", e->mentions ? e->mentions : 1);
    field(b, "");  /* AvgTone */
    actor_geo(b, e->source, info);
    actor_geo(b, e->target, info);
    action_geo(b, &e->place, info->gaz);
    field(b, info->date_added);
    field(b, info->url);
    wt_buf_putc(b, '\n');
}

/* ------------------------------------------------------------ mentions */

/* Characters (code points) before byte offset off: GDELT's offsets count
 * characters. Without the text, the byte offset is the best there is. */
static long char_offset(const wt_doc *doc, uint32_t off)
{
    if (!doc || !doc->text || off > doc->len) return (long)off;
    long n = 0;
    for (uint32_t i = 0; i < off; i++) n += ((unsigned char)doc->text[i] & 0xc0) != 0x80;
    return n;
}

/* 1-based sentence of the article holding byte offset off; else the event's. */
static long sentence_of(const wt_doc *doc, uint32_t off, const wt_event *e)
{
    if (doc)
        for (size_t i = 0; i < doc->sents.len; i++)
            if (off >= doc->sents.items[i].span.start && off < doc->sents.items[i].span.end) return (long)i + 1;
    return (long)e->sent + 1;
}

/* The source name GDELT writes: the host of the URL, else the article id. */
static void source_name(wt_buf *b, const char *url)
{
    wt_buf_putc(b, '\t');
    if (!url) return;
    const char *p = strstr(url, "://");
    p = p ? p + 3 : url;
    for (; *p && *p != '/' && *p != ':' && *p != '\t' && *p != '\n' && *p != '\r'; p++) wt_buf_putc(b, *p);
}

static void mention_row(wt_buf *b, const wt_event *e, const wt_gdelt_info *info, wt_span action, int first)
{
    const wt_doc *doc = info->doc;
    wt_buf_printf(b, "%llu", (unsigned long long)info->id);
    field(b, info->date_added);
    field(b, info->date_added);
    wt_buf_puts(b, "\t1");  /* MentionType 1: WEB */
    source_name(b, info->url);
    field(b, info->url);
    wt_buf_printf(b, "\t%ld", sentence_of(doc, action.start, e));
    /* actor offsets are known for the telling the event record was made from */
    if (first && e->source_span.end > e->source_span.start) wt_buf_printf(b, "\t%ld", char_offset(doc, e->source_span.start));
    else wt_buf_puts(b, "\t-1");
    if (first && e->target_span.end > e->target_span.start) wt_buf_printf(b, "\t%ld", char_offset(doc, e->target_span.start));
    else wt_buf_puts(b, "\t-1");
    wt_buf_printf(b, "\t%ld\t1", char_offset(doc, action.start));
    /* Confidence: warta has no extraction score; 100 for the telling the
     * record was coded from, 50 for a repeated telling merged into it */
    wt_buf_printf(b, "\t%d", first ? 100 : 50);
    if (doc) wt_buf_printf(b, "\t%ld", char_offset(doc, (uint32_t)doc->len));
    else field(b, "");
    field(b, "");  /* MentionDocTone */
    field(b, "");  /* MentionDocTranslationInfo */
    field(b, "");  /* Extras */
    wt_buf_putc(b, '\n');
}

void wt_event_gdelt_mentions(wt_buf *b, const wt_event *e, const wt_gdelt_info *info)
{
    wt_span first = e->evidence_span.end > e->evidence_span.start ? e->evidence_span : e->span;
    mention_row(b, e, info, first, 1);
    for (size_t i = 0; i < e->mention_spans.len; i++) {
        wt_span m = e->mention_spans.items[i];
        if (m.start == first.start && m.end == first.end) continue;
        mention_row(b, e, info, m, 0);
    }
}
