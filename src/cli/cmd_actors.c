/* cmd_actors.c — `warta actors [FILE|DIR|-]...`: every actor mention the
 * Indonesian coder finds, as JSON Lines (issue 10): doc, para, sent, span
 * (byte offsets into the input text), text, code (null when unresolved) and
 * via, how it was resolved. Same inputs and article layer as `warta code`. */
#include "parse/parse.h"
#include "cli/commands.h"
#include "cli/jobs.h"
#include "code/event.h"
#include "code/id/idcoder.h"
#include "dict/load.h"
#include "ctx.h"
#include "ingest/ingest.h"
#include "lang/id/lemma.h"
#include "text/article.h"
#include "util/buf.h"
#include "util/json_write.h"
#include "util/mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fputs("usage: warta actors [OPTIONS] [FILE|DIR|-]...\n"
          "\n"
          "Every actor mention of Indonesian articles, one JSON object a line:\n"
          "doc, para (0-based input line), sent (sentence index), span (byte\n"
          "offsets into the input text), text, code (CAMEO actor code, null when\n"
          "unresolved) and via, a list of how the code was found: the dictionary\n"
          "entry (\"id/persons.actors:12\"), \"named-earlier\" (a name the article\n"
          "gave with a title or apposition before, as Otieno after \"Menteri Pertanian\n"
          "Kenya, Joseph Kamau Otieno\"), \"context-country\" (a bare role took\n"
          "the article's main country), \"speaker\" (a role or kami/kita inside a\n"
          "quote took the speaker's country), \"apposition\" (a name after adalah,\n"
          "yakni, bernama took the role before it), \"antecedent\" (dia, pihaknya,\n"
          "kelompok itu: the actor named before; mereka, kedua negara:\n"
          "one line per actor named before), \"possessive\" (-nya: the clause\n"
          "subject's country).\n"
          "\n"
          "options:\n"
          "  --input txt|jsonl   read every input as this format\n"
          "  --date YYYY-MM-DD   publication date for articles that give none\n"
          "                      (person codes are date-bounded)\n"
          "  --dict FILE...      community actor/agent dictionaries (TABARI .actors\n"
          "                      and .agents, Phoenix *.actors.txt, *agents.txt)\n"
          "                      read with warta's own; on the same words warta's\n"
          "                      entry wins. Their entries say the file in via\n"
          "  --keep-going        exit 0 even when some input was rejected\n"
          WT_JOBS_HELP, f);
}

/* One worker thread: its context and coder; the mentions of the batch it
 * is handling go to that batch's output. */
typedef struct actors_worker {
    warta_ctx *ctx;
    wt_idcoder *coder;
    wt_batch *batch;
    wt_event_list events;
    WT_CACHE_PAD;
} actors_worker;

static void write_mention(void *user, const wt_doc *d, const wt_idmention *m)
{
    actors_worker *w = user;
    wt_buf *b = &w->batch->out;
    wt_buf_putc(b, '{');
    wt_json_key(b, "doc");
    wt_json_cstr(b, d->id ? d->id : "");
    wt_buf_printf(b, ",\"para\":%u,\"sent\":%d,", m->para, m->sent);
    wt_json_key(b, "span");
    wt_json_span(b, m->span.start, m->span.end);
    wt_buf_putc(b, ',');
    wt_json_key(b, "text");
    wt_json_cstr(b, m->text);
    wt_buf_putc(b, ',');
    wt_json_key(b, "code");
    wt_json_cstr(b, m->code);
    wt_buf_puts(b, ",\"via\":[");
    int n = 0;
    if (m->rule_file && m->rule_file[0] == '(') {
        /* a name the article taught with a title or apposition before */
        wt_json_cstr(b, "named-earlier");
        n++;
    } else if (m->rule_file) {
        char rule[600];
        snprintf(rule, sizeof rule, "%s:%u", m->rule_file, m->rule_line);
        wt_json_cstr(b, rule);
        n++;
    }
    const char *how = m->pronoun == 2 ? "antecedent" : m->pronoun || m->context == 2 ? "speaker"
                      : m->context == 1 ? "context-country" : m->context == 3 ? "apposition"
                      : m->possessive ? "possessive" : NULL;
    if (how) {
        if (n++) wt_buf_putc(b, ',');
        wt_json_cstr(b, how);
    }
    wt_buf_puts(b, "]}\n");
}

/* On a worker: the article layer and the coder, whose mentions come
 * through write_mention. */
static void actors_work(void *worker, void *job)
{
    actors_worker *w = worker;
    wt_batch *b = job;
    w->batch = b;
    wt_jobs_capture(w->ctx, b);
    for (size_t i = 0; i < b->n; i++) {
        b->ok[i] = wt_article_process(w->ctx, &b->docs[i]) == 0;
        if (!b->ok[i]) continue;
        wt_event_list_clear(&w->events);
        wt_idcoder_code_doc(w->coder, &b->docs[i], &w->events);
    }
}

typedef struct actors_run {
    warta_ctx *ctx;
    size_t done, failed;
    int output_failed;
} actors_run;

/* On the calling thread, in input order. */
static int actors_emit(void *user, void *job)
{
    actors_run *run = user;
    wt_batch *b = job;
    wt_jobs_replay(run->ctx, b);
    for (size_t i = 0; i < b->n; i++) {
        if (b->ok[i]) run->done++;
        else run->failed++;
    }
    if (fwrite(b->out.data ? b->out.data : "", 1, b->out.len, stdout) != b->out.len) {
        run->output_failed = 1;
        return -1;
    }
    return 0;
}

/* The workers' coders: dictionary problems are reported once, by the
 * first; the others load the same files quietly. */
static int actors_open(actors_worker *ws, const wt_jobs *jobs, const char *const *dicts, size_t ndicts)
{
    for (size_t i = 0; i < jobs->nworkers; i++) {
        actors_worker *w = &ws[i];
        w->ctx = jobs->ctxs[i];
        wt_event_list_init(&w->events);
        int quiet = w->ctx->diag.quiet;
        if (i) w->ctx->diag.quiet = 1;
        w->coder = wt_idcoder_new(w->ctx->data_dir, &w->ctx->diag);
        /* --dict files: every worker's coder reads them (warnings once) */
        for (size_t k = 0; w->coder && k < ndicts; k++)
            if (wt_idcoder_add_dict(w->coder, dicts[k], &w->ctx->diag) < 0) {
                wt_idcoder_free(w->coder);
                w->coder = NULL;
            }
        if (w->coder) {
            wt_idcoder_set_lemmatizer(w->coder, wt_ctx_lemmatizer(w->ctx));
            wt_idcoder_set_syntax(w->coder, wt_ctx_syntax(w->ctx));   /* the parent's model, shared */
        }
        w->ctx->diag.quiet = quiet;
        if (!w->coder) return -1;
        wt_idcoder_set_mention_fn(w->coder, write_mention, w);
    }
    return 0;
}

static void actors_close(actors_worker *ws, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        wt_idcoder_free(ws[i].coder);
        wt_event_list_free(&ws[i].events);
    }
    free(ws);
}

/* Reads in batches, codes on the workers, writes in input order. */
static void actors_pool(actors_run *run, const wt_jobs *jobs, actors_worker *ws, wt_reader *r, const wt_date *date)
{
    void **wp = wt_xcalloc(jobs->nworkers, sizeof *wp);
    for (size_t i = 0; i < jobs->nworkers; i++) wp[i] = &ws[i];
    wt_batch *bs = wt_xcalloc(jobs->njobs, sizeof *bs);
    void **slots = wt_xcalloc(jobs->njobs, sizeof *slots);
    for (size_t i = 0; i < jobs->njobs; i++) {
        wt_batch_init(&bs[i]);
        slots[i] = &bs[i];
    }
    wt_pool *pool = wt_pool_new(jobs->nthreads, wp, slots, jobs->njobs, actors_work, actors_emit, run);
    wt_batch *b;
    for (;;) {
        b = wt_pool_slot(pool);
        if (run->output_failed || !wt_batch_read(b, r, run->ctx, date)) break;
        wt_pool_submit(pool);
    }
    wt_pool_finish(pool);
    wt_pool_free(pool);
    wt_jobs_replay(run->ctx, b);      /* the reader's, after the last article */
    for (size_t i = 0; i < jobs->njobs; i++) wt_batch_free(&bs[i]);
    free(bs);
    free(slots);
    free(wp);
}

static const char *opt_value(int argc, char **argv, int *i, const char *name)
{
    const char *a = argv[*i];
    size_t n = strlen(name);
    if (a[n] == '=') return a + n + 1;
    if (*i + 1 < argc) return argv[++*i];
    return "";
}

int cmd_actors(warta_ctx *ctx, int argc, char **argv)
{
    enum wt_input_format fmt = WT_INPUT_AUTO;
    wt_date date = {0, 0, 0};
    int keep_going = 0, in_dicts = 0;
    long njobs = 0;
    WT_VEC(const char *) inputs = {0};
    WT_VEC(const char *) dicts = {0};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); WT_VEC_FREE(inputs); WT_VEC_FREE(dicts); return WT_EXIT_OK; }
        /* --dict takes the dictionary files that follow it */
        if (a[0] == '-' && a[1]) in_dicts = 0;
        if (!strcmp(a, "--dict")) { in_dicts = 1; continue; }
        if (!strncmp(a, "--dict=", 7)) { *WT_VEC_PUSH(dicts) = a + 7; in_dicts = 1; continue; }
        if (in_dicts && wt_dict_is_file(a)) { *WT_VEC_PUSH(dicts) = a; continue; }
        in_dicts = 0;
        int jr = wt_jobs_option(argc, argv, &i, &njobs, "actors");
        if (jr < 0) { WT_VEC_FREE(inputs); WT_VEC_FREE(dicts); return WT_EXIT_USAGE; }
        if (jr) continue;
        if (!strncmp(a, "--input", 7) && (a[7] == 0 || a[7] == '=')) {
            const char *v = opt_value(argc, argv, &i, "--input");
            if (!strcmp(v, "txt")) fmt = WT_INPUT_TXT;
            else if (!strcmp(v, "jsonl")) fmt = WT_INPUT_JSONL;
            else { fprintf(stderr, "warta actors: --input wants txt or jsonl, not '%s'\n", v); WT_VEC_FREE(inputs); WT_VEC_FREE(dicts); return WT_EXIT_USAGE; }
        } else if (!strncmp(a, "--date", 6) && (a[6] == 0 || a[6] == '=')) {
            const char *v = opt_value(argc, argv, &i, "--date");
            if (wt_reader_parse_date(v, &date) != 0) {
                fprintf(stderr, "warta actors: --date wants YYYY-MM-DD, not '%s'\n", v);
                WT_VEC_FREE(inputs);
                WT_VEC_FREE(dicts);
                return WT_EXIT_USAGE;
            }
        } else if (!strcmp(a, "--keep-going")) {
            keep_going = 1;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "warta actors: unknown option '%s' (see warta actors --help)\n", a);
            WT_VEC_FREE(inputs);
            WT_VEC_FREE(dicts);
            return WT_EXIT_USAGE;
        } else {
            *WT_VEC_PUSH(inputs) = a;
        }
    }
    wt_jobs jobs;
    wt_jobs_init(&jobs, ctx, njobs, WT_PRELOAD_ARTICLE | WT_PRELOAD_ENRICH | WT_PRELOAD_SYNTAX);
    actors_worker *ws = wt_xcalloc(jobs.nworkers, sizeof *ws);
    if (actors_open(ws, &jobs, dicts.items, dicts.len) != 0) {
        actors_close(ws, jobs.nworkers);
        wt_jobs_free(&jobs);
        WT_VEC_FREE(inputs);
        WT_VEC_FREE(dicts);
        return WT_EXIT_FATAL;
    }
    wt_reader *r = wt_reader_new(ctx, fmt);
    for (size_t i = 0; i < inputs.len; i++) wt_reader_add(r, inputs.items[i]);
    if (!inputs.len) wt_reader_add(r, "-");
    size_t errors_before = ctx->diag.errors;
    actors_run run = { .ctx = ctx };
    actors_pool(&run, &jobs, ws, r, &date);
    actors_close(ws, jobs.nworkers);
    wt_jobs_free(&jobs);        /* the workers' error counts join the context's */
    size_t rejected = wt_reader_rejected(r) + run.failed;
    fprintf(stderr, "warta actors: %zu article(s), %zu rejected\n", run.done, rejected);
    int status = WT_EXIT_OK;
    if (fflush(stdout) != 0 || run.output_failed) status = WT_EXIT_FATAL;
    else if (!keep_going && (ctx->diag.errors > errors_before || rejected)) status = WT_EXIT_REJECTED;
    wt_reader_free(r);
    WT_VEC_FREE(inputs);
    WT_VEC_FREE(dicts);
    return status;
}
