/* check_dict_id.h — the Indonesian modes of `warta check-dict`
 * (check_dict_id.c). Each returns an exit status of commands.h. */
#ifndef WARTA_CLI_CHECK_DICT_ID_H
#define WARTA_CLI_CHECK_DICT_ID_H

#include "cli/commands.h"
#include <stddef.h>

/* Reads .actors/.agents/.verbs files and directories with the Indonesian
 * reader, checks codes against data/cameo/goldstein.tsv and conflicting
 * forms; with stats, prints `lexicon: N lemmas, M patterns, K codes`. */
int check_dict_id(warta_ctx *ctx, char **paths, int n, int stats);
/* Articles through the article layer and the coder's actor recognition:
 * the most frequent predicates and event nouns without an entry in
 * sentences with two coded actors. */
int check_dict_coverage(warta_ctx *ctx, char **inputs, int n, size_t top);
/* The share of gold events whose evidence span has a lexicon match for
 * the gold root (or an alt_codes root); show lists the unmatched spans. */
int check_dict_gold(warta_ctx *ctx, const char *gold, int show);

#endif
