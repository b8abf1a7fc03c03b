/* test_dict_cache.c — the compiled dictionary cache (src/dict/cache.c) and
 * the compiled matcher (src/dict/compile.c), on small dictionaries written
 * here (no ../shared needed):
 *   - coding with a dict read back from the cache gives exactly the events
 *     of the dict parsed from text;
 *   - the compiled word matching and phrase trie agree with the plain scan;
 *   - a truncated, corrupted, stale or foreign cache is rejected (never
 *     trusted, never a crash) and rebuilt, and the parse's diagnostics are
 *     replayed on a warm load. */
#include "check.h"
#include "code/coder.h"
#include "dict/dict.h"
#include "lang/en/tokens.h"
#include "util/file.h"

#include <dirent.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

static const char ACTORS[] =
    "<NOUN>\nMISSILES\n</NOUN>\n"
    "ERIADOR [ERI]\n"
    "LOTHLORIEN\n+GOLDEN_WOOD\n\t[LOT]\n"
    "DALE_ [DAL]\n"
    "ESGAROTH [ESG]\n"
    "LAKE_TOWN [ESG]\n"
    "BARD [DALGOV 991201-010114] [DAL]\n"
    "SMAUG\n\t[DRG <950601]\n\t[DRGREB >950601]\n"
    "THE_GREY_HAVENS [ELF/CIR]\n"
    "BROKEN [XYZ 991301-000101]\n";      /* rejected: month 13 */

static const char AGENTS[] =
    "KING_ [~GOVKNG]\n"
    "MERCHANTS_ [BUS~]\n";

static const char VERBS[] =
    "<SYNSETS>\n&GOODS\n+GOLD\n+TIMBER\n</SYNSETS>\n"
    "ACCUSE [112]\n"
    "- * + OF_ THEFT [1121]\n"
    "SHIP [061]\n"
    "- * &GOODS TO_ + [062]\n"
    "MEET [031:031]\n"
    "- % * [032]\n"
    "BURN_ [190]\n"
    "{ BURNT_ }\n"
    "SAY [010?]\n{ SAID_ }\n"
    "THANK [051]\n"
    "- * { HELP | AID } [052]\n"
    "MAKE PEACE [036]\n"
    "WARN [---]\n"
    "- * OF_WAR [138]\n";

static const char OPTIONS[] = "SET: MINIMUM WORDS = 0\n";

static const char *const SENTENCES[] = {
    "Eriador accused Lothlorien of theft.",
    "Dale shipped gold to Esgaroth.",
    "Bard and the king of Lake Town met.",
    "Smaug burnt Lake Town.",
    "The Grey Havens said Dale would make a lasting peace with Eriador.",
    "Lothlorien thanked Dale for the aid.",
    "Esgaroth warned Dale of war.",
    "The merchants of Dale thanked Eriador.",
    "Golden Wood burns Dale's missiles.",
};

/* ------------------------------------------------------------ helpers */

static void load_text(wt_dict *d, wt_diag *diag)
{
    wt_dict_read_options(d, "t.options", OPTIONS, strlen(OPTIONS), diag);
    wt_dict_read_actors(d, "t.actors", ACTORS, strlen(ACTORS), diag);
    wt_dict_read_agents(d, "t.agents", AGENTS, strlen(AGENTS), diag);
    wt_dict_read_verbs(d, "t.verbs", VERBS, strlen(VERBS), diag);
}

/* Every sentence's outcome as one string, for comparing two dicts. */
static char *code_all(const wt_dict *d)
{
    wt_coder *c = wt_coder_new(d, &wt_lang_rules_en);
    wt_coder_options_mut(c)->minimum_words = 0;
    wt_code_result r;
    wt_code_result_init(&r);
    wt_arena arena;
    wt_arena_init(&arena, 4096);
    wt_ctok_vec toks = { 0 };
    size_t cap = 8192, n = 0;
    char *out = calloc(1, cap);
    int32_t dates[] = { 19940101, 20000101, 0 };
    for (size_t di = 0; di < sizeof dates / sizeof *dates; di++)
        for (size_t s = 0; s < sizeof SENTENCES / sizeof *SENTENCES; s++) {
            wt_arena_reset(&arena);
            toks.len = 0;
            wt_en_tokenize(SENTENCES[s], strlen(SENTENCES[s]), &arena, &toks);
            int st = wt_coder_code(c, toks.items, toks.len, dates[di], &r);
            n += (size_t)snprintf(out + n, cap - n, "%zu/%zu:%d", di, s, st);
            for (size_t i = 0; i < r.events.len && n < cap - 200; i++) {
                const wt_coded_event *e = &r.events.items[i];
                n += (size_t)snprintf(out + n, cap - n, " [%s %s %s %d-%d %d-%d %s:%u]", e->source,
                                      e->target, e->code, e->src_first, e->src_last, e->tgt_first,
                                      e->tgt_last, e->rule.file ? e->rule.file : "-", e->rule.line);
            }
            n += (size_t)snprintf(out + n, cap - n, "\n");
        }
    WT_VEC_FREE(toks);
    wt_arena_free(&arena);
    wt_code_result_free(&r);
    wt_coder_free(c);
    return out;
}

static int count_events(const char *coded)
{
    int n = 0;
    for (const char *p = coded; (p = strchr(p, '[')); p++)
        n++;
    return n;
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

/* The one cache file in dir (dict-*.wdc), or "" */
static void cache_file_in(const char *dir, char *out, size_t max)
{
    out[0] = 0;
    DIR *dp = opendir(dir);
    struct dirent *de;
    while (dp && (de = readdir(dp)))
        if (!strncmp(de->d_name, "dict-", 5))
            snprintf(out, max, "%s/%s", dir, de->d_name);
    if (dp)
        closedir(dp);
}

static void remove_tree(const char *dir)
{
    DIR *dp = opendir(dir);
    struct dirent *de;
    char p[1024];
    while (dp && (de = readdir(dp))) {
        if (de->d_name[0] == '.')
            continue;
        snprintf(p, sizeof p, "%s/%s", dir, de->d_name);
        unlink(p);
    }
    if (dp)
        closedir(dp);
    rmdir(dir);
}

/* ------------------------------------------------------------ tests */

/* The compiled letter trie and phrase trie against the plain scans. */
static void test_compiled_matches_scan(void)
{
    wt_dict d;
    wt_diag diag;
    wt_dict_init(&d);
    wt_diag_init(&diag);
    diag.quiet = 1;
    load_text(&d, &diag);
    wt_dict_finish(&d);
    CHECK(d.compiled != NULL);
    static const char *const words[] = { "ERIADOR", "ERIADORS", "ERIADOR'S", "DALE", "DALES",
        "DALE'S", "DALES'", "BURN", "BURNS", "BURNED", "BURNING", "BURNT", "SHIPPED", "SHIPS",
        "ACCUSED", "ACCUSES", "ACCUSING", "SAID", "SAYS", "THANKED", "GOLDEN", "GOLDENS",
        "LOTHLORIENS", "X", "OF", "WARNED", "KINGS", "MERCHANTS", "MAKES", "PEACEFUL", "" };
    int same = 1;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        wt_word_match a[12], b[12];
        size_t n = strlen(words[i]);
        size_t na = wt_dict_word_matches_scan(&d, words[i], n, a, 12);
        size_t nb = wt_dict_word_matches_compiled(&d, words[i], n, b, 12);
        if (na != nb) same = 0;
        for (size_t k = 0; k < na && k < nb; k++)
            if (a[k].word != b[k].word || a[k].how != b[k].how) same = 0;
        if (!same) {
            fprintf(stderr, "word matches differ for %s\n", words[i]);
            break;
        }
    }
    CHECK(same);
    /* coding with the tries and without them (the scans) */
    char *with = code_all(&d);
    wt_dict_compiled_free(&d);
    for (size_t i = 0; i < d.words.len; i++)
        for (size_t j = 0; j < d.words.items[i]->first.len; j++) {
            wt_entry *e = d.words.items[i]->first.items[j];
            if (e->kind == WT_E_VERB)
                for (uint32_t p = 0; p < e->u.verb->npatterns; p++)
                    e->u.verb->patterns[p].anchor1 = 0;
        }
    char *without = code_all(&d);
    CHECK_STR(with, without);
    CHECK(count_events(with) >= 8);        /* the sentences do code */
    free(with);
    free(without);
    wt_dict_free(&d);
}

/* Encode → decode in memory: identical coding; every truncation and a
 * flipped byte anywhere are rejected and leave an empty, usable dict. */
static void test_round_trip_and_corruption(void)
{
    wt_dict a, b;
    wt_diag diag;
    wt_diag_init(&diag);
    diag.quiet = 1;
    wt_dict_init(&a);
    load_text(&a, &diag);
    wt_dict_finish(&a);
    void *bytes;
    size_t len;
    CHECK_INT(wt_dict_cache_encode(&a, "key", 1, &bytes, &len), 0);
    CHECK(len > 100);

    wt_dict_init(&b);
    long rejected = -5;
    CHECK_INT(wt_dict_cache_decode(&b, bytes, len, "key", &rejected, NULL), 0);
    CHECK_INT(rejected, 1);
    CHECK_INT(b.words.len, a.words.len);
    CHECK_INT(b.n_actors, a.n_actors);
    CHECK_INT(b.n_patterns, a.n_patterns);
    CHECK_INT(b.opts.minimum_words, a.opts.minimum_words);
    char *ca = code_all(&a), *cb = code_all(&b);
    CHECK_STR(cb, ca);
    free(cb);
    wt_dict_free(&b);

    /* the wrong key (other files, other mtimes) */
    wt_dict_init(&b);
    CHECK_INT(wt_dict_cache_decode(&b, bytes, len, "other key", &rejected, NULL), -1);
    CHECK_INT(b.words.len, 0);
    wt_dict_free(&b);

    /* every truncation */
    int all_rejected = 1;
    for (size_t cut = 0; cut < len; cut += cut < 64 ? 1 : 37) {
        wt_dict_init(&b);
        if (wt_dict_cache_decode(&b, bytes, cut, "key", &rejected, NULL) != -1 || b.words.len)
            all_rejected = 0;
        wt_dict_free(&b);
    }
    CHECK(all_rejected);
    /* one flipped byte anywhere: the checksum (or the header) catches it */
    unsigned char *bad = malloc(len);
    all_rejected = 1;
    for (size_t at = 0; at < len; at += 1 + at / 8) {
        memcpy(bad, bytes, len);
        bad[at] ^= 0x5a;
        wt_dict_init(&b);
        if (wt_dict_cache_decode(&b, bad, len, "key", &rejected, NULL) != -1)
            all_rejected = 0;
        wt_dict_free(&b);
    }
    CHECK(all_rejected);
    free(bad);

    /* a dict that was rejected can still load the good bytes */
    wt_dict_init(&b);
    CHECK_INT(wt_dict_cache_decode(&b, bytes, 10, "key", &rejected, NULL), -1);
    CHECK_INT(wt_dict_cache_decode(&b, bytes, len, "key", &rejected, NULL), 0);
    cb = code_all(&b);
    CHECK_STR(cb, ca);
    free(cb);
    wt_dict_free(&b);
    free(ca);
    free(bytes);
    wt_dict_free(&a);
}

/* Through files: cold (writes the cache), warm (reads it, replays the
 * diagnostics), corrupt on disk (rebuilt), stale (a source changed). */
static void test_files(void)
{
    char dir[] = "/tmp/warta-test-cache-XXXXXX";
    if (!mkdtemp(dir)) {
        CHECK(!"mkdtemp");
        return;
    }
    char cachedir[600], pa[600], pb[600], pc[600], pd[600], cfile[1200];
    snprintf(cachedir, sizeof cachedir, "%s/cache", dir);
    snprintf(pa, sizeof pa, "%s/t.options", dir);
    snprintf(pb, sizeof pb, "%s/t.actors", dir);
    snprintf(pc, sizeof pc, "%s/t.agents", dir);
    snprintf(pd, sizeof pd, "%s/t.verbs", dir);
    write_file(pa, OPTIONS);
    write_file(pb, ACTORS);
    write_file(pc, AGENTS);
    write_file(pd, VERBS);
    const char *paths[] = { pa, pb, pc, pd };
    wt_dict_cache_opts opts = { cachedir, 0 };

    wt_dict d;
    wt_diag diag;
    int from_cache = -1;
    wt_diag_init(&diag);
    diag.quiet = 1;
    wt_dict_init(&d);
    CHECK_INT(wt_dict_load_cached(&d, paths, 4, &opts, &diag, &from_cache), 1);
    CHECK_INT(from_cache, 0);
    size_t cold_errors = diag.errors, cold_warnings = diag.warnings;
    CHECK(cold_errors >= 1);                       /* BROKEN's month 13 */
    char *cold = code_all(&d);
    wt_dict_free(&d);
    cache_file_in(cachedir, cfile, sizeof cfile);
    CHECK(cfile[0] != 0);

    /* warm: same result, same diagnostics */
    wt_diag_init(&diag);
    diag.quiet = 1;
    wt_dict_init(&d);
    CHECK_INT(wt_dict_load_cached(&d, paths, 4, &opts, &diag, &from_cache), 1);
    CHECK_INT(from_cache, 1);
    CHECK_INT(diag.errors, cold_errors);
    CHECK_INT(diag.warnings, cold_warnings);
    char *warm = code_all(&d);
    CHECK_STR(warm, cold);
    free(warm);
    wt_dict_free(&d);

    /* truncated on disk: rejected, parsed again, rewritten */
    size_t len;
    char *bytes = wt_read_file(cfile, &len);
    CHECK(bytes != NULL);
    if (bytes) {
        FILE *f = fopen(cfile, "wb");
        if (f) {
            fwrite(bytes, 1, len / 2, f);
            fclose(f);
        }
        free(bytes);
    }
    wt_dict_init(&d);
    CHECK_INT(wt_dict_load_cached(&d, paths, 4, &opts, &diag, &from_cache), 1);
    CHECK_INT(from_cache, 0);
    warm = code_all(&d);
    CHECK_STR(warm, cold);
    free(warm);
    wt_dict_free(&d);
    wt_dict_init(&d);
    wt_dict_load_cached(&d, paths, 4, &opts, &diag, &from_cache);
    CHECK_INT(from_cache, 1);                      /* the rewritten cache */
    wt_dict_free(&d);

    /* garbage of the right size on disk */
    bytes = wt_read_file(cfile, &len);
    if (bytes) {
        memset(bytes + len / 3, 0xff, len / 3);
        FILE *f = fopen(cfile, "wb");
        if (f) {
            fwrite(bytes, 1, len, f);
            fclose(f);
        }
        free(bytes);
    }
    wt_dict_init(&d);
    wt_dict_load_cached(&d, paths, 4, &opts, &diag, &from_cache);
    CHECK_INT(from_cache, 0);
    wt_dict_free(&d);

    /* a changed source: the old cache no longer applies */
    write_file(pd, "ACCUSE [112]\n");
    wt_dict_init(&d);
    wt_dict_load_cached(&d, paths, 4, &opts, &diag, &from_cache);
    CHECK_INT(from_cache, 0);
    CHECK_INT(d.n_verbs, 1);
    wt_dict_free(&d);

    /* --no-cache: parsed, nothing read */
    wt_dict_cache_opts off = { cachedir, 1 };
    wt_dict_init(&d);
    wt_dict_load_cached(&d, paths, 4, &off, &diag, &from_cache);
    CHECK_INT(from_cache, 0);
    wt_dict_free(&d);

    /* an unreadable dictionary is still an error */
    const char *missing[] = { pa, "/nonexistent/x.verbs" };
    wt_dict_init(&d);
    CHECK_INT(wt_dict_load_cached(&d, missing, 2, &opts, &diag, &from_cache), -1);
    wt_dict_free(&d);

    free(cold);
    remove_tree(cachedir);
    unlink(pa);
    unlink(pb);
    unlink(pc);
    unlink(pd);
    rmdir(dir);
}

int main(void)
{
    test_compiled_matches_scan();
    test_round_trip_and_corruption();
    test_files();
    return check_done("test_dict_cache");
}
