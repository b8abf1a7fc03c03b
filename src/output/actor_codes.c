#include "output/actor_codes.h"
#include "util/file.h"
#include "util/mem.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum field { F_COUNTRY, F_REGION, F_GROUP, F_ETHNIC, F_RELIGION, F_TYPE, F_COUNT };
static const char *const field_names[F_COUNT] = {"country", "region", "group", "ethnic", "religion", "type"};

typedef struct entry {
    char trio[4], gdelt[4];
    int field;
} entry;

struct wt_actor_codes {
    entry *items;
    size_t len, cap;
};

static int is_trio(const char *s)
{
    if (strlen(s) != 3) return 0;
    for (int i = 0; i < 3; i++)
        if (!isalnum((unsigned char)s[i])) return 0;
    return 1;
}

static int field_from_name(const char *s)
{
    for (int f = 0; f < F_COUNT; f++)
        if (!strcmp(s, field_names[f])) return f;
    return -1;
}

/* One line: trio, field, gdelt code, name. Returns 0 when malformed. */
static int add_line(wt_actor_codes *t, char *line)
{
    char *f[4] = {line, NULL, NULL, NULL};
    int nf = 1;
    for (char *q = line; *q && nf < 4; q++)
        if (*q == '\t') { *q = '\0'; f[nf++] = q + 1; }
    if (nf < 3) return 0;
    char *tab = f[2] ? strchr(f[2], '\t') : NULL;
    if (tab) *tab = '\0';
    int field = field_from_name(f[1]);
    if (field < 0 || !is_trio(f[0]) || !is_trio(f[2])) return 0;
    if (t->len == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 512;
        t->items = wt_xrealloc(t->items, t->cap * sizeof *t->items);
    }
    entry *e = &t->items[t->len++];
    memcpy(e->trio, f[0], 4);
    memcpy(e->gdelt, f[2], 4);
    e->field = field;
    return 1;
}

wt_actor_codes *wt_actor_codes_load(const char *path, wt_diag *diag)
{
    size_t len;
    char *text = wt_read_file(path, &len);
    if (!text) {
        wt_diag_at(diag, WT_DIAG_ERROR, path, 0, "cannot read the CAMEO actor code table");
        return NULL;
    }
    wt_actor_codes *t = wt_actor_codes_parse(path, text, diag);
    free(text);
    return t;
}

wt_actor_codes *wt_actor_codes_parse(const char *path, char *text, wt_diag *diag)
{
    wt_actor_codes *t = wt_xcalloc(1, sizeof *t);
    size_t lineno = 0;
    for (char *p = text, *nl; p && *p; p = nl ? nl + 1 : NULL) {
        nl = strchr(p, '\n');
        if (nl) *nl = '\0';
        lineno++;
        if (!*p || *p == '#') continue;
        if (!add_line(t, p))
            wt_diag_at(diag, WT_DIAG_ERROR, path, lineno,
                       "malformed line (want trio, country|region|group|ethnic|religion|type, gdelt code, name)");
    }
    return t;
}

void wt_actor_codes_free(wt_actor_codes *t)
{
    if (!t) return;
    free(t->items);
    free(t);
}

static const entry *find(const wt_actor_codes *t, const char *trio, int field)
{
    for (size_t i = 0; i < t->len; i++)
        if (t->items[i].field == field && !memcmp(t->items[i].trio, trio, 3)) return &t->items[i];
    return NULL;
}

static void put(char dst[4], const char *src)
{
    memcpy(dst, src, 3);
    dst[3] = '\0';
}

/* Where one part goes. The first part is a country or region when it can
 * be (MUS there is Mauritius); later parts are roles, religions, ethnic
 * groups and known groups first (MUS there is Muslims), then a country
 * (NGOUSA: an NGO of the United States). Returns 0 when it went nowhere. */
static int place_part(const wt_actor_codes *t, const char *trio, int first, wt_actor_parts *a,
                      int *religions, int *types)
{
    static const int first_order[] = {F_COUNTRY, F_REGION, F_TYPE, F_RELIGION, F_ETHNIC, F_GROUP};
    static const int later_order[] = {F_TYPE, F_RELIGION, F_ETHNIC, F_GROUP, F_COUNTRY, F_REGION};
    const int *order = first ? first_order : later_order;
    for (int k = 0; k < F_COUNT; k++) {
        const entry *e = find(t, trio, order[k]);
        if (!e) continue;
        switch (e->field) {
        case F_COUNTRY:
        case F_REGION:
            if (a->country[0]) continue;  /* a second country: read it otherwise */
            put(a->country, e->gdelt);
            return 1;
        case F_TYPE:
            if (*types < 3) put(a->type[(*types)++], e->gdelt);
            return 1;
        case F_RELIGION:
            if (*religions < 2) put(a->religion[(*religions)++], e->gdelt);
            return 1;
        case F_ETHNIC:
            if (!a->ethnic[0]) put(a->ethnic, e->gdelt);
            return 1;
        case F_GROUP:
            /* a sub-organisation (IGOUNOHCR: HCR of UNO) stays in the code */
            if (!a->group[0]) put(a->group, e->gdelt);
            return 1;
        }
    }
    return 0;
}

int wt_actor_split(const wt_actor_codes *t, const char *code, wt_actor_parts *a)
{
    memset(a, 0, sizeof *a);
    size_t n = strlen(code);
    int religions = 0, types = 0, status = 0;
    for (size_t i = 0; i < n; i += 3) {
        if (i + 3 > n || !place_part(t, code + i, i == 0, a, &religions, &types)) {
            if (!status) snprintf(a->unknown, sizeof a->unknown, "%.3s", code + i);
            status = -1;
        }
    }
    return status;
}
