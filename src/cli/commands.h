/* commands.h — the subcommands of bin/warta, one file each (cmd_NAME.c).
 *
 * Each takes the arguments after its name (argv[0] is the command name) and
 * returns the process exit status: */
#ifndef WARTA_CLI_COMMANDS_H
#define WARTA_CLI_COMMANDS_H

#include "warta.h"

enum {
    WT_EXIT_OK = 0,        /* everything was processed */
    WT_EXIT_REJECTED = 1,  /* some input was rejected (reported on stderr); the rest was processed */
    WT_EXIT_USAGE = 2,     /* bad command line */
    WT_EXIT_FATAL = 3,     /* could not run at all: unreadable dictionary, database, output */
};

typedef int (*wt_command_fn)(warta_ctx *ctx, int argc, char **argv);

int cmd_doc(warta_ctx *ctx, int argc, char **argv);
int cmd_lemma(warta_ctx *ctx, int argc, char **argv);
int cmd_code(warta_ctx *ctx, int argc, char **argv);
int cmd_actors(warta_ctx *ctx, int argc, char **argv);
int cmd_validate(warta_ctx *ctx, int argc, char **argv);
int cmd_check_dict(warta_ctx *ctx, int argc, char **argv);
int cmd_query(warta_ctx *ctx, int argc, char **argv);
int cmd_parse(warta_ctx *ctx, int argc, char **argv);
int cmd_train_parser(warta_ctx *ctx, int argc, char **argv);

#endif
