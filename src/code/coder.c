/* coder.c — TABARI's shallow-parse coding algorithm over wt_ctok tokens.
 *
 * The steps follow coder.h (and the TABARI manual, chapters 5–7). Units:
 * after classification every token belongs to one unit — an actor phrase,
 * an agent, a verb root, a noun, a plain word, a comma, a conjunction — and
 * the later steps (agents, compounds, pronouns, comma clauses, clauses,
 * patterns) work on units and tokens together. */
#include "code/coder.h"
#include "util/strmap.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define MAX_MATCHES 12      /* dictionary words one text word may match */
/* MAX_GAP (words skipped inside a blank-joined phrase) lives in dict/compile.c */
#define MAX_EVENTS 64

static const char *const en_conj[] = { "AND", "BUT", "OR", "NOR", NULL };
static const char *const en_compound_conj[] = { "AND", "NOR", NULL };
static const char *const en_det[] = { "THE", "A", "AN", NULL };
static const char *const en_passive[] = { "WAS", "WERE", "BEEN", NULL };
static const char *const en_by[] = { "BY", NULL };
static const char *const en_pron_first[] = { "HE", "SHE", "HIM", "HER", "IT", NULL };
static const char *const en_pron_prior[] = { NULL };   /* TABARI: ITS, HIS are no pronouns */
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
    int32_t ref;             /* pronoun: the unit it stands for (-2 forwarded) */
    char base[48];           /* the actor code before agents were joined */
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
    /* First letters with their lengths, and the longest length, of the
     * rules' function words: most words are none of them, and this says
     * so without a lookup. */
    uint32_t fw_lens[256];     /* first byte -> lengths (bit min(len, 31)) */
    size_t fw_maxlen;
    /* function word -> the FW_* bits of the lists holding it, and each
     * token's bits, found once per token rather than per list check */
    wt_strmap fw_map;
    WT_VEC(uint16_t) fw_mask;
    WT_VEC(int32_t) group_last;    /* cut_compounds: last unit of each group */
    /* the vocabulary ids seen in the sentence, one bit each: a pattern
     * whose words are not all there is skipped without matching */
    uint64_t *seen;
    wt_word_memo *memo;        /* recent words' matches (dict/compile.c) */
    size_t seen_words, prev_n;
    /* FORWARD: the previous record's sequence and what it may lend */
    int have_prev, can_forward;
    char prev_story[16];
    long prev_sent;
    char fwd_actor[48], fwd_compound[48];
    /* one coder per thread: keep the next allocation (another thread's
     * state) off the cache line of the fields written for every record */
    char cache_pad_[64];
};

void wt_code_result_init(wt_code_result *r) { memset(r, 0, sizeof *r); }
void wt_code_result_free(wt_code_result *r) { WT_VEC_FREE(r->events); }

/* The rules' function-word lists, one bit each (in_list's argument). */
enum { FW_CONJUNCTIONS = 1 << 0, FW_COMPOUND_CONJ = 1 << 1, FW_DETERMINERS = 1 << 2,
       FW_PASSIVE_AUX = 1 << 3, FW_PASSIVE_BY = 1 << 4, FW_PRON_FIRST = 1 << 5,
       FW_PRON_PRIOR = 1 << 6, FW_PRON_PLURAL = 1 << 7, FW_AGENT_PREPS = 1 << 8,
       FW_FORMER = 1 << 9 };

static void index_list(wt_coder *c, const char *const *list, unsigned bit)
{
    for (int i = 0; list && list[i]; i++) {
        size_t n = strlen(list[i]);
        if (n > c->fw_maxlen) c->fw_maxlen = n;
        c->fw_lens[(unsigned char)list[i][0]] |= 1u << (n < 31 ? n : 31);
        wt_strmap_slot *slot = wt_strmap_put(&c->fw_map, list[i], n, NULL);
        slot->value = (void *)((uintptr_t)slot->value | bit);
    }
}

static void index_function_words(wt_coder *c)
{
    const wt_lang_rules *r = c->rules;
    const char *const *lists[] = { r->conjunctions, r->compound_conj, r->determiners, r->passive_aux,
                                   r->passive_by, r->pron_first, r->pron_prior, r->pron_plural,
                                   r->agent_preps, r->former };
    /* same order as the FW_* bits */
    wt_strmap_init(&c->fw_map);
    for (size_t i = 0; i < sizeof lists / sizeof *lists; i++) index_list(c, lists[i], 1u << i);
}

wt_coder *wt_coder_new(const wt_dict *dict, const wt_lang_rules *rules)
{
    wt_coder *c = wt_xcalloc(1, sizeof *c);
    c->dict = dict;
    c->rules = rules ? rules : &wt_lang_rules_en;
    c->opts = dict->opts;
    c->seen_words = dict->words.len;
    c->memo = wt_word_memo_new();
    c->seen = wt_xcalloc(c->seen_words / 64 + 1, sizeof *c->seen);
    index_function_words(c);
    return c;
}

void wt_coder_free(wt_coder *c)
{
    if (!c) return;
    WT_VEC_FREE(c->matches);
    WT_VEC_FREE(c->nmatch);
    WT_VEC_FREE(c->units);
    WT_VEC_FREE(c->tok_unit);
    WT_VEC_FREE(c->fw_mask);
    WT_VEC_FREE(c->group_last);
    wt_strmap_free(&c->fw_map);
    free(c->seen);
    wt_word_memo_free(c->memo);
    free(c);
}

wt_coder_options *wt_coder_options_mut(wt_coder *c) { return &c->opts; }

/* ------------------------------------------------------------ helpers */

/* Bounded copy of a code or name into a fixed field (truncating, always
 * terminated). snprintf("%s") did this at a tenth of the speed, and it runs
 * for every actor of every sentence. */
static void copy_field(char *dst, size_t cap, const char *src)
{
    size_t n = strlen(src);
    if (n >= cap) n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

/* The FW_* bits of the lists holding token t's form (0 for most words:
 * the first-letter and length filter says so without a lookup). */
static unsigned fw_bits(const wt_coder *c, const wt_ctok *t)
{
    if (!t->len || t->len > c->fw_maxlen ||
        !(c->fw_lens[(unsigned char)t->form[0]] & (1u << (t->len < 31 ? t->len : 31))))
        return 0;
    return (unsigned)(uintptr_t)wt_strmap_get(&c->fw_map, t->form, t->len);
}

/* Whether t (a token of the sentence) is in the FW_* list `list`. */
static int in_list(const wt_coder *c, unsigned list, const wt_ctok *t)
{
    return (c->fw_mask.items[t - c->toks] & list) != 0;
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

static unit *add_unit(wt_coder *c, int kind, size_t first, size_t last)
{
    /* WT_VEC_PUSH without its out-of-line call while there is room */
    if (c->units.len == c->units.cap)
        WT_VEC_GROW(c->units);
    unit *u = &c->units.items[c->units.len++];
    memset(u, 0, sizeof *u);
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

static int view_is_word(const void *user, size_t t)
{
    return is_word(&((const wt_coder *)user)->toks[t]);
}

static int classify(wt_coder *c, wt_code_result *out)
{
    const wt_dict *d = c->dict;
    size_t i = 0;
    while (i < c->n) {
        const wt_ctok *t = &c->toks[i];
        if (t->flags & WT_CT_COMMA) { add_unit(c, U_COMMA, i, i); i++; continue; }
        if (t->flags & WT_CT_PUNCT) { add_unit(c, U_PUNCT, i, i); i++; continue; }
        /* the compiled phrase trie (dict/compile.c) finds the longest
         * phrase starting here in one walk */
        const wt_token_view view = { c->matches.items, MAX_MATCHES, c->nmatch.items, c->n,
                                     view_is_word, c, c->seen, c->seen_words };
        long best_end = -1;
        const wt_entry *best = wt_dict_best_phrase(d, &view, i, &best_end);
        if (!best) {
            int kind = in_list(c, FW_CONJUNCTIONS, t) ? U_CONJ : U_WORD;
            if (in_list(c, FW_PRON_FIRST, t) || in_list(c, FW_PRON_PRIOR, t) ||
                in_list(c, FW_PRON_PLURAL, t))
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
                copy_field(u->code, sizeof u->code, ac->code);
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
            if (i > 0 && in_list(c, FW_DETERMINERS, &c->toks[i - 1]))
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

static int unit_in_list(const wt_coder *c, size_t u, unsigned list)
{
    if (u >= c->units.len) return 0;
    const unit *x = &c->units.items[u];
    return x->first == x->last && in_list(c, list, &c->toks[x->first]);
}

static int tok_in_list(const wt_coder *c, long t, unsigned list)
{
    return t >= 0 && (size_t)t < c->n && in_list(c, list, &c->toks[t]);
}

/* The agent unit ending at token t (or starting at it when `head`), -1. */
static long agent_unit_at(const wt_coder *c, long t, int head)
{
    if (t < 0 || (size_t)t >= c->n)
        return -1;
    long k = c->tok_unit.items[t];
    const unit *u = &c->units.items[k];
    if (u->kind != U_AGENT || (head ? u->first : u->last) != (int32_t)t)
        return -1;
    return k;
}

/* TABARI's findAgent, actor by actor: the agent right after the actor
 * (ISRAELI POLICE, X FORMER MINISTER), else the agent right before it,
 * optionally across a preposition (PRESIDENT OF X). FORMER next to the
 * actor or before the agent turns the agent into ELI. An agent may serve
 * the actors on both sides of it. */
static void attach_agents(wt_coder *c)
{
    for (size_t k = 0; k < c->units.len; k++) {
        unit *a = &c->units.items[k];
        if (a->kind != U_ACTOR)
            continue;
        long tl = a->last;
        int former = 0;
        if (tok_in_list(c, tl + 1, FW_FORMER)) { former = 1; tl++; }
        if (!former && tok_in_list(c, (long)a->first - 1, FW_FORMER)) former = 1;
        long ag = agent_unit_at(c, tl + 1, 1);
        if (ag < 0) {
            long loc = a->first;
            if (tok_in_list(c, loc - 1, FW_AGENT_PREPS)) loc--;
            ag = agent_unit_at(c, loc - 1, 0);
            if (ag >= 0 && !former &&
                tok_in_list(c, (long)c->units.items[ag].first - 1, FW_FORMER))
                former = 1;
        }
        if (ag < 0)
            continue;
        unit *g = &c->units.items[ag];
        g->ref = 1;                            /* used by an actor */
        join_agent(a->code, sizeof a->code, g->entry->u.agent, former);
    }
    /* agents no actor took: actors themselves under SET: CONVERT AGENTS
     * (unless an actor, or a preposition and an actor, follows) */
    for (size_t k = 0; k < c->units.len; k++) {
        unit *u = &c->units.items[k];
        if (u->kind != U_AGENT)
            continue;
        int used = u->ref == 1;
        u->ref = -1;
        const wt_agent *ag = u->entry->u.agent;
        long nx = (long)u->last + 1;
        int actor_follows = (size_t)nx < c->n &&
            c->units.items[c->tok_unit.items[nx]].kind == U_ACTOR;
        if (!actor_follows && tok_in_list(c, nx, FW_AGENT_PREPS) && (size_t)nx + 1 < c->n &&
            c->units.items[c->tok_unit.items[nx + 1]].kind == U_ACTOR)
            actor_follows = 1;
        int prior = u->first > 0 && (c->units.items[c->tok_unit.items[u->first - 1]].kind == U_ACTOR ||
                                     tok_in_list(c, (long)u->first - 1, FW_FORMER));
        if (!used && !prior && !actor_follows && c->opts.convert_agents) {
            u->kind = U_ACTOR;
            snprintf(u->code, sizeof u->code, "%s%s%s", ag->actor_first ? "~" : "", ag->code,
                     ag->actor_first ? "" : "~");
            memcpy(u->base, u->code, sizeof u->base);
        } else {
            u->kind = U_NULL;
        }
    }
}

/* ------------------------------------------------------------ 3. compounds */

static int modifier(const wt_coder *c, size_t u)
{
    return unit_is(c, u, U_ADJ) || unit_in_list(c, u, FW_DETERMINERS);
}

/* TABARI's markCompound. At AND (or NOR): the actors after it, across
 * determiners, adjectives and further actors (THE EVIL ARNOR AWFUL
 * GONDOR), and the actors before it back across commas, conjunctions,
 * determiners and adjectives, two actors needing a comma or conjunction
 * between them, form one compound; a later compound swallows an earlier
 * one inside it. Commas and conjunctions inside no longer divide the
 * sentence. */
static void find_compounds(wt_coder *c)
{
    size_t nu = c->units.len;
    for (size_t k = 0; k < nu; k++) {
        if (!unit_is(c, k, U_CONJ) || !unit_in_list(c, k, FW_COMPOUND_CONJ))
            continue;
        long pend = -1;
        for (size_t j = k + 1; j < nu && (unit_is(c, j, U_ACTOR) || modifier(c, j)); j++)
            if (unit_is(c, j, U_ACTOR)) pend = (long)j;
        if (pend < 0)
            continue;
        long pset = -1;
        int need_connector = 0;
        for (long i = (long)k; i >= 0; i--) {
            int sep = unit_is(c, (size_t)i, U_CONJ) || unit_is(c, (size_t)i, U_COMMA);
            if (!sep && !unit_is(c, (size_t)i, U_ACTOR) && !modifier(c, (size_t)i))
                break;
            if (sep)
                need_connector = 0;
            else if (unit_is(c, (size_t)i, U_ACTOR)) {
                if (need_connector) break;
                pset = i;
                need_connector = 1;
            }
        }
        if (pset < 0)
            continue;
        /* the last actor of an earlier compound may open this one (A AND
         * B C, AND D): TABARI keeps both; a unit here has one group, so it
         * stays in the earlier one, which is the one coded from its head */
        int shared = c->units.items[pset].group >= 0 && c->units.items[pset].group < pset;
        for (long i = pset; i <= pend; i++) {
            unit *u = &c->units.items[i];
            if (u->kind == U_ACTOR && !(i == pset && shared)) u->group = (int32_t)pset;
            if (u->kind == U_CONJ || u->kind == U_COMMA) u->in_compound = 1;
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

/* ------------------------------------------------------------ 4. commas */

/* When token t opens a compound (the first word of its first actor), the
 * token after the compound; else t. TABARI's clause scans jump over
 * compounds this way, so the commas of an actor list bound no clause. */
static size_t past_compound(const wt_coder *c, size_t t)
{
    long k = c->tok_unit.items[t];
    const unit *u = &c->units.items[k];
    if (u->kind != U_ACTOR || u->group != (int32_t)k || u->first != (int32_t)t)
        return t;
    size_t end = t;
    for (size_t j = (size_t)k; j < c->units.len; j++)
        if (c->units.items[j].group == (int32_t)k)
            end = (size_t)c->units.items[j].last;
    return end + 1;
}

static int is_comma(const wt_coder *c, size_t t) { return (c->toks[t].flags & WT_CT_COMMA) != 0; }

/* Words and commas in tokens [from, to): TABARI counts both. */
static size_t tokens_between(const wt_coder *c, size_t from, size_t to)
{
    size_t w = 0;
    for (size_t t = from; t < to; t++)
        if (!(c->toks[t].flags & WT_CT_PUNCT))
            w++;
    return w;
}

static void delete_tokens(wt_coder *c, size_t from, size_t to)
{
    for (size_t t = from; t < to; t++)
        c->units.items[c->tok_unit.items[t]].deleted = 1;
}

/* A compound cut by a dropped clause loses its other end as well: TABARI
 * cancels the head tag of a tail that was nulled and the other way round,
 * and the word with the cancelled tag is no longer an actor. */
static void cut_compounds(wt_coder *c)
{
    /* the last member after g of each group g, found in one pass (a scan
     * per unit was quadratic); the loop below changes no group */
    size_t nu = c->units.len;
    if (c->group_last.cap < nu + 1) {
        c->group_last.items = wt_xrealloc(c->group_last.items, (nu + 1) * sizeof *c->group_last.items);
        c->group_last.cap = nu + 1;
    }
    int32_t *last_of = c->group_last.items;
    for (size_t g = 0; g < nu; g++) last_of[g] = -1;
    for (size_t j = 0; j < nu; j++) {
        int32_t g = c->units.items[j].group;
        if (g >= 0 && (size_t)g < j) last_of[g] = (int32_t)j;
    }
    for (size_t g = 0; g < c->units.len; g++) {
        long last = last_of[g];
        if (last < 0)
            continue;
        unit *head = &c->units.items[g], *tail = &c->units.items[last];
        if (tail->deleted && !head->deleted) head->deleted = 1;
        else if (head->deleted && !tail->deleted) tail->deleted = 1;
    }
}

/* TABARI's markSubordinate/nullSubordinate. Commas pair up: one opens a
 * clause, the next comma (or the end of the sentence) closes it, and the
 * comma after that opens the next. The words before an opening comma are
 * dropped when they number BMIN..BMAX, a clause between two commas when
 * MIN..MAX (the commas go with it), a final clause when EMIN..EMAX. Any
 * phrase that reaches into a dropped clause is dropped whole. */
static void drop_comma_clauses(wt_coder *c)
{
    const wt_coder_options *o = &c->opts;
    if (!o->comma_on)
        return;
    size_t t = 0;
    while (t < c->n) {
        size_t nt = past_compound(c, t);
        if (nt != t) { t = nt; continue; }
        if (!is_comma(c, t)) { t++; continue; }
        size_t open = t, before = tokens_between(c, 0, open);
        if (before >= o->comma_bmin && before <= o->comma_bmax)
            delete_tokens(c, 0, open);
        size_t close = open + 1;
        while (close < c->n && !is_comma(c, close)) {
            size_t nc = past_compound(c, close);
            close = nc != close ? nc : close + 1;
        }
        if (close > c->n) close = c->n;
        size_t inside = tokens_between(c, open + 1, close);
        if (close >= c->n) {
            if (inside >= o->comma_emin && inside <= o->comma_emax)
                delete_tokens(c, open, c->n);
            break;
        }
        if (inside >= o->comma_min && inside <= o->comma_max)
            delete_tokens(c, open, close + 1);
        t = close + 1;
    }
    cut_compounds(c);
}

/* ------------------------------------------------------------ 5. pronouns */

/* TABARI's dereferencePronouns, after the comma clauses are gone: HE SHE
 * HIM HER IT take the first actor before them that is not part of a
 * compound; THEY THEM THEIR the first compound before them, else the first
 * actor. With FORWARD, a pronoun with nothing before it takes the previous
 * sentence's first actor (or compound). ITS and HIS are not pronouns. */
static void coreference(wt_coder *c)
{
    for (size_t k = 0; k < c->units.len; k++) {
        unit *u = &c->units.items[k];
        if (u->kind != U_PRONOUN)
            continue;
        const wt_ctok *t = &c->toks[u->first];
        int plural = in_list(c, FW_PRON_PLURAL, t);
        long ref = -1;
        for (size_t j = 0; j < k; j++) {
            const unit *x = &c->units.items[j];
            if (x->kind != U_ACTOR || x->deleted)
                continue;
            if (!plural) {
                if (x->group >= 0) continue;          /* compound members */
                ref = (long)j;
                break;
            }
            if (x->group >= 0) { ref = (long)j; break; }
            if (ref < 0) ref = (long)j;
        }
        const char *fwd = NULL;
        if (ref < 0 && !u->deleted && c->can_forward)
            fwd = plural ? (c->fwd_compound[0] ? c->fwd_compound : NULL)
                         : (c->fwd_actor[0] ? c->fwd_actor : NULL);
        if (u->deleted || (ref < 0 && !fwd)) {
            u->kind = U_WORD;
            continue;
        }
        u->kind = U_ACTOR;
        u->group = -1;
        if (fwd) {
            copy_field(u->code, sizeof u->code, fwd);
            u->ref = -2;
            continue;
        }
        const unit *r = &c->units.items[ref];
        u->ref = (int32_t)ref;
        /* the referent's actor code without its agents: TABARI looks for
         * agents next to the pronoun, not next to the referent */
        memcpy(u->code, r->base, sizeof u->code);
        if (r->group >= 0) u->group = -2 - r->group;   /* stands for that compound */
    }
}

/* What the next sentence may forward (TABARI's setForward): the first
 * actor, or the first compound, of this one; pronouns do not forward. */
static void remember_forward(wt_coder *c)
{
    c->fwd_actor[0] = c->fwd_compound[0] = 0;
    for (size_t k = 0; k < c->units.len; k++) {
        const unit *x = &c->units.items[k];
        if (x->kind != U_ACTOR || x->deleted || x->ref != -1)
            continue;
        if (x->group == (int32_t)k) {
            /* a compound forwards its first member; TABARI then also takes
             * the last member as the actor when it is a one-word name */
            copy_field(c->fwd_compound, sizeof c->fwd_compound, x->base);
            for (size_t j = k + 1; j < c->units.len; j++) {
                const unit *y = &c->units.items[j];
                if (y->group == x->group && y->kind == U_ACTOR && !y->deleted)
                    copy_field(c->fwd_actor, sizeof c->fwd_actor, y->first == y->last ? y->base : "");
            }
            return;
        }
        copy_field(c->fwd_actor, sizeof c->fwd_actor, x->base);
        memcpy(c->fwd_compound, c->fwd_actor, sizeof c->fwd_compound);
        return;
    }
}

/* ------------------------------------------------------------ 6. patterns */

typedef struct pmatch {
    long src, tgt;            /* units set by $ + % */
    int compound;
    long ev_first, ev_last;
} pmatch;

/* One pattern element at token *t. An actor element ($ + ^ %) takes an
 * actor phrase at any of its words; ^ moves past it, $ and + stay so the
 * next element may match words of the phrase (TABARI does the same). */
static int elem_at(const wt_coder *c, const wt_pelem *e, long *t, int dir, pmatch *pm)
{
    size_t tt = (size_t)*t;
    if (e->kind == WT_PE_WORD) {
        if (!elem_accepts_tok(c, e, tt))
            return 0;
        if (pm->ev_first < 0 || *t < pm->ev_first) pm->ev_first = *t;
        if (*t > pm->ev_last) pm->ev_last = *t;
        return 1;
    }
    long u = c->tok_unit.items[tt];
    const unit *x = &c->units.items[u];
    if (x->kind != U_ACTOR || x->deleted)
        return 0;
    /* a pronoun caught by $ or + is its referent, agents and all */
    long who = x->ref >= 0 ? x->ref : u;
    switch (e->kind) {
    case WT_PE_SOURCE: pm->src = who; return 1;
    case WT_PE_TARGET: pm->tgt = who; return 1;
    case WT_PE_SKIP: *t = dir > 0 ? x->last : x->first; return 1;
    case WT_PE_COMPOUND:
        if (x->group != (int32_t)u || x->first != (int32_t)tt)
            return 0;                 /* only at the head of a compound */
        pm->src = pm->tgt = u;
        pm->compound = 1;
        return 1;
    }
    return 0;
}

/* TABARI's greedy matcher for one side of the verb: elements after the
 * verb forward from token t, or before it backward; a blank connector lets
 * words be skipped before the element, `_` does not. No backtracking. */
static int match_side(const wt_coder *c, const wt_pattern *p, size_t vi, int dir, long t, long hi,
                      pmatch *pm)
{
    for (long i = (long)vi + dir; i >= 0 && i < (long)p->nelems; i += dir) {
        const wt_pelem *e = &p->elems[i];
        int skip = !(dir > 0 ? e->adjacent : p->elems[i + 1].adjacent);
        for (;;) {
            if (t < 0 || t > hi)
                return 0;
            if (elem_at(c, e, &t, dir, pm))
                break;
            if (!skip)
                return 0;
            t += dir;
        }
        t += dir;
    }
    return 1;
}

/* A pattern around verb unit vu: the part after the verb within the
 * clause (up to token hi), the part before it back to the sentence start. */
static int match_pattern(const wt_coder *c, const wt_pattern *p, size_t vu, long hi, pmatch *pm)
{
    const unit *v = &c->units.items[vu];
    size_t vi = 0;
    while (vi < p->nelems && p->elems[vi].kind != WT_PE_VERB) vi++;
    if (vi == p->nelems)
        return 0;
    pm->src = pm->tgt = -1;
    pm->compound = 0;
    pm->ev_first = v->first;
    pm->ev_last = v->last;
    if (!match_side(c, p, vi, 1, (long)v->last + 1, hi, pm))
        return 0;
    return vi == 0 || match_side(c, p, vi, -1, (long)v->first - 1, hi, pm);
}

/* ------------------------------------------------------------ 7. events */

#define ACT_NONE (-1)
#define ACT_DEFAULT (-2)

/* TABARI's coder state while it walks the verbs of a sentence. */
typedef struct cstate {
    long src, tgt;              /* a unit, ACT_NONE or ACT_DEFAULT */
    int reg_src, reg_tgt;       /* set by the regular search (sticky, as in TABARI) */
    int passive;                /* the last event was passive: find a new source */
    size_t cf, ct;              /* the clause: units [cf, ct) */
} cstate;

static int actor_visible(const wt_coder *c, size_t k)
{
    const unit *u = &c->units.items[k];
    return u->kind == U_ACTOR && !u->deleted;
}

static const char *unit_code(const wt_coder *c, long u) { return c->units.items[u].code; }

static const char *state_code(const wt_coder *c, long a, int source)
{
    if (a == ACT_DEFAULT) return source ? c->opts.default_source : c->opts.default_target;
    if (a < 0) return "";
    return unit_code(c, a);
}

/* Does actor unit k differ from the actor a (TABARI compares codes)? */
static int differs(const wt_coder *c, size_t k, long a, int source)
{
    return a == ACT_NONE || strcmp(unit_code(c, (long)k), state_code(c, a, source)) != 0;
}

static int is_compound(const wt_coder *c, long a)
{
    if (a < 0) return 0;
    const unit *u = &c->units.items[a];
    return u->group != -1 || strchr(u->code, '/') != NULL;
}

/* The first actor of the clause that is not the target; DEFAULT SOURCE …
 * PRIOR takes the default when that actor comes after the verb. */
static void regular_source(const wt_coder *c, cstate *st, size_t vu)
{
    for (size_t k = st->cf; k < st->ct; k++) {
        if (!actor_visible(c, k))
            continue;
        if (c->opts.default_source_prior && c->opts.default_source[0] && k > vu)
            break;
        if (differs(c, k, st->tgt, 0)) {
            st->src = (long)k;
            st->reg_src = 1;
            return;
        }
    }
    if (c->opts.default_source[0]) {
        st->src = ACT_DEFAULT;
        st->reg_src = 1;
    }
}

/* The first actor after the verb that is not the source; else (unless
 * DEFAULT TARGET … AFTER) the nearest one before the verb; else the source
 * itself when it is a compound; else the default target. */
static void regular_target(const wt_coder *c, cstate *st, size_t vu)
{
    for (size_t k = vu + 1; k < st->ct; k++)
        if (actor_visible(c, k) && differs(c, k, st->src, 1)) {
            st->tgt = (long)k;
            st->reg_tgt = 1;
            return;
        }
    if (c->opts.default_target_after && c->opts.default_target[0]) {
        st->tgt = ACT_DEFAULT;
        st->reg_tgt = 1;
        return;
    }
    for (size_t k = vu; k-- > st->cf;)
        if (actor_visible(c, k) && differs(c, k, st->src, 1)) {
            st->tgt = (long)k;
            return;
        }
    if (is_compound(c, st->src)) {
        st->tgt = st->src;
        return;
    }
    if (c->opts.default_target[0]) {
        st->tgt = ACT_DEFAULT;
        st->reg_tgt = 1;
    }
}

/* The units an actor stands for: a compound when the actor is its head
 * (or a pronoun for it), else itself. */
static size_t members(const wt_coder *c, long u, long *out, size_t max)
{
    const unit *x = &c->units.items[u];
    int32_t g = -1;
    if (x->group == (int32_t)u) g = x->group;
    else if (x->group <= -2) g = -2 - x->group;
    if (g < 0) { out[0] = u; return 1; }
    size_t n = 0;
    for (size_t k = (size_t)g; k < c->units.len && n < max; k++)
        if (c->units.items[k].group == g && c->units.items[k].kind == U_ACTOR && !c->units.items[k].deleted)
            out[n++] = (long)k;
    if (!n) { out[0] = u; n = 1; }
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

static void emit(wt_coder *c, wt_code_result *out, long su, long tu, const wt_event_code *code,
                 const wt_origin *rule, const wt_pattern *pat, const wt_verb *verb, size_t vu,
                 long ev_first, long ev_last)
{
    long sm[32], tm[32];
    size_t ns = 1, nt = 1;
    if (su >= 0) ns = members(c, su, sm, 32); else sm[0] = su;
    if (tu >= 0) nt = members(c, tu, tm, 32); else tm[0] = tu;
    for (size_t a = 0; a < ns; a++) {
        char sc[8][48];
        size_t nsc = split_codes(state_code(c, sm[a], 1), sc, 8);
        for (size_t b = 0; b < nt; b++) {
            char tc[8][48];
            size_t ntc = split_codes(state_code(c, tm[b], 0), tc, 8);
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
                        copy_field(e->source, sizeof e->source, s);
                        copy_field(e->target, sizeof e->target, t);
                        copy_field(e->code, sizeof e->code, pass ? code->pair : code->code);
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

/* TABARI's checkPassive: WAS/WERE/BEEN one or two words before the verb
 * and BY one to three words after it. */
static int passive_voice(const wt_coder *c, const unit *v)
{
    size_t f = (size_t)v->first;
    int by = 0, aux = 0;
    for (size_t k = 1; k <= 3; k++)
        if (f + k < c->n && in_list(c, FW_PASSIVE_BY, &c->toks[f + k])) by = 1;
    for (size_t k = 1; k <= 2 && k <= f; k++)
        if (in_list(c, FW_PASSIVE_AUX, &c->toks[f - k])) aux = 1;
    return by && aux;
}

/* TABARI's makeEvent. Returns 1 when events were added, 0 when none, or
 * -WT_CS_* for a discard/complex code that found its actors. */
static int make_event(wt_coder *c, cstate *st, size_t vu, const wt_event_code *code,
                      const wt_origin *rule, const wt_pattern *pat, const pmatch *pm,
                      wt_code_result *out)
{
    if (code->special == WT_CODE_NULL)
        return 0;
    if (st->src == ACT_NONE) regular_source(c, st, vu);
    if (st->tgt == ACT_NONE) regular_target(c, st, vu);
    if (st->src == ACT_NONE || st->tgt == ACT_NONE)
        return 0;
    if (code->special == WT_CODE_DISCARD) { out->reason = "discard code on a verb pattern"; return -WT_CS_DISCARD; }
    if (code->special == WT_CODE_COMPLEX) { out->reason = "complex code on a verb pattern"; return -WT_CS_COMPLEX; }
    const unit *v = &c->units.items[vu];
    if (st->reg_src && st->reg_tgt && passive_voice(c, v)) {
        long t = st->src; st->src = st->tgt; st->tgt = t;
        st->passive = 1;
    }
    size_t before = out->events.len;
    emit(c, out, st->src, st->tgt, code, rule, pat, v->entry->u.verb, vu, pm->ev_first, pm->ev_last);
    if (!st->reg_src) st->src = ACT_NONE;      /* set by a pattern: for this verb only */
    if (!st->reg_tgt) st->tgt = ACT_NONE;
    return out->events.len > before;
}

/* TABARI's doVerb: the first (longest) pattern that matches, else the
 * verb's own code. */
static int code_verb(wt_coder *c, cstate *st, size_t vu, long hi, wt_code_result *out)
{
    const unit *v = &c->units.items[vu];
    const wt_verb *verb = v->entry->u.verb;
    st->tgt = ACT_NONE;
    if (st->passive) {
        st->src = ACT_NONE;
        st->passive = 0;
    }
    pmatch pm = { -1, -1, 0, v->first, v->last };
    const wt_pattern *pat = NULL;
    /* anchors: two words each pattern needs, in a dense array (dict/compile.c);
     * the patterns whose word is not in the sentence are passed over in a
     * tight loop without touching them */
    const uint32_t *anchors = c->seen_words >= c->dict->words.len ? verb->anchors : NULL;
    const uint64_t *seen = c->seen;
    for (uint32_t i = 0; i < verb->npatterns; i++) {
        if (anchors) {
            /* a pattern whose longest or second longest word is not in the
             * sentence cannot match (0: no such word, say nothing) */
            for (; i < verb->npatterns; i++) {
                uint32_t a = anchors[2 * i], b = anchors[2 * i + 1];
                if ((!a || ((seen[(a - 1) >> 6] >> ((a - 1) & 63)) & 1)) &&
                    (!b || ((seen[(b - 1) >> 6] >> ((b - 1) & 63)) & 1)))
                    break;
            }
            if (i == verb->npatterns)
                break;
        }
        const wt_pattern *p = &verb->patterns[i];
        int possible = 1;
        for (uint32_t k = 0; k < p->nelems && possible; k++)
            if (p->elems[k].kind == WT_PE_WORD && p->elems[k].word < c->seen_words &&
                !(c->seen[p->elems[k].word >> 6] & (1ull << (p->elems[k].word & 63))))
                possible = 0;
        if (possible && match_pattern(c, p, vu, hi, &pm)) {
            pat = p;
            break;
        }
    }
    if (pat) {
        if (pm.src >= 0) st->src = pm.src;
        if (pm.tgt >= 0) st->tgt = pm.tgt;
        return make_event(c, st, vu, &pat->code, &pat->origin, pat, &pm, out);
    }
    pm.src = pm.tgt = -1;
    pm.ev_first = v->first;
    pm.ev_last = v->last;
    return make_event(c, st, vu, &verb->code, &verb->origin, NULL, &pm, out);
}

/* A conjunction that divides the sentence into clauses (TABARI's
 * markClauses): not inside a compound or a dropped comma clause, not the
 * first or last word. */
static int clause_break(const wt_coder *c, size_t k)
{
    const unit *u = &c->units.items[k];
    return u->kind == U_CONJ && !u->in_compound && !u->deleted && u->first > 0 &&
           (size_t)u->last + 1 < c->n;
}

/* TABARI's evaluateComplexity, on what is left after the comma clauses. */
static int complexity(const wt_coder *c, wt_code_result *out)
{
    size_t nverbs = 0, nconj = 0, nactors = 0, first_verb = c->units.len;
    for (size_t k = 0; k < c->units.len; k++) {
        const unit *u = &c->units.items[k];
        if (u->deleted)
            continue;
        if (u->kind == U_VERB) {
            nverbs++;
            if (first_verb == c->units.len && u->entry->u.verb->code.special != WT_CODE_NULL)
                first_verb = k;
        }
        if (u->kind == U_CONJ && !u->in_compound) nconj++;
        if (u->kind == U_ACTOR) nactors++;
    }
    const wt_coder_options *o = &c->opts;
    if (o->complex_verbs && nverbs >= o->complex_verbs) { out->reason = "too many verbs"; return WT_CS_COMPLEX; }
    if (o->complex_conj && nconj >= o->complex_conj) { out->reason = "too many conjunctions"; return WT_CS_COMPLEX; }
    if (o->complex_actors && nactors >= o->complex_actors) { out->reason = "too many actors"; return WT_CS_COMPLEX; }
    if (o->complex_noverb && !nverbs) { out->reason = "no verb"; return WT_CS_COMPLEX; }
    if (o->complex_noactprior) {
        /* without a verb, TABARI looks for an actor anywhere */
        for (size_t k = 0; k < first_verb; k++)
            if (actor_visible(c, k))
                return WT_CS_CODED;
        out->reason = "no actor before the first verb";
        return WT_CS_COMPLEX;
    }
    return WT_CS_CODED;
}

/* TABARI's checkVerbs: clause by clause, verb by verb; CODE BY CLAUSE
 * stops a clause at its first event that is not subordinate, CODE BY
 * SENTENCE the sentence. A clause that starts with an actor makes it the
 * source; otherwise the source carries over from the clause before. */
static int check_verbs(wt_coder *c, wt_code_result *out)
{
    const wt_coder_options *o = &c->opts;
    cstate st = { ACT_NONE, ACT_NONE, 0, 0, 0, 0, 0 };
    size_t nu = c->units.len;
    size_t start_event = 0;
    for (size_t cf = 0; cf < nu;) {
        size_t ct = cf;
        while (ct < nu && !clause_break(c, ct))
            ct++;
        size_t next = ct + 1;            /* past the conjunction */
        if (ct == cf) { cf = next; continue; }
        long hi_tok = c->units.items[ct - 1].last;
        if (hi_tok - c->units.items[cf].first < 2) { cf = next; continue; }   /* "sheep and goats" */
        st.cf = cf;
        st.ct = ct;
        if (cf > 0 && actor_visible(c, cf))
            st.src = (long)cf;
        st.tgt = ACT_NONE;
        if (o->code_by == WT_CODE_BY_CLAUSE)
            start_event = out->events.len;
        for (size_t u = cf; u < ct; u++) {
            if (c->units.items[u].kind != U_VERB || c->units.items[u].deleted)
                continue;
            int r = code_verb(c, &st, u, hi_tok, out);
            if (r < 0)
                return -r;
            if (o->code_by == WT_CODE_BY_ALL)
                continue;
            int got = 0;
            for (size_t i = start_event; i < out->events.len; i++)
                if (!out->events.items[i].subordinate) got = 1;
            if (got) {
                if (o->code_by == WT_CODE_BY_SENTENCE)
                    return WT_CS_CODED;
                break;
            }
        }
        cf = next;
    }
    return WT_CS_CODED;
}

/* ------------------------------------------------------------ driver */

/* The story and sentence numbers in a record id, by the FORWARD format
 * (N story, S sentence, * any character, ^ the blanks before the id). */
static int record_sequence(const char *fmt, size_t fmt_cap, const char *id, char *story, size_t cap,
                           long *sent)
{
    size_t f = 0;
    while (f < fmt_cap && fmt[f] == '^') f++;
    fmt += f;
    fmt_cap -= f;
    size_t ns = 0, i = 0;
    long s = 0;
    int have_s = 0;
    for (; i < fmt_cap && fmt[i] && s < 100000000; i++) {
        if (!id[i]) return 0;
        if (fmt[i] == 'N' && ns + 1 < cap) story[ns++] = id[i];
        if (fmt[i] == 'S') {
            if (!isdigit((unsigned char)id[i])) return 0;
            s = s * 10 + (id[i] - '0');
            have_s = 1;
        }
    }
    story[ns] = 0;
    *sent = s;
    return have_s;
}

void wt_coder_set_record(wt_coder *c, const char *id)
{
    char story[sizeof c->prev_story];
    long sent = 0;
    int ok = c->opts.forward_on && c->opts.forward_format[0] && id &&
             record_sequence(c->opts.forward_format, sizeof c->opts.forward_format, id, story,
                             sizeof story, &sent);
    c->can_forward = ok && c->have_prev && !strcmp(story, c->prev_story) && sent == c->prev_sent + 1;
    c->have_prev = ok;
    if (ok) {
        memcpy(c->prev_story, story, sizeof story);
        c->prev_sent = sent;
    }
}

/* TABARI's evaluateEvents: dominant events cancel the rest, other events
 * cancel subordinate ones; duplicates go. */
static void evaluate_events(wt_coder *c, wt_code_result *out)
{
    int any_plain = 0, any_dom = 0;
    for (size_t i = 0; i < out->events.len; i++) {
        if (!out->events.items[i].subordinate) any_plain = 1;
        if (out->events.items[i].dominant) any_dom = 1;
    }
    size_t w = 0;
    for (size_t i = 0; i < out->events.len; i++) {
        const wt_coded_event *e = &out->events.items[i];
        if (any_dom && c->opts.check_dominant && !e->dominant) continue;
        if (any_plain && e->subordinate) continue;
        int dup = 0;
        for (size_t j = 0; j < w && !dup; j++) {
            const wt_coded_event *f = &out->events.items[j];
            dup = !strcmp(f->source, e->source) && !strcmp(f->target, e->target) && !strcmp(f->code, e->code);
        }
        if (!dup)
            out->events.items[w++] = *e;
    }
    out->events.len = w;
}

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
    ENSURE(c->fw_mask, n + 1);
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
            ? (uint8_t)wt_word_memo_matches(c->memo, c->dict, toks[i].form, toks[i].len,
                                            &c->matches.items[i * MAX_MATCHES], MAX_MATCHES)
            : 0;
        c->fw_mask.items[i] = (uint16_t)fw_bits(c, &toks[i]);
        if (!(toks[i].flags & WT_CT_PUNCT)) nwords++;   /* TABARI counts commas as words */
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
    for (size_t k = 0; k < c->units.len; k++)
        memcpy(c->units.items[k].base, c->units.items[k].code, sizeof c->units.items[k].base);
    attach_agents(c);
    find_compounds(c);
    drop_comma_clauses(c);
    coreference(c);
    st = complexity(c, out);
    if (st == WT_CS_CODED)
        st = check_verbs(c, out);
    remember_forward(c);
    if (st != WT_CS_CODED) {
        out->events.len = 0;
        return out->status = st;
    }
    evaluate_events(c, out);
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
