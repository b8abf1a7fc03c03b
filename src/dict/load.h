/* load.h — the dictionaries a command is given with `--dict FILE...`:
 * plain TABARI dictionary files (.verbs .actors .agents .options) go
 * through the compiled cache (cache.c); when a .project file is among
 * them every file is parsed, a project with the files it names. Shared by
 * `warta code --input tabari` and `warta code --lang en`. */
#ifndef WARTA_DICT_LOAD_H
#define WARTA_DICT_LOAD_H

#include "dict/dict.h"

/* Does the path name a dictionary file (by its extension)? */
int wt_dict_is_file(const char *path);

/* Loads paths[0..n) into an initialised, empty dict and finishes it.
 * Returns the number of rejected entries (each reported through diag), or
 * -1 when a file cannot be read (the caller frees the dict). */
long wt_dict_load_inputs(wt_dict *d, const char *const *paths, size_t n, const wt_dict_cache_opts *cache,
                         wt_diag *diag);

#endif
