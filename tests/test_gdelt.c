/* test_gdelt.c — the GDELT 2.0 rows and CSV written through the sink,
 * parsed back: 61 fields, codes consistent, weights agree with the code. */
#include "check.h"
#include "code/enrich.h"
#include "ctx.h"
#include "output/gdelt.h"
#include "output/sink.h"
#include "util/file.h"
#include "records_fixture.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { F_ID = 0, F_DAY = 1, F_A1CODE = 5, F_A1COUNTRY = 7, F_A1TYPE1 = 12, F_A2CODE = 15, F_A2COUNTRY = 17,
       F_A2GROUP = 18, F_A2TYPE1 = 22, F_ROOTEV = 25, F_CODE = 26, F_BASE = 27, F_ROOT = 28, F_QUAD = 29,
       F_GOLD = 30, F_MENTIONS = 31, F_A1GEO_TYPE = 35, F_A1GEO_CC = 37, F_GEO_TYPE = 51, F_GEO_NAME = 52,
       F_GEO_CC = 53, F_GEO_ADM1 = 54, F_GEO_LAT = 56, F_GEO_LON = 57, F_DATEADDED = 59, F_URL = 60 };

/* Splits a line at tabs into fields (pointers into line, which is
 * modified); returns the count. */
static int split(char *line, char **f, int max)
{
    int n = 0;
    f[n++] = line;
    for (char *p = line; *p; p++)
        if (*p == '\t') {
            *p = '\0';
            if (n < max) f[n++] = p + 1;
            else n++;
        }
    return n;
}

static char *render(warta_ctx *ctx, const char *format, const wt_doc *doc, const wt_event_list *l)
{
    char *data = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&data, &size);
    wt_sink_options o = {.format = format, .out = f, .date_added = "20171214093000"};
    wt_sink *s = wt_sink_open(ctx, &o);
    CHECK(s != NULL);
    if (s) {
        CHECK_INT(wt_sink_write(s, doc, l), 0);
        CHECK_INT(wt_sink_close(s), 0);
    }
    fclose(f);
    return data;
}

static void build(wt_doc *d, wt_event_list *l)
{
    static const char text[] =
        "PYONGYANG – Perwakilan Kementerian Pertahanan Rusia tiba di Pyongyang pada Selasa, 12 Desember.\n"
        "Sekjen PBB mengecam serangan Israel di Gaza.\n"
        "Polisi menangkap dua orang di Kabupaten Garut.";
    build_doc(d, "doc-1", text, (wt_date){2017, 12, 14}, "PYONGYANG");
    d->url = "https://example.org/berita/1";
    add_date(d, "Selasa, 12 Desember", 2017, 12, 12);
    wt_event_list_init(l);
    wt_event *e = add_event(l, d, "RUSMIL", "PRK", "042", "Perwakilan Kementerian Pertahanan Rusia tiba di Pyongyang");
    e->source_text = "Kementerian Pertahanan Rusia";
    e->target_text = "Korea\tUtara";  /* a tab in a name must not add a field */
    add_event(l, d, "IGOUNO", "ISRMIL", "111", "Sekjen PBB mengecam serangan Israel");
    add_event(l, d, "IDNCOP", "IDNCVL", "173", "Polisi menangkap dua orang");
}

static void test_gdelt_rows(warta_ctx *ctx)
{
    wt_doc d;
    wt_event_list l;
    build(&d, &l);
    CHECK_INT(wt_enrich(ctx, &d, &l), 0);
    char *out = render(ctx, "gdelt", &d, &l);
    int rows = 0;
    char *save = NULL;
    for (char *line = strtok_r(out, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        char *f[80];
        int n = split(line, f, 80);
        CHECK_INT(n, WT_GDELT_COLUMNS);
        if (n != WT_GDELT_COLUMNS) continue;
        rows++;
        const char *code = f[F_CODE], *base = f[F_BASE], *root = f[F_ROOT];
        CHECK(strlen(root) == 2 && !strncmp(code, root, 2) && !strncmp(base, root, 2));
        CHECK(strlen(base) == 3 && !strncmp(code, base, 3));
        CHECK_INT(atoi(f[F_QUAD]), wt_cameo_quad(code));
        double g = 99;
        CHECK(wt_cameo_goldstein(ctx, code, &g) && fabs(atof(f[F_GOLD]) - g) < 1e-9);
        CHECK_STR(f[F_DATEADDED], "20171214093000");
        CHECK_STR(f[F_URL], "https://example.org/berita/1");
        CHECK(atoll(f[F_ID]) > 0);
        if (!strcmp(code, "042")) {
            CHECK_STR(f[F_DAY], "20171212");
            CHECK_STR(f[F_A1CODE], "RUSMIL");
            CHECK_STR(f[F_A1COUNTRY], "RUS");
            CHECK_STR(f[F_A1TYPE1], "MIL");
            CHECK_STR(f[F_A2COUNTRY], "PRK");
            CHECK_STR(f[F_ROOTEV], "1");
            CHECK_STR(f[F_GEO_TYPE], "4");
            CHECK_STR(f[F_GEO_NAME], "Pyongyang, North Korea");
            CHECK_STR(f[F_GEO_CC], "KN");
            CHECK(fabs(atof(f[F_GEO_LAT]) - 39.04) < 0.01 && fabs(atof(f[F_GEO_LON]) - 125.76) < 0.01);
            CHECK_STR(f[F_A1GEO_TYPE], "1");
            CHECK_STR(f[F_A1GEO_CC], "RS");
            CHECK_STR(f[F_MENTIONS], "1");
        } else if (!strcmp(code, "111")) {
            CHECK_STR(f[F_DAY], "20171214");
            CHECK_STR(f[F_A1COUNTRY], "");
            CHECK_STR(f[F_A1TYPE1], "IGO");
            CHECK_STR(f[F_A2CODE], "ISRMIL");
            CHECK_STR(f[F_A2TYPE1], "MIL");
            CHECK_STR(f[F_ROOTEV], "0");
            CHECK_STR(f[F_GEO_CC], "WE");  /* Gaza: FIPS West Bank/Gaza */
        } else if (!strcmp(code, "173")) {
            CHECK_STR(f[F_A2GROUP], "");
            CHECK_STR(f[F_GEO_ADM1], "ID30");  /* Jawa Barat */
            CHECK_STR(f[F_GEO_CC], "ID");
        }
    }
    CHECK_INT(rows, 3);
    free(out);

    /* CSV: a header and one row per event, the same number of cells */
    out = render(ctx, "csv", &d, &l);
    char *nl = strchr(out, '\n');
    CHECK(nl && !strncmp(out, "doc,para,sent,date,", 19));
    int lines = 0;
    for (char *p = out; *p; p++) lines += *p == '\n';
    CHECK_INT(lines, 4);
    CHECK(strstr(out, "doc-1,0,0,2017-12-12,text,RUSMIL,Kementerian Pertahanan Rusia,PRK,") != NULL);
    CHECK(strstr(out, ",Pyongyang,capital,PRK,,39.0400,125.7600,text,1,") != NULL);
    free(out);

    out = render(ctx, "json", &d, &l);
    CHECK(strstr(out, "\"date\":\"2017-12-12\",\"date_source\":\"text\"") != NULL);
    CHECK(strstr(out, "\"quad\":1,\"goldstein\":1.9,\"plover\":\"CONSULT\",\"mentions\":1") != NULL);
    free(out);
    CHECK(!wt_sink_format_ok("xml"));
    wt_sink_options bad = {.format = "xml"};
    d.dateline = NULL;
    wt_diag_init(&ctx->diag);
    ctx->diag.quiet = 1;
    CHECK(wt_sink_open(ctx, &bad) == NULL);
    ctx->diag.quiet = 0;
    wt_event_list_free(&l);
    wt_doc_free(&d);
}

static void test_event_ids(void)
{
    wt_event a, b;
    memset(&a, 0, sizeof a);
    strcpy(a.source, "RUSMIL");
    strcpy(a.target, "PRK");
    strcpy(a.code, "042");
    a.evidence_span = (wt_span){10, 40};
    b = a;
    CHECK(wt_gdelt_event_id("a", &a, 0) == wt_gdelt_event_id("a", &b, 0));  /* same event, same id */
    CHECK(wt_gdelt_event_id("a", &a, 0) != wt_gdelt_event_id("b", &a, 0));  /* other article */
    CHECK(wt_gdelt_event_id("a", &a, 0) < (1ULL << 53));
    strcpy(b.code, "043");
    CHECK(wt_gdelt_event_id("a", &a, 0) != wt_gdelt_event_id("a", &b, 0));  /* other code */
    b = a;
    strcpy(b.target, "CHN");
    CHECK(wt_gdelt_event_id("a", &a, 0) != wt_gdelt_event_id("a", &b, 0));  /* other target */
    b = a;
    b.evidence_span.start = 11;
    CHECK(wt_gdelt_event_id("a", &a, 0) != wt_gdelt_event_id("a", &b, 0));  /* other words */
    /* two events of one article that hash alike still get two ids */
    wt_event two[2] = {a, a};
    uint64_t ids[2];
    wt_gdelt_event_ids("a", two, 2, ids);
    CHECK(ids[0] != ids[1]);
    CHECK(ids[0] == wt_gdelt_event_id("a", &a, 0));
}

/* FractionDate stays inside its year; a date-less event takes the
 * publication date, then DATEADDED's day; actor parts go to their columns. */
static void test_dates_and_actors(warta_ctx *ctx)
{
    char *path = wt_path_join(warta_data_dir(ctx), "cameo/actor-codes.tsv");
    wt_actor_codes *codes = wt_actor_codes_load(path, &ctx->diag);
    free(path);
    CHECK(codes != NULL);
    if (!codes) return;
    static const struct { int y, m, d; const char *want; } dates[] = {
        {2017, 12, 31, "2017.9999"}, {2016, 12, 30, "2016.9999"}, {2016, 12, 31, "2016.9999"},
        {2017, 1, 1, "2017.0027"}, {2017, 7, 2, "2017.5014"},
    };
    for (size_t i = 0; i < sizeof dates / sizeof *dates; i++) {
        wt_event e;
        memset(&e, 0, sizeof e);
        strcpy(e.source, "IMGMUSISI");
        strcpy(e.target, "KSVGOV");
        strcpy(e.code, "190");
        e.date = (wt_date){(int16_t)dates[i].y, (int8_t)dates[i].m, (int8_t)dates[i].d};
        wt_gdelt_info info = {1, "u", 1, "20240102030405", NULL, codes, {0, 0, 0}, NULL};
        wt_buf b;
        wt_buf_init(&b);
        wt_event_gdelt(&b, &e, &info);
        char *f[80];
        CHECK_INT(split(b.data, f, 80), WT_GDELT_COLUMNS);
        CHECK_STR(f[4], dates[i].want);
        if (i == 0) {
            CHECK_STR(f[5], "IMGMUSISI");
            CHECK_STR(f[7], "");      /* no country */
            CHECK_STR(f[8], "ISI");   /* known group */
            CHECK_STR(f[10], "MOS");  /* Muslim, as CAMEO writes it */
            CHECK_STR(f[12], "IMG");
            CHECK_STR(f[17], "KSV");  /* Kosovo has a country */
            CHECK_STR(f[22], "GOV");
        }
        wt_buf_free(&b);
    }
    /* no event date: the publication date, else DATEADDED's day */
    wt_event e;
    memset(&e, 0, sizeof e);
    strcpy(e.source, "TURREBKRD");
    strcpy(e.target, "IDNREL");
    strcpy(e.code, "010");
    wt_gdelt_info info = {1, "u", 1, "20240102030405", NULL, codes, {2018, 3, 4}, NULL};
    wt_buf b;
    wt_buf_init(&b);
    wt_event_gdelt(&b, &e, &info);
    info.published = (wt_date){0, 0, 0};
    wt_event_gdelt(&b, &e, &info);
    char *nl = strchr(b.data, '\n');
    *nl = '\0';
    char *f[80];
    CHECK_INT(split(b.data, f, 80), WT_GDELT_COLUMNS);
    CHECK_STR(f[1], "20180304");
    CHECK_STR(f[9], "kur");   /* Kurdish: the ethnic column */
    CHECK_STR(f[12], "REB");
    CHECK_STR(f[20], "REL");  /* religious figure: the religion column */
    CHECK_INT(split(nl + 1, f, 80), WT_GDELT_COLUMNS);
    CHECK_STR(f[1], "20240102");
    CHECK_STR(f[3], "2024");
    wt_buf_free(&b);
    wt_actor_codes_free(codes);
}

int main(void)
{
    warta_ctx *ctx = warta_new();
    test_gdelt_rows(ctx);
    test_event_ids();
    test_dates_and_actors(ctx);
    warta_free(ctx);
    return check_done("test_gdelt");
}
