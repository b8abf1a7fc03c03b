/* project.c — reading TABARI .project files. */
#include "dict/project.h"
#include "util/file.h"
#include "util/mem.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

int wt_has_suffix_project(const char *path)
{
    return wt_has_suffix(path, ".project");
}

/* Directory part of path ("" when none), newly allocated. */
static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? wt_xstrndup(path, (size_t)(slash - path)) : wt_xstrdup("");
}

long wt_project_load_dicts(wt_dict *d, const char *path, char **textfile, wt_diag *diag)
{
    size_t len;
    char *text = wt_read_file(path, &len);
    if (textfile)
        *textfile = NULL;
    if (!text) {
        wt_diag_at(diag, WT_DIAG_ERROR, path, 0, "cannot read: %s", strerror(errno));
        return -1;
    }
    static const char *const tags[] = { "<optionsfile>", "<actorsfile>", "<agentsfile>",
                                        "<verbsfile>", "<textfile>", NULL };
    /* options first so that dictionary-dependent settings see them; then
     * the rest in the order written */
    char *dir = dir_of(path);
    long rejected = 0;
    int fatal = 0, found = 0;
    for (int pass = 0; pass < 2; pass++) {
        size_t lineno = 0;
        for (char *p = text; p && *p;) {
            char *nl = strchr(p, '\n');
            size_t l = nl ? (size_t)(nl - p) : strlen(p);
            lineno++;
            for (int t = 0; tags[t]; t++) {
                size_t tl = strlen(tags[t]);
                if (l < tl || strncasecmp(p, tags[t], tl))
                    continue;
                if ((pass == 0) != (t == 0))
                    break;
                const char *v = p + tl;
                size_t vl = l - tl;
                while (vl && isspace((unsigned char)*v)) { v++; vl--; }
                while (vl && isspace((unsigned char)v[vl - 1])) vl--;
                if (!vl) {
                    wt_diag_at(diag, WT_DIAG_ERROR, path, lineno, "%s without a file name", tags[t]);
                    rejected++;
                    break;
                }
                char *name = wt_xstrndup(v, vl);
                char *full = (*dir && name[0] != '/') ? wt_path_join(dir, name) : wt_xstrdup(name);
                free(name);
                long r = 0;
                found++;
                switch (t) {
                case 0: r = wt_dict_load_options(d, full, diag); break;
                case 1: r = wt_dict_load_actors(d, full, diag); break;
                case 2: r = wt_dict_load_agents(d, full, diag); break;
                case 3: r = wt_dict_load_verbs(d, full, diag); break;
                case 4:
                    if (textfile && !*textfile) { *textfile = full; full = NULL; }
                    break;
                }
                free(full);
                if (r < 0) fatal = 1; else rejected += r;
                break;
            }
            p = nl ? nl + 1 : NULL;
        }
    }
    if (!found) {
        wt_diag_at(diag, WT_DIAG_ERROR, path, 0, "no <actorsfile>/<verbsfile> tags: not a TABARI project");
        fatal = 1;
    }
    free(dir);
    free(text);
    return fatal ? -1 : rejected;
}
