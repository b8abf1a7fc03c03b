/* test_actor_codes.c — every actor code warta's Indonesian dictionaries can
 * produce splits into GDELT's actor columns (data/cameo/actor-codes.tsv):
 * the codes of .actors files of data/id/, and each agent suffix of its .agents files
 * after a country. The codes are read from the files, not listed here, so a
 * new dictionary entry with an unknown part fails this test. */
#include "check.h"
#include "output/actor_codes.h"
#include "util/file.h"
#include "warta.h"

#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct counts {
    size_t codes, agents;
} counts;

/* Calls check on every [CODE ...] of one dictionary file: the first word
 * inside each bracket; agents' codes start with '~'. */
static void codes_in_file(const wt_actor_codes *t, const char *path, counts *n)
{
    size_t len;
    char *text = wt_read_file(path, &len);
    CHECK(text != NULL);
    if (!text) return;
    size_t lineno = 0;
    for (char *p = text, *nl; p && *p; p = nl ? nl + 1 : NULL) {
        nl = strchr(p, '\n');
        if (nl) *nl = '\0';
        lineno++;
        if (*p == ';' || *p == '#') continue;
        char *comment = strchr(p, ';');
        if (comment) *comment = '\0';
        for (char *b = strchr(p, '['); b; b = strchr(b + 1, '[')) {
            char code[40];
            int agent = b[1] == '~';
            size_t k = 0;
            for (char *c = b + 1 + agent; isalnum((unsigned char)*c) && k < sizeof code - 4; c++) code[k++] = *c;
            code[k] = '\0';
            if (!k) continue;
            char full[48];
            /* an agent is written after a country: IDN + GOV */
            snprintf(full, sizeof full, "%s%s", agent ? "IDN" : "", code);
            wt_actor_parts parts;
            if (wt_actor_split(t, full, &parts) != 0) {
                fprintf(stderr, "%s:%zu: %s: part '%s' is not in actor-codes.tsv\n", path, lineno, full, parts.unknown);
                CHECK(0);
            } else {
                CHECK(1);
            }
            if (agent) n->agents++;
            else n->codes++;
        }
    }
    free(text);
}

static void test_dictionaries(const char *data)
{
    char *path = wt_path_join(data, "cameo/actor-codes.tsv");
    wt_diag diag;
    wt_diag_init(&diag);
    wt_actor_codes *t = wt_actor_codes_load(path, &diag);
    free(path);
    CHECK(t != NULL);
    CHECK_INT((int)diag.errors, 0);
    if (!t) return;
    char *dir = wt_path_join(data, "id");
    DIR *d = opendir(dir);
    CHECK(d != NULL);
    counts n = {0, 0};
    for (struct dirent *e; d && (e = readdir(d));) {
        if (!wt_has_suffix(e->d_name, ".actors") && !wt_has_suffix(e->d_name, ".agents")) continue;
        char *file = wt_path_join(dir, e->d_name);
        codes_in_file(t, file, &n);
        free(file);
    }
    if (d) closedir(d);
    printf("actor codes checked: %zu from .actors, %zu agent suffixes from .agents\n", n.codes, n.agents);
    CHECK(n.codes > 500 && n.agents > 100);
    free(dir);

    /* the splits a GDELT user relies on */
    static const struct { const char *code, *country, *group, *ethnic, *rel1, *type1, *type2; } want[] = {
        {"USAGOV", "USA", "", "", "", "GOV", ""},
        {"IMGMUSISI", "", "ISI", "", "MOS", "IMG", ""},
        {"IGOUNOHCR", "", "UNO", "", "", "IGO", ""},
        {"MUS", "MUS", "", "", "", "", ""},        /* first: Mauritius */
        {"SUN", "SUN", "", "", "", "", ""},        /* first: the Soviet Union */
        {"IRQMOSSUN", "IRQ", "", "", "MOS", "", ""},
        {"SYRREBKRD", "SYR", "", "kur", "", "REB", ""},
        {"PSEREBHMS", "PSE", "HMS", "", "", "REB", ""},
        {"KSVGOV", "KSV", "", "", "", "GOV", ""},
        {"IDNGOVMIL", "IDN", "", "", "", "GOV", "MIL"},
        {"NGOUSA", "USA", "", "", "", "NGO", ""},
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        wt_actor_parts a;
        CHECK_INT(wt_actor_split(t, want[i].code, &a), 0);
        CHECK_STR(a.country, want[i].country);
        CHECK_STR(a.group, want[i].group);
        CHECK_STR(a.ethnic, want[i].ethnic);
        CHECK_STR(a.religion[0], want[i].rel1);
        CHECK_STR(a.type[0], want[i].type1);
        CHECK_STR(a.type[1], want[i].type2);
    }
    wt_actor_parts a;
    CHECK_INT(wt_actor_split(t, "IGOXXQ", &a), -1);
    CHECK_STR(a.unknown, "XXQ");
    CHECK_STR(a.type[0], "IGO");
    CHECK_INT(wt_actor_split(t, "IDNGO", &a), -1);  /* a tail of two letters */
    CHECK_STR(a.unknown, "GO");
    wt_actor_codes_free(t);
}

int main(void)
{
    warta_ctx *ctx = warta_new();
    test_dictionaries(warta_data_dir(ctx));
    warta_free(ctx);
    return check_done("test_actor_codes");
}
