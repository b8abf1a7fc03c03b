/* words.c — a word reduced to the atoms the models use. Capitalisation,
 * digits and hyphens are kept as a small shape class; the lemmatiser's
 * affix analysis gives the voice and derivation of a verb or noun (meN-,
 * di-, ter-, ber-, peN-an, -kan, -i, -nya) without a word list. */
#include "parse/syntax.h"
#include "lang/id/lemma.h"

#include <string.h>

const char *const wt_upos_names[WT_UPOS_COUNT] = {
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

int wt_upos_index(const char *name)
{
    for (int i = 0; i < WT_UPOS_COUNT; i++)
        if (!strcmp(name, wt_upos_names[i])) return i;
    return -1;
}

int wt_syntax_label_index(const wt_syntax_model *m, const char *name)
{
    for (int i = 0; i < m->nlabels; i++)
        if (!strcmp(m->labels[i], name)) return i;
    return -1;
}

/* The affix bits that say something about syntax; the rest (which root
 * the lexicon knew, exceptions) are noise for the models. */
#define SYNTAX_MORPH (WT_M_UNCHANGED | WT_M_REDUP | WT_M_MEN | WT_M_DI | WT_M_TER | \
                      WT_M_BER | WT_M_PEN | WT_M_PER | WT_M_KE | WT_M_SE | WT_M_KU_ | \
                      WT_M_KAU_ | WT_M_I | WT_M_KAN | WT_M_AN | WT_M_NYA | WT_M__KU | \
                      WT_M__MU | WT_M_LAH | WT_M_KAH | WT_M_PUN | WT_M_ROOT_KNOWN)

static uint32_t shape_of(const char *s, size_t n)
{
    int upper = 0, lower = 0, digit = 0, other = 0, hyphen = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z') upper++;
        else if (c >= 'a' && c <= 'z') lower++;
        else if (c >= '0' && c <= '9') digit++;
        else if (c == '-') hyphen++;
        else if (c >= 0x80) lower++;   /* letters outside ASCII: treat as lower */
        else other++;
    }
    uint32_t sh;
    if (digit) sh = WT_SH_DIGIT;
    else if (!upper && !lower) sh = other || hyphen ? WT_SH_PUNCT : WT_SH_OTHER;
    else if (upper && !lower) sh = upper > 1 ? WT_SH_CAPS : WT_SH_CAP;
    else if (upper && (unsigned char)s[0] >= 'A' && (unsigned char)s[0] <= 'Z') sh = WT_SH_CAP;
    else if (upper) sh = WT_SH_OTHER;
    else sh = WT_SH_LOWER;
    if (hyphen && (upper || lower)) sh |= WT_SH_HYPHEN;
    return sh;
}

void wt_pword_set(wt_pword *w, const char *form, size_t n, const char *lower, size_t ln,
                  const char *lemma, size_t lemma_len, uint32_t morph, int first)
{
    memset(w, 0, sizeof *w);
    w->form = wt_atom(lower, ln);
    w->lemma = lemma ? wt_atom(lemma, lemma_len) : w->form;
    for (size_t k = 0; k < 4; k++) {
        size_t m = k + 1 < ln ? k + 1 : ln;
        w->sfx[k] = wt_atom(lower + ln - m, m) + k;
        if (k < 3) w->pfx[k] = wt_atom(lower, m) + 7 * k + 5;
    }
    w->shape = shape_of(form, n) | (first ? WT_SH_FIRST : 0);
    w->morph = morph & SYNTAX_MORPH;
    w->tag = -1;
    w->head = -1;
    w->label = -1;
}

void wt_psent_reset(wt_psent *s)
{
    s->w.len = 0;
    s->style = WT_STYLE_OTHER;
    wt_pword *root = WT_VEC_PUSH(s->w);
    root->form = root->lemma = 0x7777;
    root->shape = 0;
    root->tag = WT_UPOS_COUNT;   /* a tag of its own */
    root->head = -1;
    root->label = -1;
}

wt_pword *wt_psent_add(wt_psent *s)
{
    return WT_VEC_PUSH(s->w);
}

void wt_psent_free(wt_psent *s)
{
    WT_VEC_FREE(s->w);
    free(s->work);
    s->work = NULL;
    s->work_cap = 0;
}

void *wt_psent_work(wt_psent *s, size_t n)
{
    if (n > s->work_cap) {
        free(s->work);
        s->work_cap = n > 2 * s->work_cap ? n : 2 * s->work_cap;
        s->work = wt_xmalloc(s->work_cap);
    }
    return s->work;
}
