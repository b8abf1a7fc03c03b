#include "text/segment.h"
#include "text/normalise.h"
#include "text/scan.h"

#include <stdint.h>
#include <string.h>

/* Last labels of web addresses written without a scheme (detik.com). */
static const char *const tlds[] = {
    "com", "net", "org", "id", "co", "go", "ac", "or", "sch", "tv", "info", "io", "me",
    "gov", "edu", "uk", "us", "biz", "my", "sg", "au", "jp", "ru", "cn", "news", "web", "app",
};

static int is_tld(const char *s, size_t n)
{
    for (size_t k = 0; k < sizeof tlds / sizeof *tlds; k++)
        if (wt_eq_nocase(s, n, tlds[k])) return 1;
    return 0;
}

static int is_letter_at(const char *s, size_t end, size_t i)
{
    if (i >= end) return 0;
    int32_t cp;
    wt_cp_at(s, end, i, &cp);
    return wt_cp_is_letter(cp);
}

static int is_digit_at(const char *s, size_t i, size_t end)
{
    return i < end && wt_ascii_digit(s[i]);
}

/* End of a web address starting at i with a scheme or www. */
static size_t scan_url(const char *s, size_t end, size_t i)
{
    size_t j = i;
    while (j < end) {
        int32_t cp;
        size_t len = wt_cp_at(s, end, j, &cp);
        if (wt_cp_is_space(cp) || wt_cp_is_dquote(cp) || cp == '<' || cp == '>') break;
        j += len;
    }
    /* Trailing punctuation belongs to the sentence. */
    while (j > i && strchr(".,;:!?)]'", s[j - 1])) j--;
    return j;
}

/* End of a word or number starting at i (a letter or digit). */
static size_t scan_word(const char *s, size_t end, size_t i)
{
    size_t j = i, seg_start = i; /* seg: letters since the last inner dot */
    int32_t prev = 0;            /* the code point before j */
    while (j < end) {
        unsigned char c = (unsigned char)s[j];
        if (c < 0x80 && (wt_ascii_alpha((char)c) || wt_ascii_digit((char)c))) { prev = c; j++; continue; }
        int32_t cp;
        size_t len = wt_cp_at(s, end, j, &cp);
        if (wt_cp_is_letter(cp) || wt_cp_is_digit(cp)) { prev = cp; j += len; continue; }
        size_t after = j + len;
        if (j == i) break;
        int prev_digit = wt_cp_is_digit(prev), prev_letter = wt_cp_is_letter(prev);
        if ((cp == '-' || cp == 0x2010 || cp == 0x2011) && wt_alnum_at(s, end, after)) {
            prev = cp; j = after; seg_start = j; continue;  /* Jong-un, cara-cara */
        }
        if ((cp == '\'' || cp == 0x2019) && prev_letter && is_letter_at(s, end, after)) {
            prev = cp; j = after; seg_start = j; continue;  /* Ma'ruf, Jum'at */
        }
        if ((cp == '.' || cp == ',' || cp == '/' || cp == ':') && prev_digit && is_digit_at(s, after, end)) {
            prev = cp; j = after; seg_start = j; continue;  /* 1.500 3,5 14/12/2017 10:30 */
        }
        if (cp == '.' && prev_letter && j - seg_start == 1 && is_letter_at(s, end, after)) {
            /* initialism: a.n, S.H, U.S — single letters between dots */
            size_t k = after;
            int32_t c2;
            k += wt_cp_at(s, end, k, &c2);
            if (k >= end || !wt_alnum_at(s, end, k)) { prev = cp; j = after; seg_start = j; continue; }
        }
        break;
    }
    return j;
}

/* Extends a word ending at j over ".label" parts when they make a web
 * address ending in a known top-level label (detik.com, kompas.co.id). */
static size_t scan_domain(const char *s, size_t end, size_t j)
{
    size_t k = j, best = j;
    while (k + 1 < end && s[k] == '.' && wt_ascii_alpha(s[k + 1])) {
        size_t m = k + 1;
        while (m < end && (wt_ascii_alpha(s[m]) || wt_ascii_digit(s[m]) || s[m] == '-')) m++;
        if (m < end && ((unsigned char)s[m] >= 0x80)) break;
        if (is_tld(s + k + 1, m - k - 1)) best = m;
        else if (best > j) break;
        k = m;
    }
    if (best == j) return j;
    /* path after the domain: detik.com/news */
    if (best < end && s[best] == '/') return scan_url(s, end, best);
    return best;
}

static wt_token *push_token(wt_doc *d, size_t a, size_t b, int kind)
{
    wt_token *t = WT_VEC_PUSH(d->toks);
    t->span = (wt_span){(uint32_t)a, (uint32_t)b};
    t->kind = (uint8_t)kind;
    t->norm = wt_normalise(&d->arena, d->text + a, b - a, NULL);
    return t;
}

static void set_case_flags(wt_doc *d, wt_token *t)
{
    const char *s = d->text;
    size_t i = t->span.start, end = t->span.end;
    int32_t cp;
    wt_cp_at(s, end, i, &cp);
    if (wt_cp_is_upper(cp)) t->flags |= WT_TF_CAPITAL;
    int letters = 0, upper = 0;
    while (i < end) {
        char c = s[i];
        if ((unsigned char)c < 0x80) {    /* ASCII without decoding */
            if (wt_ascii_alpha(c)) { letters++; upper += c <= 'Z'; }
            i++;
            continue;
        }
        i += wt_cp_at(s, end, i, &cp);
        if (wt_cp_is_letter(cp)) {
            letters++;
            upper += wt_cp_is_upper(cp);
        }
    }
    if (letters >= 2 && upper == letters) t->flags |= WT_TF_ALLCAPS;
}

/* The common token in one pass: ASCII letters and digits ended by a space
 * or a mark that cannot continue it. Returns the end and counts letters
 * and capitals, or returns 0 when scan_word/scan_domain must decide (a
 * non-ASCII byte, or - ' . , / : followed by something that may go on:
 * Jong-un, 1.500, detik.com). */
static size_t ascii_word_end(const char *s, size_t end, size_t i, int *letters, int *upper)
{
    size_t j = i;
    int l = 0, u = 0;
    for (; j < end; j++) {
        unsigned char c = (unsigned char)s[j];
        if ((unsigned)(c - 'a') < 26u) l++;
        else if ((unsigned)(c - 'A') < 26u) l++, u++;
        else if ((unsigned)(c - '0') >= 10u) break;
    }
    if (j == i) return 0;
    if (j < end) {
        unsigned char c = (unsigned char)s[j];
        if (c >= 0x80) return 0;
        if (c == '-' || c == '\'' || c == '.' || c == ',' || c == '/' || c == ':') {
            unsigned char next = j + 1 < end ? (unsigned char)s[j + 1] : ' ';
            if (next >= 0x80 || wt_ascii_alpha((char)next) || wt_ascii_digit((char)next)) return 0;
        }
    }
    *letters = l;
    *upper = u;
    return j;
}

/* push_token + set_case_flags for a token ascii_word_end accepted. */
static void push_ascii_word(wt_doc *d, size_t a, size_t b, int letters, int upper)
{
    const char *s = d->text + a;
    size_t n = b - a;
    wt_token *t = WT_VEC_PUSH(d->toks);
    t->span = (wt_span){(uint32_t)a, (uint32_t)b};
    t->kind = wt_ascii_digit(s[0]) ? WT_TOK_NUMBER : WT_TOK_WORD;
    char *norm = wt_arena_alloc(&d->arena, n + 1);
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)s[k];
        norm[k] = (char)(c | (((unsigned)(c - 'A') < 26u) << 5));
    }
    t->norm = norm;
    if (s[0] >= 'A' && s[0] <= 'Z') t->flags |= WT_TF_CAPITAL;
    if (letters >= 2 && upper == letters) t->flags |= WT_TF_ALLCAPS;
}

void wt_tokenise(wt_doc *d, size_t start, size_t end)
{
    const char *s = d->text;
    size_t i = start;
    while (i < end) {
        int32_t cp;
        size_t len = wt_cp_at(s, end, i, &cp);
        if (wt_cp_is_space(cp)) { i += len; continue; }
        size_t a = i;
        char c0 = (char)(s[i] | 32);
        if ((c0 == 'h' || c0 == 'w') &&
            (wt_match_phrase(s, end, i, "http") || wt_match_phrase(s, end, i, "https") ||
             wt_match_phrase(s, end, i, "www"))) {
            size_t j = scan_url(s, end, i);
            int real = (j > i + 4 && (s[i + 3] == '.' || memchr(s + i, ':', j - i)));
            if (real) { push_token(d, a, j, WT_TOK_URL); i = j; continue; }
        }
        if (wt_cp_is_letter(cp) || wt_cp_is_digit(cp)) {
            int letters, upper;
            size_t j = ascii_word_end(s, end, i, &letters, &upper);
            if (j) {
                push_ascii_word(d, a, j, letters, upper);
                i = j;
                continue;
            }
            j = scan_word(s, end, i);
            size_t dom = scan_domain(s, end, j);
            wt_token *t;
            if (dom > j) t = push_token(d, a, dom, WT_TOK_URL), j = dom;
            else t = push_token(d, a, j, wt_cp_is_digit(cp) ? WT_TOK_NUMBER : WT_TOK_WORD);
            set_case_flags(d, t);
            i = j;
            continue;
        }
        if (cp == '.' && i + 1 < end && s[i + 1] == '.') {
            size_t j = i;
            while (j < end && s[j] == '.') j++;
            push_token(d, a, j, WT_TOK_PUNCT);
            i = j;
            continue;
        }
        if (cp == '!' || cp == '?') {
            size_t j = i;
            while (j < end && (s[j] == '!' || s[j] == '?')) j++;
            push_token(d, a, j, WT_TOK_PUNCT);
            i = j;
            continue;
        }
        if (wt_cp_is_dquote(cp) || wt_cp_is_squote(cp)) {
            push_token(d, a, i + len, WT_TOK_QUOTE);
            i += len;
            continue;
        }
        if (wt_cp_is_dash(cp)) {
            size_t j = i + len;
            for (;;) {
                int32_t c2;
                size_t l2;
                if (j >= end) break;
                l2 = wt_cp_at(s, end, j, &c2);
                if (!wt_cp_is_dash(c2)) break;
                j += l2;
            }
            push_token(d, a, j, WT_TOK_PUNCT);
            i = j;
            continue;
        }
        int punct = cp < 0x80 ? strchr(".,;:()[]{}", (int)cp) != NULL && cp != 0
                              : (cp == 0x2026 || cp == 0x3001 || cp == 0x3002);
        push_token(d, a, i + len, punct ? WT_TOK_PUNCT : WT_TOK_SYMBOL);
        i += len;
    }
}

/* ------------------------------------------------------------ sentences */

static int tok_is(const wt_doc *d, const wt_token *t, const char *what)
{
    size_t n = t->span.end - t->span.start;
    return n == strlen(what) && !memcmp(d->text + t->span.start, what, n);
}

static int is_terminal(const wt_doc *d, const wt_token *t)
{
    if (t->kind != WT_TOK_PUNCT) return 0;
    char c = d->text[t->span.start];
    return c == '.' || c == '!' || c == '?' || tok_is(d, t, "\xE2\x80\xA6");
}

static int is_closing(const wt_doc *d, const wt_token *t)
{
    return t->kind == WT_TOK_PUNCT && (tok_is(d, t, ")") || tok_is(d, t, "]"));
}

/* wt_find_quote_pairs, also telling the opener still open at the end. */
static size_t quote_pairs(const wt_doc *d, size_t t0, size_t t1, wt_quote_pairs *out);

void wt_find_quote_pairs(const wt_doc *d, size_t t0, size_t t1, wt_quote_pairs *out)
{
    quote_pairs(d, t0, t1, out);
}

size_t wt_unclosed_quote(const wt_doc *d, size_t t0, size_t t1, wt_quote_pairs *scratch)
{
    return quote_pairs(d, t0, t1, scratch);
}

static size_t quote_pairs(const wt_doc *d, size_t t0, size_t t1, wt_quote_pairs *out)
{
    out->len = 0;
    size_t open = 0;
    int is_open = 0;
    for (size_t k = t0; k < t1; k++) {
        const wt_token *t = &d->toks.items[k];
        if (t->kind != WT_TOK_QUOTE) continue;
        int32_t cp;
        wt_cp_at(d->text, t->span.end, t->span.start, &cp);
        if (!wt_cp_is_dquote(cp)) continue;
        int opener = cp == 0x201C || cp == 0x201E || cp == 0xAB;
        int closer = cp == 0x201D || cp == 0xBB;
        if (opener || (!closer && !is_open)) {
            open = k;
            is_open = 1;
        } else if (is_open) {
            wt_quote_pair *p = WT_VEC_PUSH(*out);
            p->open = open;
            p->close = k;
            is_open = 0;
        }
    }
    return is_open ? open : SIZE_MAX;
}

/* A quote mark outside any pair that sits right after the previous token
 * and is a closing form (” ’ », or a straight mark followed by a space). */
static int unpaired_closer(const wt_doc *d, size_t k, size_t t1)
{
    const wt_token *t = &d->toks.items[k];
    if (t->kind != WT_TOK_QUOTE || d->toks.items[k - 1].span.end != t->span.start) return 0;
    int32_t cp;
    wt_cp_at(d->text, t->span.end, t->span.start, &cp);
    if (cp == 0x201D || cp == 0x2019 || cp == 0xBB || cp == 0x203A) return 1;
    if (cp != '"' && cp != '\'') return 0;
    /* followed by a space, the end, or another closing mark: .'" */
    return k + 1 >= t1 || d->toks.items[k + 1].span.start > t->span.end ||
           d->toks.items[k + 1].kind == WT_TOK_QUOTE;
}

static int can_start_sentence(const wt_doc *d, const wt_token *t)
{
    switch (t->kind) {
    case WT_TOK_WORD:
    case WT_TOK_URL: return (t->flags & WT_TF_CAPITAL) != 0;
    case WT_TOK_NUMBER:
    case WT_TOK_QUOTE: return 1;
    case WT_TOK_PUNCT: return tok_is(d, t, "(") || tok_is(d, t, "[");
    default: return 0;
    }
}

/* May the full stop at token k end a sentence, given the word before it? */
static int stop_ends_sentence(const wt_doc *d, size_t k, size_t t0, const wt_strmap *abbrevs)
{
    if (k == t0) return 1;
    const wt_token *dot = &d->toks.items[k], *w = &d->toks.items[k - 1];
    if (w->span.end != dot->span.start || w->kind != WT_TOK_WORD) return 1;
    size_t n = w->span.end - w->span.start;
    const char *s = d->text + w->span.start;
    if (n == 1 && (w->flags & WT_TF_CAPITAL)) {
        /* An initial (B. J. Habibie), unless it is I, V or X after a
         * lower-case word: then it is a numeral ("kuartal I."). */
        const wt_token *before = k >= t0 + 2 ? &d->toks.items[k - 2] : NULL;
        return (*s == 'I' || *s == 'V' || *s == 'X') && before && before->kind == WT_TOK_WORD &&
               !(before->flags & WT_TF_CAPITAL);
    }
    if (memchr(s, '.', n)) {                                /* initialism: S.H. a.n. */
        int digits = 0;
        for (size_t i = 0; i < n; i++) digits |= wt_ascii_digit(s[i]);
        if (!digits) return 0;                              /* Rp9.125. ends a sentence */
    }
    if (abbrevs) {
        void *v = wt_strmap_get(abbrevs, w->norm, strlen(w->norm));
        if (v == WT_ABBREV_NEVER_ENDS) return 0;
        /* "Tbk. (BBNI)", "Ltd. 2007": only a capitalised word starts a new
         * sentence after an abbreviation that may end one. */
        if (v == WT_ABBREV_MAY_END) {
            /* ... a capitalised word, not an initial: "Ltd. C/O PT X" */
            const wt_token *next = k + 1 < d->toks.len ? &d->toks.items[k + 1] : NULL;
            return next && next->kind == WT_TOK_WORD && (next->flags & WT_TF_CAPITAL) &&
                   next->span.end - next->span.start > 1;
        }
    }
    return 1;
}

/* Is the stop at k (closing marks up to e) inside a bracket opened in
 * the sentence so far [first, k) and closed after e, before another stop
 * followed by a space? Only short asides count: at most 12 tokens on to
 * the closing bracket. */
static int inside_brackets(const wt_doc *d, size_t first, size_t k, size_t e, size_t t1)
{
    int depth = 0;
    for (size_t j = first; j < k; j++) {
        const wt_token *t = &d->toks.items[j];
        if (t->kind != WT_TOK_PUNCT || t->span.end - t->span.start != 1) continue;
        char c = d->text[t->span.start];
        if (c == '(' || c == '[') depth++;
        else if ((c == ')' || c == ']') && depth > 0) depth--;
    }
    for (size_t j = k + 1; j <= e; j++) {      /* "(Bl.)": closed right after the stop */
        const wt_token *t = &d->toks.items[j];
        char c = d->text[t->span.start];
        if (t->kind == WT_TOK_PUNCT && (c == ')' || c == ']')) depth--;
    }
    if (depth <= 0) return 0;
    for (size_t j = e + 1; j < t1 && j <= e + 12; j++) {
        const wt_token *t = &d->toks.items[j];
        if (t->kind != WT_TOK_PUNCT || t->span.end - t->span.start != 1) continue;
        char c = d->text[t->span.start];
        if (c == ')' || c == ']') return 1;
        if (c == '(' || c == '[' || c == '.' || c == '!' || c == '?') return 0;
    }
    return 0;
}

static void split_paragraph(wt_doc *d, uint32_t para, size_t t0, size_t t1,
                            const wt_strmap *abbrevs, wt_quote_pairs *pairs)
{
    wt_find_quote_pairs(d, t0, t1, pairs);
    size_t first = t0, pi = 0;
    for (size_t k = t0; k < t1; k++) {
        if (!is_terminal(d, &d->toks.items[k])) continue;
        /* Closing quotes and brackets after the stop stay with it. */
        size_t e = k;
        while (e + 1 < t1) {
            const wt_token *n = &d->toks.items[e + 1];
            int closes_quote = 0;
            for (size_t q = 0; q < pairs->len; q++)
                if (pairs->items[q].close == e + 1) closes_quote = 1;
            if (closes_quote || is_closing(d, n) || unpaired_closer(d, e + 1, t1))
                e++;
            else break;
        }
        if (e + 1 >= t1) break;
        /* Inside brackets that close later in the paragraph: same
         * sentence ("Honje hutan (E. hemisphaerica (Bl.) RM Smith)"). */
        if (inside_brackets(d, first, k, e, t1)) continue;
        /* Inside a quote that goes on past this stop: same sentence. */
        while (pi < pairs->len && pairs->items[pi].close < k) pi++;
        if (pi < pairs->len && pairs->items[pi].open < k && pairs->items[pi].close > e) continue;
        const wt_token *next = &d->toks.items[e + 1];
        if (!can_start_sentence(d, next)) continue;
        /* No space after the stop: "KM.10/7", "PMK.011" are not boundaries. */
        if (next->span.start == d->toks.items[e].span.end && next->kind != WT_TOK_WORD) continue;
        if (d->text[d->toks.items[k].span.start] == '.' &&
            d->toks.items[k].span.end - d->toks.items[k].span.start == 1 &&
            !stop_ends_sentence(d, k, t0, abbrevs))
            continue;
        /* "1. Harga naik": a list number belongs to what follows. */
        if (k == first + 1 && e == k && d->toks.items[first].kind == WT_TOK_NUMBER) continue;
        wt_sentence *sn = WT_VEC_PUSH(d->sents);
        sn->span = (wt_span){d->toks.items[first].span.start, d->toks.items[e].span.end};
        sn->para = para;
        sn->tok_first = (uint32_t)first;
        sn->tok_count = (uint32_t)(e + 1 - first);
        sn->quote = -1;
        first = e + 1;
        k = e;
    }
    if (first < t1) {
        wt_sentence *sn = WT_VEC_PUSH(d->sents);
        sn->span = (wt_span){d->toks.items[first].span.start, d->toks.items[t1 - 1].span.end};
        sn->para = para;
        sn->tok_first = (uint32_t)first;
        sn->tok_count = (uint32_t)(t1 - first);
        sn->quote = -1;
    }
}

void wt_segment(wt_doc *d, const wt_strmap *abbrevs)
{
    wt_quote_pairs pairs = {0};
    for (size_t p = 0; p < d->paras.len; p++) {
        wt_paragraph *para = &d->paras.items[p];
        size_t t0 = d->toks.len;
        wt_tokenise(d, para->span.start, para->span.end);
        size_t t1 = d->toks.len;
        para->sent_first = (uint32_t)d->sents.len;
        if (t1 > t0) split_paragraph(d, (uint32_t)p, t0, t1, abbrevs, &pairs);
        para->sent_count = (uint32_t)(d->sents.len - para->sent_first);
        for (size_t s = para->sent_first; s < d->sents.len; s++)
            d->toks.items[d->sents.items[s].tok_first].flags |= WT_TF_SENT_START;
    }
    WT_VEC_FREE(pairs);
}
