/* cmd_code.c — `warta code`: two inputs, one event output.
 *
 * TABARI records (`--input tabari`, English, dictionaries given with --dict)
 * go to cmd_code_tabari.c; articles (txt/JSONL/directories, --lang id|en|auto)
 * go through the article layer in cmd_code_articles.c. */
#include "cli/commands.h"

#include <string.h>

int cmd_code_tabari(warta_ctx *ctx, int argc, char **argv);
int cmd_code_articles(warta_ctx *ctx, int argc, char **argv);

int cmd_code(warta_ctx *ctx, int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--input=tabari") ||
            (!strcmp(argv[i], "--input") && i + 1 < argc && !strcmp(argv[i + 1], "tabari")))
            return cmd_code_tabari(ctx, argc, argv);
    }
    return cmd_code_articles(ctx, argc, argv);
}
