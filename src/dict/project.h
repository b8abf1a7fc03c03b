/* project.h — TABARI .project files: which dictionaries and text go together.
 *
 * A project names its files with tags, paths relative to the project file:
 *   <actorsfile> X.actors   (may repeat)   <verbsfile> X.verbs
 *   <agentsfile> X.agents   <optionsfile> X.options   <textfile> X.text
 * Other tags (<eventfile>, <session …>, <coder>) are bookkeeping and ignored. */
#ifndef WARTA_DICT_PROJECT_H
#define WARTA_DICT_PROJECT_H

#include "dict/dict.h"

/* 1 when path names a .project file. */
int wt_has_suffix_project(const char *path);

/* Loads every dictionary the project names into d. When textfile is not
 * NULL it receives the (newly allocated) path of the <textfile>, or NULL.
 * Returns the number of rejected entries, or -1 when the project or one of
 * its dictionaries cannot be read (reported). */
long wt_project_load_dicts(wt_dict *d, const char *path, char **textfile, wt_diag *diag);

#endif
