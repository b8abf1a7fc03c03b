/* cmd_doc.c — `warta doc`: articles in, one cleaned and segmented JSON
 * object per article out (docs/doc-format.md). */
#include "cli/commands.h"
#include "ctx.h"
#include "ingest/ingest.h"
#include "output/doc_json.h"
#include "text/article.h"
#include "util/buf.h"

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

int cmd_doc(warta_ctx *ctx, int argc, char **argv)
{
    enum wt_input_format fmt = WT_INPUT_AUTO;
    wt_date date = {0, 0, 0};
    int flags = 0, keep_going = 0, files = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
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
        if (!strcmp(argv[i], "--input") || !strcmp(argv[i], "--date")) { i++; continue; }
        if (argv[i][0] == '-' && argv[i][1]) continue;
        wt_reader_add(r, argv[i]);
    }
    if (!files) wt_reader_add(r, "-");

    int progress = isatty(2);
    double start = now(), last = start;
    size_t errors_before = ctx->diag.errors, failed = 0, out_count = 0;
    int status = WT_EXIT_OK;
    wt_doc d;
    wt_doc_init(&d);
    wt_buf b;
    wt_buf_init(&b);
    while (wt_reader_next(r, &d)) {
        if (!d.date.year && date.year) {
            d.date = date;
            d.date_source = "caller";
        }
        if (wt_article_process(ctx, &d) != 0) {
            failed++;
            continue;
        }
        wt_buf_clear(&b);
        wt_doc_json(&b, &d, flags);
        wt_buf_putc(&b, '\n');
        if (fwrite(b.data, 1, b.len, stdout) != b.len) {
            fprintf(stderr, "warta doc: cannot write output\n");
            status = WT_EXIT_FATAL;
            break;
        }
        out_count++;
        if (progress && (out_count & 255) == 0 && now() - last > 0.5) {
            last = now();
            fprintf(stderr, "\rwarta doc: %zu articles, %.1f MB, %.1f MB/s", out_count,
                    wt_reader_bytes(r) / 1e6, wt_reader_bytes(r) / 1e6 / (last - start));
        }
    }
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
    wt_buf_free(&b);
    wt_doc_free(&d);
    wt_reader_free(r);
    return status;
}
