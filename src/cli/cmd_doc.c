/* cmd_doc.c — `warta doc`: articles in, one cleaned and segmented JSON
 * object per article out (docs/doc-format.md). */
#include "cli/commands.h"
#include "cli/jobs.h"
#include "ctx.h"
#include "ingest/ingest.h"
#include "output/doc_json.h"
#include "text/article.h"
#include "util/buf.h"
#include "util/mem.h"

#include <stdlib.h>

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void usage(FILE *out)
{
    fprintf(out,
            "usage: warta doc [OPTIONS] [FILE|DIR|-]...\n\n"
            "Reads news articles and writes one JSON object per article (JSON Lines):\n"
            "dateline, publication date, byline/editor, related links and credits taken\n"
            "out of the body, paragraphs with sentences, direct quotes with speakers, and\n"
            "dates resolved against the publication date. Spans are [start,end) byte\n"
            "offsets into the article's original text. See docs/doc-format.md.\n\n"
            "inputs: a .txt file is one article (id = file name, paragraphs = lines);\n"
            "a .jsonl file has one {\"id\",\"text\",\"date\",\"title\",\"url\",\"lang\"} object a line\n"
            "(only \"text\" is required; \"source_url\" is read as \"url\"; without a \"date\",\n"
            "a date in the URL's path or the text's \"Kamis (14/12/2017)\" is used);\n"
            "a directory means its .txt and .jsonl files and those of its subdirectories,\n"
            "in path order (hidden entries, FIFOs and devices skipped); no input or '-'\n"
            "reads stdin.\n\n"
            "options:\n"
            "  --input txt|jsonl   read every input as this format (default: by extension;\n"
            "                      stdin is JSONL when it starts with '{')\n"
            "  --date YYYY-MM-DD   publication date for articles that do not give one\n"
            "  --tokens            add each sentence's tokens\n"
            "  --quiet             no progress line (shown when stderr is a terminal)\n"
            WT_JOBS_HELP
            "  --keep-going, --no-fail\n"
            "                      exit 0 even when some input was rejected\n"
            "  --help              this text\n\n"
            "exit status: 0 all processed; 1 some input rejected (file:line on stderr, the\n"
            "rest processed); 2 bad command line; 3 output error.\n");
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* One batch of articles and its JSON lines. */
typedef struct doc_job {
    wt_batch b;
    int flags;
} doc_job;

/* What the calling thread keeps while the workers run. */
typedef struct doc_run {
    warta_ctx *ctx;
    wt_reader *r;
    int progress, failed_write;
    double start, last;
    size_t failed, out_count;
} doc_run;

/* On a worker: the article layer and the JSON of each article. */
static void doc_work(void *worker, void *job)
{
    warta_ctx *ctx = worker;
    doc_job *j = job;
    wt_jobs_capture(ctx, &j->b);
    for (size_t i = 0; i < j->b.n; i++) {
        wt_doc *d = &j->b.docs[i];
        j->b.ok[i] = wt_article_process(ctx, d) == 0;
        if (!j->b.ok[i]) continue;
        wt_doc_json(&j->b.out, d, j->flags);
        wt_buf_putc(&j->b.out, '\n');
    }
}

/* On the calling thread, in input order. */
static int doc_emit(void *user, void *job)
{
    doc_run *run = user;
    doc_job *j = job;
    wt_jobs_replay(run->ctx, &j->b);
    for (size_t i = 0; i < j->b.n; i++) {
        if (j->b.ok[i]) run->out_count++;
        else run->failed++;
    }
    if (fwrite(j->b.out.data ? j->b.out.data : "", 1, j->b.out.len, stdout) != j->b.out.len) {
        fprintf(stderr, "warta doc: cannot write output\n");
        run->failed_write = 1;
        return -1;
    }
    if (run->progress && now() - run->last > 0.5) {
        run->last = now();
        fprintf(stderr, "\rwarta doc: %zu articles, %.1f MB, %.1f MB/s", run->out_count,
                wt_reader_bytes(run->r) / 1e6, wt_reader_bytes(run->r) / 1e6 / (run->last - run->start));
    }
    return 0;
}

int cmd_doc(warta_ctx *ctx, int argc, char **argv)
{
    enum wt_input_format fmt = WT_INPUT_AUTO;
    wt_date date = {0, 0, 0};
    int flags = 0, keep_going = 0, files = 0, quiet = 0;
    long njobs = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int jr = wt_jobs_option(argc, argv, &i, &njobs, "doc");
        if (jr < 0) return WT_EXIT_USAGE;
        if (jr) continue;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return WT_EXIT_OK;
        } else if (!strcmp(a, "--input") || !strncmp(a, "--input=", 8)) {
            const char *v = a[7] == '=' ? a + 8 : (i + 1 < argc ? argv[++i] : "");
            if (!strcmp(v, "txt")) fmt = WT_INPUT_TXT;
            else if (!strcmp(v, "jsonl")) fmt = WT_INPUT_JSONL;
            else {
                fprintf(stderr, "warta doc: --input wants txt or jsonl, not '%s'\n", v);
                return WT_EXIT_USAGE;
            }
        } else if (!strcmp(a, "--date") || !strncmp(a, "--date=", 7)) {
            const char *v = a[6] == '=' ? a + 7 : (i + 1 < argc ? argv[++i] : "");
            if (wt_reader_parse_date(v, &date) != 0) {
                fprintf(stderr, "warta doc: --date wants YYYY-MM-DD, not '%s'\n", v);
                return WT_EXIT_USAGE;
            }
        } else if (!strcmp(a, "--tokens")) {
            flags |= WT_DOC_JSON_TOKENS;
        } else if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) {
            quiet = 1;
        } else if (!strcmp(a, "--keep-going") || !strcmp(a, "--no-fail")) {
            keep_going = 1;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "warta doc: unknown option '%s' (see warta doc --help)\n", a);
            return WT_EXIT_USAGE;
        } else {
            files++;
        }
    }
    wt_reader *r = wt_reader_new(ctx, fmt);
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--input") || !strcmp(argv[i], "--date") || wt_jobs_takes_value(argv[i])) { i++; continue; }
        if (argv[i][0] == '-' && argv[i][1]) continue;
        wt_reader_add(r, argv[i]);
    }
    if (!files) wt_reader_add(r, "-");

    doc_run run = { .ctx = ctx, .r = r, .progress = !quiet && isatty(2) };
    run.start = run.last = now();
    size_t errors_before = ctx->diag.errors;
    int status = WT_EXIT_OK;
    wt_jobs jobs;
    wt_jobs_init(&jobs, ctx, njobs, WT_PRELOAD_ARTICLE | WT_PRELOAD_ENRICH);
    doc_job *dj = wt_xcalloc(jobs.njobs, sizeof *dj);
    void **slots = wt_xcalloc(jobs.njobs, sizeof *slots);
    for (size_t i = 0; i < jobs.njobs; i++) {
        wt_batch_init(&dj[i].b);
        dj[i].flags = flags;
        slots[i] = &dj[i];
    }
    wt_pool *pool = wt_pool_new(jobs.nthreads, (void *const *)jobs.ctxs, slots, jobs.njobs, doc_work, doc_emit, &run);
    doc_job *j;
    for (;;) {
        j = wt_pool_slot(pool);
        if (run.failed_write || !wt_batch_read(&j->b, r, ctx, &date)) break;
        wt_pool_submit(pool);
    }
    wt_pool_finish(pool);
    wt_pool_free(pool);
    if (run.failed_write) status = WT_EXIT_FATAL;
    /* the reader's last diagnostics (after the last article) */
    wt_jobs_replay(ctx, &j->b);
    for (size_t i = 0; i < jobs.njobs; i++) wt_batch_free(&dj[i].b);
    free(dj);
    free(slots);
    wt_jobs_free(&jobs);
    size_t failed = run.failed, out_count = run.out_count;
    int progress = run.progress;
    if (fflush(stdout) != 0 && status == WT_EXIT_OK) {
        fprintf(stderr, "warta doc: cannot write output\n");
        status = WT_EXIT_FATAL;
    }
    size_t rejected = wt_reader_rejected(r) + failed;
    size_t in = wt_reader_accepted(r) + wt_reader_rejected(r);
    if (progress) fprintf(stderr, "\r\033[K");
    if (progress || rejected)
        fprintf(stderr, "warta doc: %zu articles in, %zu out, %zu rejected\n", in, out_count, rejected);
    if (status == WT_EXIT_OK && (rejected || ctx->diag.errors > errors_before) && !keep_going)
        status = WT_EXIT_REJECTED;
    wt_reader_free(r);
    return status;
}
