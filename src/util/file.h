/* file.h — whole-file reading and path helpers. */
#ifndef WARTA_UTIL_FILE_H
#define WARTA_UTIL_FILE_H

#include <stddef.h>

/* Reads a whole file; returns NULL (errno set) on failure. The result is
 * NUL-terminated; *len excludes the NUL. Caller frees. */
char *wt_read_file(const char *path, size_t *len);
/* wt_read_file for a data file the caller needs: on failure, reports
 * "cannot read the WHAT" at path (an error) and returns NULL. */
struct wt_diag;
char *wt_read_data_file(const char *path, size_t *len, struct wt_diag *diag, const char *what);
/* 1 when path is a directory. */
int wt_is_dir(const char *path);
/* 1 when path ends with suffix (case-insensitive). */
int wt_has_suffix(const char *path, const char *suffix);
/* File name without directory and extension, newly allocated. */
char *wt_basename_noext(const char *path);
/* path joined to dir, newly allocated. */
char *wt_path_join(const char *dir, const char *name);

#endif
