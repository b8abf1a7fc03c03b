#include "util/file.h"
#include "util/mem.h"
#include "util/diag.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

char *wt_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *data = wt_xmalloc(cap);
    for (;;) {
        if (cap - n < 2) data = wt_xrealloc(data, cap *= 2);
        size_t got = fread(data + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) break;
    }
    int err = ferror(f);
    fclose(f);
    if (err) {
        free(data);
        errno = EIO;
        return NULL;
    }
    data[n] = '\0';
    if (len) *len = n;
    return data;
}

int wt_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int wt_has_suffix(const char *path, const char *suffix)
{
    size_t n = strlen(path), m = strlen(suffix);
    return n >= m && strcasecmp(path + n - m, suffix) == 0;
}

char *wt_basename_noext(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    return wt_xstrndup(base, n);
}

char *wt_path_join(const char *dir, const char *name)
{
    size_t a = strlen(dir), b = strlen(name);
    int slash = a && dir[a - 1] != '/';
    char *p = wt_xmalloc(a + slash + b + 1);
    memcpy(p, dir, a);
    if (slash) p[a] = '/';
    memcpy(p + a + slash, name, b + 1);
    return p;
}

char *wt_read_data_file(const char *path, size_t *len, struct wt_diag *diag, const char *what)
{
    char *text = wt_read_file(path, len);
    if (!text) wt_diag_at(diag, WT_DIAG_ERROR, path, 0, "cannot read the %s", what);
    return text;
}
