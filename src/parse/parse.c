/* parse.c — running the tagger and parser over articles and CoNLL-U, and
 * writing trees out. The model is loaded once per context, lazily, and
 * read-only after that. */
#include "parse/parse.h"
#include "ctx.h"
#include "text/normalise.h"
#include "util/file.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* The file's bytes mapped read-only: no copy and no zeroed buffer, the
 * pages come straight from the page cache (a third of the load time of
 * reading the 15 MB file into memory). NULL when it cannot be mapped. */
#ifndef MAP_POPULATE
#define MAP_POPULATE 0       /* Linux: map every page at once; elsewhere on first touch */
#endif
static const unsigned char *map_file(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0) return NULL;
    struct stat st;
    void *p = MAP_FAILED;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        *len = (size_t)st.st_size;
        p = mmap(NULL, *len, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    }
    close(fd);
    return p == MAP_FAILED ? NULL : p;
}

int wt_syntax_model_load(wt_syntax_model *m, const char *path, wt_diag *diag)
{
    size_t len = 0;
    const unsigned char *mapped = map_file(path, &len);
    if (mapped) {
        const char *err = NULL;
        int rc = wt_syntax_model_read(m, mapped, len, &err);
        munmap((void *)mapped, len);
        if (rc) wt_diag_at(diag, WT_DIAG_ERROR, path, 0, "bad parser model: %s", err);
        return rc;
    }
    /* not a regular file (a pipe, an empty file): read it */
    FILE *f = fopen(path, "rb");
    if (!f) {
        wt_diag_at(diag, WT_DIAG_ERROR, path, 0, "cannot open parser model (run `make model`)");
        wt_syntax_model_init(m);
        return -1;
    }
    wt_buf b;
    wt_buf_init(&b);
    char chunk[1 << 16];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) wt_buf_append(&b, chunk, got);
    int rd_err = ferror(f);
    fclose(f);
    const char *err = "read error";
    int rc = rd_err ? -1 : wt_syntax_model_read(m, (const unsigned char *)(b.data ? b.data : ""), b.len, &err);
    if (rc) wt_diag_at(diag, WT_DIAG_ERROR, path, 0, "bad parser model: %s", err);
    wt_buf_free(&b);
    return rc;
}

const wt_syntax_model *wt_ctx_syntax(warta_ctx *ctx)
{
    if (!ctx->syntax && !ctx->syntax_tried) {
        ctx->syntax_tried = 1;
        wt_syntax_model *m = wt_xcalloc(1, sizeof *m);
        const char *env = getenv("WARTA_PARSER_MODEL");
        wt_buf path;
        wt_buf_init(&path);
        if (env && *env) wt_buf_puts(&path, env);
        else wt_buf_printf(&path, "%s/id/parser.model", ctx->data_dir);
        if (wt_syntax_model_load(m, path.data, &ctx->diag) == 0) ctx->syntax = m;
        else free(m);
        wt_buf_free(&path);
    }
    return ctx->syntax;
}

void wt_ctx_syntax_free(warta_ctx *ctx)
{
    if (ctx->syntax) wt_syntax_model_free(ctx->syntax);
    free(ctx->syntax);
    ctx->syntax = NULL;
}

/* ---- articles */

static void parse_sentence(const wt_syntax_model *m, wt_doc *d, const wt_sentence *s,
                           wt_psent *ps)
{
    wt_psent_reset(ps);
    for (uint32_t i = 0; i < s->tok_count; i++) {
        wt_token *t = &d->toks.items[s->tok_first + i];
        const char *lemma = t->lemma ? t->lemma : t->norm;
        wt_pword *w = wt_psent_add(ps);
        wt_pword_set(w, d->text + t->span.start, t->span.end - t->span.start, t->norm,
                     strlen(t->norm), lemma, strlen(lemma), t->morph, i == 0);
    }
    ps->style = m->style;
    wt_syntax_know_words(m, ps);
    wt_tagger_tag(&m->tagger, ps);
    wt_parser_parse(m, ps);
    for (uint32_t i = 0; i < s->tok_count; i++) {
        wt_token *t = &d->toks.items[s->tok_first + i];
        const wt_pword *w = &ps->w.items[i + 1];
        t->upos = (uint8_t)w->tag;
        t->head = w->head;
        t->deprel = (uint8_t)(w->label < 0 ? m->root_label : w->label);
    }
}

void wt_parse_sentence(const wt_syntax_model *m, wt_doc *doc, size_t si, wt_psent *scratch)
{
    if (si < doc->sents.len && doc->sents.items[si].tok_count) parse_sentence(m, doc, &doc->sents.items[si], scratch);
}

void wt_parse_doc(const wt_syntax_model *m, wt_doc *doc, wt_psent *scratch)
{
    for (size_t i = 0; i < doc->sents.len; i++)
        if (doc->sents.items[i].tok_count) parse_sentence(m, doc, &doc->sents.items[i], scratch);
    doc->syntax = m;
}

const char *wt_syntax_feats(const wt_syntax_model *m, uint64_t form, int upos, uint32_t morph,
                            char *buf, size_t cap)
{
    const char *fw = wt_syntax_featword(m, form);
    const char *voice = NULL;
    if (upos == WT_UPOS_VERB) {
        if (morph & WT_M_ACTIVE) voice = "Voice=Act";
        else if (morph & (WT_M_PASSIVE | WT_M_STATIVE)) voice = "Voice=Pass";
    }
    if (!fw && !voice) return "_";
    snprintf(buf, cap, "%s%s%s", fw ? fw : "", fw && voice ? "|" : "", voice ? voice : "");
    return buf;
}

/* CoNLL-U needs the FORM and LEMMA columns free of tabs, newlines and
 * spaces-only values. */
static void put_field(wt_buf *b, const char *s, size_t n)
{
    if (!n) { wt_buf_putc(b, '_'); return; }
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        wt_buf_putc(b, c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
    }
}

static void conllu_sentence(wt_buf *b, const wt_doc *d, size_t si)
{
    const wt_sentence *s = &d->sents.items[si];
    const wt_syntax_model *m = d->syntax;
    wt_buf_printf(b, "# doc = %s\n# para = %u\n# sent_id = %s-%zu\n# text = ", d->id ? d->id : "-",
                  s->para, d->id ? d->id : "s", si + 1);
    for (uint32_t k = s->span.start; k < s->span.end; k++) {
        char c = d->text[k];
        wt_buf_putc(b, c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    }
    wt_buf_putc(b, '\n');
    for (uint32_t i = 0; i < s->tok_count; i++) {
        const wt_token *t = &d->toks.items[s->tok_first + i];
        char fb[96];
        const char *lemma = t->lemma ? t->lemma : t->norm;
        wt_buf_printf(b, "%u\t", i + 1);
        put_field(b, d->text + t->span.start, t->span.end - t->span.start);
        wt_buf_putc(b, '\t');
        put_field(b, lemma, strlen(lemma));
        wt_buf_printf(b, "\t%s\t_\t%s\t%d\t%s\t_\tSpan=%u-%u\n", wt_upos_names[t->upos],
                      wt_syntax_feats(m, wt_atom(t->norm, strlen(t->norm)), t->upos, t->morph, fb,
                                      sizeof fb),
                      t->head, m->labels[t->deprel], t->span.start, t->span.end);
    }
    wt_buf_putc(b, '\n');
}

void wt_doc_conllu(wt_buf *b, const wt_doc *doc)
{
    if (!doc->syntax) return;
    for (size_t i = 0; i < doc->sents.len; i++)
        if (doc->sents.items[i].tok_count) conllu_sentence(b, doc, i);
}

static void json_str(wt_buf *b, const char *s, size_t n)
{
    wt_buf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') { wt_buf_putc(b, '\\'); wt_buf_putc(b, (char)c); }
        else if (c < 0x20) wt_buf_printf(b, "\\u%04x", c);
        else wt_buf_putc(b, (char)c);
    }
    wt_buf_putc(b, '"');
}

void wt_doc_syntax_json(wt_buf *b, const wt_doc *d)
{
    if (!d->syntax) return;
    for (size_t si = 0; si < d->sents.len; si++) {
        const wt_sentence *s = &d->sents.items[si];
        if (!s->tok_count) continue;
        wt_buf_puts(b, "{\"doc\":");
        json_str(b, d->id ? d->id : "", d->id ? strlen(d->id) : 0);
        wt_buf_printf(b, ",\"para\":%u,\"sent\":%zu,\"span\":[%u,%u],\"tokens\":[", s->para, si,
                      s->span.start, s->span.end);
        for (uint32_t i = 0; i < s->tok_count; i++) {
            const wt_token *t = &d->toks.items[s->tok_first + i];
            const char *lemma = t->lemma ? t->lemma : t->norm;
            char fb[96];
            wt_buf_printf(b, "%s{\"id\":%u,\"form\":", i ? "," : "", i + 1);
            json_str(b, d->text + t->span.start, t->span.end - t->span.start);
            wt_buf_puts(b, ",\"lemma\":");
            json_str(b, lemma, strlen(lemma));
            const char *feats = wt_syntax_feats(d->syntax, wt_atom(t->norm, strlen(t->norm)), t->upos,
                                                t->morph, fb, sizeof fb);
            wt_buf_printf(b, ",\"upos\":\"%s\",\"feats\":", wt_upos_names[t->upos]);
            json_str(b, feats, strlen(feats));
            wt_buf_printf(b, ",\"head\":%d,\"deprel\":\"%s\",\"span\":[%u,%u]}", t->head,
                          d->syntax->labels[t->deprel], t->span.start, t->span.end);
        }
        wt_buf_puts(b, "]}\n");
    }
}

/* ---- CoNLL-U in, CoNLL-U out */

static void put_row(wt_buf *b, const wt_conllu_row *r, const char *upos, int head, const char *rel)
{
    for (int c = 0; c < 10; c++) {
        if (c) wt_buf_putc(b, '\t');
        if (c == WT_CU_UPOS && upos) wt_buf_puts(b, upos);
        else if (c == WT_CU_HEAD && rel) wt_buf_printf(b, "%d", head);
        else if (c == WT_CU_DEPREL && rel) wt_buf_puts(b, rel);
        else wt_buf_puts(b, r->col[c]);
    }
    wt_buf_putc(b, '\n');
}

void wt_parse_conllu(const wt_syntax_model *m, wt_lemmatizer *lz, const wt_conllu_sent *s,
                     wt_psent *ps, wt_buf *b)
{
    size_t nw = s->words.len;
    int *tok_of = wt_xcalloc(nw + 2, sizeof *tok_of);    /* word → token */
    int *first_word = wt_xcalloc(nw + 2, sizeof *first_word);  /* token → word */
    wt_arena a;
    wt_arena_init(&a, 4096);
    wt_psent_reset(ps);
    int ntok = 0;
    for (size_t r = 0; r < s->rows.len; r++) {
        const wt_conllu_row *row = &s->rows.items[r];
        if (row->kind == WT_ROW_EMPTY) continue;
        int last = row->kind == WT_ROW_MWT ? row->last : row->first;
        ntok++;
        first_word[ntok] = row->first;
        for (int w = row->first; w <= last && w <= (int)nw; w++) tok_of[w] = ntok;
        const char *form = row->col[WT_CU_FORM];
        size_t n = strlen(form), ln;
        const char *lower = wt_normalise(&a, form, n, &ln);
        const wt_lemma *lm = lz ? wt_lemmatize(lz, ntok == 1 ? lower : form, ntok == 1 ? ln : n) : NULL;
        wt_pword *w = wt_psent_add(ps);
        wt_pword_set(w, form, n, lower, ln, lm ? lm->root : NULL, lm ? lm->root_len : 0,
                     lm ? lm->morph : 0, ntok == 1);
        if (row->kind == WT_ROW_MWT) r += (size_t)(last - row->first + 1);
    }
    ps->style = m->style;
    wt_syntax_know_words(m, ps);
    wt_tagger_tag(&m->tagger, ps);
    wt_parser_parse(m, ps);
    for (size_t i = 0; i < s->comments.len; i++) {
        wt_buf_puts(b, s->comments.items[i]);
        wt_buf_putc(b, '\n');
    }
    /* every word row's analysis: tokens split back into their parts */
    int *w_head = wt_xcalloc(nw + 2, sizeof *w_head), *w_label = wt_xcalloc(nw + 2, sizeof *w_label);
    int *w_upos = wt_xcalloc(nw + 2, sizeof *w_upos), *carrier = wt_xcalloc((size_t)ntok + 2, sizeof *carrier);
    for (int k = 1; k <= ntok; k++) {
        int first = first_word[k], nparts = 0, ph[8], pl[8], pu[8];
        uint64_t forms[8] = {0};
        while (first + nparts <= (int)nw && tok_of[first + nparts] == k && nparts < 8) {
            const char *f = s->rows.items[s->words.items[first + nparts - 1]].col[WT_CU_FORM];
            size_t ln;
            const char *lower = wt_normalise(&a, f, strlen(f), &ln);
            forms[nparts++] = wt_atom(lower, ln);
        }
        const wt_pword *t = &ps->w.items[k];
        wt_syntax_split(m, forms, nparts, t->tag, t->morph, ph, pl, pu);
        carrier[k] = first;
        for (int j = 0; j < nparts; j++) {
            if (ph[j] < 0) carrier[k] = first + j;
            w_head[first + j] = ph[j] < 0 ? -1 : first + ph[j];
            w_label[first + j] = pl[j] < 0 ? (t->label < 0 ? m->root_label : t->label) : pl[j];
            w_upos[first + j] = pu[j] < 0 ? t->tag : pu[j];
        }
    }
    for (size_t r = 0; r < s->rows.len; r++) {
        const wt_conllu_row *row = &s->rows.items[r];
        if (row->kind != WT_ROW_WORD) {
            put_row(b, row, NULL, 0, NULL);
            continue;
        }
        int w = row->first, t = ps->w.items[tok_of[w]].head;
        int head = w_head[w] >= 0 ? w_head[w] : t == 0 ? 0 : carrier[t];
        int label = w_label[w] >= 0 ? w_label[w] : 0;
        put_row(b, row, wt_upos_names[w_upos[w]], head, m->labels[label]);
    }
    free(w_head);
    free(w_label);
    free(w_upos);
    free(carrier);
    wt_buf_putc(b, '\n');
    wt_arena_free(&a);
    free(tok_of);
    free(first_word);
}
