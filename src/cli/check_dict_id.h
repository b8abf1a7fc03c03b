/* check_dict_id.h — `warta check-dict DIR`: the Indonesian dictionaries of
 * a directory (data/id), their codes checked against the CAMEO table. */
#ifndef WARTA_CLI_CHECK_DICT_ID_H
#define WARTA_CLI_CHECK_DICT_ID_H

#include "warta.h"

/* Loads every .actors/.agents/.verbs file of dir with the CAMEO code check
 * (DIR/../cameo/actor-codes.tsv, else DATA/cameo/actor-codes.tsv), prints
 * the counts (with `stats`, the roles/persons/institutions/actors lines)
 * and returns the number of rejected entries, -1 when dir is unreadable. */
long check_dict_id_dir(warta_ctx *ctx, const char *dir, int stats);

#endif
