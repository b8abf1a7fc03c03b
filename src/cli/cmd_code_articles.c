/* cmd_code_articles.c — placeholder until the stage lands; replaced by its owner. */
#include "cli/commands.h"
#include <stdio.h>

int cmd_code_articles(warta_ctx *ctx, int argc, char **argv);
int cmd_code_articles(warta_ctx *ctx, int argc, char **argv)
{
    (void)ctx; (void)argc;
    fprintf(stderr, "warta: '%s' is not implemented yet\n", argv[0]);
    return WT_EXIT_FATAL;
}
