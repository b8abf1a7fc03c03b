/* check.h — the assertions every test program uses.
 *
 * A failed check prints file:line and the values, and the program goes on,
 * so one run shows every failure. check_done() prints the program's
 * "NAME: N passed, N failed" line (tests/run adds them up) and returns the
 * exit status. */
#ifndef WARTA_TESTS_CHECK_H
#define WARTA_TESTS_CHECK_H

#include <stdio.h>
#include <string.h>
#include <stdlib.h>

static int check_passed, check_failed;

#define CHECK(cond)                                                              \
    do {                                                                         \
        if (cond) check_passed++;                                                \
        else { check_failed++; fprintf(stderr, "%s:%d: CHECK failed: %s\n",     \
                                       __FILE__, __LINE__, #cond); }             \
    } while (0)

#define CHECK_INT(got, want)                                                     \
    do {                                                                         \
        long long g_ = (long long)(got), w_ = (long long)(want);                 \
        if (g_ == w_) check_passed++;                                            \
        else { check_failed++; fprintf(stderr, "%s:%d: %s = %lld, want %lld\n", \
                                       __FILE__, __LINE__, #got, g_, w_); }      \
    } while (0)

#define CHECK_STR(got, want)                                                     \
    do {                                                                         \
        const char *g_ = (got), *w_ = (want);                                    \
        if (g_ && w_ && strcmp(g_, w_) == 0) check_passed++;                     \
        else if (!g_ && !w_) check_passed++;                                     \
        else { check_failed++; fprintf(stderr, "%s:%d: %s = \"%s\", want \"%s\"\n", \
                                       __FILE__, __LINE__, #got, g_ ? g_ : "(null)", \
                                       w_ ? w_ : "(null)"); }                    \
    } while (0)

/* The shared reference data, when it sits beside the repository. Tests that
 * need it say so and skip rather than fail when it is absent. */
static inline const char *check_shared_dir(void)
{
    const char *env = getenv("WARTA_SHARED");
    static const char *const candidates[] = {"../shared", "../../shared"};
    if (env && *env) return env;
    for (size_t i = 0; i < sizeof candidates / sizeof *candidates; i++) {
        FILE *f;
        char path[256];
        snprintf(path, sizeof path, "%s/README.md", candidates[i]);
        if ((f = fopen(path, "r"))) { fclose(f); return candidates[i]; }
    }
    return NULL;
}

static inline int check_done(const char *name)
{
    printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
    return check_failed ? 1 : 0;
}

#endif
