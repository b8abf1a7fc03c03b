/* en_articles.c — English articles through the TABARI coder (en_articles.h). */
#include "code/en_articles.h"
#include "code/coder.h"
#include "lang/en/tokens.h"
#include "util/mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct wt_en_articles {
    wt_coder *coder;
    wt_code_result res;
    wt_arena arena;           /* token forms of one sentence */
    wt_ctok_vec toks;
    FILE *explain;
};

wt_en_articles *wt_en_articles_new(const wt_dict *dict)
{
    wt_en_articles *ea = wt_xcalloc(1, sizeof *ea);
    ea->coder = wt_coder_new(dict, &wt_lang_rules_en);
    wt_code_result_init(&ea->res);
    wt_arena_init(&ea->arena, 16 * 1024);
    return ea;
}

void wt_en_articles_free(wt_en_articles *ea)
{
    if (!ea) return;
    wt_coder_free(ea->coder);
    wt_code_result_free(&ea->res);
    wt_arena_free(&ea->arena);
    WT_VEC_FREE(ea->toks);
    free(ea);
}

void wt_en_articles_set_explain(wt_en_articles *ea, FILE *f) { ea->explain = f; }

static void explain_sentence(wt_en_articles *ea, const wt_doc *d, size_t si)
{
    static const char *const status[] = { "coded", "discarded", "complex, not coded", "too short, not coded" };
    const wt_sentence *s = &d->sents.items[si];
    const wt_code_result *r = &ea->res;
    fprintf(ea->explain, "sent %zu (para %u): %.*s\n    parse: ", si, d->paras.items[s->para].index,
            (int)(s->span.end - s->span.start), d->text + s->span.start);
    wt_coder_explain(ea->coder, ea->explain);
    fprintf(ea->explain, "    %s%s%s\n", r->status >= 0 && r->status <= WT_CS_TOO_SHORT ? status[r->status] : "?",
            r->reason ? ": " : "", r->reason ? r->reason : "");
    for (size_t k = 0; k < r->events.len; k++) {
        const wt_coded_event *e = &r->events.items[k];
        fprintf(ea->explain, "    EVENT %s -> %s %s (%s:%u)\n", e->source, e->target, e->code,
                e->rule.file ? e->rule.file : "", e->rule.line);
    }
}

/* The record date TABARI codes with (YYYYMMDD, 0 = unknown): a date known
 * only to the month or year is taken in its middle, as person codes are
 * date-bounded and the middle is the best guess. */
static int32_t record_date(wt_date d)
{
    if (!d.year) return 0;
    return d.year * 10000 + (d.month ? d.month : 6) * 100 + (d.day ? d.day : 15);
}

/* Token words [a, b] as article bytes; {0,0} when absent. */
static wt_span token_span(const wt_ctok *t, uint32_t base, int32_t a, int32_t b)
{
    if (a < 0 || b < a) return (wt_span){ 0, 0 };
    return (wt_span){ base + t[a].start, base + t[b].end };
}

static const char *span_text(wt_event_list *out, const wt_doc *d, wt_span s)
{
    if (s.end <= s.start) return NULL;
    return wt_arena_strndup(&out->arena, d->text + s.start, s.end - s.start);
}

static void add_event(wt_en_articles *ea, const wt_doc *d, size_t si, const wt_coded_event *ce, wt_event_list *out)
{
    const wt_sentence *s = &d->sents.items[si];
    const wt_ctok *t = ea->toks.items;
    uint32_t base = s->span.start;
    wt_event *e = wt_event_list_add(out);
    e->doc = d->id;
    e->para = (int32_t)d->paras.items[s->para].index;
    e->sent = (int32_t)si;
    e->span = s->span;
    /* wt_event holds 31-byte codes; CAMEO codes are far shorter */
    memcpy(e->source, ce->source, sizeof e->source - 1);
    e->source[sizeof e->source - 1] = '\0';
    memcpy(e->target, ce->target, sizeof e->target - 1);
    e->target[sizeof e->target - 1] = '\0';
    e->source_span = token_span(t, base, ce->src_first, ce->src_last);
    e->target_span = token_span(t, base, ce->tgt_first, ce->tgt_last);
    e->source_text = span_text(out, d, e->source_span);
    e->target_text = span_text(out, d, e->target_span);
    wt_event_set_code(e, ce->code);
    e->evidence_span = token_span(t, base, ce->ev_first, ce->ev_last);
    e->evidence = span_text(out, d, e->evidence_span);
    char rule[1024];
    snprintf(rule, sizeof rule, "%s:%u", ce->rule.file ? ce->rule.file : "", ce->rule.line);
    e->rule = wt_arena_strdup(&out->arena, rule);
    if (s->quote >= 0 && (size_t)s->quote < d->quotes.len && d->quotes.items[s->quote].speaker)
        e->speaker = wt_arena_strdup(&out->arena, d->quotes.items[s->quote].speaker);
}

size_t wt_en_articles_code(wt_en_articles *ea, wt_doc *d, wt_event_list *out)
{
    size_t added = 0;
    int32_t date = record_date(d->date);
    /* one record per article: FORWARD carries a pronoun's antecedent from
     * one sentence to the next within it, never across articles */
    wt_coder_set_record(ea->coder, d->id ? d->id : "");
    for (size_t si = 0; si < d->sents.len; si++) {
        const wt_sentence *s = &d->sents.items[si];
        if (s->span.end <= s->span.start) continue;
        wt_arena_reset(&ea->arena);
        ea->toks.len = 0;
        wt_en_tokenize(d->text + s->span.start, s->span.end - s->span.start, &ea->arena, &ea->toks);
        wt_coder_code(ea->coder, ea->toks.items, ea->toks.len, date, &ea->res);
        if (ea->explain) explain_sentence(ea, d, si);
        for (size_t k = 0; k < ea->res.events.len; k++) {
            add_event(ea, d, si, &ea->res.events.items[k], out);
            added++;
        }
    }
    return added;
}
