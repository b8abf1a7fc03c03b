/* cmd_train_parser.c — `warta train-parser`: trains the Indonesian tagger
 * and dependency parser from CoNLL-U treebanks, measures them by
 * cross-validation and writes the model file. `make model` runs it on
 * ../shared/ud with the defaults. docs/parser.md */
#include "cli/commands.h"
#include "ctx.h"
#include "lang/id/lemma.h"
#include "parse/train.h"

#include "ingest/ingest.h"
#include "util/strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fputs("usage: warta train-parser [OPTIONS] TREEBANK.conllu...\n"
          "\n"
          "Trains the UPOS tagger, the dependency parser and the relation labeller\n"
          "from Universal Dependencies treebanks, prints k-fold cross-validation\n"
          "scores (UPOS, UAS, LAS, per-relation P/R/F1), then trains on everything\n"
          "and writes the model. Training is deterministic for a given seed.\n"
          "\n"
          "  --out FILE           model file to write (default: parser.model)\n"
          "  --scores FILE        also write the cross-validation scores to FILE\n"
          "  --corpus FILE        unannotated articles (.jsonl/.txt, repeatable) to learn\n"
          "                       word classes from (docs/parser.md); none: no classes\n"
          "  --exclude FILE       leave the articles whose id is in this .jsonl out of the\n"
          "                       corpus (repeatable: the gold articles)\n"
          "  --folds K            cross-validation folds (default 5; 0 or 1: none)\n"
          "  --tagger-epochs N    passes over the data for the tagger (default 8)\n"
          "  --parser-epochs N    passes for the parser (default 20)\n"
          "  --seed N             shuffling and exploration seed (default 20171212)\n"
          "  --explore P          probability of following the parser's own mistakes\n"
          "                       in training, from the second pass on (default 0.9)\n"
          "  --runs N             parser training runs averaged into one model (default 2)\n"
          "  --prune W            drop averaged weights smaller than W (default 0.001)\n"
          "  --min-updates N      drop tagger features updated fewer than N times\n"
          "                       (default 1)\n"
          "  --parser-min-updates N\n"
          "                       the same for the parser and labeller (default 2)\n"
          "  --help               this text\n"
          "\n"
          "exit status: 0 model written; 1 some treebank sentences rejected (the\n"
          "rest used); 2 bad command line; 3 no usable input or cannot write.\n", f);
}

static int int_arg(const char *v, long lo, long hi, long *out)
{
    char *end;
    long x = strtol(v, &end, 10);
    if (!*v || *end || x < lo || x > hi) return -1;
    *out = x;
    return 0;
}

static int write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    int ok = fwrite(data, 1, len, f) == len;
    if (fclose(f) != 0) ok = 0;
    return ok ? 0 : -1;
}

/* The ids of the articles in files (JSON Lines), into set. */
static void read_ids(warta_ctx *ctx, const char *const *files, int n, wt_strmap *set)
{
    if (!n) return;
    wt_reader *r = wt_reader_new(ctx, WT_INPUT_JSONL);
    for (int i = 0; i < n; i++) wt_reader_add(r, files[i]);
    wt_doc d;
    wt_doc_init(&d);
    while (wt_reader_next(r, &d))
        if (d.id) wt_strmap_put(set, d.id, strlen(d.id), NULL);
    wt_doc_free(&d);
    wt_reader_free(r);
}

int cmd_train_parser(warta_ctx *ctx, int argc, char **argv)
{
    wt_train_opts o;
    wt_train_opts_default(&o);
    o.report = stderr;
    const char *out = "parser.model", *scores_path = NULL;
    const char *corpus[16], *exclude[16];
    int ncorpus = 0, nexclude = 0;
    int first = 1;
    for (; first < argc; first++) {
        const char *a = argv[first];
        const char *v = first + 1 < argc ? argv[first + 1] : NULL;
        long x;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); return WT_EXIT_OK; }
        if (!strcmp(a, "--")) { first++; break; }
        if (a[0] != '-' || !a[1]) break;
        if (!v) goto bad;
        if (!strcmp(a, "--out")) out = v;
        else if (!strcmp(a, "--scores")) scores_path = v;
        else if (!strcmp(a, "--corpus") && ncorpus < 16) corpus[ncorpus++] = v;
        else if (!strcmp(a, "--exclude") && nexclude < 16) exclude[nexclude++] = v;
        else if (!strcmp(a, "--folds") && !int_arg(v, 0, 100, &x)) o.folds = (int)x;
        else if (!strcmp(a, "--tagger-epochs") && !int_arg(v, 1, 1000, &x)) o.tagger_epochs = (int)x;
        else if (!strcmp(a, "--parser-epochs") && !int_arg(v, 1, 1000, &x)) o.parser_epochs = (int)x;
        else if (!strcmp(a, "--prune")) o.prune = (float)atof(v);
        else if (!strcmp(a, "--explore")) o.explore = atof(v);
        else if (!strcmp(a, "--runs") && !int_arg(v, 1, 16, &x)) o.runs = (int)x;
        else if (!strcmp(a, "--min-updates") && !int_arg(v, 0, 1000000, &x)) o.min_updates = (int)x;
        else if (!strcmp(a, "--parser-min-updates") && !int_arg(v, 0, 1000000, &x))
            o.parser_min_updates = (int)x;
        else if (!strcmp(a, "--seed") && !int_arg(v, 1, 2147483647L, &x)) o.seed = (uint64_t)x;
        else goto bad;
        first++;
    }
    if (first >= argc) {
        fprintf(stderr, "warta train-parser: no treebank given\n");
        usage(stderr);
        return WT_EXIT_USAGE;
    }
    wt_lemmatizer *lz = wt_ctx_lemmatizer(ctx);
    if (!lz) return WT_EXIT_FATAL;
    wt_treebank *tb = wt_treebank_new(lz);
    long rejected = 0;
    wt_buf info;
    wt_buf_init(&info);
    wt_buf_printf(&info, "warta %s; trained on", WARTA_VERSION);
    for (int i = first; i < argc; i++) {
        long bad = wt_treebank_add(tb, argv[i], &ctx->diag);
        if (bad < 0) {
            wt_treebank_free(tb);
            wt_buf_free(&info);
            return WT_EXIT_FATAL;
        }
        rejected += bad;
        const char *base = strrchr(argv[i], '/');
        wt_buf_printf(&info, " %s", base ? base + 1 : argv[i]);
    }
    wt_buf_printf(&info, " (%zu sentences); tagger %d, parser %d epochs, seed %llu; features updated"
                  " fewer than %d (tagger) / %d (parser, labeller) times dropped",
                  wt_treebank_size(tb), o.tagger_epochs, o.parser_epochs,
                  (unsigned long long)o.seed, o.min_updates, o.parser_min_updates);
    wt_syntax_model m;
    wt_syntax_model_init(&m);
    if (ncorpus) {
        wt_strmap ex;
        wt_strmap_init(&ex);
        read_ids(ctx, exclude, nexclude, &ex);
        if (wt_clusters_build(ctx, corpus, ncorpus, &ex, &m, stderr) == 0) {
            wt_treebank_set_clusters(tb, &m);
            wt_buf_printf(&info, "; word classes from %d corpus file(s), %zu excluded articles",
                          ncorpus, ex.count);
        }
        wt_strmap_free(&ex);
    }
    wt_buf scores;
    wt_buf_init(&scores);
    int status = WT_EXIT_OK;
    if (wt_train_syntax(tb, &o, &m, &scores) != 0) {
        fprintf(stderr, "warta train-parser: no sentences to train on\n");
        status = WT_EXIT_FATAL;
    } else {
        m.info = wt_buf_detach(&info);
        wt_buf model;
        wt_buf_init(&model);
        wt_syntax_model_write(&m, &model);
        if (scores.len) fwrite(scores.data, 1, scores.len, stdout);
        if (write_file(out, model.data, model.len) != 0 ||
            (scores_path && write_file(scores_path, scores.data ? scores.data : "", scores.len) != 0)) {
            fprintf(stderr, "warta train-parser: cannot write %s\n", out);
            status = WT_EXIT_FATAL;
        } else {
            fprintf(stderr, "warta train-parser: wrote %s (%zu bytes)\n", out, model.len);
        }
        wt_buf_free(&model);
    }
    if (status == WT_EXIT_OK && rejected) status = WT_EXIT_REJECTED;
    wt_buf_free(&scores);
    wt_buf_free(&info);
    wt_syntax_model_free(&m);
    wt_treebank_free(tb);
    return status;
bad:
    fprintf(stderr, "warta train-parser: bad option '%s'\n", argv[first]);
    usage(stderr);
    return WT_EXIT_USAGE;
}
