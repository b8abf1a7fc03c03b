/* cmd_actors.c — `warta actors [FILE|DIR|-]...`: every actor mention the
 * Indonesian coder finds, as JSON Lines (issue 10): doc, para, sent, span
 * (byte offsets into the input text), text, code (null when unresolved) and
 * via, how it was resolved. Same inputs and article layer as `warta code`. */
#include "parse/parse.h"
#include "cli/commands.h"
#include "code/event.h"
#include "code/id/idcoder.h"
#include "dict/load.h"
#include "ctx.h"
#include "ingest/ingest.h"
#include "lang/id/lemma.h"
#include "text/article.h"
#include "util/buf.h"
#include "util/json_write.h"

#include <stdio.h>
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
          "  --keep-going        exit 0 even when some input was rejected\n", f);
}

typedef struct out_ctx { wt_buf buf; } out_ctx;

static void write_mention(void *user, const wt_doc *d, const wt_idmention *m)
{
    out_ctx *o = user;
    wt_buf *b = &o->buf;
    wt_buf_clear(b);
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
    fwrite(b->data, 1, b->len, stdout);
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
    wt_idcoder *coder = wt_idcoder_new(ctx->data_dir, &ctx->diag);
    if (!coder) { WT_VEC_FREE(inputs); WT_VEC_FREE(dicts); return WT_EXIT_FATAL; }
    for (size_t i = 0; i < dicts.len; i++)
        if (wt_idcoder_add_dict(coder, dicts.items[i], &ctx->diag) < 0) {
            wt_idcoder_free(coder);
            WT_VEC_FREE(inputs);
            WT_VEC_FREE(dicts);
            return WT_EXIT_FATAL;
        }
    wt_idcoder_set_lemmatizer(coder, wt_ctx_lemmatizer(ctx));
    wt_idcoder_set_syntax(coder, wt_ctx_syntax(ctx));
    out_ctx o;
    wt_buf_init(&o.buf);
    wt_idcoder_set_mention_fn(coder, write_mention, &o);

    wt_reader *r = wt_reader_new(ctx, fmt);
    for (size_t i = 0; i < inputs.len; i++) wt_reader_add(r, inputs.items[i]);
    if (!inputs.len) wt_reader_add(r, "-");
    size_t errors_before = ctx->diag.errors, done = 0, failed = 0;
    wt_doc d;
    wt_doc_init(&d);
    wt_event_list events;
    wt_event_list_init(&events);
    while (wt_reader_next(r, &d)) {
        if (!d.date.year && date.year) { d.date = date; d.date_source = "caller"; }
        if (wt_article_process(ctx, &d) != 0) { failed++; continue; }
        wt_event_list_clear(&events);
        wt_idcoder_code_doc(coder, &d, &events);   /* the mentions come through write_mention */
        done++;
    }
    size_t rejected = wt_reader_rejected(r) + failed;
    fprintf(stderr, "warta actors: %zu article(s), %zu rejected\n", done, rejected);
    int status = WT_EXIT_OK;
    if (fflush(stdout) != 0) status = WT_EXIT_FATAL;
    else if (!keep_going && (ctx->diag.errors > errors_before || rejected)) status = WT_EXIT_REJECTED;
    wt_event_list_free(&events);
    wt_doc_free(&d);
    wt_reader_free(r);
    wt_buf_free(&o.buf);
    wt_idcoder_free(coder);
    WT_VEC_FREE(inputs);
    WT_VEC_FREE(dicts);
    return status;
}
