/* check_dict_id.c — `warta check-dict DIR` for the Indonesian dictionaries
 * (see check_dict_id.h and docs/dictionaries-id.md). */
#include "cli/check_dict_id.h"
#include "code/id/idcodes.h"
#include "code/id/iddict.h"
#include "ctx.h"
#include "util/file.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The code table beside the checked directory (a checkout's data/cameo),
 * else the one of the data directory warta runs with. */
static int load_table(warta_ctx *ctx, const char *dir, id_codes *t)
{
    char *path = wt_path_join(dir, "../cameo/actor-codes.tsv");
    size_t len;
    char *text = wt_read_file(path, &len);
    if (!text && ctx->data_dir) {
        free(path);
        path = wt_path_join(ctx->data_dir, "cameo/actor-codes.tsv");
        text = wt_read_file(path, &len);
    }
    long r = -1;
    if (text) r = id_codes_read(t, path, text, len, &ctx->diag);
    else wt_diag_at(&ctx->diag, WT_DIAG_ERROR, path, 0, "cannot read the CAMEO actor code table; codes not checked");
    free(text);
    free(path);
    return r < 0 ? -1 : 0;
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* Counts the entries (not the synonyms) of the actor files by kind: the
 * phrases of one entry share their code array. */
typedef struct id_counts { size_t persons, dated, institutions, actors; } id_counts;

static void count_actors(const id_dict *d, id_counts *n)
{
    wt_strmap seen;
    wt_strmap_init(&seen);
    for (size_t i = 0; i < d->phrases.cap; i++) {
        const id_list *l = d->phrases.slots[i].key ? d->phrases.slots[i].value : NULL;
        for (size_t k = 0; l && k < l->len; k++) {
            const id_phrase *p = l->items[k];
            if (p->kind != ID_ACTOR) continue;
            char key[2 * sizeof(void *) + 3];
            snprintf(key, sizeof key, "%p", (const void *)p->codes);
            int inserted = 0;
            wt_strmap_put(&seen, key, strlen(key), &inserted);
            if (!inserted) continue;
            n->actors++;
            const char *b = base_name(p->file);
            if (strstr(b, "persons")) {
                n->persons++;
                for (uint16_t c = 0; c < p->ncodes; c++)
                    if (p->codes[c].from != 0 || p->codes[c].to != INT32_MAX) { n->dated++; break; }
            } else if (!strncmp(b, "institutions", 12)) {
                n->institutions++;
            }
        }
    }
    wt_strmap_free(&seen);
}

long check_dict_id_dir(warta_ctx *ctx, const char *dir, int stats)
{
    id_codes table;
    id_codes_init(&table);
    int have_table = load_table(ctx, dir, &table) == 0;
    id_dict d;
    id_dict_init(&d);
    if (have_table) d.valid = &table;
    long files = id_dict_load_dir(&d, dir, &ctx->diag);
    if (files < 0) {
        wt_diag_at(&ctx->diag, WT_DIAG_ERROR, dir, 0, "cannot read dictionary directory");
        id_dict_free(&d);
        id_codes_free(&table);
        return -1;
    }
    id_dict_finish(&d);
    printf("%s: %ld files, actors: %zu (phrases %zu), agents: %zu, verbs: %zu, patterns: %zu, rejected entries: %zu\n",
           dir, files, d.n_actors, d.n_phrases, d.n_agents, d.n_verbs, d.n_patterns, d.n_rejected);
    if (stats) {
        id_counts n = {0};
        count_actors(&d, &n);
        printf("roles: %zu\n", d.n_agents);
        printf("persons: %zu (%zu with date ranges)\n", n.persons, n.dated);
        printf("institutions: %zu\n", n.institutions);
        printf("actors: %zu\n", n.actors);
    }
    long rejected = (long)d.n_rejected + (have_table ? 0 : 1);
    id_dict_free(&d);
    id_codes_free(&table);
    return rejected;
}
