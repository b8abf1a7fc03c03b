/* cmd_code_tabari.c — `warta code --input tabari --dict FILE... [FILE...]`:
 * codes TABARI text records with TABARI dictionaries and writes the
 * enriched events through a sink (JSON Lines, GDELT or CSV on stdout, and
 * optionally a SQLite store). */
#include "cli/commands.h"
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

/* Codes every record of one input. Returns 0, 1 when some record was
 * rejected, or -1 when the sink failed. */
static int code_stream(warta_ctx *ctx, wt_coder *coder, wt_sink *sink, const char *name,
                       const char *text, size_t len)
{
    wt_diag *diag = &ctx->diag;
    int rejected = 0, failed = 0;
    bad_header_ctx bh = { diag, name, &rejected };
    wt_tabari_reader rd;
    wt_tabari_reader_init(&rd, text, len);
    rd.on_bad_header = report_bad_header;
    rd.user = &bh;
    wt_tabari_record rec;
    wt_code_result res;
    wt_code_result_init(&res);
    wt_event_list events;
    wt_event_list_init(&events);
    wt_arena arena;
    wt_arena_init(&arena, 64 * 1024);
    wt_ctok_vec toks = {0};
    while (!failed && wt_tabari_next(&rd, &rec)) {
        if (rec.date < 0) {
            wt_diag_at(diag, WT_DIAG_ERROR, name, rec.line, "record %s: malformed date, skipped", rec.id);
            rejected = 1;
            wt_tabari_record_free(&rec);
            continue;
        }
        wt_arena_reset(&arena);
        toks.len = 0;
        size_t tl = strlen(rec.text);
        wt_en_tokenize(rec.text, tl, &arena, &toks);
        wt_coder_set_record(coder, rec.id);
        wt_coder_code(coder, toks.items, toks.len, rec.date, &res);
        wt_event_list_clear(&events);
        for (size_t i = 0; i < res.events.len; i++) {
            const wt_coded_event *ce = &res.events.items[i];
            wt_event *e = wt_event_list_add(&events);
            e->doc = wt_arena_strdup(&events.arena, rec.id);
            e->para = 0;
            e->sent = 0;
            e->span.start = 0;
            e->span.end = (uint32_t)tl;
            while (e->span.end > 0 && (rec.text[e->span.end - 1] == ' ')) e->span.end--;
            /* wt_event holds 31-byte codes; CAMEO codes are far shorter */
            memcpy(e->source, ce->source, sizeof e->source - 1);
            e->source[sizeof e->source - 1] = 0;
            memcpy(e->target, ce->target, sizeof e->target - 1);
            e->target[sizeof e->target - 1] = 0;
            e->source_text = tok_text(&events, rec.text, toks.items, ce->src_first, ce->src_last);
            e->target_text = tok_text(&events, rec.text, toks.items, ce->tgt_first, ce->tgt_last);
            if (ce->src_first >= 0) e->source_span = (wt_span){ toks.items[ce->src_first].start, toks.items[ce->src_last].end };
            if (ce->tgt_first >= 0) e->target_span = (wt_span){ toks.items[ce->tgt_first].start, toks.items[ce->tgt_last].end };
            wt_event_set_code(e, ce->code);
            e->evidence = tok_text(&events, rec.text, toks.items, ce->ev_first, ce->ev_last);
            if (ce->ev_first >= 0)
                e->evidence_span = (wt_span){ toks.items[ce->ev_first].start, toks.items[ce->ev_last].end };
            e->rule = rule_text(&events, &ce->rule);
            if (rec.date > 0)
                e->date = (wt_date){ (int16_t)(rec.date / 10000), (int8_t)(rec.date / 100 % 100),
                                     (int8_t)(rec.date % 100) };
        }
        if (events.items_vec.len) {
            wt_enrich(ctx, NULL, &events);
            if (wt_sink_write(sink, NULL, &events) != 0)
                failed = 1;
        }
        wt_tabari_record_free(&rec);
    }
    WT_VEC_FREE(toks);
    wt_arena_free(&arena);
    wt_event_list_free(&events);
    wt_code_result_free(&res);
    return failed ? -1 : rejected;
}

int cmd_code_tabari(warta_ctx *ctx, int argc, char **argv)
{
    WT_VEC(const char *) dicts = {0};
    WT_VEC(const char *) inputs = {0};
    int in_dicts = 0, status = WT_EXIT_OK, keep_going = 0, header = 0;
    const char *format = "json", *db = NULL;
    wt_dict_cache_opts cache = { NULL, 0 };
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); goto done; }
        if (!strcmp(a, "--input")) { i++; in_dicts = 0; continue; }
        if (!strcmp(a, "--input=tabari")) { in_dicts = 0; continue; }
        if (!strcmp(a, "--dict")) { in_dicts = 1; continue; }
        if (!strcmp(a, "--keep-going") || !strcmp(a, "--no-fail")) { keep_going = 1; continue; }
        if (!strcmp(a, "--header")) { header = 1; in_dicts = 0; continue; }
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
    wt_coder *coder = wt_coder_new(&d, &wt_lang_rules_en);
    int bad = rejected > 0, failed = 0;
    if (!inputs.len) {
        wt_buf in;
        wt_buf_init(&in);
        char chunk[65536];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
            wt_buf_append(&in, chunk, n);
        int r = code_stream(ctx, coder, sink, "<stdin>", in.data ? in.data : "", in.len);
        if (r < 0) failed = 1; else bad |= r;
        wt_buf_free(&in);
    }
    for (size_t i = 0; i < inputs.len && !failed; i++) {
        size_t len;
        char *text = wt_read_file(inputs.items[i], &len);
        if (!text) {
            fprintf(stderr, "%s: cannot read: %s\n", inputs.items[i], strerror(errno));
            status = WT_EXIT_FATAL;
            continue;
        }
        int r = code_stream(ctx, coder, sink, inputs.items[i], text, len);
        if (r < 0) failed = 1; else bad |= r;
        free(text);
    }
    if (wt_sink_close(sink) != 0 || failed) {
        fprintf(stderr, "warta code: writing the events failed\n");
        status = WT_EXIT_FATAL;
    }
    wt_coder_free(coder);
    wt_dict_free(&d);
    if (status == WT_EXIT_OK && bad && !keep_going)
        status = WT_EXIT_REJECTED;
done:
    WT_VEC_FREE(dicts);
    WT_VEC_FREE(inputs);
    return status;
}
