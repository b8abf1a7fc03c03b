/* cmd_code_articles.c — `warta code [--lang id|en|auto] [--dict FILE...]
 * [FILE...]`: news articles in (the same inputs as `warta doc`), one JSON
 * line per coded event out. Indonesian articles go through the article
 * layer and the Indonesian coder (src/code/id/); English articles, when
 * TABARI dictionaries are given with --dict, through the article layer and
 * the TABARI coder (src/code/en_articles.c). --explain shows each
 * Indonesian sentence's actors, verbs and decisions on stderr, --stats
 * prints a coverage report instead of the events. */
#include "parse/parse.h"
#include "cli/commands.h"
#include "cli/jobs.h"
#include "code/en_articles.h"
#include "code/event.h"
#include "code/enrich.h"
#include "code/id/idcoder.h"
#include "ctx.h"
#include "dict/load.h"
#include "ingest/ingest.h"
#include "lang/id/lemma.h"
#include "output/event_json.h"
#include "output/sink.h"
#include "text/article.h"
#include "text/langid.h"
#include "util/buf.h"
#include "util/mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *out)
{
    fprintf(out,
            "usage: warta code [OPTIONS] [--dict DICT...] [FILE|DIR|-]...\n\n"
            "Codes news articles into CAMEO events: who did what to whom. One JSON\n"
            "object per event (JSON Lines): doc, para (0-based input line), sent, span,\n"
            "source, source_text, target, target_text, code, root, evidence, rule\n"
            "(dictionary file:line), speaker (events inside a quote), then the\n"
            "enrichment fields (date, place, quad, goldstein, plover).\n\n"
            "inputs: as `warta doc` (.txt = one article, .jsonl = one per line,\n"
            "directories, '-' or nothing = stdin). TABARI records: --input tabari.\n\n"
            "options:\n"
            "  --lang id|en|auto   article language (default auto: told apart by\n"
            "                      function words). English articles are coded with\n"
            "                      the TABARI dictionaries given with --dict; without\n"
            "                      them they are reported and skipped\n"
            "  --dict DICT...      TABARI .verbs .actors .agents .options (or .project)\n"
            "                      files for English articles (as --input tabari); every\n"
            "                      dictionary file after --dict is taken\n"
            "  --cache DIR, --no-cache   compiled dictionary cache (as --input tabari)\n"
            "  --input txt|jsonl   read every input as this format\n"
            "  --date YYYY-MM-DD   publication date for articles that give none\n"
            "                      (person codes are date-bounded)\n"
            "  --format json|gdelt|gdelt-mentions|csv\n"
            "                      output format (default json); gdelt is the GDELT 2.0\n"
            "                      event table, gdelt-mentions its Mentions table\n"
            "                      (docs/formats.md)\n"
            "  --header            gdelt formats: first line the column names\n"
            "  --db FILE           also store the events in a SQLite database\n"
            "  --no-enrich         coder output only (no date/place/quad/goldstein)\n"
            "  --explain           per sentence on stderr: actors, verbs, patterns and\n"
            "                      why each event was or was not produced (English:\n"
            "                      TABARI's parse, the sentence status, the events)\n"
            "  --stats             print a coverage report (sentences with actors,\n"
            "                      verbs, events per article, words near two actors\n"
            "                      that produced no event) instead of the events\n"
            "  --keep-going        exit 0 even when some input was rejected\n"
            "  --quiet             no progress line (shown when stderr is a terminal)\n"
            WT_JOBS_HELP
            "                      (--explain and --stats run on one thread)\n"
            "  --help              this text\n\n"
            "Dictionaries: DATA/id/ .actors, .agents and .verbs files (docs/dictionaries-id.md);\n"
            "English: the --dict files (docs/events.md, \"English articles\").\n"
            "exit status: 0 ok; 1 some input rejected; 2 bad command line; 3 no\n"
            "dictionaries or output error.\n");
}

static const char *opt_value(int argc, char **argv, int *i, const char *name)
{
    size_t n = strlen(name);
    const char *a = argv[*i];
    if (!strncmp(a, name, n) && a[n] == '=') return a + n + 1;
    return *i + 1 < argc ? argv[++*i] : "";
}

typedef struct code_opts {
    enum wt_input_format fmt;
    const char *lang, *format, *db;
    wt_date date;
    int explain, stats_on, keep_going, enrich, header, quiet;
    long jobs;
    size_t ndicts;
} code_opts;

static int code_articles(warta_ctx *ctx, const code_opts *op, const char *const *dicts, size_t ndicts,
                         const wt_dict_cache_opts *cache, const char *const *inputs, size_t ninputs);

int cmd_code_articles(warta_ctx *ctx, int argc, char **argv);
int cmd_code_articles(warta_ctx *ctx, int argc, char **argv)
{
    enum wt_input_format fmt = WT_INPUT_AUTO;
    const char *lang = "auto", *format = "json", *db = NULL;
    wt_date date = {0, 0, 0};
    int explain = 0, stats_on = 0, keep_going = 0, enrich = 1, in_dicts = 0, header = 0, quiet = 0;
    WT_VEC(const char *) dicts = {0};
    WT_VEC(const char *) inputs = {0};
    wt_dict_cache_opts cache = { NULL, 0 };
    int status = WT_EXIT_OK;
    long njobs = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); goto done; }
        int jr = wt_jobs_option(argc, argv, &i, &njobs, "code");
        if (jr < 0) { status = WT_EXIT_USAGE; goto done; }
        if (jr) { in_dicts = 0; continue; }
        if (a[0] == '-' && a[1]) in_dicts = 0;
        if (!strcmp(a, "--dict")) { in_dicts = 1; continue; }
        if (!strncmp(a, "--dict=", 7)) { *WT_VEC_PUSH(dicts) = a + 7; in_dicts = 1; continue; }
        if (!strcmp(a, "--no-cache")) { cache.disabled = 1; continue; }
        if (!strncmp(a, "--cache", 7) && (a[7] == 0 || a[7] == '=')) {
            cache.dir = opt_value(argc, argv, &i, "--cache");
            if (!cache.dir[0]) { fprintf(stderr, "warta code: --cache needs a directory\n"); status = WT_EXIT_USAGE; goto done; }
            continue;
        }
        if (!strncmp(a, "--lang", 6) && (a[6] == 0 || a[6] == '=')) {
            lang = opt_value(argc, argv, &i, "--lang");
            if (strcmp(lang, "id") && strcmp(lang, "en") && strcmp(lang, "auto")) {
                fprintf(stderr, "warta code: --lang wants id, en or auto, not '%s'\n", lang);
                status = WT_EXIT_USAGE;
                goto done;
            }
        } else if (!strncmp(a, "--input", 7) && (a[7] == 0 || a[7] == '=')) {
            const char *v = opt_value(argc, argv, &i, "--input");
            if (!strcmp(v, "txt")) fmt = WT_INPUT_TXT;
            else if (!strcmp(v, "jsonl")) fmt = WT_INPUT_JSONL;
            else { fprintf(stderr, "warta code: --input wants txt, jsonl or tabari, not '%s'\n", v); status = WT_EXIT_USAGE; goto done; }
        } else if (!strncmp(a, "--date", 6) && (a[6] == 0 || a[6] == '=')) {
            const char *v = opt_value(argc, argv, &i, "--date");
            if (wt_reader_parse_date(v, &date) != 0) {
                fprintf(stderr, "warta code: --date wants YYYY-MM-DD, not '%s'\n", v);
                status = WT_EXIT_USAGE;
                goto done;
            }
        } else if (!strncmp(a, "--format", 8) && (a[8] == 0 || a[8] == '=')) {
            format = opt_value(argc, argv, &i, "--format");
            if (!wt_sink_format_ok(format)) { fprintf(stderr, "warta code: unknown --format '%s'\n", format); status = WT_EXIT_USAGE; goto done; }
        } else if (!strncmp(a, "--db", 4) && (a[4] == 0 || a[4] == '=')) {
            db = opt_value(argc, argv, &i, "--db");
        } else if (!strcmp(a, "--header")) {
            header = 1;
        } else if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) {
            quiet = 1;
        } else if (!strcmp(a, "--explain")) {
            explain = 1;
        } else if (!strcmp(a, "--stats")) {
            stats_on = 1;
        } else if (!strcmp(a, "--no-enrich")) {
            enrich = 0;
        } else if (!strcmp(a, "--keep-going") || !strcmp(a, "--no-fail")) {
            keep_going = 1;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "warta code: unknown option '%s' (see warta code --help)\n", a);
            status = WT_EXIT_USAGE;
            goto done;
        } else if (in_dicts && wt_dict_is_file(a)) {
            *WT_VEC_PUSH(dicts) = a;
        } else {
            in_dicts = 0;
            *WT_VEC_PUSH(inputs) = a;
        }
    }
    if (!strcmp(lang, "en") && !dicts.len) {
        fprintf(stderr, "warta code: --lang en needs TABARI dictionaries (--dict FILE...)\n");
        status = WT_EXIT_USAGE;
        goto done;
    }
    status = code_articles(ctx, &(code_opts){ fmt, lang, format, db, date, explain, stats_on, keep_going, enrich, header, quiet, njobs, dicts.len },
                           dicts.items, dicts.len, &cache, inputs.items, inputs.len);
done:
    WT_VEC_FREE(dicts);
    WT_VEC_FREE(inputs);
    return status;
}

/* One worker thread's state: its context and coders (the dictionaries
 * behind the English coder are shared, read-only). */
typedef struct code_worker {
    warta_ctx *ctx;
    wt_idcoder *coder;          /* NULL with --lang en */
    wt_en_articles *en;         /* NULL without --dict */
    const code_opts *op;
    int enrich_failed;
    WT_CACHE_PAD;
} code_worker;

/* A batch of articles and, per article, its language and events. */
typedef struct code_job {
    wt_batch b;
    wt_lang lang[WT_BATCH_MAX];
    wt_event_list events[WT_BATCH_MAX];
} code_job;

/* What the calling thread keeps: the sink and the counts. */
typedef struct code_run {
    warta_ctx *ctx;
    const code_opts *op;
    wt_sink *sink;
    wt_reader *r;
    wt_progress progress;
    size_t skipped[3], coded, failed, nevents;
    int output_failed;
} code_run;

/* On a worker: article layer, language, coder, enrichment (merging
 * repeated mentions within a paragraph: event data, and the gold standard,
 * count an event once per paragraph). */
static void code_work(void *worker, void *job)
{
    code_worker *w = worker;
    code_job *j = job;
    const code_opts *op = w->op;
    wt_jobs_capture(w->ctx, &j->b);
    for (size_t i = 0; i < j->b.n; i++) {
        wt_doc *d = &j->b.docs[i];
        wt_event_list_clear(&j->events[i]);
        j->b.ok[i] = wt_article_process(w->ctx, d) == 0;
        if (!j->b.ok[i]) continue;
        /* Indonesian articles go to the Indonesian grammar, English ones to
         * the TABARI coder when dictionaries were given; the rest are
         * counted and skipped, neither coded nor rejected */
        wt_lang l = !strcmp(op->lang, "id") ? WT_LANG_ID : !strcmp(op->lang, "en") ? WT_LANG_EN
                                                                                   : wt_langid(d->text, d->len, NULL);
        j->lang[i] = l;
        if (!(l == WT_LANG_ID && w->coder) && !(l == WT_LANG_EN && w->en)) {
            if (op->explain) fprintf(stderr, "article %s: language %s, not coded\n", d->id ? d->id : "?", wt_lang_name(l));
            continue;
        }
        if (l == WT_LANG_EN) {
            if (op->explain) fprintf(stderr, "article %s: English, coded with the --dict dictionaries\n", d->id ? d->id : "?");
            wt_en_articles_code(w->en, d, &j->events[i]);
        } else {
            wt_idcoder_code_doc(w->coder, d, &j->events[i]);
        }
        if (op->stats_on || !op->enrich || w->enrich_failed) continue;
        if (wt_enrich_merge(w->ctx, d, &j->events[i], WT_MERGE_PARAGRAPH) != 0) w->enrich_failed = 1;
    }
}

/* On the calling thread, in input order: one sink write per article keeps
 * the store's article rows whole. */
static int code_emit(void *user, void *job)
{
    code_run *run = user;
    code_job *j = job;
    wt_jobs_replay(run->ctx, &j->b);
    for (size_t i = 0; i < j->b.n; i++) {
        if (!j->b.ok[i]) { run->failed++; continue; }
        wt_lang l = j->lang[i];
        int coded = (l == WT_LANG_ID && strcmp(run->op->lang, "en")) || (l == WT_LANG_EN && run->op->ndicts);
        if (!coded) { run->skipped[l]++; continue; }
        run->coded++;
        run->nevents += j->events[i].items_vec.len;
        if (run->sink && wt_sink_write(run->sink, &j->b.docs[i], &j->events[i]) != 0) {
            run->output_failed = 1;
            return -1;
        }
    }
    wt_progress_update(&run->progress, run->coded + run->failed, wt_reader_bytes(run->r));
    return 0;
}

/* The workers' coders: dictionary problems are reported once, by the
 * first; the others load the same files quietly. */
static int workers_open(code_worker *ws, const wt_jobs *jobs, const code_opts *op, const wt_dict *en_dict,
                        const char *const *dicts, size_t ndicts, wt_idstats *stats)
{
    for (size_t i = 0; i < jobs->nworkers; i++) {
        code_worker *w = &ws[i];
        w->ctx = jobs->ctxs[i];
        w->op = op;
        int quiet = w->ctx->diag.quiet;
        if (i) w->ctx->diag.quiet = 1;
        if (strcmp(op->lang, "en")) {
            w->coder = wt_idcoder_new(w->ctx->data_dir, &w->ctx->diag);
            /* the --dict actors and agents serve Indonesian text too (names
             * read the same); the coder's own entries win */
            for (size_t k = 0; w->coder && k < ndicts; k++)
                if (wt_idcoder_add_dict(w->coder, dicts[k], &w->ctx->diag) < 0) {
                    wt_idcoder_free(w->coder);
                    w->coder = NULL;
                }
            w->ctx->diag.quiet = quiet;
            if (!w->coder) return -1;
            wt_idcoder_set_lemmatizer(w->coder, wt_ctx_lemmatizer(w->ctx));
            wt_idcoder_set_syntax(w->coder, wt_ctx_syntax(w->ctx));   /* the parent's model, shared */
            if (op->explain) wt_idcoder_set_explain(w->coder, stderr);
            if (op->stats_on) wt_idcoder_set_stats(w->coder, stats);
        }
        w->ctx->diag.quiet = quiet;
        if (en_dict) {
            w->en = wt_en_articles_new(en_dict);
            if (op->explain) wt_en_articles_set_explain(w->en, stderr);
        }
    }
    return 0;
}

static void workers_close(code_worker *ws, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        wt_idcoder_free(ws[i].coder);
        wt_en_articles_free(ws[i].en);
    }
}

static void code_jobs_alloc(code_job **cj, void ***slots, size_t n)
{
    *cj = wt_xcalloc(n, sizeof **cj);
    *slots = wt_xcalloc(n, sizeof **slots);
    for (size_t i = 0; i < n; i++) {
        wt_batch_init(&(*cj)[i].b);
        for (size_t k = 0; k < WT_BATCH_MAX; k++) wt_event_list_init(&(*cj)[i].events[k]);
        (*slots)[i] = &(*cj)[i];
    }
}

static void code_jobs_free(code_job *cj, void **slots, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        wt_batch_free(&cj[i].b);
        for (size_t k = 0; k < WT_BATCH_MAX; k++) wt_event_list_free(&cj[i].events[k]);
    }
    free(cj);
    free(slots);
}

/* Reads the input in batches, codes them on the workers, writes them in
 * order. Returns 0, or -1 when the output failed. */
static int code_run_pool(code_run *run, const wt_jobs *jobs, code_worker *ws, wt_reader *r)
{
    code_job *cj;
    void **slots;
    code_jobs_alloc(&cj, &slots, jobs->njobs);
    void **wp = wt_xcalloc(jobs->nworkers, sizeof *wp);
    for (size_t i = 0; i < jobs->nworkers; i++) wp[i] = &ws[i];
    wt_pool *pool = wt_pool_new(jobs->nthreads, wp, slots, jobs->njobs, code_work, code_emit, run);
    code_job *j;
    for (;;) {
        j = wt_pool_slot(pool);
        if (run->output_failed || !wt_batch_read(&j->b, r, run->ctx, &run->op->date)) break;
        wt_pool_submit(pool);
    }
    wt_pool_finish(pool);
    wt_pool_free(pool);
    wt_jobs_replay(run->ctx, &j->b);      /* the reader's, after the last article */
    code_jobs_free(cj, slots, jobs->njobs);
    free(wp);
    return run->output_failed ? -1 : 0;
}

static int code_articles(warta_ctx *ctx, const code_opts *op, const char *const *dicts, size_t ndicts,
                         const wt_dict_cache_opts *cache, const char *const *inputs, size_t ninputs)
{
    int status = WT_EXIT_OK;
    /* English: the TABARI dictionaries, loaded as --input tabari loads them */
    wt_dict en_dict;
    wt_dict_init(&en_dict);
    long dict_rejected = 0;
    if (ndicts) {
        dict_rejected = wt_dict_load_inputs(&en_dict, dicts, ndicts, cache, &ctx->diag);
        if (dict_rejected < 0) {
            wt_dict_free(&en_dict);
            return WT_EXIT_FATAL;
        }
    }
    wt_idstats stats;
    wt_idstats_init(&stats);
    wt_jobs jobs;
    /* --explain and --stats write from the coder as it goes: one thread */
    unsigned preload = WT_PRELOAD_ARTICLE | WT_PRELOAD_ENRICH | (strcmp(op->lang, "en") ? WT_PRELOAD_SYNTAX : 0);
    wt_jobs_init(&jobs, ctx, op->explain || op->stats_on ? 1 : op->jobs, preload);
    code_worker *ws = wt_xcalloc(jobs.nworkers, sizeof *ws);
    code_run run = { .ctx = ctx, .op = op };
    if (workers_open(ws, &jobs, op, ndicts ? &en_dict : NULL, dicts, ndicts, &stats) != 0) {
        status = WT_EXIT_FATAL;
        goto out;
    }
    if (!op->stats_on) {
        wt_sink_options o = { .format = op->format, .out = stdout, .db_path = op->db, .header = op->header };
        run.sink = wt_sink_open(ctx, &o);
        if (!run.sink) { status = WT_EXIT_FATAL; goto out; }
    }
    wt_reader *r = wt_reader_new(ctx, op->fmt);
    for (size_t i = 0; i < ninputs; i++) wt_reader_add(r, inputs[i]);
    if (!ninputs) wt_reader_add(r, "-");
    size_t errors_before = ctx->diag.errors;
    run.r = r;
    /* --explain writes to stderr as it goes: no progress line over it */
    wt_progress_start(&run.progress, "code", op->quiet || op->explain, inputs, ninputs);
    if (code_run_pool(&run, &jobs, ws, r) != 0) status = WT_EXIT_FATAL;
    wt_progress_end(&run.progress);
    /* the workers' error counts join the context's */
    workers_close(ws, jobs.nworkers);
    wt_jobs_free(&jobs);
    if (run.skipped[WT_LANG_EN])
        fprintf(stderr, "warta code: %zu English article(s) skipped: English articles are coded with "
                        "TABARI dictionaries (--dict FILE...)\n", run.skipped[WT_LANG_EN]);
    size_t rejected = wt_reader_rejected(r) + run.failed;
    fprintf(stderr, "warta code: %zu article(s) coded (%zu events), %zu skipped as English, %zu as another "
                    "language, %zu rejected\n", run.coded, run.nevents, run.skipped[WT_LANG_EN],
            run.skipped[WT_LANG_OTHER], rejected);
    if (run.sink && wt_sink_close(run.sink) != 0) status = WT_EXIT_FATAL;
    run.sink = NULL;
    if (op->stats_on) wt_idstats_print(&stats, stdout, 60);
    if (status == WT_EXIT_OK && !op->keep_going &&
        (ctx->diag.errors > errors_before || wt_reader_rejected(r) > 0 || dict_rejected > 0))
        status = WT_EXIT_REJECTED;
    wt_reader_free(r);
    free(ws);
    wt_idstats_free(&stats);
    wt_dict_free(&en_dict);
    return status;
out:
    workers_close(ws, jobs.nworkers);
    wt_jobs_free(&jobs);
    free(ws);
    wt_idstats_free(&stats);
    wt_dict_free(&en_dict);
    return status;
}
