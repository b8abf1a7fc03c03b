/* cmd_check_dict.c — `warta check-dict FILE...`: read dictionaries, report
 * every problem as file:line, print what was loaded, exit non-zero when
 * anything was rejected. */
#include "cli/check_dict_id.h"
#include "cli/commands.h"
#include "ctx.h"
#include "dict/dict.h"
#include "dict/project.h"
#include "util/file.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void usage(FILE *f)
{
    fputs("usage: warta check-dict [--stats] [--lang id] FILE|DIR...\n"
          "       warta check-dict --coverage [--top N] [FILE|DIR|-]...\n"
          "       warta check-dict --gold-match EVENTS.jsonl [--show-unmatched]\n"
          "\n"
          "Reads TABARI/PETRARCH dictionaries (.verbs, .actors, .agents, .options,\n"
          "or a .project naming them), reports every malformed entry as\n"
          "file:line: error: message, and prints the counts of what loaded.\n"
          "A directory, a file inside a directory named id, or --lang id reads the\n"
          "Indonesian dictionaries (docs/dictionaries-id.md): unknown CAMEO codes\n"
          "(data/cameo/goldstein.tsv), forms with two codes, malformed patterns and\n"
          "actor or agent codes that are not CAMEO's (data/cameo/actor-codes.tsv:\n"
          "length a multiple of three, known country/IGO prefix and sectors) are\n"
          "rejected; --stats adds `lexicon: N lemmas, M patterns, K codes` and the\n"
          "lines roles: N, persons: N (M with date ranges), institutions: N, actors: N.\n"
          "--coverage lists the predicates and event nouns without an entry in\n"
          "sentences with two coded actors; --gold-match the share of gold events\n"
          "whose evidence has a lexicon match for the gold root.\n"
          "Exit status: 0 no problem, 1 some entries rejected, 2 usage,\n"
          "3 a file could not be read.\n", f);
}

/* Is this an Indonesian dictionary: a directory, or a file of a
 * directory named id (data/id/id.verbs)? */
static int is_id_path(const char *p)
{
    if (wt_is_dir(p)) return 1;
    const char *slash = strrchr(p, '/');
    if (!slash) return 0;
    return (slash - p == 2 && !strncmp(p, "id", 2)) || (slash - p > 2 && !strncmp(slash - 3, "/id", 3));
}

/* The Indonesian modes (check_dict_id.c): NULL when argv asks for none. */
static int id_modes(warta_ctx *ctx, int argc, char **argv, int *handled)
{
    int stats = 0, lang_id = 0, coverage = 0, show = 0, nfiles = 0;
    const char *gold = NULL;
    size_t top = 30;
    char **files = wt_xcalloc((size_t)argc + 1, sizeof *files);
    *handled = 1;
    int status = WT_EXIT_OK;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--stats")) stats = 1;
        else if (!strcmp(a, "--coverage")) coverage = 1;
        else if (!strcmp(a, "--show-unmatched")) show = 1;
        else if (!strcmp(a, "--lang") && i + 1 < argc && !strcmp(argv[i + 1], "id")) { lang_id = 1; i++; }
        else if (!strcmp(a, "--gold-match") && i + 1 < argc) gold = argv[++i];
        else if (!strcmp(a, "--top") && i + 1 < argc) top = (size_t)strtoul(argv[++i], NULL, 10);
        else if (a[0] == '-' && a[1]) { *handled = 0; break; }
        else files[nfiles++] = argv[i];
    }
    if (*handled) {
        if (coverage) status = check_dict_coverage(ctx, files, nfiles, top);
        else if (gold) status = check_dict_gold(ctx, gold, show);
        else {
            int id = lang_id || stats;
            for (int i = 0; i < nfiles && !id; i++) id = is_id_path(files[i]);
            if (id && nfiles) status = check_dict_id(ctx, files, nfiles, stats);
            else *handled = 0;
        }
    }
    free(files);
    return status;
}

int cmd_check_dict(warta_ctx *ctx, int argc, char **argv)
{
    int nfiles = 0;
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            usage(stdout);
            return WT_EXIT_OK;
        }
    int handled = 0;
    int st = id_modes(ctx, argc, argv, &handled);
    if (handled) return st;
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "warta check-dict: unknown option %s\n", argv[i]);
            usage(stderr);
            return WT_EXIT_USAGE;
        }
        nfiles++;
    }
    if (!nfiles) {
        usage(stderr);
        return WT_EXIT_USAGE;
    }
    wt_dict d;
    wt_dict_init(&d);
    int fatal = 0;
    long rejected = 0;
    size_t errors_before = ctx->diag.errors;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int i = 1; i < argc; i++) {
        long r;
        if (wt_has_suffix_project(argv[i]))
            r = wt_project_load_dicts(&d, argv[i], NULL, &ctx->diag);
        else
            r = wt_dict_load_file(&d, argv[i], &ctx->diag);
        if (r < 0)
            fatal = 1;
        else
            rejected += r;
    }
    wt_dict_finish(&d);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    printf("verbs: %zu (forms %zu), patterns: %zu, synsets: %zu, time phrases: %zu\n",
           d.n_verbs, d.n_verb_forms, d.n_patterns, d.n_synsets, d.n_times);
    printf("actors: %zu (phrases %zu), agents: %zu, nouns: %zu, adjectives: %zu, options: %zu\n",
           d.n_actors, d.n_actor_phrases, d.n_agents, d.n_nouns, d.n_adjs, d.n_options);
    printf("words: %zu, rejected entries: %zu, load time: %.1f ms\n",
           d.words.len, d.n_rejected, ms);
    size_t problems = ctx->diag.errors - errors_before;
    wt_dict_free(&d);
    if (fatal)
        return WT_EXIT_FATAL;
    return (rejected || problems) ? WT_EXIT_REJECTED : WT_EXIT_OK;
}
