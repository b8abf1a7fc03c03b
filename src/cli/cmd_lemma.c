/* cmd_lemma.c — `warta lemma [--analyse] [WORD...]`: the lemma of each word
 * (arguments, or one word per line on standard input) as "word<TAB>lemma",
 * in input order; --analyse adds the affix analysis as a JSON object in a
 * third column. docs/lemma.md */
#include "cli/commands.h"
#include "ctx.h"
#include "lang/id/lemma.h"
#include "util/buf.h"

#include <stdio.h>
#include <string.h>

static void usage(FILE *f)
{
    fputs("usage: warta lemma [--analyse] [WORD...]\n"
          "\n"
          "Lemmatises Indonesian words: the words given, or one word per line on\n"
          "standard input. Writes \"word<TAB>lemma\" per word, in order; words that\n"
          "are not Indonesian (names, acronyms, numbers, URLs) come back unchanged.\n"
          "\n"
          "  --analyse   add a third column: the affix analysis as JSON\n"
          "              (prefixes, suffix, clitic, particle, voice, nominal...)\n"
          "  --help      this text\n"
          "\n"
          "The root lexicon is /usr/share/hunspell/id_ID.dic (package hunspell-id;\n"
          "WARTA_ID_DIC overrides) plus data/id/roots-extra.txt and\n"
          "data/id/lemma-exceptions.txt. See docs/lemma.md.\n", f);
}

static void emit(wt_lemmatizer *lz, wt_buf *out, const char *w, size_t n, int analyse)
{
    const wt_lemma *lm = wt_lemmatize(lz, w, n);
    wt_buf_append(out, w, n);
    wt_buf_putc(out, '\t');
    wt_buf_append(out, lm->root, lm->root_len);
    if (analyse) {
        wt_buf_putc(out, '\t');
        wt_lemma_json(out, w, n, lm);
    }
    wt_buf_putc(out, '\n');
}

static int flush(wt_buf *out)
{
    int ok = fwrite(out->data ? out->data : "", 1, out->len, stdout) == out->len;
    wt_buf_clear(out);
    return ok;
}

int cmd_lemma(warta_ctx *ctx, int argc, char **argv)
{
    int analyse = 0, first = 1;
    for (; first < argc; first++) {
        const char *a = argv[first];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); return WT_EXIT_OK; }
        if (!strcmp(a, "--analyse") || !strcmp(a, "--analyze")) { analyse = 1; continue; }
        if (!strcmp(a, "--")) { first++; break; }
        if (a[0] == '-' && a[1] == '-') {
            fprintf(stderr, "warta lemma: unknown option '%s'\n", a);
            usage(stderr);
            return WT_EXIT_USAGE;
        }
        break;
    }
    wt_lemmatizer *lz = wt_ctx_lemmatizer(ctx);
    if (!lz) return WT_EXIT_FATAL;
    wt_buf out;
    wt_buf_init(&out);
    int ok = 1;
    if (first < argc) {
        for (int i = first; i < argc && ok; i++) {
            emit(lz, &out, argv[i], strlen(argv[i]), analyse);
            ok = flush(&out);
        }
    } else {
        char *line = NULL;
        size_t cap = 0;
        ssize_t got;
        while (ok && (got = getline(&line, &cap, stdin)) >= 0) {
            size_t n = (size_t)got;
            while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) n--;
            emit(lz, &out, line, n, analyse);
            if (out.len >= 1 << 16) ok = flush(&out);
        }
        free(line);
        if (ok) ok = flush(&out);
    }
    wt_buf_free(&out);
    if (!ok || fflush(stdout) != 0) {
        fprintf(stderr, "warta lemma: cannot write output\n");
        return WT_EXIT_FATAL;
    }
    return WT_EXIT_OK;
}
