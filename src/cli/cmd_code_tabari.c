/* cmd_code_tabari.c — `warta code --input tabari --dict FILE... [FILE...]`:
 * codes TABARI text records with TABARI dictionaries and writes the
 * enriched events through a sink (JSON Lines, GDELT or CSV on stdout, and
 * optionally a SQLite store). */
#include "cli/commands.h"
#include "cli/jobs.h"
#include "code/coder.h"
#include "code/event.h"
#include "code/tabari_records.h"
#include "ctx.h"
#include "dict/dict.h"
#include "dict/load.h"
#include "lang/en/tokens.h"
#include "code/enrich.h"
#include "output/sink.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/mem.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cmd_code_tabari(warta_ctx *ctx, int argc, char **argv);

static void usage(FILE *f)
{
    fputs("usage: warta code --input tabari --dict DICT... [options] [FILE...]\n"
          "\n"
          "Codes TABARI text records (`YYMMDD ID` line, text, blank line) with\n"
          "TABARI dictionaries and writes one record per event: doc (the record\n"
          "id), date (the record date), source, source_text, target, target_text,\n"
          "code, root, evidence, rule (dictionary file:line), quad, goldstein.\n"
          "DICT: .verbs .actors .agents .options files, or a .project naming them;\n"
          "every dictionary file after --dict is taken until the first other file.\n"
          "FILE: records to code (default: standard input).\n"
          "  --format json|gdelt|gdelt-mentions|csv   output format (default json: JSON Lines)\n"
          "  --header            gdelt formats: first line the column names\n"
          "  --db FILE           also store the events in a SQLite database\n"
          "  --keep-going        exit 0 even when some input was rejected\n"
          "  --cache DIR         keep the compiled dictionaries in DIR (default\n"
          "                      $XDG_CACHE_HOME/warta or ~/.cache/warta)\n"
          "  --no-cache          parse the dictionaries, neither read nor write a cache\n"
          "  -j N, --jobs N      worker threads (default: the number of online cores);\n"
          "                      events stay in input order\n"
          "A malformed record header or date is reported as file:line and the\n"
          "record skipped; the rest is coded.\n"
          "Exit status: 0 ok, 1 some dictionary entries or records rejected,\n"
          "2 usage, 3 unreadable dictionary or input, or an output error.\n", f);
}

static const char *tok_text(wt_event_list *l, const char *text, const wt_ctok *t, int32_t a, int32_t b)
{
    if (a < 0 || b < a)
        return NULL;
    return wt_arena_strndup(&l->arena, text + t[a].start, t[b].end - t[a].start);
}

static const char *rule_text(wt_event_list *l, const wt_origin *o)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "%s:%u", o->file ? o->file : "", o->line);
    return wt_arena_strdup(&l->arena, buf);
}

typedef struct bad_header_ctx { wt_diag *diag; const char *name; int *rejected; } bad_header_ctx;

static void report_bad_header(void *user, size_t line, const char *s, size_t n)
{
    bad_header_ctx *b = user;
    wt_diag_at(b->diag, WT_DIAG_ERROR, b->name, line,
               "malformed record header '%.*s' (want YYMMDD ID), record skipped", (int)(n > 60 ? 60 : n), s);
    *b->rejected = 1;
}

/* Bytes of input per job. The reading thread only cuts the input into
 * chunks of whole records (wt_tabari_chunk_next); the workers parse them.
 * 32 kB is some 200 news records: enough to make the hand-over rare,
 * small enough that the jobs in flight hold little. */
enum { REC_CHUNK = 32 * 1024 };

/* A chunk of the input and, per record in it, its events and output. */
typedef struct rec_job {
    const char *name;           /* the input, for diagnostics */
    char *raw;                  /* the chunk: whole records */
    size_t raw_len, raw_cap;
    size_t line, pos;           /* where it begins in the input */
    wt_event_list *events;      /* per record; ncap of them initialised */
    wt_buf *out;                /* each record's output, when the worker renders it */
    int *rendered;
    size_t n, ncap;
    int rejected;               /* a malformed header or date was skipped */
    wt_buf log;                 /* the reader's diagnostics for this chunk */
    WT_CACHE_PAD;
} rec_job;

/* One worker thread: its context (the enrichment tables are shared) and
 * coder (the dictionaries are shared, read-only), with its scratch. */
typedef struct rec_worker {
    warta_ctx *ctx;
    const wt_sink *sink;        /* read only: renders json and csv on the worker */
    wt_coder *coder;
    wt_code_result res;
    wt_arena arena;
    wt_ctok_vec toks;
    WT_CACHE_PAD;
} rec_worker;

/* The coder's events of one record as event records. */
static void record_events(rec_worker *w, const wt_tabari_record *rec, size_t tl, wt_event_list *events)
{
    const wt_ctok *t = w->toks.items;
    for (size_t i = 0; i < w->res.events.len; i++) {
        const wt_coded_event *ce = &w->res.events.items[i];
        wt_event *e = wt_event_list_add(events);
        e->doc = wt_arena_strdup(&events->arena, rec->id);
        e->para = 0;
        e->sent = 0;
        e->span.start = 0;
        e->span.end = (uint32_t)tl;
        while (e->span.end > 0 && (rec->text[e->span.end - 1] == ' ')) e->span.end--;
        /* wt_event holds 31-byte codes; CAMEO codes are far shorter */
        memcpy(e->source, ce->source, sizeof e->source - 1);
        e->source[sizeof e->source - 1] = 0;
        memcpy(e->target, ce->target, sizeof e->target - 1);
        e->target[sizeof e->target - 1] = 0;
        e->source_text = tok_text(events, rec->text, t, ce->src_first, ce->src_last);
        e->target_text = tok_text(events, rec->text, t, ce->tgt_first, ce->tgt_last);
        if (ce->src_first >= 0) e->source_span = (wt_span){ t[ce->src_first].start, t[ce->src_last].end };
        if (ce->tgt_first >= 0) e->target_span = (wt_span){ t[ce->tgt_first].start, t[ce->tgt_last].end };
        wt_event_set_code(e, ce->code);
        e->evidence = tok_text(events, rec->text, t, ce->ev_first, ce->ev_last);
        if (ce->ev_first >= 0) e->evidence_span = (wt_span){ t[ce->ev_first].start, t[ce->ev_last].end };
        e->rule = rule_text(events, &ce->rule);
        if (rec->date > 0)
            e->date = (wt_date){ (int16_t)(rec->date / 10000), (int8_t)(rec->date / 100 % 100),
                                 (int8_t)(rec->date % 100) };
    }
}

/* Room for one more record's results in j. */
static size_t job_next_record(rec_job *j)
{
    if (j->n == j->ncap) {
        size_t cap = j->ncap ? 2 * j->ncap : 64;
        j->events = wt_xrealloc(j->events, cap * sizeof *j->events);
        j->out = wt_xrealloc(j->out, cap * sizeof *j->out);
        j->rendered = wt_xrealloc(j->rendered, cap * sizeof *j->rendered);
        for (size_t k = j->ncap; k < cap; k++) {
            wt_event_list_init_small(&j->events[k]);
            wt_buf_init(&j->out[k]);
        }
        j->ncap = cap;
    }
    size_t k = j->n++;
    wt_event_list_clear(&j->events[k]);
    wt_buf_clear(&j->out[k]);
    j->rendered[k] = 0;
    return k;
}

/* One record: tokens, coder, event records, enrichment, rendering. */
static void code_record(rec_worker *w, rec_job *j, const wt_tabari_record *rec)
{
    size_t k = job_next_record(j);
    wt_arena_reset(&w->arena);
    w->toks.len = 0;
    size_t tl = strlen(rec->text);
    wt_en_tokenize(rec->text, tl, &w->arena, &w->toks);
    wt_coder_set_record(w->coder, rec->id);
    wt_coder_code(w->coder, w->toks.items, w->toks.len, rec->date, &w->res);
    record_events(w, rec, tl, &j->events[k]);
    if (j->events[k].items_vec.len) wt_enrich(w->ctx, NULL, &j->events[k]);
    /* formatting is a third of the work for short records: done here,
     * in parallel, it leaves the writer only the bytes to write */
    j->rendered[k] = j->events[k].items_vec.len && wt_sink_render(w->sink, NULL, &j->events[k], &j->out[k]);
}

/* On a worker: the chunk's records, read and coded; malformed headers and
 * dates reported (into the job's log, replayed in input order) and skipped. */
static void rec_work(void *worker, void *job)
{
    rec_worker *w = worker;
    rec_job *j = job;
    wt_diag diag;
    wt_diag_init(&diag);
    diag.fn = wt_diag_log_fn;
    diag.user = &j->log;
    j->n = 0;
    j->rejected = 0;
    bad_header_ctx bh = { &diag, j->name, &j->rejected };
    wt_tabari_reader rd;
    wt_tabari_reader_init_chunk(&rd, j->raw, j->raw_len, j->line, j->pos);
    rd.on_bad_header = report_bad_header;
    rd.user = &bh;
    wt_tabari_record rec;
    while (wt_tabari_next(&rd, &rec)) {
        if (rec.date < 0) {
            wt_diag_at(&diag, WT_DIAG_ERROR, j->name, rec.line, "record %s: malformed date, skipped", rec.id);
            j->rejected = 1;
        } else {
            code_record(w, j, &rec);
        }
        wt_tabari_record_free(&rec);
    }
}

typedef struct rec_run {
    warta_ctx *ctx;
    wt_sink *sink;
    int failed;
    int rejected;               /* of the input being read */
} rec_run;

/* On the calling thread, in input order. */
static int rec_emit(void *user, void *job)
{
    rec_run *run = user;
    rec_job *j = job;
    wt_diag_replay(&run->ctx->diag, &j->log);
    run->rejected |= j->rejected;
    for (size_t k = 0; k < j->n; k++) {
        if (!j->events[k].items_vec.len) continue;
        int r = j->rendered[k] ? wt_sink_write_rendered(run->sink, NULL, &j->events[k], &j->out[k])
                               : wt_sink_write(run->sink, NULL, &j->events[k]);
        if (r != 0) {
            run->failed = 1;
            return -1;
        }
    }
    return 0;
}

/* Codes every record of one input, read as it comes. Returns 0, 1 when
 * some record was rejected, -1 when the sink failed, -2 when the input
 * could not be read (errno says why). */
static int code_stream(wt_pool *pool, rec_run *run, const char *name, FILE *f)
{
    wt_tabari_chunker ch;
    wt_tabari_chunker_init(&ch, f);
    run->rejected = 0;
    for (;;) {
        rec_job *j = wt_pool_slot(pool);
        if (run->failed || !wt_tabari_chunk_next(&ch, REC_CHUNK, &j->raw, &j->raw_len, &j->raw_cap, &j->line, &j->pos))
            break;
        j->name = name;
        wt_pool_submit(pool);
    }
    wt_pool_finish(pool);
    int read_error = ch.read_error;
    wt_tabari_chunker_free(&ch);
    return run->failed ? -1 : read_error ? -2 : run->rejected;
}

/* The workers, the batches and the pool over them. */
typedef struct rec_pool {
    wt_jobs jobs;
    rec_worker *ws;
    rec_job *js;
    void **wp, **slots;
    wt_pool *pool;
} rec_pool;

static void rec_pool_open(rec_pool *p, warta_ctx *ctx, const wt_dict *d, long njobs, rec_run *run)
{
    wt_jobs_init(&p->jobs, ctx, njobs, WT_PRELOAD_ENRICH);
    size_t nw = p->jobs.nworkers, nj = p->jobs.njobs;
    p->ws = wt_xcalloc(nw, sizeof *p->ws);
    p->wp = wt_xcalloc(nw, sizeof *p->wp);
    for (size_t i = 0; i < nw; i++) {
        rec_worker *w = &p->ws[i];
        w->ctx = p->jobs.ctxs[i];
        w->sink = run->sink;
        w->coder = wt_coder_new(d, &wt_lang_rules_en);
        wt_code_result_init(&w->res);
        wt_arena_init(&w->arena, 64 * 1024);
        p->wp[i] = w;
    }
    p->js = wt_xcalloc(nj, sizeof *p->js);
    p->slots = wt_xcalloc(nj, sizeof *p->slots);
    for (size_t i = 0; i < nj; i++) {
        wt_buf_init(&p->js[i].log);
        p->slots[i] = &p->js[i];
    }
    p->pool = wt_pool_new(p->jobs.nthreads, p->wp, p->slots, nj, rec_work, rec_emit, run);
}

static void rec_pool_close(rec_pool *p)
{
    wt_pool_free(p->pool);
    for (size_t i = 0; i < p->jobs.njobs; i++) {
        rec_job *j = &p->js[i];
        for (size_t k = 0; k < j->ncap; k++) {
            wt_event_list_free(&j->events[k]);
            wt_buf_free(&j->out[k]);
        }
        free(j->events);
        free(j->out);
        free(j->rendered);
        free(j->raw);
        wt_buf_free(&j->log);
    }
    for (size_t i = 0; i < p->jobs.nworkers; i++) {
        rec_worker *w = &p->ws[i];
        wt_coder_free(w->coder);
        wt_code_result_free(&w->res);
        wt_arena_free(&w->arena);
        WT_VEC_FREE(w->toks);
    }
    wt_jobs_free(&p->jobs);
    free(p->ws);
    free(p->wp);
    free(p->js);
    free(p->slots);
}

int cmd_code_tabari(warta_ctx *ctx, int argc, char **argv)
{
    WT_VEC(const char *) dicts = {0};
    WT_VEC(const char *) inputs = {0};
    int in_dicts = 0, status = WT_EXIT_OK, keep_going = 0, header = 0;
    const char *format = "json", *db = NULL;
    wt_dict_cache_opts cache = { NULL, 0 };
    long njobs = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); goto done; }
        int jr = wt_jobs_option(argc, argv, &i, &njobs, "code");
        if (jr < 0) { status = WT_EXIT_USAGE; goto done; }
        if (jr) { in_dicts = 0; continue; }
        if (!strcmp(a, "--input")) { i++; in_dicts = 0; continue; }
        if (!strcmp(a, "--input=tabari")) { in_dicts = 0; continue; }
        if (!strcmp(a, "--dict")) { in_dicts = 1; continue; }
        if (!strcmp(a, "--keep-going") || !strcmp(a, "--no-fail")) { keep_going = 1; continue; }
        if (!strcmp(a, "--header")) { header = 1; in_dicts = 0; continue; }
        /* accepted as for articles, so one command line serves both inputs;
         * record input writes no progress line to quieten */
        if (!strcmp(a, "--quiet")) { in_dicts = 0; continue; }
        if (!strcmp(a, "--no-cache")) { cache.disabled = 1; in_dicts = 0; continue; }
        if (!strcmp(a, "--cache") || !strncmp(a, "--cache=", 8)) {
            cache.dir = a[7] == '=' ? a + 8 : (i + 1 < argc ? argv[++i] : NULL);
            if (!cache.dir || !cache.dir[0]) {
                fprintf(stderr, "warta code: --cache needs a directory\n");
                status = WT_EXIT_USAGE;
                goto done;
            }
            in_dicts = 0;
            continue;
        }
        if (!strcmp(a, "--format") || !strncmp(a, "--format=", 9) || !strcmp(a, "--db") || !strncmp(a, "--db=", 5)) {
            int is_fmt = a[2] == 'f';
            const char *eq = strchr(a, '='), *v = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
            if (!v) {
                fprintf(stderr, "warta code: %s needs a value\n", a);
                status = WT_EXIT_USAGE;
                goto done;
            }
            if (is_fmt && !wt_sink_format_ok(v)) {
                fprintf(stderr, "warta code: unknown --format '%s' (json, gdelt, gdelt-mentions or csv)\n", v);
                status = WT_EXIT_USAGE;
                goto done;
            }
            if (is_fmt) format = v; else db = v;
            in_dicts = 0;
            continue;
        }
        if (!strncmp(a, "--dict=", 7)) { *WT_VEC_PUSH(dicts) = a + 7; in_dicts = 1; continue; }
        if (a[0] == '-' && a[1]) {
            fprintf(stderr, "warta code: unknown option %s\n", a);
            usage(stderr);
            status = WT_EXIT_USAGE;
            goto done;
        }
        if (in_dicts && wt_dict_is_file(a)) *WT_VEC_PUSH(dicts) = a;
        else { in_dicts = 0; *WT_VEC_PUSH(inputs) = a; }
    }
    if (!dicts.len) {
        fprintf(stderr, "warta code --input tabari: no dictionaries (--dict FILE...)\n");
        usage(stderr);
        status = WT_EXIT_USAGE;
        goto done;
    }
    wt_dict d;
    wt_dict_init(&d);
    long rejected = wt_dict_load_inputs(&d, dicts.items, dicts.len, &cache, &ctx->diag);
    if (rejected < 0) {
        wt_dict_free(&d);
        status = WT_EXIT_FATAL;
        goto done;
    }
    wt_sink *sink = wt_sink_open(ctx, &(wt_sink_options){ .format = format, .out = stdout, .db_path = db, .header = header });
    if (!sink) {
        wt_dict_free(&d);
        status = WT_EXIT_FATAL;
        goto done;
    }
    rec_run run = { .ctx = ctx, .sink = sink };
    rec_pool rp;
    rec_pool_open(&rp, ctx, &d, njobs, &run);
    int bad = rejected > 0, failed = 0;
    if (!inputs.len) {
        int r = code_stream(rp.pool, &run, "<stdin>", stdin);
        if (r == -2) { fprintf(stderr, "<stdin>: cannot read: %s\n", strerror(errno)); status = WT_EXIT_FATAL; }
        else if (r < 0) failed = 1; else bad |= r;
    }
    for (size_t i = 0; i < inputs.len && !failed; i++) {
        FILE *f = fopen(inputs.items[i], "r");
        if (!f) {
            fprintf(stderr, "%s: cannot read: %s\n", inputs.items[i], strerror(errno));
            status = WT_EXIT_FATAL;
            continue;
        }
        int r = code_stream(rp.pool, &run, inputs.items[i], f);
        if (r == -2) { fprintf(stderr, "%s: cannot read: %s\n", inputs.items[i], strerror(errno)); status = WT_EXIT_FATAL; }
        else if (r < 0) failed = 1; else bad |= r;
        fclose(f);
    }
    rec_pool_close(&rp);
    if (wt_sink_close(sink) != 0 || failed) {
        fprintf(stderr, "warta code: writing the events failed\n");
        status = WT_EXIT_FATAL;
    }
    wt_dict_free(&d);
    if (status == WT_EXIT_OK && bad && !keep_going)
        status = WT_EXIT_REJECTED;
done:
    WT_VEC_FREE(dicts);
    WT_VEC_FREE(inputs);
    return status;
}
