/* warta_parse.c — the syntax stage behind the public header: parse the
 * article inside a warta_doc and read its trees back. */
#include "ctx.h"
#include "lang/id/lemma.h"
#include "parse/parse.h"
#include "text/warta_doc.h"

#include <string.h>

int warta_doc_syntax(warta_doc *wd)
{
    warta_ctx *ctx = wt_warta_doc_ctx(wd);
    const wt_syntax_model *m = wt_ctx_syntax(ctx);
    wt_lemmatizer *lz = wt_ctx_lemmatizer(ctx);
    if (!m || !lz) return -1;
    wt_doc *d = wt_warta_doc_article(wd);
    wt_lemmatize_doc(lz, d);
    wt_psent ps = {0};
    wt_parse_doc(m, d, &ps);
    wt_psent_free(&ps);
    return 0;
}

size_t warta_doc_token_count(const warta_doc *wd, size_t sent)
{
    const wt_doc *d = wt_warta_doc_article((warta_doc *)wd);
    return sent < d->sents.len ? d->sents.items[sent].tok_count : 0;
}

int warta_doc_token(const warta_doc *wd, size_t sent, size_t i, warta_token *out)
{
    const wt_doc *d = wt_warta_doc_article((warta_doc *)wd);
    if (!d->syntax || sent >= d->sents.len || i >= d->sents.items[sent].tok_count) return -1;
    const wt_token *t = &d->toks.items[d->sents.items[sent].tok_first + i];
    out->form = d->text + t->span.start;
    out->form_len = t->span.end - t->span.start;
    out->lemma = t->lemma ? t->lemma : t->norm;
    out->upos = wt_upos_names[t->upos];
    out->deprel = d->syntax->labels[t->deprel];
    out->head = t->head;
    out->start = t->span.start;
    out->end = t->span.end;
    return 0;
}

const char *warta_doc_conllu(warta_doc *wd)
{
    const wt_doc *d = wt_warta_doc_article(wd);
    if (!d->syntax) return NULL;
    wt_buf *b = wt_warta_doc_buf(wd);
    wt_buf_clear(b);
    wt_doc_conllu(b, d);
    wt_buf_putc(b, '\0');
    b->len--;
    return b->data;
}
