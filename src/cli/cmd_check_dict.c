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
#include <string.h>
#include <time.h>

static void usage(FILE *f)
{
    fputs("usage: warta check-dict [--stats] FILE|DIR...\n"
          "\n"
          "Reads TABARI/PETRARCH dictionaries (.verbs, .actors, .agents, .options,\n"
          "or a .project naming them), reports every malformed entry as\n"
          "file:line: error: message, and prints the counts of what loaded.\n"
          "A directory is read as Indonesian dictionaries (data/id: .actors,\n"
          ".agents, .verbs), every actor and agent code checked against the\n"
          "CAMEO table data/cameo/actor-codes.tsv (length a multiple of three,\n"
          "known country/IGO prefix and sectors). --stats adds the lines\n"
          "roles: N, persons: N (M with date ranges), institutions: N, actors: N.\n"
          "Exit status: 0 no problem, 1 some entries rejected, 2 usage,\n"
          "3 a file could not be read.\n", f);
}

int cmd_check_dict(warta_ctx *ctx, int argc, char **argv)
{
    int nfiles = 0, stats = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--stats")) {
            stats = 1;
            continue;
        }
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            usage(stdout);
            return WT_EXIT_OK;
        }
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
    int english = 0;
    for (int i = 1; i < argc; i++) {
        long r;
        if (!strcmp(argv[i], "--stats")) continue;
        if (wt_is_dir(argv[i])) {
            r = check_dict_id_dir(ctx, argv[i], stats);
            if (r < 0) fatal = 1;
            else rejected += r;
            continue;
        }
        english = 1;
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
    if (english) {
        printf("verbs: %zu (forms %zu), patterns: %zu, synsets: %zu, time phrases: %zu\n",
               d.n_verbs, d.n_verb_forms, d.n_patterns, d.n_synsets, d.n_times);
        printf("actors: %zu (phrases %zu), agents: %zu, nouns: %zu, adjectives: %zu, options: %zu\n",
               d.n_actors, d.n_actor_phrases, d.n_agents, d.n_nouns, d.n_adjs, d.n_options);
        printf("words: %zu, rejected entries: %zu, load time: %.1f ms\n",
               d.words.len, d.n_rejected, ms);
    }
    size_t problems = ctx->diag.errors - errors_before;
    wt_dict_free(&d);
    if (fatal)
        return WT_EXIT_FATAL;
    return (rejected || problems) ? WT_EXIT_REJECTED : WT_EXIT_OK;
}
