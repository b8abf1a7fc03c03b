/* tabari_read.c — readers for TABARI (and PETRARCH actor/agent) dictionary
 * files: .verbs, .actors, .agents, .options.
 *
 * Every line is read on its own; a malformed entry is reported as
 * file:line and skipped, and reading goes on (TABARI stops at a prompt
 * instead). The syntax accepted is described in docs/dictionaries.md. */
#include "dict/dict.h"
#include "dict/dict_internal.h"
#include "util/buf.h"
#include "util/file.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ lines */

typedef struct reader {
    wt_dict *d;
    wt_diag *diag;
    const char *file;      /* interned */
    const char *text;
    size_t len, pos;
    size_t lineno;
    long rejected;
} reader;

static void reader_init(reader *r, wt_dict *d, const char *name, const char *text,
                        size_t len, wt_diag *diag)
{
    memset(r, 0, sizeof *r);
    r->d = d;
    r->diag = diag;
    r->file = wt_dict_intern_file(d, name);
    r->text = text;
    r->len = len;
}

/* Next physical line, without its end of line. Returns 0 at end. */
static int next_line(reader *r, const char **s, size_t *n)
{
    if (r->pos >= r->len)
        return 0;
    const char *start = r->text + r->pos;
    const char *nl = memchr(start, '\n', r->len - r->pos);
    size_t l = nl ? (size_t)(nl - start) : r->len - r->pos;
    r->pos += l + (nl ? 1 : 0);
    if (l && start[l - 1] == '\r')
        l--;
    r->lineno++;
    *s = start;
    *n = l;
    return 1;
}

static void reject(reader *r, const char *fmt, const char *arg)
{
    r->rejected++;
    r->d->n_rejected++;
    wt_diag_at(r->diag, WT_DIAG_ERROR, r->file, r->lineno, fmt, arg);
}

static int is_blank(char c) { return c == ' ' || c == '\t'; }

static void trim(const char **s, size_t *n)
{
    while (*n && (is_blank(**s) || **s == '\f' || **s == '\v')) { (*s)++; (*n)--; }
    while (*n && (is_blank((*s)[*n - 1]) || (*s)[*n - 1] == '\f' || (*s)[*n - 1] == '\v')) (*n)--;
}

/* Length of the line without its comment: `;` anywhere outside brackets,
 * `#` after white space outside brackets (PETRARCH). */
static size_t strip_comment(const char *s, size_t n)
{
    int depth = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '[') depth++;
        else if (c == ']') { if (depth) depth--; }
        else if (!depth && c == ';') return i;
        else if (!depth && c == '#' && i > 0 && is_blank(s[i - 1])) return i;
    }
    return n;
}

static int starts_with(const char *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    return n >= k && !strncmp(s, p, k);
}

static int starts_with_ci(const char *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    return n >= k && !strncasecmp(s, p, k);
}

/* A whole-line comment or the end mark. */
static int is_comment_line(const char *s, size_t n)
{
    return n && (s[0] == '#' || s[0] == '/' || s[0] == ';' || starts_with(s, n, "<!--"));
}

/* The next line of a dictionary before ~~FINISH: line/n as read, s/sn
 * with its comment cut and blanks trimmed (possibly empty). 0 at the end. */
static int next_dict_line(reader *r, const char **line, size_t *n, const char **s, size_t *sn)
{
    if (!next_line(r, line, n) || starts_with(*line, *n, "~~FINISH"))
        return 0;
    *s = *line;
    *sn = strip_comment(*line, *n);
    trim(s, sn);
    return 1;
}

/* ------------------------------------------------------------ phrases */

static int is_sep(char c) { return c == ' ' || c == '\t' || c == '_' || c == '-'; }

static int bad_word_char(unsigned char c)
{
    return c < 0x20 || c == 0x7f || c == '[' || c == ']' || c == '{' || c == '}' ||
           c == '|' || c == '<' || c == '>' || c == '&' || c == '!';
}

const char *wt_parse_phrase(wt_dict *d, const char *s, size_t n, int mode,
                            wt_pelem_vec *out, uint32_t *length)
{
    size_t i = 0, first = out->len;
    int adjacent = 0, nverbs = 0;
    char word[256];
    *length = 0;
    while (i < n && is_sep(s[i]) && s[i] != '_')
        i++;
    while (i < n) {
        size_t b = i;
        while (i < n && !is_sep(s[i]))
            i++;
        size_t wl = i - b;
        /* what follows: `_` right after the word makes it exact; a blank
         * anywhere in the separator run breaks adjacency */
        int underscore_after = i < n && (s[i] == '_' || s[i] == '-');
        int blank_in_run = 0;
        size_t j = i;
        while (j < n && is_sep(s[j])) {
            if (is_blank(s[j])) blank_in_run = 1;
            j++;
        }
        int last = j >= n;
        if (wl == 0) {               /* leading `_` */
            i = j;
            continue;
        }
        wt_pelem *e = WT_VEC_PUSH(*out);
        e->adjacent = (uint8_t)adjacent;
        if (wl == 1 && s[b] && strchr("*$+%^", s[b])) {
            if (mode != WT_PH_PATTERN)
                return "pattern marker (* $ + % ^) outside a verb pattern";
            e->kind = s[b] == '*' ? WT_PE_VERB : s[b] == '$' ? WT_PE_SOURCE :
                      s[b] == '+' ? WT_PE_TARGET : s[b] == '%' ? WT_PE_COMPOUND : WT_PE_SKIP;
            if (e->kind == WT_PE_VERB)
                nverbs++;
        } else {
            int stem = 1, endings = 0;
            if (s[i - 1] == '~') {            /* XXXX~_YYYY: stem, adjacent */
                wl--;
            } else if (s[i - 1] == '=') {     /* MOUSE=: exact, no endings */
                wl--;
                stem = 0;
            } else if (underscore_after) {
                stem = 0;
                endings = last && mode != WT_PH_PATTERN;
            }
            if (wl == 0)
                return "empty word";
            if (wl >= sizeof word)
                return "word longer than 255 bytes";
            for (size_t k = 0; k < wl; k++) {
                unsigned char c = (unsigned char)s[b + k];
                if (bad_word_char(c))
                    return c == '&' ? "'&' inside a word (TABARI reads & as a synset name)"
                                    : "character not allowed in a phrase word";
                word[k] = (char)toupper(c);
                if (isalnum(c))
                    (*length)++;
            }
            wt_word *w = wt_dict_intern_word(d, word, wl);
            if (stem)
                w->is_stem = 1;
            e->kind = WT_PE_WORD;
            e->word = w->id;
            e->match = stem ? WT_M_STEM : !endings ? WT_M_EXACT :
                       mode == WT_PH_ROOT ? WT_M_VERB_ENDING : WT_M_ENDING;
        }
        adjacent = !blank_in_run && j > i;
        i = j;
    }
    if (out->len == first)
        return "empty phrase";
    if (mode == WT_PH_PATTERN && nverbs != 1)
        return nverbs ? "more than one verb marker '*' in a pattern" : "missing verb marker '*' in a pattern";
    if (mode != WT_PH_PATTERN && out->items[first].kind != WT_PE_WORD)
        return "phrase does not start with a word";
    return NULL;
}

/* ------------------------------------------------------------ expansion */

typedef WT_VEC(char *) strvec;

typedef struct wt_synset wt_synset_def;

static void strvec_free(strvec *v)
{
    for (size_t i = 0; i < v->len; i++)
        free(v->items[i]);
    WT_VEC_FREE(*v);
}

#define MAX_EXPANSIONS 1024

typedef WT_VEC(uint32_t) u32vec;

static uint32_t alnum_count(const char *s)
{
    uint32_t n = 0;
    for (; *s; s++)
        if (isalnum((unsigned char)*s)) n++;
    return n;
}

/* Expands `{ a | b }` alternatives and &SYNSET names into plain phrases.
 * When `letters` is given, it receives for each phrase the letters and
 * digits that came from synset members: TABARI does not count a synset in
 * a pattern's length (so `- * &CURRENCY` is tried after `- * DOLLAR`).
 * Returns NULL or an error message. */
static const char *expand_counted(wt_dict *d, const char *s, strvec *out, u32vec *letters,
                                  uint32_t syn_letters, int depth)
{
    if (depth > 16)
        return "synsets or alternatives nested too deeply";
    if (out->len > MAX_EXPANSIONS)
        return "pattern expands to more than 1024 alternatives";
    size_t n = strlen(s);
    /* first synset name */
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '&' || (i > 0 && !is_sep(s[i - 1]) && s[i - 1] != '{' && s[i - 1] != '|'))
            continue;
        size_t e = i + 1;
        while (e < n && (isalnum((unsigned char)s[e])))
            e++;
        if (e == i + 1)
            return "'&' without a synset name";
        wt_synset_def *syn = wt_strmap_get(&d->synsets, s + i, e - i);
        if (!syn)
            return "unknown synset";
        /* Before the verb TABARI matches backward and lets a synset skip
         * words until one of its members matches, whatever the connector
         * after it (MOST_CERTAINLY_&NEG_EVER * matches ... DID NOT EVEN
         * EVER): the `_` after a synset there becomes a blank. */
        const char *star = strchr(s, '*');
        const char *rest = s + e;
        int open_after = star && star > s + i && *rest == '_';
        for (size_t k = 0; k < syn->members.len; k++) {
            wt_buf b;
            wt_buf_init(&b);
            wt_buf_append(&b, s, i);
            wt_buf_puts(&b, syn->members.items[k]);
            if (open_after)
                wt_buf_putc(&b, ' ');
            wt_buf_puts(&b, open_after ? rest + 1 : rest);
            const char *err = expand_counted(d, b.data, out, letters,
                                             syn_letters + alnum_count(syn->members.items[k]), depth + 1);
            wt_buf_free(&b);
            if (err)
                return err;
        }
        return NULL;
    }
    const char *open = strchr(s, '{');
    const char *close_ = open ? strchr(open, '}') : NULL;
    if (open && !close_)
        return "'{' without '}'";
    if (!open && strchr(s, '}'))
        return "'}' without '{'";
    if (!open) {
        if (strchr(s, '|'))
            return "'|' outside { }";
        *WT_VEC_PUSH(*out) = wt_xstrdup(s);
        if (letters)
            *WT_VEC_PUSH(*letters) = syn_letters;
        return NULL;
    }
    const char *p = open + 1;
    while (p <= close_) {
        const char *bar = p;
        while (bar < close_ && *bar != '|')
            bar++;
        const char *a = p;
        size_t al = (size_t)(bar - p);
        trim(&a, &al);
        if (memchr(a, '{', al))
            return "nested '{' in alternatives";
        wt_buf b;
        wt_buf_init(&b);
        wt_buf_append(&b, s, (size_t)(open - s));
        wt_buf_append(&b, a, al);
        wt_buf_puts(&b, close_ + 1);
        const char *err = expand_counted(d, b.data, out, letters, syn_letters, depth + 1);
        wt_buf_free(&b);
        if (err)
            return err;
        p = bar + 1;
    }
    return NULL;
}

static const char *expand(wt_dict *d, const char *s, strvec *out, int depth)
{
    return expand_counted(d, s, out, NULL, 0, depth);
}

/* ------------------------------------------------------------ codes */

static int code_char(unsigned char c) { return isalnum(c) || c == '/' || c == '.'; }

static const char *arena_upper(wt_dict *d, const char *s, size_t n)
{
    char *c = wt_arena_strndup(&d->arena, s, n);
    for (size_t i = 0; i < n; i++)
        c[i] = (char)toupper((unsigned char)c[i]);
    return c;
}

/* "---", "- - -", "###", "+++" */
static int special_code(const char *s, size_t n)
{
    char buf[8];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_blank(s[i]))
            continue;
        if (k >= 3)
            return -1;
        buf[k++] = s[i];
    }
    if (k != 3)
        return -1;
    buf[3] = 0;
    if (!strcmp(buf, "---")) return WT_CODE_NULL;
    if (!strcmp(buf, "###")) return WT_CODE_DISCARD;
    if (!strcmp(buf, "+++")) return WT_CODE_COMPLEX;
    return -1;
}

/* One date from s (skipping blanks); advances *i. */
static int32_t read_date(const char *s, size_t n, size_t *i)
{
    while (*i < n && is_blank(s[*i]))
        (*i)++;
    size_t b = *i;
    while (*i < n && isdigit((unsigned char)s[*i]))
        (*i)++;
    return wt_tabari_date(s + b, *i - b);
}

/* Contents of one actor [ ... ] block. */
static const char *parse_actor_code(wt_dict *d, const char *s, size_t n, wt_actor_code *c)
{
    memset(c, 0, sizeof *c);
    trim(&s, &n);
    if (!n)
        return "empty code block []";
    size_t i = 0;
    /* the code: up to a blank, '<' or '>' */
    if (s[0] == '-' || s[0] == '#' || s[0] == '+') {
        size_t e = 0;
        while (e < n && (s[e] == s[0] || is_blank(s[e])))
            e++;
        int sp = special_code(s, e);
        if (sp < 0)
            return "malformed special code (expected ---, ### or +++)";
        c->special = (uint8_t)sp;
        c->code = "";
        i = e;
    } else {
        while (i < n && code_char((unsigned char)s[i]))
            i++;
        if (i == 0)
            return "missing actor code in [ ]";
        int digits = 1;
        for (size_t k = 0; k < i; k++)
            if (!isdigit((unsigned char)s[k])) digits = 0;
        if (digits)
            return "missing actor code before the date restriction";
        if (i < n && !is_blank(s[i]) && s[i] != '<' && s[i] != '>')
            return "character not allowed in an actor code";
        c->code = arena_upper(d, s, i);
    }
    while (i < n && is_blank(s[i]))
        i++;
    if (i == n) {
        c->restrict_kind = WT_DATE_ANY;
        return NULL;
    }
    if (s[i] == '<' || s[i] == '>') {
        int before = s[i] == '<';
        i++;
        int32_t dt = read_date(s, n, &i);
        if (dt < 0)
            return "malformed date in restriction (expected YYMMDD)";
        c->restrict_kind = before ? WT_DATE_BEFORE : WT_DATE_AFTER;
        c->from = c->to = dt;
    } else {
        int32_t a = read_date(s, n, &i);
        while (i < n && is_blank(s[i]))
            i++;
        if (a < 0 || i >= n || s[i] != '-')
            return "malformed date restriction (expected <YYMMDD, >YYMMDD or YYMMDD-YYMMDD)";
        i++;
        int32_t b = read_date(s, n, &i);
        if (b < 0)
            return "malformed end date in restriction";
        c->restrict_kind = WT_DATE_RANGE;
        c->from = a;
        c->to = b;
    }
    while (i < n && is_blank(s[i]))
        i++;
    if (i != n)
        return "unexpected text after the date restriction";
    return NULL;
}

/* A verb/pattern code: 042, 032:033, 023?, 031!, ---, ###, +++ */
static const char *parse_event_code(wt_dict *d, const char *s, size_t n, wt_event_code *c)
{
    memset(c, 0, sizeof *c);
    trim(&s, &n);
    if (!n)
        return "empty code []";
    int sp = special_code(s, n);
    if (sp >= 0) {
        c->special = (uint8_t)sp;
        c->code = "";
        return NULL;
    }
    if (s[n - 1] == '?') { c->subordinate = 1; n--; }
    else if (s[n - 1] == '!') { c->dominant = 1; n--; }
    const char *colon = memchr(s, ':', n);
    size_t l1 = colon ? (size_t)(colon - s) : n;
    if (!l1)
        return "missing event code";
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)s[i]) && s + i != colon)
            return "character not allowed in an event code";
    if (l1 >= 16 || (colon && n - l1 - 1 >= 16))
        return "event code longer than 15 characters";
    c->code = arena_upper(d, s, l1);
    if (colon) {
        if (n - l1 - 1 == 0)
            return "missing second code of a paired code";
        c->pair = arena_upper(d, colon + 1, n - l1 - 1);
    }
    return NULL;
}

/* Splits "PHRASE [c1] [c2] ..." into the phrase and the bracket blocks. */
typedef struct blocks { const char *b[16]; size_t n[16]; int count; } blocks;

static const char *split_blocks(const char *s, size_t n, const char **phrase, size_t *plen, blocks *bl)
{
    const char *lb = memchr(s, '[', n);
    *phrase = s;
    *plen = lb ? (size_t)(lb - s) : n;
    trim(phrase, plen);
    bl->count = 0;
    if (!lb)
        return NULL;
    size_t i = (size_t)(lb - s);
    while (i < n) {
        if (is_blank(s[i])) { i++; continue; }
        if (s[i] != '[')
            return "unexpected text after ']'";
        const char *rb = memchr(s + i, ']', n - i);
        if (!rb)
            return "missing right bracket ']'";
        if (bl->count == 16)
            return "more than 16 code blocks";
        const char *inner = s + i + 1;
        if (memchr(inner, '[', (size_t)(rb - inner)))
            return "missing right bracket ']'";
        bl->b[bl->count] = inner;
        bl->n[bl->count] = (size_t)(rb - inner);
        bl->count++;
        i = (size_t)(rb - s) + 1;
    }
    return NULL;
}

/* ------------------------------------------------------------ entries */

static wt_entry *make_entry(reader *r, const char *phrase, size_t plen, int mode, int kind,
                            const char **err)
{
    wt_pelem_vec v = {0};
    uint32_t length = 0;
    *err = wt_parse_phrase(r->d, phrase, plen, mode, &v, &length);
    if (*err) {
        WT_VEC_FREE(v);
        return NULL;
    }
    wt_entry *e = wt_arena_alloc(&r->d->arena, sizeof *e);
    e->words = wt_arena_alloc(&r->d->arena, v.len * sizeof *e->words);
    memcpy(e->words, v.items, v.len * sizeof *e->words);
    e->nwords = (uint32_t)v.len;
    e->length = length;
    e->kind = (uint8_t)kind;
    e->origin.file = r->file;
    e->origin.line = (uint32_t)r->lineno;
    WT_VEC_FREE(v);
    return e;
}

static const char *arena_phrase(wt_dict *d, const char *s, size_t n)
{
    return wt_arena_strndup(&d->arena, s, n);
}

/* ------------------------------------------------------------ actors */

typedef struct actor_group {
    wt_actor *actor;
    WT_VEC(wt_entry *) entries;
    WT_VEC(wt_actor_code) codes;
    size_t line;
} actor_group;

static void group_finish(reader *r, actor_group *g)
{
    if (!g->actor)
        return;
    if (!g->codes.len) {
        r->rejected++;
        r->d->n_rejected++;
        wt_diag_at(r->diag, WT_DIAG_ERROR, r->file, g->line, "actor '%s' has no code", g->actor->name);
    } else {
        /* restricted codes first, in order; the default last (manual §6.5.2) */
        wt_actor *a = g->actor;
        a->codes = wt_arena_alloc(&r->d->arena, g->codes.len * sizeof *a->codes);
        uint32_t k = 0;
        for (size_t i = 0; i < g->codes.len; i++)
            if (g->codes.items[i].restrict_kind != WT_DATE_ANY)
                a->codes[k++] = g->codes.items[i];
        for (size_t i = 0; i < g->codes.len; i++)
            if (g->codes.items[i].restrict_kind == WT_DATE_ANY)
                a->codes[k++] = g->codes.items[i];
        a->ncodes = k;
        for (size_t i = 0; i < g->entries.len; i++) {
            wt_dict_index_entry(r->d, g->entries.items[i]);
            r->d->n_actor_phrases++;
        }
        r->d->n_actors++;
    }
    g->actor = NULL;
    g->entries.len = 0;
    g->codes.len = 0;
}

static int add_actor_codes(reader *r, actor_group *g, const blocks *bl)
{
    for (int i = 0; i < bl->count; i++) {
        wt_actor_code c;
        const char *err = parse_actor_code(r->d, bl->b[i], bl->n[i], &c);
        if (err) {
            reject(r, "%s", err);
            return -1;
        }
        *WT_VEC_PUSH(g->codes) = c;
    }
    return 0;
}

long wt_dict_read_actors(wt_dict *d, const char *name, const char *text, size_t len, wt_diag *diag)
{
    reader r;
    reader_init(&r, d, name, text, len, diag);
    actor_group g = {0};
    int section = 0;            /* 0 actors, WT_E_NOUN, WT_E_ADJ, -1 skipped */
    size_t skipping = 0;        /* line of a rejected actor whose continuation lines follow */
    const char *line;
    size_t n;
    const char *s;
    size_t sn;
    while (next_dict_line(&r, &line, &n, &s, &sn)) {
        int indented = n && is_blank(line[0]);
        if (!sn || is_comment_line(s, sn))
            continue;
        if (s[0] == '<') {
            group_finish(&r, &g);
            if (starts_with_ci(s, sn, "<NOUN>")) section = WT_E_NOUN;
            else if (starts_with_ci(s, sn, "<ADJ")) section = WT_E_ADJ;
            else if (sn > 1 && s[1] == '/') section = 0;
            else {
                section = -1;
                wt_diag_at(diag, WT_DIAG_WARNING, r.file, r.lineno, "unknown section %.*s skipped",
                           (int)sn, s);
            }
            continue;
        }
        if (section < 0)
            continue;
        if (section == WT_E_NOUN || section == WT_E_ADJ) {
            const char *ph; size_t pl; blocks bl;
            const char *err = split_blocks(s, sn, &ph, &pl, &bl);
            wt_entry *e = err ? NULL : make_entry(&r, ph, pl, WT_PH_NAME, section, &err);
            if (!e) { reject(&r, "%s", err); continue; }
            wt_dict_index_entry(d, e);
            if (section == WT_E_NOUN) d->n_nouns++; else d->n_adjs++;
            continue;
        }
        if ((s[0] == '[' || s[0] == '+') && skipping) {
            wt_diag_at(diag, WT_DIAG_NOTE, r.file, r.lineno, "skipped with the actor rejected at line %zu", skipping);
            continue;
        }
        skipping = 0;
        if (s[0] == '[') {                       /* a date-restriction line */
            if (!g.actor) { reject(&r, "%s", "code line without an actor before it"); continue; }
            if (!indented)
                wt_diag_at(diag, WT_DIAG_NOTE, r.file, r.lineno, "code line not indented");
            const char *ph; size_t pl; blocks bl;
            const char *err = split_blocks(s, sn, &ph, &pl, &bl);
            if (err) { reject(&r, "%s", err); continue; }
            add_actor_codes(&r, &g, &bl);
            continue;
        }
        int synonym = s[0] == '+';
        if (synonym) { s++; sn--; trim(&s, &sn); }
        if (synonym && !g.actor) { reject(&r, "%s", "synonym '+' without an actor before it"); continue; }
        const char *ph; size_t pl; blocks bl;
        const char *err = split_blocks(s, sn, &ph, &pl, &bl);
        if (err) {
            if (!synonym) { group_finish(&r, &g); skipping = r.lineno; }
            reject(&r, "%s", err);
            continue;
        }
        if (!synonym) {
            group_finish(&r, &g);
        }
        wt_entry *e = make_entry(&r, ph, pl, WT_PH_NAME, WT_E_ACTOR, &err);
        if (!e) {
            if (!synonym) skipping = r.lineno;
            reject(&r, "%s", err);
            continue;
        }
        if (!synonym) {
            g.actor = wt_arena_alloc(&d->arena, sizeof *g.actor);
            g.actor->name = arena_phrase(d, ph, pl);
            g.actor->origin = e->origin;
            g.line = r.lineno;
        }
        e->u.actor = g.actor;
        *WT_VEC_PUSH(g.entries) = e;
        if (add_actor_codes(&r, &g, &bl) < 0 && !synonym) {
            g.actor = NULL;               /* whole entry rejected */
            g.entries.len = g.codes.len = 0;
            skipping = r.lineno;
        }
    }
    group_finish(&r, &g);
    WT_VEC_FREE(g.entries);
    WT_VEC_FREE(g.codes);
    return r.rejected;
}

/* ------------------------------------------------------------ agents */

typedef struct subst_set { strvec words; } subst_set;

/* Expands !NAME! substitution sets in an agent phrase. */
static const char *expand_subst(wt_strmap *subs, const char *s, strvec *out, int depth)
{
    if (depth > 8)
        return "substitution sets nested too deeply";
    if (out->len > MAX_EXPANSIONS)
        return "agent phrase expands to more than 1024 phrases";
    const char *a = strchr(s, '!');
    if (!a) {
        *WT_VEC_PUSH(*out) = wt_xstrdup(s);
        return NULL;
    }
    const char *b = strchr(a + 1, '!');
    if (!b)
        return "unmatched '!' in agent phrase";
    subst_set *set = wt_strmap_get(subs, a, (size_t)(b - a + 1));
    if (!set)
        return "unknown substitution set !NAME!";
    for (size_t i = 0; i < set->words.len; i++) {
        wt_buf buf;
        wt_buf_init(&buf);
        wt_buf_append(&buf, s, (size_t)(a - s));
        wt_buf_puts(&buf, set->words.items[i]);
        wt_buf_puts(&buf, b + 1);
        const char *err = expand_subst(subs, buf.data, out, depth + 1);
        wt_buf_free(&buf);
        if (err)
            return err;
    }
    return NULL;
}

static void free_subst(wt_strmap *subs)
{
    for (size_t i = 0; i < subs->cap; i++)
        if (subs->slots[i].key && subs->slots[i].value) {
            subst_set *set = subs->slots[i].value;
            strvec_free(&set->words);
            free(set);
        }
    wt_strmap_free(subs);
}

static const char *parse_agent_code(wt_dict *d, const char *s, size_t n, wt_agent *a)
{
    trim(&s, &n);
    int sp = special_code(s, n);
    if (sp >= 0) {
        a->special = (uint8_t)sp;
        a->code = "";
        return NULL;
    }
    const char *t = memchr(s, '~', n);
    if (!t)
        return "missing '~' connector in an agent code";
    if (t == s) {
        a->actor_first = 1;
        s++; n--;
    } else if (t == s + n - 1) {
        a->actor_first = 0;
        n--;
    } else {
        return "'~' must begin or end an agent code";
    }
    trim(&s, &n);
    if (!n)
        return "missing agent code";
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)s[i]))
            return "character not allowed in an agent code";
    a->code = arena_upper(d, s, n);
    return NULL;
}

long wt_dict_read_agents(wt_dict *d, const char *name, const char *text, size_t len, wt_diag *diag)
{
    reader r;
    reader_init(&r, d, name, text, len, diag);
    wt_strmap subs;
    wt_strmap_init(&subs);
    const char *line;
    size_t n;
    const char *s;
    size_t sn;
    while (next_dict_line(&r, &line, &n, &s, &sn)) {
        if (!sn || is_comment_line(s, sn) || starts_with(s, sn, "~~"))
            continue;
        if (s[0] == '<')
            continue;                      /* section tags: nothing to do */
        if (s[0] == '!') {                 /* !NAME! = A, B, C */
            const char *b = memchr(s + 1, '!', sn - 1);
            const char *eq = b ? memchr(b, '=', sn - (size_t)(b - s)) : NULL;
            if (!b || !eq) { reject(&r, "%s", "malformed substitution set (expected !NAME! = A, B)"); continue; }
            subst_set *set = wt_xcalloc(1, sizeof *set);
            const char *p = eq + 1, *end = s + sn;
            while (p < end) {
                const char *c = memchr(p, ',', (size_t)(end - p));
                const char *we = c ? c : end;
                const char *w = p; size_t wl = (size_t)(we - p);
                trim(&w, &wl);
                if (wl) *WT_VEC_PUSH(set->words) = wt_xstrndup(w, wl);
                p = we + 1;
            }
            int inserted = 0;
            wt_strmap_slot *slot = wt_strmap_put(&subs, s, (size_t)(b - s + 1), &inserted);
            if (!inserted) {
                subst_set *old = slot->value;
                strvec_free(&old->words);
                free(old);
            }
            slot->value = set;
            continue;
        }
        const char *ph; size_t pl; blocks bl;
        const char *err = split_blocks(s, sn, &ph, &pl, &bl);
        if (!err && bl.count != 1)
            err = bl.count ? "more than one code block in an agent entry" : "no code in [...]";
        wt_agent *ag = NULL;
        if (!err) {
            ag = wt_arena_alloc(&d->arena, sizeof *ag);
            err = parse_agent_code(d, bl.b[0], bl.n[0], ag);
        }
        if (err) { reject(&r, "%s", err); continue; }
        /* PHRASE {PLURAL1 PLURAL2} : extra phrases; {} = none */
        strvec phrases = {0};
        const char *brace = memchr(ph, '{', pl);
        size_t mainl = brace ? (size_t)(brace - ph) : pl;
        const char *m = ph;
        trim(&m, &mainl);
        char *main_s = wt_xstrndup(m, mainl);
        err = expand_subst(&subs, main_s, &phrases, 0);
        free(main_s);
        if (!err && brace) {
            const char *cb = memchr(brace, '}', pl - (size_t)(brace - ph));
            if (!cb) err = "'{' without '}'";
            else {
                const char *p = brace + 1;
                while (p < cb && !err) {
                    while (p < cb && is_blank(*p)) p++;
                    const char *q = p;
                    while (q < cb && !is_blank(*q)) q++;
                    if (q > p) {
                        char *f = wt_xstrndup(p, (size_t)(q - p));
                        err = expand_subst(&subs, f, &phrases, 0);
                        free(f);
                    }
                    p = q;
                }
            }
        }
        if (!err && !phrases.len)
            err = "empty agent phrase";
        if (err) { reject(&r, "%s", err); strvec_free(&phrases); continue; }
        ag->name = arena_phrase(d, m, mainl);
        ag->origin.file = r.file;
        ag->origin.line = (uint32_t)r.lineno;
        int ok = 0;
        for (size_t i = 0; i < phrases.len; i++) {
            wt_entry *e = make_entry(&r, phrases.items[i], strlen(phrases.items[i]), WT_PH_NAME, WT_E_AGENT, &err);
            if (!e) { reject(&r, "%s", err); continue; }
            e->u.agent = ag;
            wt_dict_index_entry(d, e);
            ok = 1;
        }
        if (ok) d->n_agents++;
        strvec_free(&phrases);
    }
    free_subst(&subs);
    return r.rejected;
}

/* ------------------------------------------------------------ verbs */

typedef struct verb_build {
    wt_verb *verb;
    WT_VEC(wt_pattern) patterns;
} verb_build;

static void verb_finish(wt_dict *d, verb_build *vb)
{
    if (!vb->verb)
        return;
    wt_verb *v = vb->verb;
    v->patterns = wt_arena_alloc(&d->arena, (vb->patterns.len ? vb->patterns.len : 1) * sizeof *v->patterns);
    if (vb->patterns.len)
        memcpy(v->patterns, vb->patterns.items, vb->patterns.len * sizeof *v->patterns);
    v->npatterns = (uint32_t)vb->patterns.len;
    vb->verb = NULL;
    vb->patterns.len = 0;
}

static void add_pattern(reader *r, verb_build *vb, const char *s, size_t n)
{
    wt_dict *d = r->d;
    const char *ph; size_t pl; blocks bl;
    const char *err = split_blocks(s, n, &ph, &pl, &bl);
    if (!err && bl.count != 1)
        err = bl.count ? "more than one code block in a pattern" : "no code in [...]";
    wt_event_code code;
    if (!err)
        err = parse_event_code(d, bl.b[0], bl.n[0], &code);
    if (!err && pl > 255)
        err = "pattern longer than 255 characters";
    if (err) { reject(r, "%s", err); return; }
    char *pat = wt_xstrndup(ph, pl);
    strvec alts = {0};
    u32vec syn_letters = {0};
    err = expand_counted(d, pat, &alts, &syn_letters, 0, 0);
    const char *text = arena_phrase(d, ph, pl);
    for (size_t i = 0; !err && i < alts.len; i++) {
        wt_pelem_vec v = {0};
        uint32_t length;
        err = wt_parse_phrase(d, alts.items[i], strlen(alts.items[i]), WT_PH_PATTERN, &v, &length);
        if (!err) {
            wt_pattern *p = WT_VEC_PUSH(vb->patterns);
            p->elems = wt_arena_alloc(&d->arena, v.len * sizeof *p->elems);
            memcpy(p->elems, v.items, v.len * sizeof *p->elems);
            p->nelems = (uint32_t)v.len;
            p->length = length > syn_letters.items[i] ? length - syn_letters.items[i] : 0;
            p->code = code;
            p->text = text;
            p->origin.file = r->file;
            p->origin.line = (uint32_t)r->lineno;
            p->seq = d->next_seq++;
            for (size_t k = 0; k < v.len; k++) {
                if (v.items[k].kind == WT_PE_SOURCE) p->has_source = 1;
                if (v.items[k].kind == WT_PE_TARGET) p->has_target = 1;
                if (v.items[k].kind == WT_PE_COMPOUND) p->has_compound = 1;
            }
        }
        WT_VEC_FREE(v);
    }
    if (err)
        reject(r, "%s", err);
    else
        d->n_patterns++;
    strvec_free(&alts);
    WT_VEC_FREE(syn_letters);
    free(pat);
}

static void add_verb_form(reader *r, wt_verb *v, const char *s, size_t n)
{
    const char *err;
    wt_entry *e = make_entry(r, s, n, WT_PH_ROOT, WT_E_VERB, &err);
    if (!e) { reject(r, "%s", err); return; }
    e->u.verb = v;
    wt_dict_index_entry(r->d, e);
    r->d->n_verb_forms++;
}

long wt_dict_read_verbs(wt_dict *d, const char *name, const char *text, size_t len, wt_diag *diag)
{
    reader r;
    reader_init(&r, d, name, text, len, diag);
    verb_build vb = {0};
    int section = 0;     /* 0 verbs, 1 synsets, 2 time */
    wt_synset_def *syn = NULL;
    size_t bad_verb = 0; /* line of a rejected verb: its patterns are skipped */
    const char *line;
    size_t n;
    const char *s;
    size_t sn;
    while (next_dict_line(&r, &line, &n, &s, &sn)) {
        if (!sn || (s[0] == '#' || s[0] == '/' || starts_with(s, sn, "<!--")))
            continue;
        if (s[0] == '<') {
            verb_finish(d, &vb);
            bad_verb = 0;
            if (starts_with_ci(s, sn, "<SYNSET")) section = 1;
            else if (starts_with_ci(s, sn, "<TIME>")) section = 2;
            else if (sn > 1 && s[1] == '/') section = 0;
            else wt_diag_at(diag, WT_DIAG_WARNING, r.file, r.lineno, "unknown section %.*s", (int)sn, s);
            syn = NULL;
            continue;
        }
        if (section == 1) {
            if (s[0] == '&') {
                size_t e = 1;
                while (e < sn && isalnum((unsigned char)s[e])) e++;
                if (e == 1) { reject(&r, "%s", "synset name missing after '&'"); syn = NULL; continue; }
                int inserted = 0;
                wt_strmap_slot *slot = wt_strmap_put(&d->synsets, s, e, &inserted);
                if (!inserted) { reject(&r, "%s", "synset defined twice"); syn = NULL; continue; }
                syn = wt_arena_alloc(&d->arena, sizeof *syn);
                slot->value = syn;
                d->n_synsets++;
            } else if (s[0] == '+') {
                if (!syn) { reject(&r, "%s", "synset member without a synset"); continue; }
                const char *m = s + 1; size_t ml = sn - 1;
                trim(&m, &ml);
                /* a member may use earlier synsets but not its own */
                strvec tmp = {0};
                char *ms = wt_xstrndup(m, ml);
                const char *err = expand(d, ms, &tmp, 0);
                if (err) reject(&r, "%s", err);
                else for (size_t i = 0; i < tmp.len; i++) *WT_VEC_PUSH(syn->members) = wt_arena_strdup(&d->arena, tmp.items[i]);
                strvec_free(&tmp);
                free(ms);
            } else {
                reject(&r, "%s", "expected &NAME or +member in <SYNSETS>");
            }
            continue;
        }
        if (section == 2) {
            if (s[0] == '-') {
                wt_diag_at(diag, WT_DIAG_NOTE, r.file, r.lineno, "time pattern ignored");
                continue;
            }
            const char *ph; size_t pl; blocks bl;
            const char *err = split_blocks(s, sn, &ph, &pl, &bl);
            if (!err && bl.count != 1) err = "time phrase needs one [code]";
            wt_time *t = NULL;
            if (!err) {
                t = wt_arena_alloc(&d->arena, sizeof *t);
                const char *c = bl.b[0]; size_t cl = bl.n[0];
                trim(&c, &cl);
                int sp = special_code(c, cl);
                if (sp >= 0) t->special = (uint8_t)sp;
                else {
                    char buf[16];
                    if (cl == 0 || cl >= sizeof buf) err = "malformed time shift";
                    else {
                        memcpy(buf, c, cl); buf[cl] = 0;
                        char *endp;
                        long v = strtol(buf, &endp, 10);
                        if (*endp || (buf[0] != '+' && buf[0] != '-')) err = "malformed time shift (expected [+N] or [-N])";
                        else t->shift_days = (int32_t)v;
                    }
                }
            }
            wt_entry *e = err ? NULL : make_entry(&r, ph, pl, WT_PH_NAME, WT_E_TIME, &err);
            if (!e) { reject(&r, "%s", err); continue; }
            t->origin = e->origin;
            e->u.time = t;
            wt_dict_index_entry(d, e);
            d->n_times++;
            continue;
        }
        if (s[0] == '-' && (sn == 1 || is_blank(s[1]))) {
            if (!vb.verb) {
                if (bad_verb) {
                    r.rejected++;
                    d->n_rejected++;
                    wt_diag_at(diag, WT_DIAG_ERROR, r.file, r.lineno,
                               "pattern skipped: its verb at line %zu was rejected", bad_verb);
                } else {
                    reject(&r, "%s", "pattern before any verb");
                }
                continue;
            }
            add_pattern(&r, &vb, s + 1, sn - 1);
            continue;
        }
        if (s[0] == '{') {
            if (!vb.verb) { reject(&r, "%s", "verb forms { } without a verb"); continue; }
            const char *cb = memchr(s, '}', sn);
            if (!cb) { reject(&r, "%s", "'{' without '}'"); continue; }
            const char *p = s + 1;
            while (p < cb) {
                while (p < cb && is_blank(*p)) p++;
                const char *q = p;
                while (q < cb && !is_blank(*q)) q++;
                if (q > p) add_verb_form(&r, vb.verb, p, (size_t)(q - p));
                p = q;
            }
            continue;
        }
        /* a pattern that lost its '-': report it, keep the current verb */
        if (s[0] && strchr("*$+%^", s[0]) && sn > 1 && is_blank(s[1])) {
            reject(&r, "%s", "pattern without its leading '-'");
            continue;
        }
        /* a verb root line */
        verb_finish(d, &vb);
        bad_verb = r.lineno;
        const char *ph; size_t pl; blocks bl;
        const char *err = split_blocks(s, sn, &ph, &pl, &bl);
        if (!err && bl.count != 1)
            err = bl.count ? "more than one code block on a verb line" : "no code in [...]";
        wt_event_code code;
        if (!err)
            err = parse_event_code(d, bl.b[0], bl.n[0], &code);
        wt_entry *e = err ? NULL : make_entry(&r, ph, pl, WT_PH_ROOT, WT_E_VERB, &err);
        if (!e) { reject(&r, "%s", err); continue; }
        wt_verb *v = wt_arena_alloc(&d->arena, sizeof *v);
        v->name = arena_phrase(d, ph, pl);
        v->code = code;
        v->origin = e->origin;
        e->u.verb = v;
        wt_dict_index_entry(d, e);
        vb.verb = v;
        bad_verb = 0;
        d->n_verbs++;
    }
    verb_finish(d, &vb);
    WT_VEC_FREE(vb.patterns);
    return r.rejected;
}

/* ------------------------------------------------------------ options */

static int parse_bool(const char *v)
{
    while (*v == ' ' || *v == '=') v++;
    return !strncasecmp(v, "TRUE", 4) || !strncasecmp(v, "ON", 2) || !strncasecmp(v, "YES", 3);
}

/* NAME[n] inside a COMPLEX: line; returns n or -1 when absent. */
static long bracket_num(const char *s, const char *key)
{
    const char *p = strstr(s, key);
    if (!p)
        return -1;
    p += strlen(key);
    if (*p != '[')
        return -1;
    return strtol(p + 1, NULL, 10);
}

static int has_word(const char *s, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = strstr(s, w); p; p = strstr(p + 1, w))
        if ((p == s || !isalnum((unsigned char)p[-1])) && !isalnum((unsigned char)p[n]))
            return 1;
    return 0;
}

static long keyed_num(const char *s, const char *key)
{
    size_t n = strlen(key);
    for (const char *p = strstr(s, key); p; p = strstr(p + 1, key)) {
        if (p != s && isalnum((unsigned char)p[-1]))
            continue;
        const char *q = p + n;
        while (*q == ' ' || *q == '\t') q++;
        if (*q != '=') continue;
        return strtol(q + 1, NULL, 10);
    }
    return -1;
}

static void bracket_code(const char *s, const char *key, char *out, size_t cap, uint8_t *qual,
                         const char *qualword)
{
    const char *p = strstr(s, key);
    if (!p) return;
    const char *lb = strchr(p, '['), *rb = lb ? strchr(lb, ']') : NULL;
    if (!lb || !rb) return;
    size_t l = (size_t)(rb - lb - 1);
    if (l >= cap) l = cap - 1;
    memcpy(out, lb + 1, l);
    out[l] = 0;
    const char *q = rb + 1;
    while (*q == ' ') q++;
    *qual = !strncmp(q, qualword, strlen(qualword));
}

int wt_dict_apply_option(wt_dict *d, const char *line, const char *file, size_t lineno, wt_diag *diag)
{
    char buf[512];
    size_t n = strlen(line);
    if (n >= sizeof buf) n = sizeof buf - 1;
    for (size_t i = 0; i < n; i++) buf[i] = (char)toupper((unsigned char)line[i]);
    buf[n] = 0;
    const char *s = buf;
    while (*s == ' ' || *s == '\t') s++;
    wt_coder_options *o = &d->opts;
    d->n_options++;
    if (!strncmp(s, "COMPLEX:", 8)) {
        long v;
        if ((v = bracket_num(s, "VERBS")) >= 0) o->complex_verbs = (uint16_t)v;
        if ((v = bracket_num(s, "ACTORS")) >= 0) o->complex_actors = (uint16_t)v;
        if ((v = bracket_num(s, "PRONOUNS")) >= 0) o->complex_pronouns = (uint16_t)v;
        if ((v = bracket_num(s, "CONJ")) >= 0) o->complex_conj = (uint16_t)v;
        if ((v = bracket_num(s, "COMMA")) >= 0) o->complex_comma = (uint16_t)v;
        if ((v = bracket_num(s, "LATEVERB")) >= 0) o->complex_lateverb = (uint16_t)v;
        o->complex_noactprior = (uint8_t)has_word(s, "NOACTPRIOR");
        o->complex_noactafter = (uint8_t)has_word(s, "NOACTAFTER");
        o->complex_noverb = (uint8_t)has_word(s, "NOVERB");
        o->complex_nosource = (uint8_t)has_word(s, "NOSOURCE");
        o->complex_notarget = (uint8_t)has_word(s, "NOTARGET");
        o->complex_noevent = (uint8_t)(has_word(s, "NOEVENT") || has_word(s, "NOEVENTS"));
        return 0;
    }
    if (!strncmp(s, "COMMA:", 6)) {
        if (has_word(s, "OFF")) { o->comma_on = 0; return 0; }
        long v;
        o->comma_on = 1;
        if ((v = keyed_num(s, "MIN")) >= 0) o->comma_min = (uint16_t)v;
        if ((v = keyed_num(s, "MAX")) >= 0) o->comma_max = (uint16_t)v;
        if ((v = keyed_num(s, "EMIN")) >= 0) o->comma_emin = (uint16_t)v;
        if ((v = keyed_num(s, "EMAX")) >= 0) o->comma_emax = (uint16_t)v;
        if ((v = keyed_num(s, "BMIN")) >= 0) o->comma_bmin = (uint16_t)v;
        if ((v = keyed_num(s, "BMAX")) >= 0) o->comma_bmax = (uint16_t)v;
        return 0;
    }
    if (!strncmp(s, "DEFAULT:", 8)) {
        o->default_source[0] = o->default_target[0] = 0;
        o->default_source_prior = o->default_target_after = 0;
        if (has_word(s, "OFF"))
            return 0;
        bracket_code(s, "SOURCE", o->default_source, sizeof o->default_source, &o->default_source_prior, "PRIOR");
        bracket_code(s, "TARGET", o->default_target, sizeof o->default_target, &o->default_target_after, "AFTER");
        return 0;
    }
    if (!strncmp(s, "SET:", 4)) {
        const char *k = s + 4;
        while (*k == ' ') k++;
        const char *eq = strchr(k, '=');
        if (!strncmp(k, "CODE BY CLAUSE", 14)) { o->code_by = WT_CODE_BY_CLAUSE; return 0; }
        if (!strncmp(k, "CODE BY SENTENCE", 16)) { o->code_by = WT_CODE_BY_SENTENCE; return 0; }
        if (!strncmp(k, "CODE ALL", 8)) { o->code_by = WT_CODE_BY_ALL; return 0; }
        if (!strncmp(k, "TIME SHIFT", 10) && eq) { o->time_shift = (uint8_t)parse_bool(eq + 1); return 0; }
        if (!strncmp(k, "CONVERT AGENT", 13) && eq) { o->convert_agents = (uint8_t)parse_bool(eq + 1); return 0; }
        if (!strncmp(k, "CHECK DOMINANT", 14) && eq) { o->check_dominant = (uint8_t)parse_bool(eq + 1); return 0; }
        if (!strncmp(k, "MINIMUM WORDS", 13) && eq) { o->minimum_words = (uint16_t)strtol(eq + 1, NULL, 10); return 0; }
        static const char *const known[] = {
            "SKIP RECORDS", "VERB USAGE", "ACTOR USAGE", "AGENT USAGE", "LABEL", "DUP WARNING",
            "HAIKU", "YYYY", "FBIS", "ALLCAPS", "CODE NONRESTRICTIVE", NULL };
        for (int i = 0; known[i]; i++)
            if (!strncmp(k, known[i], strlen(known[i])))
                return 0;   /* output/interface settings: nothing to do for warta */
        /* settings older TABARI versions read and later ones dropped; the
         * standard CAMEO.09b5.options still has SET: MATCH = TRUE, so coding
         * with the standard files must not fail on it */
        static const char *const obsolete[] = {"MATCH", NULL};
        for (int i = 0; obsolete[i]; i++)
            if (!strncmp(k, obsolete[i], strlen(obsolete[i]))) {
                wt_diag_at(diag, WT_DIAG_WARNING, file, lineno, "obsolete option '%s' ignored", s);
                return 0;
            }
        wt_diag_at(diag, WT_DIAG_ERROR, file, lineno, "unknown or obsolete option '%s' ignored", s);
        d->n_rejected++;
        return -1;
    }
    if (!strncmp(s, "FORWARD:", 8)) {
        /* FORWARD: ^^*****NNN*SSS [DOC] [OFF] */
        const char *p = s + 8;
        while (*p == ' ' || *p == '\t') p++;
        size_t l = strcspn(p, " \t");
        if (!l || l >= sizeof o->forward_format || strspn(p, "^*NS") < l) {
            wt_diag_at(diag, WT_DIAG_ERROR, file, lineno, "FORWARD: needs a sequence format of ^ * N S, got '%s'", s);
            d->n_rejected++;
            return -1;
        }
        memcpy(o->forward_format, p, l);
        o->forward_format[l] = 0;
        o->forward_on = !has_word(p + l, "OFF");
        return 0;
    }
    static const char *const ignored[] = { "OUTPUT:", "LABEL:", "NONEVENTS:", "ISSUES:",
                                           "FREQUENCY:", "OPTIONS", NULL };
    for (int i = 0; ignored[i]; i++)
        if (!strncmp(s, ignored[i], strlen(ignored[i])))
            return 0;
    wt_diag_at(diag, WT_DIAG_ERROR, file, lineno, "unknown option '%s' ignored", s);
    d->n_rejected++;
    return -1;
}

long wt_dict_read_options(wt_dict *d, const char *name, const char *text, size_t len, wt_diag *diag)
{
    reader r;
    reader_init(&r, d, name, text, len, diag);
    const char *line;
    size_t n;
    char buf[512];
    while (next_line(&r, &line, &n)) {
        const char *s = line;
        size_t sn = n;
        trim(&s, &sn);
        if (!sn || s[0] == '/' || s[0] == '#' || s[0] == ';' || s[0] == '~')
            continue;
        if (sn >= sizeof buf) { reject(&r, "%s", "option line longer than 511 bytes"); continue; }
        memcpy(buf, s, sn);
        buf[sn] = 0;
        if (wt_dict_apply_option(d, buf, r.file, r.lineno, diag) < 0)
            r.rejected++;
    }
    return r.rejected;
}

/* ------------------------------------------------------------ files */

typedef long (*reader_fn)(wt_dict *, const char *, const char *, size_t, wt_diag *);

static long load_with(wt_dict *d, const char *path, wt_diag *diag, reader_fn fn)
{
    size_t len;
    char *text = wt_read_file(path, &len);
    if (!text) {
        wt_diag_at(diag, WT_DIAG_ERROR, path, 0, "cannot read: %s", strerror(errno));
        return -1;
    }
    long r = fn(d, path, text, len, diag);
    free(text);
    return r;
}

long wt_dict_load_verbs(wt_dict *d, const char *path, wt_diag *diag) { return load_with(d, path, diag, wt_dict_read_verbs); }
long wt_dict_load_actors(wt_dict *d, const char *path, wt_diag *diag) { return load_with(d, path, diag, wt_dict_read_actors); }
long wt_dict_load_agents(wt_dict *d, const char *path, wt_diag *diag) { return load_with(d, path, diag, wt_dict_read_agents); }
long wt_dict_load_options(wt_dict *d, const char *path, wt_diag *diag) { return load_with(d, path, diag, wt_dict_read_options); }

long wt_dict_load_file(wt_dict *d, const char *path, wt_diag *diag)
{
    if (wt_has_suffix(path, ".verbs") || wt_has_suffix(path, ".verbs.txt"))
        return wt_dict_load_verbs(d, path, diag);
    if (wt_has_suffix(path, ".agents") || wt_has_suffix(path, ".agents.txt"))
        return wt_dict_load_agents(d, path, diag);
    if (wt_has_suffix(path, ".options") || wt_has_suffix(path, ".options.txt"))
        return wt_dict_load_options(d, path, diag);
    if (wt_has_suffix(path, ".actors") || wt_has_suffix(path, ".actors.txt"))
        return wt_dict_load_actors(d, path, diag);
    wt_diag_at(diag, WT_DIAG_ERROR, path, 0,
               "unknown dictionary type (expected .verbs, .actors, .agents or .options)");
    return -1;
}
