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

#include <stdio.h>
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
            "  --help              this text\n\n"
            "Dictionaries: DATA/id/ .actors, .agents and .verbs files (docs/dictionaries-id.md);\n"
            "English: the --dict files (docs/events.md, \"English articles\").\n"
            "exit status: 0 ok; 1 some input rejected; 2 bad command line; 3 no\n"
            "dictionaries or output error.\n");
}

/* Enrichment sees the whole article (a date stated in one paragraph dates
 * the same event told in another), but merges repeated mentions only within
 * a paragraph: event data (and the gold standard) count an event once per
 * paragraph. One write per article keeps the store's article rows whole. */
static int write_by_paragraph(warta_ctx *ctx, wt_sink *sink, const wt_doc *d, wt_event_list *all,
                              int enrich, int *enrich_failed, wt_event_list *part)
{
    (void)part;
    if (enrich && !*enrich_failed && wt_enrich_merge(ctx, d, all, WT_MERGE_PARAGRAPH) != 0) *enrich_failed = 1;
    return wt_sink_write(sink, d, all);
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
    int explain, stats_on, keep_going, enrich, header;
} code_opts;

static int code_articles(warta_ctx *ctx, const code_opts *op, const char *const *dicts, size_t ndicts,
                         const wt_dict_cache_opts *cache, const char *const *inputs, size_t ninputs);

int cmd_code_articles(warta_ctx *ctx, int argc, char **argv);
int cmd_code_articles(warta_ctx *ctx, int argc, char **argv)
{
    enum wt_input_format fmt = WT_INPUT_AUTO;
    const char *lang = "auto", *format = "json", *db = NULL;
    wt_date date = {0, 0, 0};
    int explain = 0, stats_on = 0, keep_going = 0, enrich = 1, in_dicts = 0, header = 0;
    WT_VEC(const char *) dicts = {0};
    WT_VEC(const char *) inputs = {0};
    wt_dict_cache_opts cache = { NULL, 0 };
    int status = WT_EXIT_OK;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); goto done; }
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
    status = code_articles(ctx, &(code_opts){ fmt, lang, format, db, date, explain, stats_on, keep_going, enrich, header },
                           dicts.items, dicts.len, &cache, inputs.items, inputs.len);
done:
    WT_VEC_FREE(dicts);
    WT_VEC_FREE(inputs);
    return status;
}

static int code_articles(warta_ctx *ctx, const code_opts *op, const char *const *dicts, size_t ndicts,
                         const wt_dict_cache_opts *cache, const char *const *inputs, size_t ninputs)
{
    enum wt_input_format fmt = op->fmt;
    const char *lang = op->lang;
    wt_date date = op->date;
    int explain = op->explain, stats_on = op->stats_on, keep_going = op->keep_going, enrich = op->enrich;
    int status = WT_EXIT_OK;
    wt_idcoder *coder = NULL;
    if (strcmp(lang, "en")) {
        coder = wt_idcoder_new(ctx->data_dir, &ctx->diag);
        if (!coder) return WT_EXIT_FATAL;
        /* the --dict actors and agents serve Indonesian text too (names
         * read the same); the coder's own entries win */
        for (size_t i = 0; i < ndicts; i++)
            if (wt_idcoder_add_dict(coder, dicts[i], &ctx->diag) < 0) { wt_idcoder_free(coder); return WT_EXIT_FATAL; }
    }
    /* English: the TABARI dictionaries, loaded as --input tabari loads them */
    wt_dict en_dict;
    wt_dict_init(&en_dict);
    wt_en_articles *en = NULL;
    long dict_rejected = 0;
    if (ndicts) {
        dict_rejected = wt_dict_load_inputs(&en_dict, dicts, ndicts, cache, &ctx->diag);
        if (dict_rejected < 0) {
            wt_dict_free(&en_dict);
            wt_idcoder_free(coder);
            return WT_EXIT_FATAL;
        }
        en = wt_en_articles_new(&en_dict);
        if (explain) wt_en_articles_set_explain(en, stderr);
    }
    wt_idstats stats;
    wt_idstats_init(&stats);
    if (coder) {
        wt_idcoder_set_lemmatizer(coder, wt_ctx_lemmatizer(ctx));
        wt_idcoder_set_syntax(coder, wt_ctx_syntax(ctx));
        if (explain) wt_idcoder_set_explain(coder, stderr);
        if (stats_on) wt_idcoder_set_stats(coder, &stats);
    }

    wt_sink *sink = NULL;
    if (!stats_on) {
        wt_sink_options o = { .format = op->format, .out = stdout, .db_path = op->db, .header = op->header };
        sink = wt_sink_open(ctx, &o);
        if (!sink) {
            wt_idcoder_free(coder);
            wt_en_articles_free(en);
            wt_dict_free(&en_dict);
            wt_idstats_free(&stats);
            return WT_EXIT_FATAL;
        }
    }

    wt_reader *r = wt_reader_new(ctx, fmt);
    for (size_t i = 0; i < ninputs; i++) wt_reader_add(r, inputs[i]);
    if (!ninputs) wt_reader_add(r, "-");

    size_t errors_before = ctx->diag.errors, skipped[3] = {0, 0, 0}, coded = 0, failed = 0, nevents = 0;
    int enrich_failed = 0;
    wt_doc d;
    wt_doc_init(&d);
    wt_event_list events, para_events;
    wt_event_list_init(&events);
    wt_event_list_init(&para_events);
    while (wt_reader_next(r, &d)) {
        if (!d.date.year && date.year) { d.date = date; d.date_source = "caller"; }
        if (wt_article_process(ctx, &d) != 0) { failed++; continue; }
        /* Indonesian articles go to the Indonesian grammar, English ones to
         * the TABARI coder when dictionaries were given; the rest are
         * counted and skipped, neither coded nor rejected */
        wt_lang l = !strcmp(lang, "id") ? WT_LANG_ID : !strcmp(lang, "en") ? WT_LANG_EN : wt_langid(d.text, d.len, NULL);
        if (!(l == WT_LANG_ID && coder) && !(l == WT_LANG_EN && en)) {
            skipped[l]++;
            if (explain) fprintf(stderr, "article %s: language %s, not coded\n", d.id ? d.id : "?", wt_lang_name(l));
            continue;
        }
        coded++;
        wt_event_list_clear(&events);
        if (l == WT_LANG_EN) {
            if (explain) fprintf(stderr, "article %s: English, coded with the --dict dictionaries\n", d.id ? d.id : "?");
            wt_en_articles_code(en, &d, &events);
        } else {
            wt_idcoder_code_doc(coder, &d, &events);
        }
        if (!sink) { nevents += events.items_vec.len; continue; }
        if (write_by_paragraph(ctx, sink, &d, &events, enrich, &enrich_failed, &para_events) != 0) {
            status = WT_EXIT_FATAL;
            break;
        }
        nevents += events.items_vec.len;      /* after the per-paragraph merge */
    }
    if (skipped[WT_LANG_EN])
        fprintf(stderr, "warta code: %zu English article(s) skipped: English articles are coded with "
                        "TABARI dictionaries (--dict FILE...)\n", skipped[WT_LANG_EN]);
    size_t rejected = wt_reader_rejected(r) + failed;
    fprintf(stderr, "warta code: %zu article(s) coded (%zu events), %zu skipped as English, %zu as another "
                    "language, %zu rejected\n", coded, nevents, skipped[WT_LANG_EN], skipped[WT_LANG_OTHER], rejected);
    if (sink && wt_sink_close(sink) != 0) status = WT_EXIT_FATAL;
    if (stats_on) wt_idstats_print(&stats, stdout, 60);
    if (status == WT_EXIT_OK && !keep_going &&
        (ctx->diag.errors > errors_before || wt_reader_rejected(r) > 0 || dict_rejected > 0))
        status = WT_EXIT_REJECTED;
    wt_event_list_free(&events);
    wt_event_list_free(&para_events);
    wt_doc_free(&d);
    wt_reader_free(r);
    wt_idstats_free(&stats);
    wt_idcoder_free(coder);
    wt_en_articles_free(en);
    wt_dict_free(&en_dict);
    return status;
}
