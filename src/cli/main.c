/* main.c — bin/warta: global options, then one subcommand. */
#include "cli/commands.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct command {
    const char *name;
    wt_command_fn fn;
    const char *summary;
} commands[] = {
    {"doc", cmd_doc, "clean and segment articles: paragraphs, sentences, dates, quotes (JSON Lines)"},
    {"lemma", cmd_lemma, "lemmatise Indonesian words, with --analyse for the affix analysis"},
    {"code", cmd_code, "code events from articles (--lang id) or TABARI records (--input tabari)"},
    {"actors", cmd_actors, "list the actor mentions of Indonesian articles and their codes (JSON Lines)"},
    {"validate", cmd_validate, "run a TABARI validation project and compare with its expectations"},
    {"check-dict", cmd_check_dict, "check dictionaries (.verbs, .actors, .agents, .options) and count entries"},
    {"query", cmd_query, "query an event database written by 'code --db'"},
    {"parse", cmd_parse, "tag and parse Indonesian sentences: UD trees as CoNLL-U or JSON"},
    {"train-parser", cmd_train_parser, "train the Indonesian tagger and parser from UD treebanks (make model)"},
};

static void usage(FILE *out)
{
    fprintf(out,
            "usage: warta [--data DIR] COMMAND [ARGS...]\n"
            "       warta COMMAND --help\n\n"
            "Turns news articles into event data: who did what to whom, when and where.\n\n"
            "commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(out, "  %-11s %s\n", commands[i].name, commands[i].summary);
    fprintf(out,
            "\noptions:\n"
            "  --data DIR  dictionaries and lexicons (default: $WARTA_DATA, else PREFIX/share/warta\n"
            "              of the install, else data/ of the build tree)\n"
            "  --version   print the version\n"
            "  --help      this text\n\n"
            "exit status: 0 all input processed; 1 some input rejected (reported on stderr,\n"
            "the rest processed); 2 bad command line; 3 could not run (missing dictionary, I/O).\n");
}

/* Every command's output ends here: a closed pipe, a closed descriptor or
 * a full disk is one message and exit status 3, whichever command wrote.
 * Commands that saw the failure themselves (and said so) return 3 already;
 * the message is only added for the others. */
static int finish_output(int status)
{
    int flush_failed = fflush(stdout) != 0;
    int err = flush_failed ? errno : 0;  /* errno says why only when fflush just failed */
    if (!flush_failed && !ferror(stdout)) return status;
    if (status != WT_EXIT_FATAL)
        fprintf(stderr, "warta: cannot write to standard output: %s\n", err ? strerror(err) : "write error");
    return WT_EXIT_FATAL;
}

int main(int argc, char **argv)
{
    /* a reader that goes away (| head) makes writes fail with EPIPE, which
     * is reported, instead of killing the process without a word */
    signal(SIGPIPE, SIG_IGN);
    warta_ctx *ctx = warta_new();
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            usage(stdout);
            warta_free(ctx);
            return finish_output(WT_EXIT_OK);
        } else if (!strcmp(argv[i], "--version")) {
            printf("warta %s\n", warta_version());
            warta_free(ctx);
            return finish_output(WT_EXIT_OK);
        } else if (!strcmp(argv[i], "--data") && i + 1 < argc) {
            warta_set_data_dir(ctx, argv[++i]);
        } else {
            fprintf(stderr, "warta: unknown option '%s' (see warta --help)\n", argv[i]);
            warta_free(ctx);
            return WT_EXIT_USAGE;
        }
    }
    if (i >= argc) {
        usage(stderr);
        warta_free(ctx);
        return WT_EXIT_USAGE;
    }
    for (size_t c = 0; c < sizeof commands / sizeof *commands; c++) {
        if (!strcmp(argv[i], commands[c].name)) {
            errno = 0;
            int status = commands[c].fn(ctx, argc - i, argv + i);
            warta_free(ctx);
            return finish_output(status);
        }
    }
    fprintf(stderr, "warta: unknown command '%s' (see warta --help)\n", argv[i]);
    warta_free(ctx);
    return WT_EXIT_USAGE;
}
