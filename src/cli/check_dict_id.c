/* check_dict_id.c — the Indonesian side of `warta check-dict`:
 *   check-dict [--stats] data/id            the lexicon's checks and size
 *   check-dict --coverage [FILE|DIR|-]...   uncovered predicates/nouns
 *   check-dict --gold-match EVENTS.jsonl    lexicon matches in gold evidence
 * (docs/dictionaries-id.md). The TABARI dictionaries stay in
 * cmd_check_dict.c. */
#include "parse/parse.h"
#include "cli/check_dict_id.h"
#include "code/id/idcodes.h"
#include <stdint.h>
#include "code/id/idcoder.h"
#include "ctx.h"
#include "ingest/ingest.h"
#include "text/article.h"
#include "lang/id/lemma.h"
#include "util/file.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Loads data/cameo/goldstein.tsv (the valid codes) and data/id/frame-slots.txt
 * (the prepositions a frame may name) when they are there. */
static void load_code_table(warta_ctx *ctx, id_dict *d)
{
    char *slots = wt_path_join(ctx->data_dir, "id/frame-slots.txt");
    if (!access(slots, R_OK)) id_dict_load_frame_slots(d, slots, &ctx->diag);
    free(slots);
    char *cam = wt_path_join(ctx->data_dir, "cameo");
    char *tsv = wt_path_join(cam, "goldstein.tsv");
    if (!access(tsv, R_OK)) id_dict_load_codes(d, tsv, &ctx->diag);
    else fprintf(stderr, "warta check-dict: %s not found; CAMEO codes are not checked\n", tsv);
    free(tsv);
    free(cam);
}

/* The code table beside the checked directory (a checkout's data/cameo),
 * else the one of the data directory warta runs with. */
static int load_actor_table(warta_ctx *ctx, const char *dir, id_codes *t)
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

int check_dict_id(warta_ctx *ctx, char **paths, int n, int stats)
{
    id_dict d;
    id_dict_init(&d);
    load_code_table(ctx, &d);
    /* actor and agent codes against CAMEO's table (beside the first
     * directory checked, else the data directory's) */
    id_codes table;
    id_codes_init(&table);
    const char *dir = n && wt_is_dir(paths[0]) ? paths[0] : ctx->data_dir ? ctx->data_dir : ".";
    int have_table = load_actor_table(ctx, dir, &table) == 0;
    if (have_table) d.valid = &table;
    int fatal = 0;
    long rejected = 0;
    for (int i = 0; i < n; i++) {
        long r = wt_is_dir(paths[i]) ? id_dict_load_dir(&d, paths[i], &ctx->diag)
                                     : id_dict_load(&d, paths[i], &ctx->diag);
        if (r < 0) {
            if (wt_is_dir(paths[i])) wt_diag_at(&ctx->diag, WT_DIAG_ERROR, paths[i], 0, "cannot read directory");
            fatal = 1;
        }
    }
    rejected = (long)d.n_rejected;
    id_dict_finish(&d);
    long conflicts = id_dict_check_conflicts(&d, &ctx->diag);
    printf("id: verbs %zu, patterns %zu, actors %zu (phrases %zu), agents %zu, rejected entries %ld, conflicts %ld\n",
           d.n_verbs, d.n_patterns, d.n_actors, d.n_phrases, d.n_agents, rejected, conflicts);
    if (stats) {
        size_t lemmas, pats, codes;
        id_dict_lexicon_stats(&d, &lemmas, &pats, &codes);
        printf("lexicon: %zu lemmas, %zu patterns, %zu codes\n", lemmas, pats, codes);
        id_counts cnt = {0};
        count_actors(&d, &cnt);
        printf("roles: %zu\n", d.n_agents);
        printf("persons: %zu (%zu with date ranges)\n", cnt.persons, cnt.dated);
        printf("institutions: %zu\n", cnt.institutions);
        printf("actors: %zu\n", cnt.actors);
    }
    if (!have_table) rejected++;
    id_dict_free(&d);
    id_codes_free(&table);
    if (fatal) return WT_EXIT_FATAL;
    return rejected || conflicts ? WT_EXIT_REJECTED : WT_EXIT_OK;
}

int check_dict_coverage(warta_ctx *ctx, char **inputs, int n, size_t top)
{
    wt_idcoder *coder = wt_idcoder_new(ctx->data_dir, &ctx->diag);
    if (!coder) return WT_EXIT_FATAL;
    wt_idstats st;
    wt_idstats_init(&st);
    st.coverage = 1;
    wt_idcoder_set_lemmatizer(coder, wt_ctx_lemmatizer(ctx));
    wt_idcoder_set_syntax(coder, wt_ctx_syntax(ctx));
    wt_idcoder_set_stats(coder, &st);
    wt_reader *r = wt_reader_new(ctx, WT_INPUT_AUTO);
    for (int i = 0; i < n; i++) wt_reader_add(r, inputs[i]);
    if (!n) wt_reader_add(r, "-");
    wt_doc d;
    wt_doc_init(&d);
    wt_event_list ev;
    wt_event_list_init(&ev);
    while (wt_reader_next(r, &d)) {
        if (wt_article_process(ctx, &d) != 0) continue;
        wt_event_list_clear(&ev);
        wt_idcoder_code_doc(coder, &d, &ev);
    }
    wt_idstats_print_coverage(&st, stdout, top);
    int status = wt_reader_rejected(r) ? WT_EXIT_REJECTED : WT_EXIT_OK;
    wt_event_list_free(&ev);
    wt_doc_free(&d);
    wt_reader_free(r);
    wt_idstats_free(&st);
    wt_idcoder_free(coder);
    return status;
}

/* ------------------------------------------------------------ gold match */

/* The codes the lexicon found in one evidence span. */
typedef struct probe { char codes[64][8]; int n; } probe;

static void on_code(void *arg, const char *code)
{
    probe *p = arg;
    if (p->n < 64 && code[0]) snprintf(p->codes[p->n++], 8, "%s", code);
}

/* The CAMEO root of a code: "0841" → "08", "190" → "19". */
static int same_root(const char *a, const char *b)
{
    return strlen(a) >= 2 && strlen(b) >= 2 && a[0] == b[0] && a[1] == b[1];
}

/* Can the coder give gold root g from lexicon code c? The same root, or
 * one of the grammar's documented rewrites (docs/dictionaries-id.md):
 * modality turns 04–08 into intents (03) and force (14–20) into threats
 * (13); "menolak untuk" turns cooperation (03–08) into rejection (12);
 * a clash (19) between forces and civilians is repression (17) and
 * violent protest (14); an attack in words is criticism (11), a bombing
 * by a state's forces an air strike (19), forces blocking a crowd
 * coercion (17), a signed accord a formal agreement (05). */
static int root_reachable(const char *c, const char *g)
{
    if (strlen(c) < 2 || strlen(g) < 2) return 0;
    if (same_root(c, g)) return 1;
    int lc = (c[0] - '0') * 10 + (c[1] - '0'), lg = (g[0] - '0') * 10 + (g[1] - '0');
    if (lg == 3 && lc >= 4 && lc <= 8) return 1;
    if (lg == 13 && lc >= 14 && lc <= 20) return 1;
    if (lg == 12 && lc >= 3 && lc <= 8) return 1;
    if ((lg == 14 || lg == 17) && lc == 19) return 1;
    if (lg == 11 && lc == 19) return 1;     /* an attack in words (menyerang) is criticism */
    if (lg == 19 && lc == 18) return 1;     /* a bombing by a state's forces is an air strike */
    if (lg == 17 && lc == 14) return 1;     /* forces blocking a crowd coerce it */
    if (lg == 5 && (lc == 3 || lc == 6)) return 1;   /* what is signed is a formal agreement */
    return 0;
}

static int gold_matched(const probe *p, json_t *ev)
{
    const char *code = json_string_value(json_object_get(ev, "code"));
    for (int i = 0; i < p->n; i++) {
        if (code && root_reachable(p->codes[i], code)) return 1;
        json_t *alt = json_object_get(ev, "alt_codes");
        size_t k;
        json_t *a;
        json_array_foreach(alt, k, a)
            if (json_is_string(a) && root_reachable(p->codes[i], json_string_value(a))) return 1;
    }
    return 0;
}

/* Codes one evidence span: it goes through the article layer as an
 * article of its own, and the probe collects its event words' codes. */
static void probe_span(warta_ctx *ctx, wt_idcoder *coder, const char *text, probe *p, wt_doc *d,
                       wt_event_list *ev)
{
    json_t *art = json_pack("{s:s, s:s}", "id", "evidence", "text", text);
    char *line = json_dumps(art, JSON_COMPACT);
    json_decref(art);
    FILE *f = fmemopen(line, strlen(line), "r");
    p->n = 0;
    if (f) {
        wt_reader *r = wt_reader_new(ctx, WT_INPUT_JSONL);
        wt_reader_add_stream(r, f, "evidence");
        while (wt_reader_next(r, d)) {
            if (wt_article_process(ctx, d) != 0) continue;
            wt_event_list_clear(ev);
            wt_idcoder_code_doc(coder, d, ev);
        }
        wt_reader_free(r);
        fclose(f);
    }
    free(line);
}

int check_dict_gold(warta_ctx *ctx, const char *gold, int show)
{
    json_error_t err;
    FILE *gf = fopen(gold, "r");
    if (!gf) {
        wt_diag_at(&ctx->diag, WT_DIAG_ERROR, gold, 0, "cannot read gold events");
        return WT_EXIT_FATAL;
    }
    wt_idcoder *coder = wt_idcoder_new(ctx->data_dir, &ctx->diag);
    if (!coder) { fclose(gf); return WT_EXIT_FATAL; }
    wt_idcoder_set_lemmatizer(coder, wt_ctx_lemmatizer(ctx));
    wt_idcoder_set_syntax(coder, wt_ctx_syntax(ctx));
    probe p;
    wt_idcoder_set_probe(coder, on_code, &p);
    wt_doc d;
    wt_doc_init(&d);
    wt_event_list ev;
    wt_event_list_init(&ev);
    size_t events = 0, matched = 0, lineno = 0, bad = 0, none = 0;
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, gf) > 0) {
        lineno++;
        json_t *o = json_loads(line, 0, &err);
        if (!o) {
            wt_diag_at(&ctx->diag, WT_DIAG_ERROR, gold, (unsigned)lineno, "%s", err.text);
            bad++;
            continue;
        }
        size_t k;
        json_t *e;
        json_array_foreach(json_object_get(o, "events"), k, e) {
            const char *evid = json_string_value(json_object_get(e, "evidence"));
            if (!evid) continue;
            events++;
            probe_span(ctx, coder, evid, &p, &d, &ev);
            int ok = gold_matched(&p, e);
            matched += ok;
            none += p.n == 0;
            if (!ok && show)
                printf("unmatched %s: %s\n", json_string_value(json_object_get(e, "code")), evid);
        }
        json_decref(o);
    }
    free(line);
    fclose(gf);
    printf("gold-match: %zu of %zu gold events (%.1f%%) have a lexicon match for their root in the evidence\n",
           matched, events, events ? 100.0 * (double)matched / (double)events : 0.0);
    printf("gold-match: unmatched: %zu with no lexicon word in the evidence, %zu with words of other roots only\n",
           none, events - matched - none);
    wt_event_list_free(&ev);
    wt_doc_free(&d);
    wt_idcoder_free(coder);
    return bad ? WT_EXIT_REJECTED : WT_EXIT_OK;
}
