/* cmd_parse.c — `warta parse`: articles through the article layer, then a
 * UPOS tag and a dependency tree for every sentence (CoNLL-U or JSON
 * Lines); or, with --input conllu, CoNLL-U re-tagged and re-parsed with its
 * tokens kept exactly (how accuracy is measured). docs/parser.md */
#include "cli/commands.h"
#include "cli/jobs.h"
#include "ctx.h"
#include "ingest/ingest.h"
#include "lang/id/lemma.h"
#include "parse/parse.h"
#include "text/article.h"
#include "util/buf.h"
#include "util/mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void usage(FILE *out)
{
    fputs("usage: warta parse [OPTIONS] [FILE|DIR|-]...\n\n"
          "Tags and parses Indonesian text with warta's own tagger and dependency\n"
          "parser (Universal Dependencies v2 relations; model data/id/parser.model,\n"
          "trained from the UD Indonesian treebanks: docs/parser.md).\n\n"
          "inputs: articles as for `warta doc` (.txt, .jsonl, directories, stdin);\n"
          "with --input conllu, CoNLL-U files whose tokens are kept exactly: UPOS,\n"
          "HEAD and DEPREL are replaced, every other column and line is passed through.\n\n"
          "options:\n"
          "  --format conllu|json  output (default conllu): CoNLL-U with # doc, # para,\n"
          "                        # text and Span=START-END (byte offsets) in MISC; or\n"
          "                        one JSON object per sentence\n"
          "  --input txt|jsonl|conllu\n"
          "                        read every input as this format (default: by extension)\n"
          "  --date YYYY-MM-DD     publication date for articles that do not give one\n"
          "  --keep-going          exit 0 even when some input was rejected\n"
          "  --quiet               no progress line (shown when stderr is a terminal)\n"
          "  -j N, --jobs N        worker threads for articles (default: the number of\n"
          "                        online cores; output in input order); --input\n"
          "                        conllu runs on one thread\n"
          "  --help                this text\n\n"
          "exit status: 0 all processed; 1 some input rejected (file:line on stderr,\n"
          "the rest processed); 2 bad command line; 3 model missing or output error.\n", out);
}

/* Options that take a value: their value is not an input file. */
static int takes_value(const char *a)
{
    return !strcmp(a, "--input") || !strcmp(a, "--date") || !strcmp(a, "--format") || wt_jobs_takes_value(a);
}

typedef struct parse_opts {
    int json, conllu_in, keep_going, quiet;
    long jobs;
    enum wt_input_format fmt;
    wt_date date;
} parse_opts;

static int write_out(wt_buf *b)
{
    int ok = fwrite(b->data ? b->data : "", 1, b->len, stdout) == b->len;
    wt_buf_clear(b);
    return ok;
}

/* CoNLL-U inputs: one sentence at a time. Returns rejected sentences, or -1
 * on an output error, -2 when a file cannot be opened. */
static long run_conllu(warta_ctx *ctx, const wt_syntax_model *m, const char *path, wt_buf *b)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "r") : stdin;
    if (!f) {
        wt_diag_at(&ctx->diag, WT_DIAG_ERROR, path, 0, "cannot open");
        return -2;
    }
    wt_lemmatizer *lz = wt_ctx_lemmatizer(ctx);
    wt_conllu_reader r;
    wt_conllu_reader_init(&r, f, strcmp(path, "-") ? path : "<stdin>", &ctx->diag);
    wt_conllu_sent s;
    wt_conllu_sent_init(&s);
    wt_psent ps = {0};
    long status = 0;
    while (wt_conllu_next(&r, &s)) {
        wt_parse_conllu(m, lz, &s, &ps, b);
        if (b->len > (1 << 16) && !write_out(b)) { status = -1; break; }
    }
    if (status == 0) status = (long)r.rejected;
    wt_psent_free(&ps);
    wt_conllu_sent_free(&s);
    wt_conllu_reader_free(&r);
    if (f != stdin) fclose(f);
    return status;
}

/* One worker thread: its context (own lemmatiser) and parser scratch;
 * the model is shared, read-only. */
typedef struct parse_worker {
    warta_ctx *ctx;
    const wt_syntax_model *m;
    const parse_opts *o;
    wt_psent ps;
    WT_CACHE_PAD;
} parse_worker;

/* On a worker: article layer, lemmas, tags and trees, formatted. */
static void parse_work(void *worker, void *job)
{
    parse_worker *w = worker;
    wt_batch *b = job;
    wt_jobs_capture(w->ctx, b);
    wt_lemmatizer *lz = wt_ctx_lemmatizer(w->ctx);
    for (size_t i = 0; i < b->n; i++) {
        wt_doc *d = &b->docs[i];
        b->ok[i] = lz && wt_article_process(w->ctx, d) == 0;
        if (!b->ok[i]) continue;
        wt_lemmatize_doc(lz, d);
        wt_parse_doc(w->m, d, &w->ps);
        if (w->o->json) wt_doc_syntax_json(&b->out, d);
        else wt_doc_conllu(&b->out, d);
    }
}

typedef struct parse_run {
    warta_ctx *ctx;
    wt_reader *r;
    wt_progress progress;
    size_t failed, done;
    int output_failed;
} parse_run;

/* On the calling thread, in input order. */
static int parse_emit(void *user, void *job)
{
    parse_run *run = user;
    wt_batch *b = job;
    wt_jobs_replay(run->ctx, b);
    for (size_t i = 0; i < b->n; i++) run->failed += !b->ok[i];
    run->done += b->n;
    if (!write_out(&b->out)) {
        run->output_failed = 1;
        return -1;
    }
    wt_progress_update(&run->progress, run->done, wt_reader_bytes(run->r));
    return 0;
}

static int run_articles(warta_ctx *ctx, const wt_syntax_model *m, const parse_opts *o, int argc,
                        char **argv, size_t *rejected)
{
    /* the lexicon loads (or fails) once here, not in every worker */
    if (!wt_ctx_lemmatizer(ctx)) return -1;
    wt_reader *r = wt_reader_new(ctx, o->fmt);
    int files = 0;
    const char **paths = wt_xcalloc((size_t)argc + 1, sizeof *paths);
    for (int i = 1; i < argc; i++) {
        if (takes_value(argv[i])) { i++; continue; }
        if (argv[i][0] == '-' && argv[i][1]) continue;
        wt_reader_add(r, argv[i]);
        paths[files++] = argv[i];
    }
    if (!files) {
        wt_reader_add(r, "-");
        paths[files++] = "-";
    }
    wt_jobs jobs;
    wt_jobs_init(&jobs, ctx, o->jobs, WT_PRELOAD_ARTICLE | WT_PRELOAD_ENRICH | WT_PRELOAD_SYNTAX);
    parse_worker *ws = wt_xcalloc(jobs.nworkers, sizeof *ws);
    void **wp = wt_xcalloc(jobs.nworkers, sizeof *wp);
    for (size_t i = 0; i < jobs.nworkers; i++) {
        ws[i] = (parse_worker){ .ctx = jobs.ctxs[i], .m = m, .o = o };
        wp[i] = &ws[i];
    }
    wt_batch *bs = wt_xcalloc(jobs.njobs, sizeof *bs);
    void **slots = wt_xcalloc(jobs.njobs, sizeof *slots);
    for (size_t i = 0; i < jobs.njobs; i++) {
        wt_batch_init(&bs[i]);
        slots[i] = &bs[i];
    }
    parse_run run = { .ctx = ctx, .r = r };
    wt_progress_start(&run.progress, "parse", o->quiet, paths, (size_t)files);
    free(paths);
    wt_pool *pool = wt_pool_new(jobs.nthreads, wp, slots, jobs.njobs, parse_work, parse_emit, &run);
    wt_batch *b;
    for (;;) {
        b = wt_pool_slot(pool);
        if (run.output_failed || !wt_batch_read(b, r, ctx, &o->date)) break;
        wt_pool_submit(pool);
    }
    wt_pool_finish(pool);
    wt_pool_free(pool);
    wt_progress_end(&run.progress);
    wt_jobs_replay(ctx, b);      /* the reader's, after the last article */
    *rejected = wt_reader_rejected(r) + run.failed;
    for (size_t i = 0; i < jobs.njobs; i++) wt_batch_free(&bs[i]);
    for (size_t i = 0; i < jobs.nworkers; i++) wt_psent_free(&ws[i].ps);
    free(bs);
    free(slots);
    free(ws);
    free(wp);
    wt_jobs_free(&jobs);
    wt_reader_free(r);
    return run.output_failed ? -1 : 0;
}

static int parse_args(int argc, char **argv, parse_opts *o)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : "";
        int jr = wt_jobs_option(argc, argv, &i, &o->jobs, "parse");
        if (jr < 0) return -1;
        if (jr) continue;
        if (!strcmp(a, "--format")) {
            i++;
            if (!strcmp(v, "json")) o->json = 1;
            else if (strcmp(v, "conllu")) return fprintf(stderr, "warta parse: --format wants conllu or json, not '%s'\n", v), -1;
        } else if (!strcmp(a, "--input")) {
            i++;
            if (!strcmp(v, "conllu")) o->conllu_in = 1;
            else if (!strcmp(v, "txt")) o->fmt = WT_INPUT_TXT;
            else if (!strcmp(v, "jsonl")) o->fmt = WT_INPUT_JSONL;
            else return fprintf(stderr, "warta parse: --input wants txt, jsonl or conllu, not '%s'\n", v), -1;
        } else if (!strcmp(a, "--date")) {
            i++;
            if (wt_reader_parse_date(v, &o->date) != 0)
                return fprintf(stderr, "warta parse: --date wants YYYY-MM-DD, not '%s'\n", v), -1;
        } else if (!strcmp(a, "--keep-going") || !strcmp(a, "--no-fail")) {
            o->keep_going = 1;
        } else if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) {
            o->quiet = 1;
        } else if (a[0] == '-' && a[1]) {
            return fprintf(stderr, "warta parse: unknown option '%s' (see warta parse --help)\n", a), -1;
        }
    }
    return 0;
}

int cmd_parse(warta_ctx *ctx, int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) { usage(stdout); return WT_EXIT_OK; }
    parse_opts o = {0};
    o.fmt = WT_INPUT_AUTO;
    if (parse_args(argc, argv, &o)) return WT_EXIT_USAGE;
    if (o.conllu_in && o.json) {
        fprintf(stderr, "warta parse: --input conllu writes CoNLL-U only\n");
        return WT_EXIT_USAGE;
    }
    const wt_syntax_model *m = wt_ctx_syntax(ctx);
    if (!m) return WT_EXIT_FATAL;
    size_t errors_before = ctx->diag.errors, rejected = 0;
    wt_buf b;
    wt_buf_init(&b);
    int status = WT_EXIT_OK;
    if (o.conllu_in) {
        int files = 0;
        for (int i = 1; i < argc && status == WT_EXIT_OK; i++) {
            if (takes_value(argv[i])) { i++; continue; }
            if (argv[i][0] == '-' && argv[i][1]) continue;
            files++;
            long r = run_conllu(ctx, m, argv[i], &b);
            if (r == -1) status = WT_EXIT_FATAL;
            else rejected += r < 0 ? 1 : (size_t)r;
        }
        if (!files && status == WT_EXIT_OK) {
            long r = run_conllu(ctx, m, "-", &b);
            if (r == -1) status = WT_EXIT_FATAL;
            else rejected += (size_t)(r < 0 ? 1 : r);
        }
    } else if (run_articles(ctx, m, &o, argc, argv, &rejected) != 0) {
        status = WT_EXIT_FATAL;
    }
    if (status == WT_EXIT_OK && (!write_out(&b) || fflush(stdout) != 0)) status = WT_EXIT_FATAL;
    if (status == WT_EXIT_FATAL) fprintf(stderr, "warta parse: cannot write output\n");
    wt_buf_free(&b);
    if (rejected) fprintf(stderr, "warta parse: %zu inputs rejected\n", rejected);
    if (status == WT_EXIT_OK && (rejected || ctx->diag.errors > errors_before) && !o.keep_going)
        status = WT_EXIT_REJECTED;
    return status;
}
