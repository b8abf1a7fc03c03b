/* coder.c — TABARI's shallow-parse coding algorithm over wt_ctok tokens.
 *
 * The steps follow coder.h (and the TABARI manual, chapters 5–7). Units:
 * after classification every token belongs to one unit — an actor phrase,
 * an agent, a verb root, a noun, a plain word, a comma, a conjunction — and
 * the later steps (agents, compounds, pronouns, comma clauses, clauses,
 * patterns) work on units and tokens together. */
#include "code/coder.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define MAX_MATCHES 12      /* dictionary words one text word may match */
#define MAX_GAP 6           /* words skipped inside a blank-joined phrase */
#define MAX_EVENTS 64

static const char *const en_conj[] = { "AND", "BUT", "OR", "NOR", NULL };
static const char *const en_compound_conj[] = { "AND", NULL };
static const char *const en_det[] = { "THE", "A", "AN", NULL };
static const char *const en_passive[] = { "WAS", "WERE", "BEEN", NULL };
static const char *const en_by[] = { "BY", NULL };
static const char *const en_pron_first[] = { "HE", "SHE", "IT", NULL };
static const char *const en_pron_prior[] = { "ITS", "HIS", "HER", NULL };
static const char *const en_pron_plural[] = { "THEY", "THEM", "THEIR", NULL };
static const char *const en_preps[] = { "OF", "IN", NULL };
static const char *const en_former[] = { "FORMER", NULL };

const wt_lang_rules wt_lang_rules_en = {
    en_conj, en_compound_conj, en_det, en_passive, en_by,
    en_pron_first, en_pron_prior, en_pron_plural, en_preps, en_former,
};

enum ukind { U_WORD = 0, U_ACTOR, U_AGENT, U_NOUN, U_ADJ, U_VERB, U_TIME, U_NULL,
             U_COMMA, U_CONJ, U_PUNCT, U_PRONOUN };

typedef struct unit {
    uint8_t kind;
    uint8_t deleted;         /* inside a dropped comma clause */
    uint8_t in_compound;     /* CONJ/COMMA joining a compound: no clause break */
    int32_t first, last;     /* tokens */
    const wt_entry *entry;
    char code[48];           /* actor code, agents joined */
    int32_t group;           /* compound group (index of its first unit), -1 */
    int32_t ref;             /* pronoun: the unit it stands for */
} unit;

struct wt_coder {
    const wt_dict *dict;
    const wt_lang_rules *rules;
    wt_coder_options opts;
    /* per sentence scratch */
    const wt_ctok *toks;
    size_t n;
    int32_t date;
    WT_VEC(wt_word_match) matches;  /* MAX_MATCHES per token */
    WT_VEC(uint8_t) nmatch;
    WT_VEC(unit) units;
    WT_VEC(int32_t) tok_unit;
    /* the vocabulary ids seen in the sentence, one bit each: a pattern
     * whose words are not all there is skipped without matching */
    uint64_t *seen;
    size_t seen_words, prev_n;
};

void wt_code_result_init(wt_code_result *r) { memset(r, 0, sizeof *r); }
void wt_code_result_free(wt_code_result *r) { WT_VEC_FREE(r->events); }

wt_coder *wt_coder_new(const wt_dict *dict, const wt_lang_rules *rules)
{
    wt_coder *c = wt_xcalloc(1, sizeof *c);
    c->dict = dict;
    c->rules = rules ? rules : &wt_lang_rules_en;
    c->opts = dict->opts;
    c->seen_words = dict->words.len;
    c->seen = wt_xcalloc(c->seen_words / 64 + 1, sizeof *c->seen);
    return c;
}

void wt_coder_free(wt_coder *c)
{
    if (!c) return;
    WT_VEC_FREE(c->matches);
    WT_VEC_FREE(c->nmatch);
    WT_VEC_FREE(c->units);
    WT_VEC_FREE(c->tok_unit);
    free(c->seen);
    free(c);
}

wt_coder_options *wt_coder_options_mut(wt_coder *c) { return &c->opts; }

/* ------------------------------------------------------------ helpers */

static int in_list(const char *const *list, const wt_ctok *t)
{
    if (!list) return 0;
    for (int i = 0; list[i]; i++)
        if (strlen(list[i]) == t->len && !memcmp(list[i], t->form, t->len))
            return 1;
    return 0;
}

static int is_word(const wt_ctok *t) { return !(t->flags & (WT_CT_COMMA | WT_CT_PUNCT)); }

static const wt_word_match *tok_matches(const wt_coder *c, size_t i, size_t *nm)
{
    *nm = c->nmatch.items[i];
    return &c->matches.items[i * MAX_MATCHES];
}

static int elem_accepts_tok(const wt_coder *c, const wt_pelem *e, size_t t)
{
    if (!is_word(&c->toks[t]))
        return 0;
    size_t nm;
    const wt_word_match *m = tok_matches(c, t, &nm);
    return wt_pelem_accepts(e, m, nm);
}

/* Matches entry words 1.. after the first at token i; returns the last
 * token or -1. Blank-joined words may skip a few words (not commas). */
static long match_entry_rest(const wt_coder *c, const wt_entry *e, size_t i)
{
    size_t pos = i;
    for (uint32_t k = 1; k < e->nwords; k++) {
        const wt_pelem *el = &e->words[k];
        size_t t = pos + 1, lim = el->adjacent ? pos + 1 : pos + 1 + MAX_GAP;
        int found = 0;
        for (; t < c->n && t <= lim; t++) {
            if (!is_word(&c->toks[t]))
                break;
            if (elem_accepts_tok(c, el, t)) { found = 1; break; }
        }
        if (!found)
            return -1;
        pos = t;
    }
    return (long)pos;
}

static unit *add_unit(wt_coder *c, int kind, size_t first, size_t last)
{
    unit *u = WT_VEC_PUSH(c->units);
    u->kind = (uint8_t)kind;
    u->first = (int32_t)first;
    u->last = (int32_t)last;
    u->group = -1;
    u->ref = -1;
    for (size_t t = first; t <= last; t++)
        c->tok_unit.items[t] = (int32_t)(c->units.len - 1);
    return u;
}

/* ------------------------------------------------------------ 1. classify */

static int classify(wt_coder *c, wt_code_result *out)
{
    const wt_dict *d = c->dict;
    size_t i = 0;
    while (i < c->n) {
        const wt_ctok *t = &c->toks[i];
        if (t->flags & WT_CT_COMMA) { add_unit(c, U_COMMA, i, i); i++; continue; }
        if (t->flags & WT_CT_PUNCT) { add_unit(c, U_PUNCT, i, i); i++; continue; }
        const wt_entry *best = NULL;
        long best_end = -1;
        size_t nm;
        const wt_word_match *m = tok_matches(c, i, &nm);
        for (size_t k = 0; k < nm; k++) {
            const wt_word *w = d->words.items[m[k].word];
            for (size_t j = 0; j < w->first.len; j++) {
                const wt_entry *e = w->first.items[j];
                if (best && (e->length < best->length ||
                             (e->length == best->length && e->seq > best->seq)))
                    break;
                if (!wt_pelem_accepts(&e->words[0], m, nm))
                    continue;
                int possible = 1;     /* every word must occur in the sentence */
                for (uint32_t q = 1; q < e->nwords && possible; q++)
                    if (!(c->seen[e->words[q].word >> 6] & (1ull << (e->words[q].word & 63))))
                        possible = 0;
                if (!possible)
                    continue;
                long end = e->nwords == 1 ? (long)i : match_entry_rest(c, e, i);
                if (end < 0)
                    continue;
                best = e;
                best_end = end;
                break;        /* the list is sorted: the first hit is this word's best */
            }
        }
        if (!best) {
            int kind = in_list(c->rules->conjunctions, t) ? U_CONJ : U_WORD;
            if (in_list(c->rules->pron_first, t) || in_list(c->rules->pron_prior, t) ||
                in_list(c->rules->pron_plural, t))
                kind = U_PRONOUN;
            add_unit(c, kind, i, i);
            i++;
            continue;
        }
        unit *u;
        switch (best->kind) {
        case WT_E_ACTOR: {
            const wt_actor_code *ac = wt_actor_code_for_date(best->u.actor, c->date);
            u = add_unit(c, U_ACTOR, i, (size_t)best_end);
            u->entry = best;
            if (!ac || ac->special == WT_CODE_NULL) {
                u->kind = U_NULL;
            } else if (ac->special == WT_CODE_DISCARD) {
                out->reason = "discard code on an actor";
                return WT_CS_DISCARD;
            } else if (ac->special == WT_CODE_COMPLEX) {
                out->reason = "complex code on an actor";
                return WT_CS_COMPLEX;
            } else {
                snprintf(u->code, sizeof u->code, "%s", ac->code);
            }
            break;
        }
        case WT_E_AGENT:
            u = add_unit(c, U_AGENT, i, (size_t)best_end);
            u->entry = best;
            if (best->u.agent->special)
                u->kind = U_NULL;
            break;
        case WT_E_NOUN: u = add_unit(c, U_NOUN, i, (size_t)best_end); u->entry = best; break;
        case WT_E_ADJ: u = add_unit(c, U_ADJ, i, (size_t)best_end); u->entry = best; break;
        case WT_E_TIME:
            u = add_unit(c, U_TIME, i, (size_t)best_end);
            u->entry = best;
            if (best->u.time->special == WT_CODE_DISCARD) { out->reason = "discard code on a time phrase"; return WT_CS_DISCARD; }
            if (best->u.time->special == WT_CODE_COMPLEX) { out->reason = "complex code on a time phrase"; return WT_CS_COMPLEX; }
            break;
        case WT_E_VERB: {
            const wt_verb *v = best->u.verb;
            u = add_unit(c, U_VERB, i, (size_t)best_end);
            u->entry = best;
            /* a verb after a determiner, or capitalised in mid-sentence, is a noun */
            int noun = 0;
            if (i > 0 && in_list(c->rules->determiners, &c->toks[i - 1]))
                noun = 1;
            if ((t->flags & WT_CT_CAPITAL) && !(t->flags & WT_CT_SENT_START) && i > 0)
                noun = 1;
            if (noun)
                u->kind = U_NOUN;
            else if (v->code.special == WT_CODE_NULL && v->npatterns == 0)
                u->kind = U_NULL;
            else if (v->code.special == WT_CODE_DISCARD && v->npatterns == 0) {
                out->reason = "discard code on a verb";
                return WT_CS_DISCARD;
            } else if (v->code.special == WT_CODE_COMPLEX && v->npatterns == 0) {
                out->reason = "complex code on a verb";
                return WT_CS_COMPLEX;
            }
            break;
        }
        default:
            u = add_unit(c, U_WORD, i, (size_t)best_end);
        }
        i = (size_t)best_end + 1;
    }
    return WT_CS_CODED;
}

/* ------------------------------------------------------------ 2. agents */

/* Adds an agent code to an actor code: ~GOV after, NGO~ before, unless the
 * code is already there on a 3-character boundary. */
static void join_agent(char *code, size_t cap, const wt_agent *ag, int former)
{
    const char *ac = former ? "ELI" : ag->code;
    size_t al = strlen(ac), cl = strlen(code);
    for (size_t p = 0; p + al <= cl; p += 3)
        if (!memcmp(code + p, ac, al))
            return;
    if (cl + al + 1 > cap)
        return;                       /* no room: keep the actor code */
    if (ag->actor_first) {
        memcpy(code + cl, ac, al + 1);
    } else {
        memmove(code + al, code, cl + 1);
        memcpy(code, ac, al);
    }
}

static int unit_is(const wt_coder *c, size_t u, int kind)
{
    return u < c->units.len && c->units.items[u].kind == kind;
}

static int unit_in_list(const wt_coder *c, size_t u, const char *const *list)
{
    if (u >= c->units.len) return 0;
    const unit *x = &c->units.items[u];
    return x->first == x->last && in_list(list, &c->toks[x->first]);
}

static void attach_agents(wt_coder *c)
{
    for (size_t k = 0; k < c->units.len; k++) {
        unit *u = &c->units.items[k];
        if (u->kind != U_AGENT)
            continue;
        const wt_agent *ag = u->entry->u.agent;
        int former = k > 0 && unit_in_list(c, k - 1, c->rules->former);
        long target = -1;
        size_t nx = k + 1;
        if (k > 0 && unit_is(c, k - 1, U_ACTOR))
            target = (long)k - 1;
        else if (unit_is(c, nx, U_ACTOR))
            target = (long)nx;
        else if (unit_in_list(c, nx, c->rules->agent_preps)) {
            size_t a = nx + 1;
            if (unit_in_list(c, a, c->rules->determiners)) a++;
            if (unit_is(c, a, U_ACTOR)) target = (long)a;
        }
        if (k > 1 && target < 0 && unit_is(c, k - 2, U_ACTOR) && unit_is(c, k - 1, U_ADJ))
            target = (long)k - 2;
        if (target >= 0) {
            unit *a = &c->units.items[target];
            join_agent(a->code, sizeof a->code, ag, former);
            /* the actor now spans its agent, for source_text/target_text */
            u->kind = U_NULL;
        } else if (c->opts.convert_agents) {
            u->kind = U_ACTOR;
            snprintf(u->code, sizeof u->code, "%s%s%s", ag->actor_first ? "~" : "", ag->code,
                     ag->actor_first ? "" : "~");
        } else {
            u->kind = U_NULL;
        }
    }
}

/* ------------------------------------------------------------ 3. compounds */

static int modifier(const wt_coder *c, size_t u)
{
    return unit_is(c, u, U_ADJ) || unit_in_list(c, u, c->rules->determiners);
}

static void find_compounds(wt_coder *c)
{
    size_t nu = c->units.len;
    for (size_t k = 0; k < nu; k++) {
        if (!unit_is(c, k, U_ACTOR) || c->units.items[k].group >= 0)
            continue;
        size_t cur = k;
        int32_t group = -1;
        for (;;) {
            size_t j = cur + 1;
            size_t sep1 = j;
            int comma = unit_is(c, j, U_COMMA);
            int conj = unit_in_list(c, j, c->rules->compound_conj);
            if (!comma && !conj)
                break;
            j++;
            size_t sep2 = (size_t)-1;
            if (comma && unit_in_list(c, j, c->rules->compound_conj)) { sep2 = j; j++; }
            while (modifier(c, j)) j++;
            if (!unit_is(c, j, U_ACTOR))
                break;
            if (group < 0) {
                group = (int32_t)k;
                c->units.items[k].group = group;
            }
            c->units.items[j].group = group;
            c->units.items[sep1].in_compound = 1;
            if (sep2 != (size_t)-1) c->units.items[sep2].in_compound = 1;
            cur = j;
        }
    }
    /* compound nouns and adjectives: <noun> AND <adj>* <noun>, <adj> AND <adj> */
    for (size_t k = 0; k + 2 < nu; k++) {
        if (!unit_is(c, k + 1, U_CONJ))
            continue;
        if (unit_is(c, k, U_NOUN)) {
            size_t j = k + 2;
            while (unit_is(c, j, U_ADJ)) j++;
            if (unit_is(c, j, U_NOUN)) c->units.items[k + 1].in_compound = 1;
        } else if (unit_is(c, k, U_ADJ) && unit_is(c, k + 2, U_ADJ)) {
            c->units.items[k + 1].in_compound = 1;
        }
    }
}

/* ------------------------------------------------------------ 4. pronouns */

static void coreference(wt_coder *c)
{
    long first_actor = -1, first_compound = -1;
    for (size_t k = 0; k < c->units.len; k++) {
        unit *u = &c->units.items[k];
        if (u->kind == U_ACTOR) {
            if (first_actor < 0) first_actor = (long)k;
            if (u->group >= 0 && first_compound < 0) first_compound = u->group;
            continue;
        }
        if (u->kind != U_PRONOUN)
            continue;
        long ref = -1;
        const wt_ctok *t = &c->toks[u->first];
        if (in_list(c->rules->pron_first, t))
            ref = first_actor;
        else if (in_list(c->rules->pron_prior, t)) {
            for (long j = (long)k - 1; j >= 0; j--)
                if (c->units.items[j].kind == U_ACTOR && c->units.items[j].ref < 0) { ref = j; break; }
        } else {
            ref = first_compound >= 0 ? first_compound : first_actor;
        }
        if (ref < 0) {
            u->kind = U_WORD;
            continue;
        }
        const unit *r = &c->units.items[ref];
        u->kind = U_ACTOR;
        u->ref = (int32_t)ref;
        memcpy(u->code, r->code, sizeof u->code);
        u->group = -1;
        if (r->group >= 0) u->group = -2 - r->group;   /* refers to that compound */
    }
}

/* ------------------------------------------------------------ 5. commas */

static size_t words_between(const wt_coder *c, size_t ua, size_t ub)
{
    size_t w = 0;
    for (size_t k = ua; k < ub; k++) {
        const unit *u = &c->units.items[k];
        if (u->kind != U_COMMA && u->kind != U_PUNCT)
            w += (size_t)(u->last - u->first + 1);
    }
    return w;
}

static void drop_comma_clauses(wt_coder *c)
{
    if (!c->opts.comma_on)
        return;
    size_t nu = c->units.len, prev = 0;
    int at_start = 1;
    for (size_t k = 0; k <= nu; k++) {
        int end = k == nu;
        if (!end && !(c->units.items[k].kind == U_COMMA && !c->units.items[k].in_compound))
            continue;
        size_t w = words_between(c, prev, k);
        int drop;
        if (at_start && end)
            drop = 0;
        else if (at_start)
            drop = w > c->opts.comma_bmin && w <= c->opts.comma_bmax;
        else if (end)
            drop = w > c->opts.comma_emin && w <= c->opts.comma_emax;
        else
            drop = w > c->opts.comma_min && w <= c->opts.comma_max;
        if (drop)
            for (size_t j = prev; j < k; j++)
                c->units.items[j].deleted = 1;
        /* a dropped clause uses up its closing comma: what follows starts
         * afresh, as at the beginning of the sentence */
        at_start = drop && !at_start;
        prev = k + 1;
    }
}

/* ------------------------------------------------------------ 6. patterns */

typedef struct pmatch {
    long src, tgt;            /* units; compound designations use the group */
    int compound;
    long ev_first, ev_last;
} pmatch;

typedef struct span { size_t from, to; } span;   /* tokens [from, to) */

static int tok_visible(const wt_coder *c, size_t t)
{
    return !c->units.items[c->tok_unit.items[t]].deleted;
}

/* The unit starting at token t when it is an actor; -1 otherwise. */
static long actor_at(const wt_coder *c, size_t t)
{
    long u = c->tok_unit.items[t];
    const unit *x = &c->units.items[u];
    return (x->kind == U_ACTOR && x->first == (int32_t)t) ? u : -1;
}

/* End token (exclusive) of an actor or of its whole compound. */
static size_t actor_end(const wt_coder *c, long u, int whole_compound)
{
    const unit *x = &c->units.items[u];
    if (whole_compound && x->group >= 0) {
        size_t end = (size_t)x->last + 1;
        for (size_t k = (size_t)u + 1; k < c->units.len; k++)
            if (c->units.items[k].group == x->group) end = (size_t)c->units.items[k].last + 1;
        return end;
    }
    return (size_t)x->last + 1;
}

/* Matches elems[0..ne) in tokens [pos, lim); the first element must start
 * exactly at pos when `anchored`; when `must_end` the last must end at lim. */
static int match_elems(const wt_coder *c, const wt_pelem *el, size_t ne, size_t pos, size_t lim,
                       int anchored, int must_end, pmatch *pm, int depth)
{
    if (ne == 0)
        return !must_end || pos == lim;
    if (depth > 64)
        return 0;
    size_t tmax = anchored ? pos + 1 : lim;
    for (size_t t = pos; t < tmax && t < lim; t++) {
        if (!tok_visible(c, t)) {
            if (anchored) { tmax++; continue; }
            continue;
        }
        size_t next;
        pmatch save = *pm;
        switch (el->kind) {
        case WT_PE_WORD:
            if (!elem_accepts_tok(c, el, t)) continue;
            next = t + 1;
            if (pm->ev_first < 0 || (long)t < pm->ev_first) pm->ev_first = (long)t;
            if ((long)t > pm->ev_last) pm->ev_last = (long)t;
            break;
        case WT_PE_SOURCE: case WT_PE_TARGET: case WT_PE_SKIP: case WT_PE_COMPOUND: {
            long u = actor_at(c, t);
            if (u < 0) continue;
            const unit *x = &c->units.items[u];
            if (el->kind == WT_PE_COMPOUND && x->group < 0 && x->group > -2) continue;
            next = actor_end(c, u, 1);
            if (el->kind == WT_PE_SOURCE) pm->src = u;
            else if (el->kind == WT_PE_TARGET) pm->tgt = u;
            else if (el->kind == WT_PE_COMPOUND) { pm->src = pm->tgt = u; pm->compound = 1; }
            break;
        }
        default:
            continue;
        }
        int adj_next = ne > 1 && el[1].adjacent;
        if (match_elems(c, el + 1, ne - 1, next, lim, adj_next, must_end, pm, depth + 1))
            return 1;
        *pm = save;
        if (el->kind == WT_PE_WORD && el->adjacent) break;
    }
    return 0;
}

/* Tries one pattern around the verb unit vu within token span sp. */
static int match_pattern(const wt_coder *c, const wt_pattern *p, size_t vu, span sp, pmatch *pm)
{
    const unit *v = &c->units.items[vu];
    size_t vi = 0;
    while (vi < p->nelems && p->elems[vi].kind != WT_PE_VERB) vi++;
    pm->src = pm->tgt = -1;
    pm->compound = 0;
    pm->ev_first = v->first;
    pm->ev_last = v->last;
    /* before the verb: forward from the span start; adjacent to the verb
     * when the verb marker is joined with `_` */
    if (vi > 0) {
        int must_end = p->elems[vi].adjacent;
        /* an adjacent pre-part must end right before the verb: allow
         * invisible tokens in between by trimming the limit */
        size_t lim = (size_t)v->first;
        if (!match_elems(c, p->elems, vi, sp.from, lim, p->elems[0].adjacent && 0, must_end, pm, 0))
            return 0;
    }
    if (vi + 1 < p->nelems) {
        size_t from = (size_t)v->last + 1;
        if (!match_elems(c, p->elems + vi + 1, p->nelems - vi - 1, from, sp.to,
                         p->elems[vi + 1].adjacent, 0, pm, 0))
            return 0;
    }
    return 1;
}

/* ------------------------------------------------------------ 7. events */

static int actor_visible(const wt_coder *c, size_t k)
{
    const unit *u = &c->units.items[k];
    return u->kind == U_ACTOR && !u->deleted;
}

static const char *unit_code(const wt_coder *c, long u) { return c->units.items[u].code; }

/* All member units of the actor u (itself, or its compound). */
static size_t members(const wt_coder *c, long u, long *out, size_t max)
{
    const unit *x = &c->units.items[u];
    int32_t g = x->group;
    if (g <= -2) g = -2 - g;
    if (g < 0) { out[0] = u; return 1; }
    size_t n = 0;
    for (size_t k = 0; k < c->units.len && n < max; k++)
        if (c->units.items[k].group == g && c->units.items[k].kind == U_ACTOR) out[n++] = (long)k;
    return n;
}

/* Splits a coded compound ELR/GAL into its codes. */
static size_t split_codes(const char *code, char out[][48], size_t max)
{
    size_t n = 0;
    const char *p = code;
    while (*p && n < max) {
        const char *s = strchr(p, '/');
        size_t l = s ? (size_t)(s - p) : strlen(p);
        if (l && l < 48) { memcpy(out[n], p, l); out[n][l] = 0; n++; }
        if (!s) break;
        p = s + 1;
    }
    return n;
}

static void emit(wt_coder *c, wt_code_result *out, long su, long tu, const char *defsrc,
                 const char *deftgt, const wt_event_code *code, const wt_origin *rule,
                 const wt_pattern *pat, const wt_verb *verb, size_t vu, long ev_first, long ev_last)
{
    long sm[32], tm[32];
    size_t ns = 0, nt = 0;
    static const long none = -1;
    if (su >= 0) ns = members(c, su, sm, 32); else { sm[0] = none; ns = 1; }
    if (tu >= 0) nt = members(c, tu, tm, 32); else { tm[0] = none; nt = 1; }
    for (size_t a = 0; a < ns; a++) {
        char sc[8][48];
        size_t nsc = sm[a] >= 0 ? split_codes(unit_code(c, sm[a]), sc, 8) : split_codes(defsrc, sc, 8);
        for (size_t b = 0; b < nt; b++) {
            char tc[8][48];
            size_t ntc = tm[b] >= 0 ? split_codes(unit_code(c, tm[b]), tc, 8) : split_codes(deftgt, tc, 8);
            for (size_t i = 0; i < nsc; i++)
                for (size_t j = 0; j < ntc; j++) {
                    if (!strcmp(sc[i], tc[j]))
                        continue;
                    for (int pass = 0; pass < (code->pair ? 2 : 1); pass++) {
                        if (out->events.len >= MAX_EVENTS)
                            return;
                        wt_coded_event *e = WT_VEC_PUSH(out->events);
                        const char *s = pass ? tc[j] : sc[i], *t = pass ? sc[i] : tc[j];
                        long suu = pass ? tm[b] : sm[a], tuu = pass ? sm[a] : tm[b];
                        snprintf(e->source, sizeof e->source, "%s", s);
                        snprintf(e->target, sizeof e->target, "%s", t);
                        snprintf(e->code, sizeof e->code, "%s", pass ? code->pair : code->code);
                        e->src_first = suu >= 0 ? c->units.items[suu].first : -1;
                        e->src_last = suu >= 0 ? c->units.items[suu].last : -1;
                        e->tgt_first = tuu >= 0 ? c->units.items[tuu].first : -1;
                        e->tgt_last = tuu >= 0 ? c->units.items[tuu].last : -1;
                        e->verb_tok = c->units.items[vu].first;
                        e->ev_first = (int32_t)ev_first;
                        e->ev_last = (int32_t)ev_last;
                        e->pattern = pat;
                        e->verb = verb;
                        e->rule = *rule;
                        e->subordinate = code->subordinate;
                        e->dominant = code->dominant;
                        e->paired = (uint8_t)pass;
                    }
                }
        }
    }
}

static int passive_voice(const wt_coder *c, const unit *v)
{
    size_t f = (size_t)v->first, l = (size_t)v->last;
    int aux = 0;
    for (size_t back = 1; back <= 2 && back <= f; back++)
        if (in_list(c->rules->passive_aux, &c->toks[f - back])) aux = 1;
    return aux && l + 1 < c->n && in_list(c->rules->passive_by, &c->toks[l + 1]);
}

/* The comma-free span around unit vu inside clause [cf, ct) units. */
static span verb_span(const wt_coder *c, size_t vu, size_t cf, size_t ct)
{
    size_t a = vu, b = vu;
    while (a > cf && !(c->units.items[a - 1].kind == U_COMMA && !c->units.items[a - 1].in_compound) &&
           c->units.items[a - 1].kind != U_PUNCT)
        a--;
    while (b + 1 < ct && !(c->units.items[b + 1].kind == U_COMMA && !c->units.items[b + 1].in_compound) &&
           c->units.items[b + 1].kind != U_PUNCT)
        b++;
    span s = { (size_t)c->units.items[a].first, (size_t)c->units.items[b].last + 1 };
    return s;
}

typedef struct verb_result {
    int status;               /* 0 none, 1 event(s), DISCARD/COMPLEX as WT_CS + 10 */
} verb_result;

/* Codes verb unit vu of clause [cf, ct). Returns 1 when it produced an
 * event, 0 when not, or -WT_CS_* for a discard/complex outcome. */
static int code_verb(wt_coder *c, size_t vu, size_t cf, size_t ct, long *carry_src,
                     wt_code_result *out)
{
    const unit *v = &c->units.items[vu];
    const wt_verb *verb = v->entry->u.verb;
    span sp = verb_span(c, vu, cf, ct);
    pmatch pm = { -1, -1, 0, v->first, v->last };
    const wt_pattern *pat = NULL;
    for (uint32_t i = 0; i < verb->npatterns; i++) {
        const wt_pattern *p = &verb->patterns[i];
        int possible = 1;
        for (uint32_t k = 0; k < p->nelems && possible; k++)
            if (p->elems[k].kind == WT_PE_WORD && p->elems[k].word < c->seen_words &&
                !(c->seen[p->elems[k].word >> 6] & (1ull << (p->elems[k].word & 63))))
                possible = 0;
        if (possible && match_pattern(c, p, vu, sp, &pm)) {
            pat = &verb->patterns[i];
            break;
        }
    }
    const wt_event_code *code = pat ? &pat->code : &verb->code;
    const wt_origin *rule = pat ? &pat->origin : &verb->origin;
    if (!pat) { pm.src = pm.tgt = -1; pm.compound = 0; pm.ev_first = v->first; pm.ev_last = v->last; }
    if (code->special == WT_CODE_NULL)
        return 0;
    if (code->special == WT_CODE_DISCARD) { out->reason = "discard code on a verb pattern"; return -WT_CS_DISCARD; }
    if (code->special == WT_CODE_COMPLEX) { out->reason = "complex code on a verb pattern"; return -WT_CS_COMPLEX; }
    long src = pm.src, tgt = pm.tgt;
    int designated = src >= 0 || tgt >= 0;
    if (src < 0) {
        for (size_t k = cf; k < vu; k++)
            if (actor_visible(c, k) && (tgt < 0 || strcmp(unit_code(c, (long)k), unit_code(c, tgt)))) {
                src = (long)k;
                break;
            }
        if (src < 0 && *carry_src >= 0)
            src = *carry_src;
    }
    if (tgt < 0) {
        for (size_t k = vu + 1; k < ct; k++)
            if (actor_visible(c, k) && (src < 0 || strcmp(unit_code(c, (long)k), unit_code(c, src)))) {
                if (src >= 0 && c->units.items[k].group >= 0 && c->units.items[k].group == c->units.items[src].group)
                    continue;
                tgt = (long)k;
                break;
            }
        if (tgt < 0)
            for (size_t k = cf; k < vu; k++)
                if (actor_visible(c, k) && (long)k != src &&
                    (src < 0 || strcmp(unit_code(c, (long)k), unit_code(c, src))) &&
                    !(src >= 0 && c->units.items[k].group >= 0 && c->units.items[k].group == c->units.items[src].group)) {
                    tgt = (long)k;
                    break;
                }
        if (tgt < 0 && src >= 0 && (c->units.items[src].group >= 0 || c->units.items[src].group <= -2))
            tgt = src;
    }
    if (!designated && passive_voice(c, v)) {
        long t = src; src = tgt; tgt = t;
    }
    const char *defsrc = "", *deftgt = "";
    if (src < 0 && c->opts.default_source[0]) defsrc = c->opts.default_source;
    if (tgt < 0 && c->opts.default_target[0]) deftgt = c->opts.default_target;
    if ((src < 0 && !defsrc[0]) || (tgt < 0 && !deftgt[0]))
        return 0;
    size_t before = out->events.len;
    emit(c, out, src, tgt, defsrc, deftgt, code, rule, pat, verb, vu, pm.ev_first, pm.ev_last);
    if (src >= 0)
        *carry_src = src;
    return out->events.len > before;
}

/* ------------------------------------------------------------ driver */

int wt_coder_code(wt_coder *c, const wt_ctok *toks, size_t n, int32_t date, wt_code_result *out)
{
    out->events.len = 0;
    out->status = WT_CS_CODED;
    out->reason = NULL;
    c->toks = toks;
    c->n = n;
    c->date = date;
    c->units.len = 0;
#define ENSURE(v, count) do { if ((v).cap < (count)) { \
        (v).items = wt_xrealloc((v).items, (count) * sizeof *(v).items); (v).cap = (count); } } while (0)
    ENSURE(c->tok_unit, n + 1);
    ENSURE(c->nmatch, n + 1);
    ENSURE(c->matches, (n + 1) * MAX_MATCHES);
#undef ENSURE
    for (size_t i = 0; i < c->prev_n; i++)
        for (size_t k = 0; k < c->nmatch.items[i]; k++) {
            uint32_t w = c->matches.items[i * MAX_MATCHES + k].word;
            c->seen[w >> 6] &= ~(1ull << (w & 63));
        }
    c->prev_n = 0;
    size_t nwords = 0;
    for (size_t i = 0; i < n; i++) {
        c->nmatch.items[i] = is_word(&toks[i])
            ? (uint8_t)wt_dict_word_matches(c->dict, toks[i].form, toks[i].len,
                                            &c->matches.items[i * MAX_MATCHES], MAX_MATCHES)
            : 0;
        if (is_word(&toks[i])) nwords++;
        for (size_t k = 0; k < c->nmatch.items[i]; k++) {
            uint32_t w = c->matches.items[i * MAX_MATCHES + k].word;
            if (w < c->seen_words)
                c->seen[w >> 6] |= 1ull << (w & 63);
        }
    }
    c->prev_n = n;
    if (c->opts.minimum_words && nwords < c->opts.minimum_words) {
        out->status = WT_CS_TOO_SHORT;
        out->reason = "fewer words than SET: MINIMUM WORDS";
        return out->status;
    }
    int st = classify(c, out);
    if (st != WT_CS_CODED)
        return out->status = st;
    attach_agents(c);
    find_compounds(c);
    coreference(c);
    drop_comma_clauses(c);

    /* complexity filters */
    size_t nverbs = 0, nconj = 0, first_verb = c->units.len, nactors = 0;
    for (size_t k = 0; k < c->units.len; k++) {
        const unit *u = &c->units.items[k];
        if (u->kind == U_VERB) { nverbs++; if (first_verb == c->units.len) first_verb = k; }
        if (u->kind == U_CONJ && !u->in_compound) nconj++;
        if (u->kind == U_ACTOR) nactors++;
    }
    const wt_coder_options *o = &c->opts;
    if (o->complex_verbs && nverbs >= o->complex_verbs) { out->reason = "too many verbs"; return out->status = WT_CS_COMPLEX; }
    if (o->complex_conj && nconj >= o->complex_conj) { out->reason = "too many conjunctions"; return out->status = WT_CS_COMPLEX; }
    if (o->complex_actors && nactors >= o->complex_actors) { out->reason = "too many actors"; return out->status = WT_CS_COMPLEX; }
    if (o->complex_noverb && !nverbs) { out->reason = "no verb"; return out->status = WT_CS_COMPLEX; }
    if (o->complex_noactprior && nverbs) {
        int prior = 0;
        for (size_t k = 0; k < first_verb; k++)
            if (c->units.items[k].kind == U_ACTOR) prior = 1;
        if (!prior) { out->reason = "no actor before the first verb"; return out->status = WT_CS_COMPLEX; }
    }

    /* clauses at conjunctions */
    long carry = -1;
    size_t cf = 0;
    int coded_sentence = 0;
    for (size_t k = 0; k <= c->units.len && !(coded_sentence && o->code_by == WT_CODE_BY_SENTENCE); k++) {
        int end = k == c->units.len;
        if (!end && !(c->units.items[k].kind == U_CONJ && !c->units.items[k].in_compound))
            continue;
        size_t ct = k;
        /* a clause without an event keeps its first actor as the source */
        int got = 0;
        size_t sub_mark = out->events.len;
        int have_sub = 0;
        for (size_t u = cf; u < ct; u++) {
            if (c->units.items[u].kind != U_VERB || c->units.items[u].deleted)
                continue;
            size_t before = out->events.len;
            int r = code_verb(c, u, cf, ct, &carry, out);
            if (r < 0)
                return out->status = -r;
            if (r > 0) {
                int sub = out->events.items[before].subordinate;
                if (sub && o->code_by != WT_CODE_BY_ALL) {
                    if (!have_sub) { have_sub = 1; continue; }
                    out->events.len = before;       /* keep the first subordinate only */
                    continue;
                }
                if (have_sub && o->code_by != WT_CODE_BY_ALL) {
                    /* a real event replaces the subordinate one */
                    size_t nn = out->events.len - before;
                    memmove(&out->events.items[sub_mark], &out->events.items[before], nn * sizeof *out->events.items);
                    out->events.len = sub_mark + nn;
                    have_sub = 0;
                }
                got = 1;
                if (o->code_by != WT_CODE_BY_ALL)
                    break;
            }
        }
        if (got || have_sub) coded_sentence = 1;
        if (!got && carry < 0)
            for (size_t u = cf; u < ct; u++)
                if (actor_visible(c, u)) { carry = (long)u; break; }
        cf = k + 1;
    }
    /* subordinate events only when nothing else; dominant ones win */
    int any_plain = 0, any_dom = 0;
    for (size_t i = 0; i < out->events.len; i++) {
        if (!out->events.items[i].subordinate) any_plain = 1;
        if (out->events.items[i].dominant) any_dom = 1;
    }
    size_t w = 0;
    for (size_t i = 0; i < out->events.len; i++) {
        const wt_coded_event *e = &out->events.items[i];
        if (any_plain && e->subordinate) continue;
        if (any_dom && o->check_dominant && !e->dominant) continue;
        int dup = 0;        /* compounds and pairs can repeat an event */
        for (size_t j = 0; j < w && !dup; j++) {
            const wt_coded_event *f = &out->events.items[j];
            dup = !strcmp(f->source, e->source) && !strcmp(f->target, e->target) && !strcmp(f->code, e->code);
        }
        if (!dup)
            out->events.items[w++] = *e;
    }
    out->events.len = w;
    return out->status;
}

void wt_coder_explain(const wt_coder *c, FILE *f)
{
    static const char *const names[] = { "word", "ACTOR", "AGENT", "noun", "adj", "VERB", "time",
                                         "null", ",", "CONJ", "punct", "pron" };
    for (size_t k = 0; k < c->units.len; k++) {
        const unit *u = &c->units.items[k];
        fprintf(f, "%s%s[", u->deleted ? "~" : "", names[u->kind]);
        for (int32_t t = u->first; t <= u->last; t++)
            fprintf(f, "%s%.*s", t > u->first ? " " : "", (int)c->toks[t].len, c->toks[t].form);
        fprintf(f, "]");
        if (u->code[0]) fprintf(f, "=%s", u->code);
        if (u->group != -1) fprintf(f, "@%d", u->group);
        if (u->in_compound) fprintf(f, "+");
        fputc(' ', f);
    }
    fputc('\n', f);
}
