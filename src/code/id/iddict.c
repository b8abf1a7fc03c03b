/* iddict.c — reader and index for the Indonesian dictionaries (see iddict.h
 * and docs/dictionaries-id.md). */
#include "code/id/iddict.h"
#include "code/id/idcodes.h"
#include "util/file.h"

#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void id_dict_init(id_dict *d)
{
    memset(d, 0, sizeof *d);
    wt_arena_init(&d->arena, 64 * 1024);
    wt_strmap_init(&d->phrases);
    wt_strmap_init(&d->verbs);
    wt_strmap_init(&d->valid_codes);
    wt_strmap_init(&d->frame_preps);
    wt_strmap_init(&d->pronouns);
}

static void free_lists(wt_strmap *m)
{
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key && m->slots[i].value) {
            id_list *l = m->slots[i].value;
            free(l->items);
            free(l);
        }
}

void id_dict_free(id_dict *d)
{
    free_lists(&d->phrases);
    free_lists(&d->verbs);
    wt_strmap_free(&d->phrases);
    wt_strmap_free(&d->verbs);
    wt_strmap_free(&d->valid_codes);
    wt_strmap_free(&d->frame_preps);
    wt_strmap_free(&d->pronouns);
    wt_arena_free(&d->arena);
}

static void list_add(wt_strmap *m, const char *key, void *item)
{
    wt_strmap_slot *s = wt_strmap_put(m, key, strlen(key), NULL);
    id_list *l = s->value;
    if (!l) s->value = l = wt_xcalloc(1, sizeof *l);
    l->items = wt_vec_grow(l->items, &l->cap, l->len, sizeof *l->items);
    l->items[l->len++] = item;
}

const id_list *id_dict_phrases_for(const id_dict *d, const char *w, size_t n)
{
    return wt_strmap_get(&d->phrases, w, n);
}

const id_list *id_dict_verbs_for(const id_dict *d, const char *w, size_t n)
{
    return wt_strmap_get(&d->verbs, w, n);
}

const char *id_phrase_code(const id_phrase *p, int32_t date)
{
    /* Unknown date: the person's office is still the best guess of who
     * they are (the country rarely changes), so take the first restricted
     * code rather than nothing. */
    if (!date && p->ncodes > 1 && !(p->codes[0].from == 0 && p->codes[0].to == INT32_MAX))
        return p->codes[0].code[0] ? p->codes[0].code : NULL;
    if (!date && p->ncodes == 1) return p->codes[0].code[0] ? p->codes[0].code : NULL;
    for (uint16_t i = 0; i < p->ncodes; i++) {
        const id_code *c = &p->codes[i];
        int open = c->from == 0 && c->to == INT32_MAX;
        if (open) return c->code[0] ? c->code : NULL;
        if (date && date >= c->from && date <= c->to) return c->code[0] ? c->code : NULL;
    }
    return NULL;
}

/* ------------------------------------------------------------ parsing */

typedef struct reader {
    id_dict *d;
    const char *file;
    uint32_t line;
    wt_diag *diag;
    long rejected;
    /* actors: the entry being collected (phrases share its codes) */
    WT_VEC(id_phrase *) group;
    WT_VEC(id_code) codes;
    id_verb *verb;            /* verbs: the current root */
    int dropped;              /* actors: the entry was rejected; its synonyms go quietly */
} reader;

/* A --dict file's bad entries are warnings, the first ten shown: the
 * community files hold hundreds of lines no Indonesian text can match
 * (English macros, codes of their own). The caller prints the count. */
enum { FOREIGN_SHOWN = 10 };

static void reject(reader *r, const char *msg, const char *text)
{
    if (!r->d->foreign)
        wt_diag_at(r->diag, WT_DIAG_ERROR, r->file, r->line, "%s: %s", msg, text);
    else if (r->rejected < FOREIGN_SHOWN)
        wt_diag_at(r->diag, WT_DIAG_WARNING, r->file, r->line, "%s: %s (entry skipped)", msg, text);
    r->rejected++;
    r->d->n_rejected++;
}

static char *trim(char *s)
{
    while (*s && isspace((unsigned char)*s)) s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1])) *--e = '\0';
    return s;
}

/* Splits PHRASE_WORDS into lower-case words on `_` and blanks. Returns the
 * count; `*ends_exact` tells whether the phrase ended in `_`. */
static uint16_t split_words(reader *r, const char *s, size_t n, const char ***out, int *ends_exact)
{
    const char *tmp[32];
    uint16_t count = 0;
    size_t i = 0;
    if (ends_exact) *ends_exact = n > 0 && s[n - 1] == '_';
    while (i < n && count < 32) {
        while (i < n && (s[i] == '_' || s[i] == ' ' || s[i] == '\t')) i++;
        size_t j = i;
        while (j < n && s[j] != '_' && s[j] != ' ' && s[j] != '\t') j++;
        if (j > i) {
            char *w = wt_arena_strndup(&r->d->arena, s + i, j - i);
            for (char *p = w; *p; p++) *p = (char)tolower((unsigned char)*p);
            tmp[count++] = w;
        }
        i = j;
    }
    *out = wt_arena_alloc(&r->d->arena, (count ? count : 1) * sizeof **out);
    memcpy(*out, tmp, count * sizeof *tmp);
    return count;
}

/* TABARI dates: YYMMDD (00–30 → 20xx) or YYYYMMDD. */
static int32_t parse_date(const char *s, size_t n)
{
    if (n != 6 && n != 8) return -1;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return -1;
    long v = strtol(s, NULL, 10);
    if (n == 8) return (int32_t)v;
    long yy = v / 10000;
    return (int32_t)((yy <= 30 ? 2000 + yy : 1900 + yy) * 10000 + v % 10000);
}

/* One "[CODE restriction]" block's inside. */
static int parse_code_block(const char *s, size_t n, id_code *c)
{
    memset(c, 0, sizeof *c);
    c->from = 0;
    c->to = INT32_MAX;
    size_t i = 0;
    while (i < n && isspace((unsigned char)s[i])) i++;
    size_t cs = i;
    while (i < n && !isspace((unsigned char)s[i]) && s[i] != '<' && s[i] != '>') i++;
    size_t clen = i - cs;
    if (clen == 0 || clen >= sizeof c->code) return -1;
    if (!(clen == 3 && !memcmp(s + cs, "---", 3))) memcpy(c->code, s + cs, clen);
    while (i < n && isspace((unsigned char)s[i])) i++;
    if (i == n) return 0;
    char op = s[i];
    if (op == '<' || op == '>') {
        i++;
        while (i < n && isspace((unsigned char)s[i])) i++;
        size_t ds = i;
        while (i < n && isdigit((unsigned char)s[i])) i++;
        int32_t d = parse_date(s + ds, i - ds);
        if (d < 0) return -1;
        if (op == '<') c->to = d; else c->from = d;
    } else {
        size_t ds = i;
        while (i < n && isdigit((unsigned char)s[i])) i++;
        int32_t a = parse_date(s + ds, i - ds);
        if (i >= n || s[i] != '-' || a < 0) return -1;
        size_t es = ++i;
        while (i < n && isdigit((unsigned char)s[i])) i++;
        int32_t b = parse_date(s + es, i - es);
        if (b < 0) return -1;
        c->from = a;
        c->to = b;
    }
    while (i < n && isspace((unsigned char)s[i])) i++;
    return i == n ? 0 : -1;
}

/* With a code table (check-dict): is the code valid? Reports and counts
 * the rejection as file:line when it is not. */
static int valid_code(reader *r, const char *code, size_t n, int suffix)
{
    char why[160];
    if (!r->d->valid || (n == 3 && !memcmp(code, "---", 3)) || n == 0) return 1;
    if (id_codes_check(r->d->valid, code, n, suffix, why, sizeof why) == 0) return 1;
    reject(r, "invalid CAMEO code", why);
    return 0;
}

/* Reads every [..] block of s into r->codes; returns -1 on a malformed
 * one, -2 on a code the table rejects (already reported). */
static int read_codes(reader *r, const char *s)
{
    const char *p = s;
    while ((p = strchr(p, '['))) {
        const char *e = strchr(p, ']');
        if (!e) return -1;
        id_code c;
        if (parse_code_block(p + 1, (size_t)(e - p - 1), &c) < 0) return -1;
        if (!valid_code(r, c.code, strlen(c.code), 0)) return -2;
        *WT_VEC_PUSH(r->codes) = c;
        p = e + 1;
    }
    return 0;
}

/* Gives the collected phrases their codes: restricted codes first, then the
 * default (TABARI: the default must come last). */
static void flush_actor(reader *r)
{
    if (r->group.len && !r->codes.len) {
        r->line = r->group.items[0]->line;
        reject(r, "actor without a code", r->group.items[0]->name);
    } else if (r->group.len) {
        id_code *codes = wt_arena_alloc(&r->d->arena, r->codes.len * sizeof *codes);
        size_t k = 0;
        for (size_t i = 0; i < r->codes.len; i++)
            if (!(r->codes.items[i].from == 0 && r->codes.items[i].to == INT32_MAX)) codes[k++] = r->codes.items[i];
        for (size_t i = 0; i < r->codes.len; i++)
            if (r->codes.items[i].from == 0 && r->codes.items[i].to == INT32_MAX) codes[k++] = r->codes.items[i];
        for (size_t i = 0; i < r->group.len; i++) {
            id_phrase *p = r->group.items[i];
            p->codes = codes;
            p->ncodes = (uint16_t)k;
            list_add(&r->d->phrases, p->words[0], p);
            r->d->n_phrases++;
        }
        r->d->n_actors++;
    }
    r->group.len = 0;
    r->codes.len = 0;
}

static id_phrase *new_phrase(reader *r, const char *text, size_t n, int kind, const char *name)
{
    id_phrase *p = wt_arena_alloc(&r->d->arena, sizeof *p);
    p->nwords = split_words(r, text, n, &p->words, NULL);
    if (!p->nwords) return NULL;
    p->kind = (uint8_t)kind;
    p->name = name ? name : wt_arena_strndup(&r->d->arena, text, n);
    p->file = r->file;
    p->line = r->line;
    p->foreign = (uint8_t)(r->d->foreign != 0);
    return p;
}

static void actor_line(reader *r, char *raw, int indented)
{
    char *s = trim(raw);
    if (!r->group.len && r->dropped && (s[0] == '+' || (indented && s[0] == '['))) return;
    if (indented && s[0] == '[') {
        if (!r->group.len) reject(r, "code block without an actor", s);
        else if (read_codes(r, s) == -1) reject(r, "malformed code block", s);
        return;
    }
    if (s[0] == '+') {
        if (!r->group.len) { reject(r, "synonym without an actor", s); return; }
        char *b = strchr(s, '[');
        size_t n = b ? (size_t)(b - s - 1) : strlen(s + 1);
        while (n && isspace((unsigned char)s[n])) n--;
        id_phrase *p = new_phrase(r, s + 1, n, ID_ACTOR, r->group.items[0]->name);
        if (!p) { reject(r, "empty synonym", s); return; }
        *WT_VEC_PUSH(r->group) = p;
        if (b && read_codes(r, b) == -1) reject(r, "malformed code block", s);
        return;
    }
    flush_actor(r);
    r->dropped = 0;
    char *b = strchr(s, '[');
    size_t n = b ? (size_t)(b - s) : strlen(s);
    while (n && isspace((unsigned char)s[n - 1])) n--;
    id_phrase *p = new_phrase(r, s, n, ID_ACTOR, NULL);
    if (!p) { reject(r, "actor line without a phrase", s); return; }
    *WT_VEC_PUSH(r->group) = p;
    int rc = b ? read_codes(r, b) : 0;
    if (rc == -1) reject(r, "malformed code block", s);
    if (rc < 0) { r->group.len = 0; r->codes.len = 0; r->dropped = 1; }
}

static void agent_line(reader *r, char *raw)
{
    char *s = trim(raw);
    char *b = strchr(s, '[');
    char *e = b ? strchr(b, ']') : NULL;
    if (!b || !e) { reject(r, "agent without [~CODE]", s); return; }
    size_t n = (size_t)(b - s);
    char *brace = memchr(s, '{', n);   /* {plurals}: Indonesian plurals are grammar */
    if (brace) n = (size_t)(brace - s);
    while (n && isspace((unsigned char)s[n - 1])) n--;
    id_phrase *p = new_phrase(r, s, n, ID_AGENT, NULL);
    if (!p) { reject(r, "agent line without a phrase", s); return; }
    const char *c = b + 1;
    while (c < e && isspace((unsigned char)*c)) c++;
    size_t cl = (size_t)(e - c);
    while (cl && isspace((unsigned char)c[cl - 1])) cl--;
    p->agent_suffix = cl > 0 && c[0] == '~';
    if (p->agent_suffix) { c++; cl--; }
    if (cl == 0 || cl >= sizeof p->codes[0].code || memchr(c, '~', cl)) {
        reject(r, "malformed agent code", s);
        return;
    }
    if (!valid_code(r, c, cl, p->agent_suffix)) return;
    p->codes = wt_arena_alloc(&r->d->arena, sizeof *p->codes);
    memcpy(p->codes[0].code, c, cl);
    p->codes[0].to = INT32_MAX;
    p->ncodes = 1;
    list_add(&r->d->phrases, p->words[0], p);
    r->d->n_phrases++;
    r->d->n_agents++;
}

static int parse_event_code(const char *s, char out[8])
{
    const char *b = strrchr(s, '[');
    const char *e = b ? strchr(b, ']') : NULL;
    if (!b || !e) return -1;
    b++;
    while (b < e && isspace((unsigned char)*b)) b++;
    size_t n = 0;
    while (b + n < e && (isdigit((unsigned char)b[n]) || b[n] == '-')) n++;
    memset(out, 0, 8);
    if (n == 3 && !memcmp(b, "---", 3)) return 0;
    if (n < 3 || n > 4) return -1;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)b[i])) return -1;
    memcpy(out, b, n);
    return 0;
}

/* A code the table does not list (only when a table was loaded). */
static int unknown_code(const reader *r, const char *code)
{
    return r->d->have_codes && code[0] && !wt_strmap_get(&r->d->valid_codes, code, strlen(code));
}

/* The clause roles a frame may name; any other value is a preposition. */
static const char *const slot_roles[] = {NULL, "subj", "obj", "agent", NULL, "none"};

/* Slot of the value s[0..n): a role, or a preposition (its spelling
 * interned in *prep). -1 when it is neither. */
static int slot_of(id_dict *d, const char *s, size_t n, const char **prep)
{
    for (size_t i = 1; i < sizeof slot_roles / sizeof *slot_roles; i++)
        if (slot_roles[i] && strlen(slot_roles[i]) == n && !strncmp(slot_roles[i], s, n)) return (int)i;
    if (n == 0 || n > 32) return -1;
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'a' || s[i] > 'z') return -1;
    if (d->frame_preps.count && !wt_strmap_get(&d->frame_preps, s, n)) return -1;
    *prep = wt_arena_strndup(&d->arena, s, n);
    return ID_SLOT_PREP;
}

/* The frame annotations after the code: `@src=SLOT @tgt=SLOT`. Returns -1
 * on anything else after the `]`. */
static int parse_frame(id_dict *d, const char *after, id_frame *f)
{
    memset(f, 0, sizeof *f);
    const char *p = after;
    for (;;) {
        while (*p && isspace((unsigned char)*p)) p++;
        if (!*p) return 0;
        if (*p != '@') return -1;
        const char *k = ++p;
        while (*p && *p != '=' && !isspace((unsigned char)*p)) p++;
        if (*p != '=') return -1;
        size_t kn = (size_t)(p - k);
        const char *v = ++p;
        while (*p && !isspace((unsigned char)*p)) p++;
        const char *prep = NULL;
        int slot = slot_of(d, v, (size_t)(p - v), &prep);
        if (slot < 0) return -1;
        if (kn == 3 && !strncmp(k, "src", 3)) { f->src = (uint8_t)slot; f->src_prep = prep; }
        else if (kn == 3 && !strncmp(k, "tgt", 3)) { f->tgt = (uint8_t)slot; f->tgt_prep = prep; }
        else return -1;
    }
}

static uint16_t parse_flags(const char *f, size_t n)
{
    uint16_t v = 0;
    for (size_t i = 0; i < n; i++) {
        switch (toupper((unsigned char)f[i])) {
        case 'M': v |= ID_AF_MEN; break;
        case 'D': v |= ID_AF_DI; break;
        case 'T': v |= ID_AF_TER; break;
        case 'B': v |= ID_AF_BER; break;
        case 'N': v |= ID_AF_NOM; break;
        case 'K': v |= ID_AF_KE; break;
        case '0': v |= ID_AF_BARE; break;
        case 'R': v |= ID_VF_RECIPROCAL; break;
        default: return 0xffff;
        }
    }
    if (!(v & ID_AF_ALL)) v |= ID_AF_ALL;   /* only R given: any form */
    return v;
}

static id_verb *add_verb(reader *r, const char *phrase, size_t n, uint16_t flags,
                         const char *code, const char *name)
{
    id_verb *v = wt_arena_alloc(&r->d->arena, sizeof *v);
    int exact = 0;
    v->nwords = split_words(r, phrase, n, &v->words, &exact);
    if (!v->nwords) return NULL;
    v->surface = (uint8_t)exact;
    v->flags = flags;
    memcpy(v->code, code, 8);
    v->name = name ? name : wt_arena_strndup(&r->d->arena, phrase, n);
    v->file = r->file;
    v->line = r->line;
    list_add(&r->d->verbs, v->words[0], v);
    r->d->n_verbs++;
    return v;
}

static void pattern_line(reader *r, char *s)
{
    if (!r->verb) { reject(r, "pattern without a verb", s); return; }
    char code[8];
    if (parse_event_code(s, code) < 0) { reject(r, "pattern without a valid [code]", s); return; }
    if (unknown_code(r, code)) { reject(r, "unknown CAMEO code", s); return; }
    char *star = strchr(s, '*');
    char *b = strrchr(s, '[');
    if (!star || star > b) { reject(r, "pattern without `*`", s); return; }
    id_frame frame;
    if (parse_frame(r->d, strchr(b, ']') + 1, &frame) < 0) { reject(r, "malformed frame (@src=SLOT @tgt=SLOT)", s); return; }
    const char **words;
    uint16_t nw = split_words(r, star + 1, (size_t)(b - star - 1), &words, NULL);
    if (!nw) { reject(r, "pattern without words after `*`", s); return; }
    for (const char *q = star + 1; q < b; q++)
        if (strchr("*[]{}@", *q)) { reject(r, "malformed pattern", s); return; }
    id_verb *v = r->verb;
    if (v->npats >= v->patcap) {  /* forms share their root's array: patcap 0 */
        /* The array lives in the arena, which frees nothing until the
         * dictionary goes: grow it by doubling so a verb with hundreds of
         * patterns costs twice its final size, not the square of it (one
         * array per pattern added once took 34 MB for 8,000 patterns). */
        if (v->npats >= 32768u) { reject(r, "too many patterns for one verb", s); return; }
        uint16_t cap = v->npats ? (uint16_t)(v->npats * 2u) : 4u;
        id_pattern *np = wt_arena_alloc(&r->d->arena, (size_t)cap * sizeof *np);
        if (v->npats) memcpy(np, v->pats, v->npats * sizeof *np);
        v->pats = np;
        v->patcap = cap;
    }
    id_pattern *p = &v->pats[v->npats];
    p->words = words;
    p->nwords = nw;
    memcpy(p->code, code, 8);
    p->frame = frame;
    p->text = wt_arena_strdup(&r->d->arena, s);
    p->line = r->line;
    v->npats++;
    r->d->n_patterns++;
}

/* { FORM_ FORM_ }: surface forms selecting the current root (or, before any
 * root, the root on the next line: TABARI puts forms after the root, the
 * Indonesian file may put them before an entry they belong to). */
static void forms_line(reader *r, char *s)
{
    char *e = strchr(s, '}');
    if (!e) { reject(r, "unclosed { forms }", s); return; }
    *e = '\0';
    char *p = s + 1;
    while (*p) {
        while (*p && isspace((unsigned char)*p)) p++;
        char *w = p;
        while (*p && !isspace((unsigned char)*p)) p++;
        if (p == w) break;
        char save = *p;
        *p = '\0';
        size_t n = strlen(w);
        if (n && w[n - 1] != '_') { w[n] = '_'; w[n + 1] = '\0'; n++; }  /* forms are surface */
        if (r->verb) {
            id_verb *v = add_verb(r, w, n, ID_AF_ALL, r->verb->code, r->verb->name);
            if (v) {
                v->pats = r->verb->pats;
                v->npats = r->verb->npats;
                v->flags |= r->verb->flags & ID_VF_RECIPROCAL;
                v->frame = r->verb->frame;
            }
        } else {
            reject(r, "forms before any verb", w);
        }
        *p = save;
        if (save) p++;
    }
}

static void verb_line(reader *r, char *raw)
{
    char *s = trim(raw);
    if (s[0] == '-') { pattern_line(r, s + 1); return; }
    if (s[0] == '{') { forms_line(r, s); return; }
    if (s[0] == '<') return;   /* <SYNSETS>/<TIME> blocks are not used by the Indonesian coder */
    char code[8];
    if (parse_event_code(s, code) < 0) { reject(r, "verb without a valid [code]", s); r->verb = NULL; return; }
    if (unknown_code(r, code)) { reject(r, "unknown CAMEO code", s); r->verb = NULL; return; }
    char *b = strrchr(s, '[');
    id_frame frame;
    if (parse_frame(r->d, strchr(b, ']') + 1, &frame) < 0) {
        reject(r, "malformed frame (@src=SLOT @tgt=SLOT)", s);
        r->verb = NULL;
        return;
    }
    size_t n = (size_t)(b - s);
    while (n && isspace((unsigned char)s[n - 1])) n--;
    uint16_t flags = ID_AF_ALL;
    char *slash = memchr(s, '/', n);
    size_t pn = n;
    if (slash) {
        flags = parse_flags(slash + 1, (size_t)(s + n - slash - 1));
        if (flags == 0xffff) { reject(r, "unknown affix flag", s); r->verb = NULL; return; }
        pn = (size_t)(slash - s);
    }
    r->verb = add_verb(r, s, pn, flags, code, NULL);
    if (!r->verb) { reject(r, "verb line without a root", s); return; }
    r->verb->frame = frame;
    r->verb->headword = 1;
    /* A root written with its forms after it gets the patterns that follow:
     * forms share the pattern array pointer, refreshed on each new pattern
     * by re-pointing below (see refresh_forms). */
}

/* Forms added before a root's patterns were read share a stale pattern
 * array; after the file is read, every surface form takes the patterns of
 * the root (same name, same file) it was declared for. */
static void refresh_forms(id_dict *d)
{
    for (size_t i = 0; i < d->verbs.cap; i++) {
        id_list *l = d->verbs.slots[i].key ? d->verbs.slots[i].value : NULL;
        if (!l) continue;
        for (size_t k = 0; k < l->len; k++) {
            id_verb *v = l->items[k];
            if (!v->surface || v->npats) continue;
            /* look the root up by the first word of its name */
            char w[64];
            size_t j = 0;
            while (v->name[j] && v->name[j] != '_' && v->name[j] != '/' && j < sizeof w - 1) {
                w[j] = (char)tolower((unsigned char)v->name[j]);
                j++;
            }
            w[j] = '\0';
            const id_list *rl = wt_strmap_get(&d->verbs, w, j);
            for (size_t m = 0; rl && m < rl->len; m++) {
                id_verb *root = rl->items[m];
                if (root != v && root->name == v->name && root->npats) {
                    v->pats = root->pats;
                    v->npats = root->npats;
                }
            }
        }
    }
}

long id_dict_read(id_dict *d, const char *name, const char *text, size_t len,
                  int kind, wt_diag *diag)
{
    reader r;
    memset(&r, 0, sizeof r);
    r.d = d;
    r.file = wt_arena_strdup(&d->arena, name);
    r.diag = diag;
    size_t pos = 0;
    char *line = NULL;
    size_t cap = 0;
    while (pos < len) {
        size_t e = pos;
        while (e < len && text[e] != '\n') e++;
        size_t n = e - pos;
        if (n + 3 > cap) { cap = n + 64; line = wt_xrealloc(line, cap); }
        memcpy(line, text + pos, n);
        line[n] = '\0';
        pos = e + 1;
        r.line++;
        char *semi = strchr(line, ';');
        if (semi) *semi = '\0';
        /* PETRARCH files comment with `#` and define !MACRO! word sets,
         * which name English inflections: such entries are left out */
        if (d->foreign) {
            char *hash = strchr(line, '#');
            if (hash) *hash = '\0';
            if (strchr(line, '!')) {
                if (*trim(line)) reject(&r, "PETRARCH macro, not read", trim(line));
                continue;
            }
        }
        int indented = line[0] == ' ' || line[0] == '\t';
        char *s = trim(line);
        if (!*s) continue;
        if (kind == ID_FILE_ACTORS) actor_line(&r, line, indented);
        else if (kind == ID_FILE_AGENTS) agent_line(&r, s);
        else verb_line(&r, s);
    }
    if (kind == ID_FILE_ACTORS) flush_actor(&r);
    WT_VEC_FREE(r.group);
    WT_VEC_FREE(r.codes);
    free(line);
    return r.rejected;
}

static int kind_of(const char *path)
{
    if (wt_has_suffix(path, ".actors")) return ID_FILE_ACTORS;
    if (wt_has_suffix(path, ".agents")) return ID_FILE_AGENTS;
    if (wt_has_suffix(path, ".verbs")) return ID_FILE_VERBS;
    return 0;
}

long id_dict_load(id_dict *d, const char *path, wt_diag *diag)
{
    int kind = kind_of(path);
    if (!kind) {
        wt_diag_at(diag, WT_DIAG_ERROR, path, 0, "not a .actors, .agents or .verbs file");
        return -1;
    }
    size_t len;
    char *text = wt_read_file(path, &len);
    if (!text) {
        wt_diag_at(diag, WT_DIAG_ERROR, path, 0, "cannot read dictionary");
        return -1;
    }
    long n = id_dict_read(d, path, text, len, kind, diag);
    free(text);
    return n;
}

long id_dict_load_foreign(id_dict *d, const char *path, wt_diag *diag)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    int kind = strstr(base, "agents") || strstr(base, "Agents") ? ID_FILE_AGENTS
               : strstr(base, "actors") || strstr(base, "Actors") ? ID_FILE_ACTORS : 0;
    if (!kind) return 0;
    size_t len;
    char *text = wt_read_file(path, &len);
    if (!text) {
        wt_diag_at(diag, WT_DIAG_ERROR, path, 0, "cannot read dictionary");
        return -1;
    }
    d->foreign = 1;
    long n = id_dict_read(d, path, text, len, kind, diag);
    d->foreign = 0;
    free(text);
    if (n > FOREIGN_SHOWN)
        wt_diag_at(diag, WT_DIAG_WARNING, path, 0, "%ld entries skipped in all (%ld more not shown)", n,
                   n - FOREIGN_SHOWN);
    return n;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

long id_dict_load_dir(id_dict *d, const char *dir, wt_diag *diag)
{
    DIR *dh = opendir(dir);
    if (!dh) return -1;
    char *slots = wt_path_join(dir, "frame-slots.txt");
    if (!access(slots, R_OK)) id_dict_load_frame_slots(d, slots, diag);
    free(slots);
    char *pron = wt_path_join(dir, "pronouns.txt");
    if (!access(pron, R_OK)) id_dict_load_pronouns(d, pron, diag);
    free(pron);
    WT_VEC(char *) names = {0};
    struct dirent *de;
    while ((de = readdir(dh)))
        if (kind_of(de->d_name)) *WT_VEC_PUSH(names) = wt_xstrdup(de->d_name);
    closedir(dh);
    if (names.len) qsort(names.items, names.len, sizeof *names.items, cmp_str);
    long files = 0;
    for (size_t i = 0; i < names.len; i++) {
        char *p = wt_path_join(dir, names.items[i]);
        if (id_dict_load(d, p, diag) >= 0) files++;
        free(p);
        free(names.items[i]);
    }
    WT_VEC_FREE(names);
    return files;
}

static size_t phrase_letters(const char **w, uint16_t n)
{
    size_t k = 0;
    for (uint16_t i = 0; i < n; i++) k += strlen(w[i]) + 1;
    return k;
}

static int cmp_phrase(const void *a, const void *b)
{
    const id_phrase *x = *(id_phrase *const *)a, *y = *(id_phrase *const *)b;
    size_t lx = phrase_letters(x->words, x->nwords), ly = phrase_letters(y->words, y->nwords);
    if (lx != ly) return lx < ly ? 1 : -1;
    /* the same length: warta's own entry before a --dict one, so that on
     * the same words its code wins */
    return (int)x->foreign - (int)y->foreign;
}

static int cmp_verb(const void *a, const void *b)
{
    const id_verb *x = *(id_verb *const *)a, *y = *(id_verb *const *)b;
    size_t lx = phrase_letters(x->words, x->nwords), ly = phrase_letters(y->words, y->nwords);
    return lx < ly ? 1 : lx > ly ? -1 : 0;
}

void id_dict_sort_phrases(id_dict *d)
{
    for (size_t i = 0; i < d->phrases.cap; i++) {
        id_list *l = d->phrases.slots[i].key ? d->phrases.slots[i].value : NULL;
        if (l) qsort(l->items, l->len, sizeof *l->items, cmp_phrase);
    }
}

void id_dict_finish(id_dict *d)
{
    refresh_forms(d);
    for (size_t i = 0; i < d->phrases.cap; i++) {
        id_list *l = d->phrases.slots[i].key ? d->phrases.slots[i].value : NULL;
        if (l) qsort(l->items, l->len, sizeof *l->items, cmp_phrase);
    }
    for (size_t i = 0; i < d->verbs.cap; i++) {
        id_list *l = d->verbs.slots[i].key ? d->verbs.slots[i].value : NULL;
        if (l) qsort(l->items, l->len, sizeof *l->items, cmp_verb);
    }
    /* patterns: longest first */
    for (size_t i = 0; i < d->verbs.cap; i++) {
        id_list *l = d->verbs.slots[i].key ? d->verbs.slots[i].value : NULL;
        for (size_t k = 0; l && k < l->len; k++) {
            id_verb *v = l->items[k];
            for (uint16_t a = 1; a < v->npats; a++)
                for (uint16_t b = a; b > 0 && v->pats[b].nwords > v->pats[b - 1].nwords; b--) {
                    id_pattern t = v->pats[b];
                    v->pats[b] = v->pats[b - 1];
                    v->pats[b - 1] = t;
                }
        }
    }
}

/* ------------------------------------------------------------ checks */

long id_dict_load_codes(id_dict *d, const char *tsv, wt_diag *diag)
{
    size_t len;
    char *text = wt_read_data_file(tsv, &len, diag, "CAMEO code table");
    if (!text) return -1;
    long n = 0;
    for (char *line = text; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl) *nl = '\0';
        size_t k = strcspn(line, "\t \r");
        if (line[0] != '#' && k >= 2 && k <= 4) {
            wt_strmap_put(&d->valid_codes, line, k, NULL)->value = (void *)1;
            n++;
        }
        line = nl ? nl + 1 : NULL;
    }
    free(text);
    d->have_codes = n > 0;
    return n;
}

long id_dict_load_frame_slots(id_dict *d, const char *path, wt_diag *diag)
{
    size_t len;
    char *text = wt_read_data_file(path, &len, diag, "frame prepositions");
    if (!text) return -1;
    long n = 0;
    for (char *line = text; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl) *nl = '\0';
        size_t k = strcspn(line, "\t \r#");
        if (k > 0) {
            wt_strmap_put(&d->frame_preps, line, k, NULL)->value = (void *)1;
            n++;
        }
        line = nl ? nl + 1 : NULL;
    }
    free(text);
    return n;
}

long id_dict_read_pronouns(id_dict *d, const char *name, const char *data, size_t len, wt_diag *diag)
{
    static const char *const KINDS[] = { "", "person", "side", "group", "group-def", "demonstrative", "place",
                                         "side-of", "naming", "naming-after", NULL };
    long n = 0;
    size_t lineno = 0, pos = 0;
    while (pos < len) {
        size_t e = pos;
        while (e < len && data[e] != '\n') e++;
        char line[256];
        size_t k = e - pos < sizeof line - 1 ? e - pos : sizeof line - 1;
        memcpy(line, data + pos, k);
        line[k] = '\0';
        pos = e + 1;
        lineno++;
        char *hash = strchr(line, '#');
        if (hash) *hash = '\0';
        char word[64], kind[32];
        int got = sscanf(line, "%63s %31s", word, kind);
        if (got == 2) {
            int ki = 1;
            while (KINDS[ki] && strcmp(KINDS[ki], kind)) ki++;
            if (!KINDS[ki]) {
                wt_diag_at(diag, WT_DIAG_ERROR, name, lineno,
                           "unknown pronoun kind '%s' (person, side, group, group-def, demonstrative, place, "
                           "side-of, naming, naming-after)", kind);
            } else {
                for (char *p = word; *p; p++) *p = (char)tolower((unsigned char)*p);
                wt_strmap_put(&d->pronouns, word, strlen(word), NULL)->value = (void *)(intptr_t)ki;
                n++;
            }
        } else if (got == 1) {
            wt_diag_at(diag, WT_DIAG_ERROR, name, lineno, "pronoun '%s' without a kind", word);
        }
    }
    return n;
}

long id_dict_load_pronouns(id_dict *d, const char *path, wt_diag *diag)
{
    size_t len;
    char *text = wt_read_data_file(path, &len, diag, "pronoun table");
    if (!text) return -1;
    long n = id_dict_read_pronouns(d, path, text, len, diag);
    free(text);
    return n;
}

int id_dict_pronoun(const id_dict *d, const char *w)
{
    return (int)(intptr_t)wt_strmap_get(&d->pronouns, w, strlen(w));
}

/* The key of one form of an entry: its words joined by `_`, a `_` more for
 * a surface form, and (cls >= 0) the affix class. Words that do not fit
 * are cut: a key only has to tell entries apart. */
static void form_key(const id_verb *v, int cls, char *out, size_t cap)
{
    size_t k = 0;
    out[0] = '\0';
    for (uint16_t i = 0; i < v->nwords && k + 1 < cap; i++) {
        int n = snprintf(out + k, cap - k, "%s%s", i ? "_" : "", v->words[i]);
        k = n < 0 || (size_t)n >= cap - k ? cap - 1 : k + (size_t)n;
    }
    if (v->surface && k + 1 < cap) out[k++] = '_', out[k] = '\0';
    if (cls >= 0 && k + 1 < cap) snprintf(out + k, cap - k, "/%d", cls);
}

/* Entries and forms in file order (file, line), so the later one is blamed. */
static int cmp_entry(const void *a, const void *b)
{
    const id_verb *x = *(id_verb *const *)a, *y = *(id_verb *const *)b;
    int c = strcmp(x->file, y->file);
    if (c) return c;
    return x->line < y->line ? -1 : x->line > y->line ? 1 : (x->headword < y->headword) - (x->headword > y->headword);
}

static const char *code_or_none(const char *c) { return c[0] ? c : "---"; }

long id_dict_check_conflicts(const id_dict *d, wt_diag *diag)
{
    WT_VEC(id_verb *) all = {0};
    for (size_t i = 0; i < d->verbs.cap; i++) {
        id_list *l = d->verbs.slots[i].key ? d->verbs.slots[i].value : NULL;
        for (size_t k = 0; l && k < l->len; k++) *WT_VEC_PUSH(all) = l->items[k];
    }
    if (all.len) qsort(all.items, all.len, sizeof *all.items, cmp_entry);
    wt_strmap seen;
    wt_strmap_init(&seen);
    long bad = 0;
    char key[256];
    for (size_t i = 0; i < all.len; i++) {
        const id_verb *v = all.items[i];
        for (int cls = 0; cls < 7; cls++) {
            if (!(v->flags & (1u << cls))) continue;
            if (v->surface && cls) break;        /* a surface form is one form */
            form_key(v, cls, key, sizeof key);
            wt_strmap_slot *s = wt_strmap_put(&seen, key, strlen(key), NULL);
            const id_verb *o = s->value;
            if (!o) { s->value = (void *)v; continue; }
            if (strcmp(o->code, v->code)) {
                wt_diag_at(diag, WT_DIAG_ERROR, v->file, v->line,
                           "%s [%s] conflicts with %s [%s] at %s:%u (same form, two codes)", v->name,
                           code_or_none(v->code), o->name, code_or_none(o->code), o->file, o->line);
                bad++;
                break;
            }
        }
        /* one entry's patterns: the same words with two codes */
        if (!v->headword) continue;
        for (uint16_t a = 0; a < v->npats; a++)
            for (uint16_t b = 0; b < a; b++) {
                const id_pattern *p = &v->pats[a], *q = &v->pats[b];
                if (p->nwords != q->nwords || !strcmp(p->code, q->code)) continue;
                uint16_t w = 0;
                while (w < p->nwords && !strcmp(p->words[w], q->words[w])) w++;
                if (w < p->nwords) continue;
                const id_pattern *later = p->line > q->line ? p : q, *first = later == p ? q : p;
                wt_diag_at(diag, WT_DIAG_ERROR, v->file, later->line,
                           "pattern '%s' conflicts with '%s' at line %u (same words, two codes)", later->text,
                           first->text, first->line);
                bad++;
            }
    }
    wt_strmap_free(&seen);
    WT_VEC_FREE(all);
    return bad;
}

void id_dict_lexicon_stats(const id_dict *d, size_t *lemmas, size_t *patterns, size_t *codes)
{
    wt_strmap heads, seen_codes;
    wt_strmap_init(&heads);
    wt_strmap_init(&seen_codes);
    size_t np = 0;
    char key[256];
    for (size_t i = 0; i < d->verbs.cap; i++) {
        id_list *l = d->verbs.slots[i].key ? d->verbs.slots[i].value : NULL;
        for (size_t k = 0; l && k < l->len; k++) {
            const id_verb *v = l->items[k];
            if (!v->headword) continue;      /* {FORM_}s belong to their root */
            form_key(v, -1, key, sizeof key);
            wt_strmap_put(&heads, key, strlen(key), NULL);
            if (v->code[0]) wt_strmap_put(&seen_codes, v->code, strlen(v->code), NULL);
            np += v->npats;
            for (uint16_t p = 0; p < v->npats; p++)
                if (v->pats[p].code[0]) wt_strmap_put(&seen_codes, v->pats[p].code, strlen(v->pats[p].code), NULL);
        }
    }
    *lemmas = heads.count;
    *patterns = np;
    *codes = seen_codes.count;
    wt_strmap_free(&heads);
    wt_strmap_free(&seen_codes);
}
