/* cmd_code_tabari.c — `warta code --input tabari --dict FILE... [FILE...]`:
 * codes TABARI text records with TABARI dictionaries and writes one event
 * per JSON line (src/output/event_json.h). */
#include "cli/commands.h"
#include "code/coder.h"
#include "code/event.h"
#include "code/tabari_records.h"
#include "ctx.h"
#include "dict/dict.h"
#include "dict/project.h"
#include "lang/en/tokens.h"
#include "output/event_json.h"
#include "util/buf.h"
#include "util/file.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cmd_code_tabari(warta_ctx *ctx, int argc, char **argv);

static void usage(FILE *f)
{
    fputs("usage: warta code --input tabari --dict DICT... [FILE...]\n"
          "\n"
          "Codes TABARI text records (`YYMMDD ID` line, text, blank line) with\n"
          "TABARI dictionaries and writes event JSON Lines: doc, para, sent, span,\n"
          "source, source_text, target, target_text, code, root, evidence, rule.\n"
          "DICT: .verbs .actors .agents .options files, or a .project naming them;\n"
          "every dictionary file after --dict is taken until the first other file.\n"
          "FILE: records to code (default: standard input).\n"
          "Exit status: 0 ok, 1 some dictionary entries or records rejected,\n"
          "2 usage, 3 unreadable dictionary or input.\n", f);
}

static int is_dict_file(const char *p)
{
    static const char *const ext[] = { ".verbs", ".actors", ".agents", ".options", ".project",
                                       ".verbs.txt", ".actors.txt", ".agents.txt", NULL };
    for (int i = 0; ext[i]; i++)
        if (wt_has_suffix(p, ext[i])) return 1;
    return 0;
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

static int code_stream(wt_coder *coder, const char *name, const char *text, size_t len,
                       wt_diag *diag, wt_buf *out)
{
    wt_tabari_reader rd;
    wt_tabari_reader_init(&rd, text, len);
    wt_tabari_record rec;
    wt_code_result res;
    wt_code_result_init(&res);
    wt_event_list events;
    wt_event_list_init(&events);
    wt_arena arena;
    wt_arena_init(&arena, 64 * 1024);
    wt_ctok_vec toks = {0};
    int rejected = 0;
    while (wt_tabari_next(&rd, &rec)) {
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
            wt_event_json(out, e);
            wt_buf_putc(out, '\n');
        }
        if (out->len > 1 << 16) {
            fwrite(out->data, 1, out->len, stdout);
            wt_buf_clear(out);
        }
        wt_tabari_record_free(&rec);
    }
    WT_VEC_FREE(toks);
    wt_arena_free(&arena);
    wt_event_list_free(&events);
    wt_code_result_free(&res);
    return rejected;
}

int cmd_code_tabari(warta_ctx *ctx, int argc, char **argv)
{
    WT_VEC(const char *) dicts = {0};
    WT_VEC(const char *) inputs = {0};
    int in_dicts = 0, status = WT_EXIT_OK;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); goto done; }
        if (!strcmp(a, "--input")) { i++; in_dicts = 0; continue; }
        if (!strcmp(a, "--input=tabari")) { in_dicts = 0; continue; }
        if (!strcmp(a, "--dict")) { in_dicts = 1; continue; }
        if (!strncmp(a, "--dict=", 7)) { *WT_VEC_PUSH(dicts) = a + 7; in_dicts = 1; continue; }
        if (a[0] == '-' && a[1]) {
            fprintf(stderr, "warta code: unknown option %s\n", a);
            usage(stderr);
            status = WT_EXIT_USAGE;
            goto done;
        }
        if (in_dicts && is_dict_file(a)) *WT_VEC_PUSH(dicts) = a;
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
    long rejected = 0;
    for (size_t i = 0; i < dicts.len; i++) {
        long r = wt_has_suffix_project(dicts.items[i])
                      ? wt_project_load_dicts(&d, dicts.items[i], NULL, &ctx->diag)
                      : wt_dict_load_file(&d, dicts.items[i], &ctx->diag);
        if (r < 0) {
            wt_dict_free(&d);
            status = WT_EXIT_FATAL;
            goto done;
        }
        rejected += r;
    }
    wt_dict_finish(&d);
    wt_coder *coder = wt_coder_new(&d, &wt_lang_rules_en);
    wt_buf out;
    wt_buf_init(&out);
    int bad = rejected > 0;
    if (!inputs.len) {
        wt_buf in;
        wt_buf_init(&in);
        char chunk[65536];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
            wt_buf_append(&in, chunk, n);
        bad |= code_stream(coder, "<stdin>", in.data ? in.data : "", in.len, &ctx->diag, &out);
        wt_buf_free(&in);
    }
    for (size_t i = 0; i < inputs.len; i++) {
        size_t len;
        char *text = wt_read_file(inputs.items[i], &len);
        if (!text) {
            fprintf(stderr, "%s: cannot read: %s\n", inputs.items[i], strerror(errno));
            status = WT_EXIT_FATAL;
            continue;
        }
        bad |= code_stream(coder, inputs.items[i], text, len, &ctx->diag, &out);
        free(text);
    }
    fwrite(out.data ? out.data : "", 1, out.len, stdout);
    fflush(stdout);
    wt_buf_free(&out);
    wt_coder_free(coder);
    wt_dict_free(&d);
    if (status == WT_EXIT_OK && bad)
        status = WT_EXIT_REJECTED;
done:
    WT_VEC_FREE(dicts);
    WT_VEC_FREE(inputs);
    return status;
}
