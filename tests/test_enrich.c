/* test_enrich.c — event dates, places, weights and mention merging on
 * hand-built articles (the article layer's segmentation is imitated: one
 * paragraph per line, sentences split at ". "). */
#include "check.h"
#include "code/enrich.h"
#include "ctx.h"
#include "text/doc.h"
#include "records_fixture.h"

#include <math.h>
#include <string.h>

static const wt_event *find_event(const wt_event_list *l, const char *src, const char *code)
{
    for (size_t i = 0; i < l->items_vec.len; i++)
        if (!strcmp(l->items_vec.items[i].source, src) && !strcmp(l->items_vec.items[i].code, code))
            return &l->items_vec.items[i];
    return NULL;
}

static int date_is(wt_date d, int y, int m, int day) { return d.year == y && d.month == m && d.day == day; }

/* The seed article's sentences, shortened: the events the coder finds in
 * them must come out dated and placed as EXPECTED.md says. */
static void test_seed_like(warta_ctx *ctx)
{
    static const char text[] =
        "PYONGYANG – Perwakilan Kementerian Pertahanan Rusia tiba di Ibu Kota Korea Utara (Korut), Pyongyang hanya "
        "beberapa jam setelah Menteri Luar Negeri Amerika Serikat (AS), Rex Tillerson menyatakan siap untuk melakukan "
        "perundingan dengan rezim Kim Jong-un. Kunjungan ini adalah lawatan kedua.\n"
        "BACA JUGA: Menlu Rusia\n"
        "Delegasi Rusia diketuai oleh Viktor Kalganov dan telah berada di Pyongyang sejak Selasa, 12 Desember. "
        "Delegasi tersebut akan berada di sana sampai akhir pekan ini.\n"
        "Kementerian Luar Negeri Rusia menyatakan bahwa Moskow menggunakan semua kesempatan untuk melakukan dialog "
        "langsung dengan Pyongyang.\n"
        "Korut adalah tetangga kami, kata Sergey Ryabkov sebagaimana dilansir RT, Kamis (14/12/2017).\n"
        "Militer Rusia telah melakukan kunjungan ke Pyongyang untuk mengaktifkan penyelesaian krisis di kawasan tersebut.\n"
        "Perubahan sikap AS itu disambut baik oleh Rusia.";
    wt_doc d;
    build_doc(&d, "seed", text, (wt_date){2017, 12, 14}, "PYONGYANG");
    d.dateline_span = (wt_span){0, 9};
    add_date(&d, "Selasa, 12 Desember", 2017, 12, 12);
    add_date(&d, "Kamis (14/12/2017)", 2017, 12, 14);
    wt_event_list l;
    wt_event_list_init(&l);
    add_event(&l, &d, "RUSMIL", "PRK", "042", "Perwakilan Kementerian Pertahanan Rusia tiba di Ibu Kota Korea Utara");
    add_event(&l, &d, "USAGOV", "PRKGOV", "036", "Rex Tillerson menyatakan siap untuk melakukan perundingan");
    add_event(&l, &d, "RUSMIL", "PRK", "042", "Delegasi Rusia diketuai oleh Viktor Kalganov dan telah berada di Pyongyang");
    add_event(&l, &d, "RUSGOV", "PRKGOV", "036", "Moskow menggunakan semua kesempatan untuk melakukan dialog");
    add_event(&l, &d, "RUSMIL", "PRK", "042", "Militer Rusia telah melakukan kunjungan ke Pyongyang");
    add_event(&l, &d, "RUS", "USA", "051", "Perubahan sikap AS itu disambut baik oleh Rusia");

    CHECK_INT(wt_enrich(ctx, &d, &l), 0);
    CHECK_INT(l.items_vec.len, 4);  /* the three visit mentions are one event */

    const wt_event *visit = find_event(&l, "RUSMIL", "042");
    CHECK(visit != NULL);
    if (visit) {
        CHECK_INT(visit->mentions, 3);
        CHECK_INT(visit->mention_spans.len, 3);
        CHECK(date_is(visit->date, 2017, 12, 12));
        CHECK_STR(visit->date_source, "text");
        CHECK_STR(visit->place.name, "Pyongyang");
        CHECK_STR(visit->place.country, "PRK");
        CHECK_STR(visit->place.source, "text");
        CHECK(fabs(visit->place.lat - 39.04) < 0.2 && fabs(visit->place.lon - 125.76) < 0.2);
        CHECK_INT(visit->quad, 1);
        CHECK(fabs(visit->goldstein - 1.9) < 1e-9);
        CHECK_STR(visit->plover, "CONSULT");
        CHECK_INT(visit->para, 0);  /* the record keeps its first telling */
    }
    const wt_event *us = find_event(&l, "USAGOV", "036");
    CHECK(us != NULL);
    if (us) {
        CHECK(date_is(us->date, 2017, 12, 14));
        CHECK_STR(us->date_source, "publication");
        /* the clause of Tillerson's statement names no place; its sentence
         * names Pyongyang, in the target's country */
        CHECK_STR(us->place.name, "Pyongyang");
        CHECK_STR(us->place.source, "sentence");
        CHECK_STR(us->plover, "AGREE");
        CHECK(fabs(us->goldstein - 4.0) < 1e-9);
        CHECK_INT(us->mentions, 1);
    }
    const wt_event *ru = find_event(&l, "RUSGOV", "036");
    CHECK(ru && date_is(ru->date, 2017, 12, 14));
    CHECK(ru && ru->place.name && !strcmp(ru->place.name, "Pyongyang"));  /* "dengan Pyongyang" is no place phrase: dateline */
    CHECK(ru && ru->place.source && !strcmp(ru->place.source, "dateline"));
    const wt_event *praise = find_event(&l, "RUS", "051");
    CHECK(praise && praise->quad == 1 && fabs(praise->goldstein - 3.4) < 1e-9);
    CHECK(praise && praise->plover && !strcmp(praise->plover, "SUPPORT"));
    wt_event_list_free(&l);
    wt_doc_free(&d);
}

/* A date opening a paragraph governs its later sentences; two dates do not. */
static void test_paragraph_date_and_places(warta_ctx *ctx)
{
    static const char text[] =
        "JAKARTA – Pada Senin (11/12/2017), polisi menangkap tiga orang di Kota Bandung. Mereka juga menyita "
        "senjata di Kabupaten Garut.\n"
        "Pada Selasa (5/12/2017) pejabat itu tiba dari Mekkah. Pada Rabu (6/12/2017) ia bertemu. Presiden "
        "mengkritik mereka.\n"
        "Menteri itu mengunjungi sekolah.";
    wt_doc d;
    build_doc(&d, "para", text, (wt_date){2017, 12, 15}, "JAKARTA");
    add_date(&d, "Senin (11/12/2017)", 2017, 12, 11);
    add_date(&d, "Selasa (5/12/2017)", 2017, 12, 5);
    add_date(&d, "Rabu (6/12/2017)", 2017, 12, 6);
    wt_event_list l;
    wt_event_list_init(&l);
    add_event(&l, &d, "IDNCOP", "IDNCVL", "173", "polisi menangkap tiga orang");
    add_event(&l, &d, "IDNCOP", "IDNCVL", "1711", "Mereka juga menyita senjata");
    add_event(&l, &d, "IDNGOV", "SAU", "042", "pejabat itu tiba dari Mekkah");
    add_event(&l, &d, "IDNGOV", "IDN", "111", "Presiden mengkritik mereka");
    add_event(&l, &d, "IDNGOV", "IDNEDU", "042", "Menteri itu mengunjungi sekolah");
    CHECK_INT(wt_enrich(ctx, &d, &l), 0);
    CHECK_INT(l.items_vec.len, 5);

    const wt_event *arrest = find_event(&l, "IDNCOP", "173");
    CHECK(arrest && date_is(arrest->date, 2017, 12, 11) && !strcmp(arrest->date_source, "text"));
    CHECK(arrest && arrest->place.name && !strcmp(arrest->place.name, "Bandung"));
    CHECK(arrest && !strcmp(arrest->place.adm1, "ID-JB") && arrest->quad == 4);
    CHECK(arrest && fabs(arrest->goldstein - -5.0) < 1e-9);
    const wt_event *seize = find_event(&l, "IDNCOP", "1711");
    CHECK(seize && date_is(seize->date, 2017, 12, 11));  /* governed by the paragraph's opening date */
    CHECK(seize && seize->place.name && !strcmp(seize->place.name, "Garut"));
    CHECK(seize && seize->place.kind && !strcmp(seize->place.kind, "adm2"));
    CHECK(seize && fabs(seize->goldstein - -9.2) < 1e-9);
    const wt_event *trip = find_event(&l, "IDNGOV", "042");
    CHECK(trip && date_is(trip->date, 2017, 12, 5));
    CHECK(trip && trip->place.name && !strcmp(trip->place.name, "Mekkah") && !strcmp(trip->place.country, "SAU"));
    const wt_event *crit = find_event(&l, "IDNGOV", "111");
    /* two dates earlier in the paragraph: neither clearly governs */
    CHECK(crit && date_is(crit->date, 2017, 12, 15) && !strcmp(crit->date_source, "publication"));
    CHECK(crit && crit->quad == 3 && crit->plover && !strcmp(crit->plover, "ACCUSE"));
    const wt_event *school = &l.items_vec.items[4];
    CHECK_STR(school->place.name, "Jakarta");
    CHECK_STR(school->place.source, "dateline");
    CHECK_STR(school->place.adm1, "ID-JK");
    wt_event_list_free(&l);
    wt_doc_free(&d);
}

/* A regency or city listed with its noun ("Kabupaten Batang", "Kota Batu":
 * bare, the name is a common word or another place) is found with it, and
 * "Kabupaten Bandung" is the regency, not the city. */
static void test_place_with_noun(warta_ctx *ctx)
{
    static const char text[] =
        "SEMARANG – Polisi menangkap dua orang di Kabupaten Batang. Warga berunjuk rasa di Kota Batu. "
        "Bupati bertemu warga di Kabupaten Bandung.";
    wt_doc d;
    build_doc(&d, "noun", text, (wt_date){2017, 12, 15}, "SEMARANG");
    wt_event_list l;
    wt_event_list_init(&l);
    add_event(&l, &d, "IDNCOP", "IDNCVL", "173", "Polisi menangkap dua orang");
    add_event(&l, &d, "IDNCVL", "IDNGOV", "141", "Warga berunjuk rasa");
    add_event(&l, &d, "IDNGOV", "IDNCVL", "040", "Bupati bertemu warga");
    CHECK_INT(wt_enrich(ctx, &d, &l), 0);
    CHECK_INT(l.items_vec.len, 3);
    const wt_event *e = &l.items_vec.items[0];
    CHECK(e->place.name && strstr(e->place.name, "Batang") && !strcmp(e->place.source, "text"));
    e = &l.items_vec.items[1];
    CHECK(e->place.name && strstr(e->place.name, "Batu") && !strcmp(e->place.adm1, "ID-JI"));
    e = &l.items_vec.items[2];
    CHECK(e->place.name && e->place.kind && !strcmp(e->place.kind, "adm2") && !strcmp(e->place.adm1, "ID-JB"));
    wt_event_list_free(&l);
    wt_doc_free(&d);
}

static void test_tables(warta_ctx *ctx)
{
    double g = 99;
    CHECK(wt_cameo_goldstein(ctx, "1823", &g) && fabs(g - -10.0) < 1e-9);
    CHECK(wt_cameo_goldstein(ctx, "130", &g) && fabs(g - -4.4) < 1e-9);
    CHECK(wt_cameo_goldstein(ctx, "0874", &g) && fabs(g - 10.0) < 1e-9);
    CHECK(wt_cameo_goldstein(ctx, "0251", &g) && fabs(g - -0.3) < 1e-9);  /* no own value: its base 025 */
    CHECK(wt_cameo_goldstein(ctx, "1661", &g) && fabs(g - -8.0) < 1e-9);
    CHECK(wt_cameo_goldstein(ctx, "2099", &g) && fabs(g - -10.0) < 1e-9);  /* unknown leaf: root 20 */
    CHECK(!wt_cameo_goldstein(ctx, "abc", &g));
    CHECK_INT(wt_cameo_quad("010"), 1);
    CHECK_INT(wt_cameo_quad("057"), 1);
    CHECK_INT(wt_cameo_quad("0874"), 2);
    CHECK_INT(wt_cameo_quad("094"), 3);
    CHECK_INT(wt_cameo_quad("139"), 3);
    CHECK_INT(wt_cameo_quad("145"), 4);
    CHECK_INT(wt_cameo_quad("2042"), 4);
    CHECK_INT(wt_cameo_quad("21"), 0);
    CHECK_STR(wt_cameo_plover(ctx, "042"), "CONSULT");
    CHECK_STR(wt_cameo_plover(ctx, "163"), "COERCE");
    CHECK_STR(wt_cameo_plover(ctx, "1712"), "ASSAULT");
    CHECK_STR(wt_cameo_plover(ctx, "0871"), "RETREAT");
    CHECK_STR(wt_cameo_plover(ctx, "010"), NULL);  /* PLOVER has no statements */

    const wt_gazetteer *gz = wt_enrich_gazetteer(ctx);
    CHECK(gz != NULL);
    if (!gz) return;
    const wt_gaz_place *p = wt_gazetteer_find(gz, "korut", 5);
    CHECK(p && !strcmp(p->country, "PRK") && p->kind == WT_GAZ_COUNTRY);
    p = wt_gazetteer_find(gz, "tepi barat", 10);
    CHECK(p && !strcmp(p->country, "PSE") && p->kind == WT_GAZ_DISPUTED);
    p = wt_gazetteer_find(gz, "marawi", 6);
    CHECK(p && !strcmp(p->country, "PHL"));
    p = wt_gazetteer_country(gz, "IDN");
    CHECK(p && !strcmp(p->fips, "ID") && p->capital >= 0 && !strcmp(gz->places.items[p->capital].name, "Jakarta"));
    CHECK_STR(wt_gazetteer_adm1_fips(gz, "ID-JK"), "ID04");
    /* every province of Indonesia is there, and every country has a capital */
    int provinces = 0, countries = 0, with_capital = 0;
    for (size_t i = 0; i < gz->places.len; i++) {
        const wt_gaz_place *q = &gz->places.items[i];
        provinces += q->kind == WT_GAZ_ADM1 && !strcmp(q->country, "IDN");
        countries += q->kind == WT_GAZ_COUNTRY;
        with_capital += q->kind == WT_GAZ_COUNTRY && q->capital >= 0;
    }
    CHECK_INT(provinces, 38);   /* the 34 of 2017 and the four Papua provinces of 2022 */
    CHECK(countries >= 195);
    CHECK_INT(with_capital, countries);
}

/* TABARI records have no article: scores and merging still apply. */
static void test_records(warta_ctx *ctx)
{
    wt_event_list l;
    wt_event_list_init(&l);
    const char *ids[] = {"R1", "R1", "R2"};
    for (int i = 0; i < 3; i++) {
        wt_event *e = wt_event_list_add(&l);
        e->doc = ids[i];
        snprintf(e->source, sizeof e->source, "USA");
        snprintf(e->target, sizeof e->target, "IRQ");
        wt_event_set_code(e, "190");
        e->date = (wt_date){2003, 3, 20};
        e->evidence_span = (wt_span){(uint32_t)i, (uint32_t)i + 1};
    }
    CHECK_INT(wt_enrich(ctx, NULL, &l), 0);
    CHECK_INT(l.items_vec.len, 2);
    CHECK_INT(l.items_vec.items[0].mentions, 2);
    CHECK_STR(l.items_vec.items[0].date_source, "record");
    CHECK_INT(l.items_vec.items[0].quad, 4);
    CHECK_STR(l.items_vec.items[1].plover, "ASSAULT");
    CHECK(l.items_vec.items[1].place.name == NULL);
    wt_event_list_free(&l);
}

int main(void)
{
    warta_ctx *ctx = warta_new();
    test_tables(ctx);
    test_seed_like(ctx);
    test_paragraph_date_and_places(ctx);
    test_place_with_noun(ctx);
    test_records(ctx);
    CHECK_INT(warta_error_count(ctx), 0);
    warta_free(ctx);
    return check_done("test_enrich");
}
