/* load.c — loading the dictionaries named on a command line (load.h). */
#include "dict/load.h"
#include "dict/project.h"
#include "util/file.h"

int wt_dict_is_file(const char *p)
{
    static const char *const ext[] = { ".verbs", ".actors", ".agents", ".options", ".project",
                                       ".verbs.txt", ".actors.txt", ".agents.txt", NULL };
    for (int i = 0; ext[i]; i++)
        if (wt_has_suffix(p, ext[i])) return 1;
    return 0;
}

long wt_dict_load_inputs(wt_dict *d, const char *const *paths, size_t n, const wt_dict_cache_opts *cache,
                         wt_diag *diag)
{
    int any_project = 0;
    for (size_t i = 0; i < n; i++)
        any_project |= wt_has_suffix_project(paths[i]);
    if (!any_project)     /* plain dictionary files: through the cache, which finishes the dict */
        return wt_dict_load_cached(d, paths, n, cache, diag, NULL);
    long rejected = 0;
    for (size_t i = 0; i < n; i++) {
        long r = wt_has_suffix_project(paths[i]) ? wt_project_load_dicts(d, paths[i], NULL, diag)
                                                 : wt_dict_load_file(d, paths[i], diag);
        if (r < 0) return -1;
        rejected += r;
    }
    wt_dict_finish(d);
    return rejected;
}
